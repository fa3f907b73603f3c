import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, json, tempTree } from '../helpers/cli.js';

// --fix must never lose a user's words: atomic writes that keep line endings, BOM and mode,
// idempotent, never touching a file with a fatal problem, never writing standard input back.

const views = 'As a dental nurse at Smile Dental I think the new contract is a disaster.';
const nhs = 'Lovely patient today, NHS no 943 476 5919, doing well after her extraction.';
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));
const tree = (files: Record<string, string | Buffer>) => {
  const t = tempTree(files);
  cleanups.push(t.cleanup);
  return t.dir;
};

describe('--fix', () => {
  it('keeps a BOM, CRLF line endings and the file mode, and leaves no temp file behind', async () => {
    const d = tree({ 'a.md': `\uFEFF---\r\naccount: personal\r\n---\r\n${views}\r\n` });
    chmodSync(join(d, 'a.md'), 0o640);
    await runCli(['--no-config-lookup', '--fix', 'a.md'], { cwd: d });
    const out = readFileSync(join(d, 'a.md'), 'utf8');
    expect(out.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(out).toContain('Views are my own');
    expect(out.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(statSync(join(d, 'a.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(d)).toEqual(['a.md']);
  });

  it('masks an NHS number and appends disclaimers in one run, and a second run changes nothing', async () => {
    const d = tree({ 'a.md': `${nhs}\n${views}\n` });
    await runCli(['--no-config-lookup', '--fix', 'a.md'], { cwd: d });
    const once = readFileSync(join(d, 'a.md'), 'utf8');
    expect(once).not.toContain('943 476 5919');
    expect(once).toContain('Views are my own');
    const again = await runCli(['--no-config-lookup', '--fix', '-f', 'json', 'a.md'], { cwd: d });
    expect(readFileSync(join(d, 'a.md'), 'utf8')).toBe(once);
    expect(json(again)[0]!.messages.filter((m) => m.messageId && /fixable/.test(m.messageId))).toEqual([]);
    // Every word of the original that was not fixed is still there.
    for (const word of views.split(' ')) expect(once).toContain(word);
  });

  it('never touches a file with a fatal problem', async () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x0d, 0x0a, 0x1a, 0x0a, 0x41, 0x42]);
    const d = tree({ 'image.md': binary, 'latin1.md': Buffer.from(`${views} caf\xe9\n`, 'latin1') });
    const before = ['image.md', 'latin1.md'].map((f) => statSync(join(d, f)).mtimeMs);
    const r = await runCli(['--no-config-lookup', '--fix', '.'], { cwd: d });
    expect(r.code).toBe(2);
    expect(readFileSync(join(d, 'image.md'))).toEqual(binary);
    expect(readFileSync(join(d, 'latin1.md'))).toEqual(Buffer.from(`${views} caf\xe9\n`, 'latin1'));
    expect(['image.md', 'latin1.md'].map((f) => statSync(join(d, f)).mtimeMs)).toEqual(before);
  });

  it('refuses to write standard input back, and --fix-dry-run shows the fix on stdout only', async () => {
    const d = tree({});
    const refused = await runCli(['--no-config-lookup', '--stdin', '--fix'], { cwd: d, input: views });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--fix-dry-run/);
    const dry = await runCli(['--no-config-lookup', '--stdin', '--fix-dry-run', '-f', 'json'], { cwd: d, input: views });
    expect(json(dry)[0]).toMatchObject({ filePath: '<text>' });
    expect((JSON.parse(dry.stdout) as { output: string }[])[0]!.output).toContain('Views are my own');
    expect(readdirSync(d)).toEqual([]);
  });

  it('--fix-dry-run writes nothing', async () => {
    const d = tree({ 'a.md': `${views}\n` });
    const before = statSync(join(d, 'a.md')).mtimeMs;
    await runCli(['--no-config-lookup', '--fix-dry-run', 'a.md'], { cwd: d });
    expect(readFileSync(join(d, 'a.md'), 'utf8')).toBe(`${views}\n`);
    expect(statSync(join(d, 'a.md')).mtimeMs).toBe(before);
  });
});

it('drops a fix that does not take instead of applying it ten times (a disclaimer inside an unclosed comment)', async () => {
  const { lintText } = await import('../../src/api.js');
  const text = `${views}\n\n<!-- draft notes`;
  const r = await lintText(text, { noConfigLookup: true, filePath: 'a.md', fix: true });
  expect(r.output ?? text).toBe(text);
  expect(r.messages.map((m) => m.ruleId)).toContain('views-disclaimer');
});
