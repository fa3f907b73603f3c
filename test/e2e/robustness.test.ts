import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, json, tempTree } from '../helpers/cli.js';

// Bad input gets one clear message per file, the run goes on, nothing hangs or crashes.
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

const good = 'Had the lovely Margaret Hughes in the chair today.\n';

describe('a folder of bad inputs mixed with good drafts', () => {
  const t = tempTree({
    'good-1.md': good,
    'good-2.txt': good,
    'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'latin1.md': Buffer.from('Caf\xe9 cr\xe8me\n', 'latin1'),
    'utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Patient NHS no 943 476 5919\n', 'utf16le')]),
    'empty.md': '',
    'only-front-matter.md': '---\naccount: practice\n---\n',
    'broken-front-matter.md': '---\naccount: [oops\n---\nHad the lovely Margaret Hughes in the chair today.\n',
    'nested-list.md': Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n'),
    'emphasis-run.md': `${'*'.repeat(20000)}a${'*'.repeat(20000)}\n`,
    'long-line.md': 'word '.repeat(200000),
  });
  cleanups.push(t.cleanup);
  mkdirSync(join(t.dir, 'loop'));
  symlinkSync(join(t.dir, 'loop', 'b.md'), join(t.dir, 'loop', 'a.md'));
  symlinkSync(join(t.dir, 'loop', 'a.md'), join(t.dir, 'loop', 'b.md'));
  writeFileSync(join(t.dir, 'big.md'), Buffer.alloc(50 * 1024 * 1024, 'a'));
  writeFileSync(join(t.dir, 'unreadable.md'), good);
  chmodSync(join(t.dir, 'unreadable.md'), 0o000);
  // A named pipe would block a naive reader forever.
  execFileSync('mkfifo', [join(t.dir, 'pipe.md')]);
  chmodSync(t.dir, 0o755);
  // Root reads any file, so the run drops to "nobody" to meet a permission error for real.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

  it('exits 2, reports each bad file once, and still lints every good one', () => {
    const r = cli(['-f', 'json', '.', 'loop/a.md', 'missing.md', 'pipe.md'], { cwd: t.dir, ...asUser });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const results = json(r);
    const by = (name: string) => results.filter((x) => x.filePath.endsWith(`/${name}`));
    for (const bad of ['binary.md', 'latin1.md', 'big.md', 'loop/a.md', 'missing.md', 'unreadable.md', 'pipe.md']) {
      expect(by(bad), bad).toHaveLength(1);
      expect(by(bad)[0]!.messages, bad).toEqual([expect.objectContaining({ fatal: true, severity: 2 })]);
    }
    for (const goodFile of ['good-1.md', 'good-2.txt', 'utf16.md']) expect(by(goodFile)[0]!.errorCount, goodFile).toBeGreaterThan(0);
    for (const quiet of ['empty.md', 'only-front-matter.md', 'nested-list.md', 'emphasis-run.md', 'long-line.md']) {
      expect(by(quiet)[0]!.fatalErrorCount, quiet).toBe(0);
    }
    const broken = by('broken-front-matter.md')[0]!;
    expect(broken.messages.some((m) => m.ruleId === null && m.line === 2 && /front matter/i.test(m.message))).toBe(true);
    expect(broken.messages.some((m) => m.ruleId === 'patient-identifiability')).toBe(true);
  });
});
