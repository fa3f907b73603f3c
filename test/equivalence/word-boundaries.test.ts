import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execAll } from '../../src/shared/scanners/phrase-set.js';
import { fixtureTexts, rng } from '../helpers/equivalence.js';

// With both the i and u flags, V8 tests \b the slow way at every position (about 8 times
// slower over a draft), so our expressions with those flags spell a \b that stands before a
// word as (?<!\w). This holds each of them to its \b spelling, and keeps new ones from
// starting an alternative with \b.

interface Audited {
  where: string;
  source: string;
  flags: string;
}
const audit = JSON.parse(readFileSync(join(__dirname, '..', 'data', 'regex-audit.json'), 'utf8')) as Audited[];
const unicodeIgnoreCase = audit.filter((e) => e.flags.includes('i') && e.flags.includes('u'));

// Characters that do or do not count as \w next to a word: under i and u, ſ and K (Kelvin)
// fold into [a-z]; é and 字 are letters but not \w.
const NEIGHBOURS = [..."aZ_7ſKéß字-.’'@#"].concat([' ', '\n', '\u00a0']);

/** Fixture drafts, and each again with some spaces turned into a neighbour that may join a word. */
function texts(): string[] {
  const r = rng(8);
  const base = fixtureTexts();
  return base.concat(base.map((t) => t.replace(/ /g, () => (r() < 0.3 ? NEIGHBOURS[Math.floor(r() * NEIGHBOURS.length)]! : ' '))));
}

describe('expressions with the i and u flags', () => {
  it('start no alternative with \\b', () => {
    const offenders = unicodeIgnoreCase.filter((e) => /(?:^|\||\(\?:|\((?!\?))\\b/.test(e.source)).map((e) => e.where);
    expect(offenders).toEqual([]);
  });

  it('find what their \\b spelling finds', () => {
    const rewritten = unicodeIgnoreCase.filter((e) => e.source.includes('(?<!\\w)'));
    expect(rewritten.length).toBeGreaterThan(10);
    const all = texts();
    for (const e of rewritten) {
      const flags = e.flags.includes('g') ? e.flags : `${e.flags}g`;
      const ours = new RegExp(e.source, flags);
      const spelled = new RegExp(e.source.replaceAll('(?<!\\w)', '\\b'), flags);
      for (const t of all) expect(execAll(ours, t, 0, t.length), e.where).toEqual(execAll(spelled, t, 0, t.length));
    }
  });
});
