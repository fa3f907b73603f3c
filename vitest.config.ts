import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Files that spend their time waiting on other programs (git, npm, pre-commit, a browser)
// start first, so the rest of the suite runs beside them rather than after them.
const WAITING = /[\\/]integrations\.test\.ts$/;

class WaitingFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((f) => WAITING.test(f.moduleId)), ...sorted.filter((f) => !WAITING.test(f.moduleId))];
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn processes: give them room on a 2-core machine.
    testTimeout: 30_000,
    pool: 'forks',
    // Two at a time even on two cores: the end-to-end files mostly wait on child processes.
    maxWorkers: 2,
    sequence: { sequencer: WaitingFirst },
  },
});
