import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cli, tempTree } from '../helpers/cli.js';

// A progress line on stderr for long runs at a terminal; never in a pipe or a machine format.

const files = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`posts/p${i}.md`, `Post ${i}: open evening on Thursday.\n`]));
const t = tempTree(files);
afterAll(t.cleanup);
const hasScript = spawnSync('sh', ['-c', 'command -v script']).status === 0;

/** Runs the CLI under `script`, which gives it a terminal (a pty) as a person's shell would. */
const inTerminal = (args: string) =>
  spawnSync('script', ['-qec', `${process.execPath} ${BIN} --no-config-lookup ${args}`, '/dev/null'], { cwd: t.dir, encoding: 'utf8' })
    .stdout;

describe('progress line', () => {
  it.skipIf(!hasScript)('shows on a terminal for a long run, then clears itself (needs util-linux `script`)', () => {
    const out = inTerminal('posts');
    expect(out).toMatch(/\rsocialcheck: \d+\/250 files/);
    expect(out).toMatch(/\r {40}\r/);
  });

  it.skipIf(!hasScript)('is never shown with a machine format, even on a terminal', () => {
    const out = inTerminal('-f json posts');
    expect(out).not.toMatch(/socialcheck: \d+\//);
    expect(JSON.parse(out.trim())).toHaveLength(250);
  });

  it('is never shown when stderr is not a terminal', () => {
    const r = cli(['--no-config-lookup', 'posts'], { cwd: t.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
