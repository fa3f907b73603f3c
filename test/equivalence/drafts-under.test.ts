import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { draftsUnder } from '../../src/files/expand.js';
import { rng } from '../helpers/equivalence.js';

// A folder's drafts were found by tinyglobby with `**/*.{md,markdown,txt}`; draftsUnder walks
// the folder itself. It must find exactly what tinyglobby finds, on awkward trees.

const root = mkdtempSync(join(tmpdir(), 'socialcheck-drafts-under-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const viaGlob = async (dir: string) =>
  (
    await glob('**/*.{md,markdown,txt}', {
      cwd: dir,
      absolute: true,
      ignore: ['**/node_modules/**', '**/.git/**'],
      dot: false,
      followSymbolicLinks: false,
      // tinyglobby's default also lists everything inside a folder named like a draft
      // ("archive.md/photo.png"); socialcheck never wanted those, and no longer finds them.
      expandDirectories: false,
    })
  )
    .map((f) => join(f))
    .sort();

function awkwardTree(dir: string): void {
  const files = [
    'a.md',
    'b.markdown',
    'c.txt',
    'd.mdx',
    'E.MD',
    'f.md.bak',
    '.hidden.md',
    '.md',
    'x.md.md',
    'space name.md',
    '[brackets].md',
    '*star.md',
    '{brace}.md',
    'café ☕.md',
    'line\nbreak.md',
    'back\\slash.md',
    'nested/deeper/g.md',
    'nested/.dot/h.md',
    '.dotdir/i.md',
    'node_modules/j.md',
    'nested/node_modules/k.md',
    'nested/node_modules.md/l.md',
    '.git/m.md',
    'nested/.git/n.txt',
    'folder.md/o.md',
    'folder.md/photo.png',
    'no-extension',
    'README',
  ];
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'text\n');
  }
  mkdirSync(join(dir, 'empty.md'));
  symlinkSync(join(dir, 'a.md'), join(dir, 'link-to-file.md'));
  symlinkSync(join(dir, 'nested'), join(dir, 'link-to-folder.md'));
  symlinkSync(join(dir, 'nested'), join(dir, 'link-to-folder'));
  symlinkSync(join(dir, 'missing.md'), join(dir, 'broken-link.md'));
  symlinkSync(join(dir, 'loop-b.md'), join(dir, 'loop-a.md'));
  symlinkSync(join(dir, 'loop-a.md'), join(dir, 'loop-b.md'));
  execFileSync('mkfifo', [join(dir, 'pipe.md')]);
}

describe('draftsUnder', () => {
  it('finds what tinyglobby finds on an awkward tree', async () => {
    const dir = join(root, 'awkward');
    mkdirSync(dir);
    awkwardTree(dir);
    const walked = draftsUnder(dir).sort();
    expect(walked).toEqual(await viaGlob(dir));
    expect(walked.length).toBeGreaterThan(12);
    expect(walked.some((f) => f.endsWith('photo.png'))).toBe(false);
  });

  it('finds what tinyglobby finds on generated trees', async () => {
    const random = rng(7);
    const parts = ['a', 'B', '.d', 'node_modules', 'x.md', 'é', '[1]', 'post', '.git', 'n m'];
    const exts = ['.md', '.markdown', '.txt', '.MD', '.mdx', '', '.md~', '.txt.md'];
    for (let t = 0; t < 20; t++) {
      const dir = join(root, `gen-${t}`);
      for (let i = 0; i < 40; i++) {
        const depth = Math.floor(random() * 4);
        const folders = Array.from({ length: depth }, () => parts[Math.floor(random() * parts.length)]!);
        const name = parts[Math.floor(random() * parts.length)]! + exts[Math.floor(random() * exts.length)]!;
        const file = join(dir, ...folders, name);
        try {
          mkdirSync(join(file, '..'), { recursive: true });
          writeFileSync(file, '');
        } catch {
          // A name already taken by a folder (or the other way round): skip it.
        }
      }
      expect(draftsUnder(dir).sort()).toEqual(await viaGlob(dir));
    }
  });

  it('lists drafts in the order of their sorted paths, folders among files by their names and a separator', () => {
    const dir = join(root, 'order');
    // Names on either side of the separator's code (',' '-' '.' < '/' < '0' 'A' '_' 'a'), as
    // files and as folders, so that a walk sorting plain names would put a folder's drafts
    // before a file that sorts ahead of them.
    const names = ['a', 'a-b', 'a.b', 'a0', 'aA', 'a_', 'ab', 'b', 'b,c', 'é'];
    for (const n of names) {
      mkdirSync(join(dir, n, `${n}.d`), { recursive: true });
      writeFileSync(join(dir, n, 'x.md'), '');
      writeFileSync(join(dir, `${n}.md`), '');
      writeFileSync(join(dir, n, `${n}.d`, 'y.txt'), '');
      writeFileSync(join(dir, n, `${n}.md`), '');
    }
    const walked = draftsUnder(dir);
    expect(walked.length).toBe(names.length * 4);
    expect(walked).toEqual([...walked].sort());
  });

  it('gives nothing for a folder it cannot read', () => {
    expect(draftsUnder(join(root, 'no-such-folder'))).toEqual([]);
  });
});
