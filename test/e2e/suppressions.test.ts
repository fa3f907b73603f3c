import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, json, tempTree } from '../helpers/cli.js';

// Adopting socialcheck on a backlog: record today's errors, fail only on new ones (as ESLint 9's
// bulk suppressions do).

const name = (n: string) => `Had the lovely ${n} in the chair today.\n`;
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));
function backlog() {
  const t = tempTree({
    'posts/a.md': name('Margaret Hughes'),
    'posts/b.md': `Vote Labour on Thursday!\n${name('Edna Price')}`,
    'posts/clean.md': 'Open evening on Thursday, all welcome.\n',
  });
  cleanups.push(t.cleanup);
  return t.dir;
}
const run = async (dir: string, ...args: string[]) => runCli(['--no-config-lookup', '-f', 'json', ...args, 'posts'], { cwd: dir });
const file = (dir: string) => JSON.parse(readFileSync(join(dir, 'socialcheck-suppressions.json'), 'utf8'));

describe('bulk suppressions', () => {
  it('--suppress-all records errors per file and rule with counts, and the run passes', async () => {
    const dir = backlog();
    const r = await run(dir, '--suppress-all');
    expect(r.code).toBe(0);
    expect(file(dir)).toEqual({
      'posts/a.md': { 'patient-identifiability': { count: 1 } },
      'posts/b.md': { 'party-political': { count: 1 }, 'patient-identifiability': { count: 1 } },
    });
    const again = await run(dir);
    expect(again.code).toBe(0);
    expect(json(again).every((x) => x.errorCount === 0)).toBe(true);
  });

  it('fails on a new problem, and reports all of a rule in a file once its count grows', async () => {
    const dir = backlog();
    await run(dir, '--suppress-all');
    writeFileSync(join(dir, 'posts/c.md'), name('Doreen Whitlock'));
    writeFileSync(join(dir, 'posts/a.md'), `${name('Margaret Hughes')}${name('Arthur Pike')}`);
    const r = await run(dir);
    expect(r.code).toBe(1);
    const by = (f: string) => json(r).find((x) => x.filePath.endsWith(f))!;
    expect(by('c.md').errorCount).toBe(1);
    expect(by('a.md').errorCount).toBe(2);
    expect(by('b.md').errorCount).toBe(0);
  });

  it('--suppress-rule records one rule only', async () => {
    const dir = backlog();
    const r = await run(dir, '--suppress-rule', 'party-political');
    expect(r.code).toBe(1);
    expect(file(dir)).toEqual({ 'posts/b.md': { 'party-political': { count: 1 } } });
  });

  it('asks for pruning when recorded problems are gone, and --prune-suppressions drops them', async () => {
    const dir = backlog();
    await run(dir, '--suppress-all');
    writeFileSync(join(dir, 'posts/a.md'), 'Fixed: no names here.\n');
    writeFileSync(join(dir, 'last-report.json'), 'the last report');
    const stale = await run(dir);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(/--prune-suppressions/);
    // The run stops unreported, and an -o file keeps the last report.
    expect(stale.stdout).toBe('');
    expect((await run(dir, '-o', 'last-report.json')).code).toBe(2);
    expect(readFileSync(join(dir, 'last-report.json'), 'utf8')).toBe('the last report');
    expect((await run(dir, '--pass-on-unpruned-suppressions')).code).toBe(0);
    expect((await run(dir, '--prune-suppressions')).code).toBe(0);
    expect(Object.keys(file(dir))).toEqual(['posts/b.md']);
    expect((await run(dir)).code).toBe(0);
  });

  it('pruning keeps a recorded count down to what still occurs; standard input is weighed too', async () => {
    const dir = backlog();
    writeFileSync(join(dir, 'posts/a.md'), `${name('Margaret Hughes')}${name('Arthur Pike')}`);
    await run(dir, '--suppress-all');
    expect(file(dir)['posts/a.md']).toEqual({ 'patient-identifiability': { count: 2 } });
    writeFileSync(join(dir, 'posts/a.md'), name('Margaret Hughes'));
    expect((await run(dir)).code).toBe(2);
    expect((await run(dir, '--prune-suppressions')).code).toBe(0);
    expect(file(dir)['posts/a.md']).toEqual({ 'patient-identifiability': { count: 1 } });
    const piped = async (text: string) =>
      await runCli(['--no-config-lookup', '-f', 'json', '--stdin', '--stdin-filename', 'posts/a.md'], { cwd: dir, input: text });
    expect((await piped(name('Margaret Hughes'))).code).toBe(0);
    expect((await piped(`${name('Margaret Hughes')}${name('Arthur Pike')}`)).code).toBe(1);
  });

  it('--suppressions-location puts the file elsewhere; a broken file is a usage error', async () => {
    const dir = backlog();
    await run(dir, '--suppress-all', '--suppressions-location', 'suppressions.json');
    expect((await run(dir, '--suppressions-location', 'suppressions.json')).code).toBe(0);
    writeFileSync(join(dir, 'socialcheck-suppressions.json'), '{ not json');
    const broken = await run(dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/socialcheck-suppressions\.json: cannot read/);
  });
});
