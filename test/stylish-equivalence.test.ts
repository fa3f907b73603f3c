import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';
import type { LintResult } from '../src/engine/results.js';
import { displayPath, pathDisplayer } from '../src/formatters/paths.js';
import stylish, { stylishBytes } from '../src/formatters/stylish.js';
import { fixtureTexts } from './helpers/equivalence.js';
import { randomResults } from './helpers/random-results.js';
import reference, { referenceDisplayPath } from './helpers/stylish-reference.js';

// stylish writes each row's pieces into one list with chalk's codes taken once; the reference
// is the chalk-built formatter it replaced. Both must print the same, with and without colour.

const cwd = join(sep, 'home', 'someone', 'drafts');
const ctx = (color: boolean) => ({ cwd, color, rulesMeta: new Map(), version: '1.0.0' });

describe('stylish', () => {
  it('prints what the chalk-built formatter printed, on every fixture draft', async () => {
    const results: LintResult[] = [];
    for (const [i, text] of fixtureTexts().entries())
      results.push(await lintText(text, { noConfigLookup: true, filePath: join(cwd, `d${i}.md`) }));
    expect(results.reduce((n, r) => n + r.messages.length, 0)).toBeGreaterThan(300);
    for (const color of [false, true]) expect(stylish(results, ctx(color))).toBe(reference(results, ctx(color)));
    expect(stylishBytes(results, ctx(false))!.equals(Buffer.from(reference(results, ctx(false))))).toBe(true);
    expect(stylishBytes(results, ctx(true))).toBeUndefined();
  });

  it('prints what the chalk-built formatter printed, on generated messages', () => {
    for (let seed = 0; seed < 400; seed++) {
      const results = randomResults(seed, cwd);
      for (const color of [false, true]) expect(stylish(results, ctx(color)), `seed ${seed}`).toBe(reference(results, ctx(color)));
      // As written: UTF-8 (a lone surrogate becomes U+FFFD either way).
      expect(stylishBytes(results, ctx(false))!.toString('utf8'), `seed ${seed}`).toBe(
        Buffer.from(reference(results, ctx(false))).toString('utf8'),
      );
    }
  });
});

describe('pathDisplayer', () => {
  it('gives what displayPath gave, for paths inside, outside and beside cwd', () => {
    const paths = [
      join(cwd, 'a.md'),
      join(cwd, 'posts', 'b.md'),
      `${cwd}/./a.md`,
      `${cwd}/posts/../a.md`,
      `${cwd}//a.md`,
      `${cwd}/posts/`,
      `${cwd}/.hidden/a.md`,
      `${cwd}/..a.md`,
      `${cwd}/a..md`,
      `${cwd}/..`,
      cwd,
      `${cwd}/`,
      `${cwd}-other/a.md`,
      '/elsewhere/a.md',
      '<text>',
      'relative/a.md',
    ];
    for (const base of [cwd, `${cwd}/`, '/', `${cwd}/../drafts`]) {
      const shown = pathDisplayer(base);
      for (const p of paths) expect(shown(p), `${base} ${p}`).toBe(referenceDisplayPath(p, base));
      for (const p of paths) expect(shown(p), `${base} ${p}`).toBe(displayPath(p, base));
    }
  });
});
