import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import type { LintResult } from '../../src/engine/results.js';
import { displayPath, pathDisplayer } from '../../src/formatters/paths.js';
import { ByteSink } from '../../src/formatters/output-sink.js';
import stylish from '../../src/formatters/stylish.js';
import { streamAll } from '../../src/formatters/types.js';
import { fixtureTexts } from '../helpers/equivalence.js';
import { randomResults } from '../helpers/random-results.js';
import reference, { referenceDisplayPath } from '../helpers/stylish-reference.js';

// stylish streams its report a file at a time, in pieces, with ESLint's reset around it; the
// reference builds the whole report as one string, as it did before. Both must print the same,
// with and without colour.

const cwd = join(sep, 'home', 'someone', 'drafts');
const ctx = (color: boolean) => ({ cwd, color, rulesMeta: new Map(), version: '1.0.0' });

/** The report as the CLI writes it: UTF-8 bytes, streamed a file at a time. */
function written(results: LintResult[], color: boolean): Buffer {
  const sink = new ByteSink(16);
  streamAll(stylish.stream(ctx(color), sink), results);
  return sink.bytes();
}

describe('stylish', () => {
  it('prints what the chalk-built formatter printed, on every fixture draft', async () => {
    const results: LintResult[] = [];
    for (const [i, text] of fixtureTexts().entries())
      results.push(await lintText(text, { noConfigLookup: true, filePath: join(cwd, `d${i}.md`) }));
    expect(results.reduce((n, r) => n + r.messages.length, 0)).toBeGreaterThan(300);
    for (const color of [false, true]) expect(stylish(results, ctx(color))).toBe(reference(results, ctx(color)));
    for (const color of [false, true])
      expect(written(results, color).equals(Buffer.from(reference(results, ctx(color)))), `colour ${color}`).toBe(true);
  });

  it('prints what the chalk-built formatter printed, on generated messages', () => {
    for (let seed = 0; seed < 400; seed++) {
      const results = randomResults(seed, cwd);
      for (const color of [false, true]) expect(stylish(results, ctx(color)), `seed ${seed}`).toBe(reference(results, ctx(color)));
      // As written: UTF-8 (a lone surrogate becomes U+FFFD either way).
      for (const color of [false, true])
        expect(written(results, color).toString('utf8'), `seed ${seed}`).toBe(Buffer.from(reference(results, ctx(color))).toString('utf8'));
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
