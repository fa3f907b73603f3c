import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// `npm run new-rule <id>` in a copy of the project: the rule it writes passes the rule-files
// check (index, metadata, policy, messages, options table, docs examples), its own tests and
// its fixtures.

const copy = mkdtempSync(join(tmpdir(), 'socialcheck-new-rule-'));
afterAll(() => process.env.KEEP_COPY || rmSync(copy, { recursive: true, force: true }));
for (const part of ['src', 'rules', 'docs', 'test', 'fixtures', 'scripts', 'package.json', 'tsconfig.json', 'vitest.config.ts'])
  cpSync(join(ROOT, part), join(copy, part), { recursive: true, filter: (p) => !p.includes('node_modules') });
for (const part of ['node_modules', 'dist']) symlinkSync(join(ROOT, part), join(copy, part));

const newRule = (id: string) =>
  spawnSync(process.execPath, [join(copy, 'scripts', 'new-rule.mjs'), id], { cwd: copy, encoding: 'utf8' });

it('scaffolds a rule that passes the rule-files check, its tests and its fixtures', { timeout: 180_000 }, () => {
  const made = newRule('scaffold-probe');
  expect(made.stderr).toBe('');
  expect(made.status).toBe(0);
  expect(readFileSync(join(copy, 'rules', 'index.ts'), 'utf8')).toContain("'scaffold-probe': () => import('./scaffold-probe.js')");
  const report = join(copy, 'vitest-report.json');
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      'test/quality/rule-files.test.ts',
      'test/rules/scaffold-probe.test.ts',
      'test/quality/fixtures.test.ts',
      '-t',
      '(scaffold-probe|the rule index)',
      '--reporter=json',
      `--outputFile=${report}`,
    ],
    { cwd: copy, encoding: 'utf8' },
  );
  const results = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  expect(results.numFailedTests, run.stdout.slice(0, 2000)).toBe(0);
  // Index, seven rule-file checks, the valid and invalid cases, and the two fixtures.
  expect(results.numPassedTests).toBeGreaterThanOrEqual(12);
  expect(run.status).toBe(0);
});

it('refuses an id that is taken or not kebab-case', () => {
  for (const id of ['views-disclaimer', 'NotKebab', '']) {
    const r = newRule(id);
    expect(r.status, id).toBe(2);
    expect(r.stderr, id).toMatch(/^new-rule: /);
  }
});
