import { describe, expect, it } from 'vitest';
import { within } from '../../rules/lib/lexicon.js';
import { PhraseSet } from '../../src/shared/scanners/phrase-set.js';
import { fixtureTexts, lexiconLists, rng } from '../helpers/equivalence.js';

// within() must give what find() on the slice gives: every lexicon list, every fixture draft,
// slices at whitespace (as sentences are) and anywhere (the fallback).

describe('within', () => {
  it('finds what find() finds on the slice, for every list and draft', () => {
    const texts = fixtureTexts();
    const lists = lexiconLists().map((l) => l.phrases);
    expect(lists.length).toBeGreaterThan(60);
    const differences: string[] = [];
    lists.forEach((phrases, n) => {
      const set = new PhraseSet(phrases);
      const r = rng(n + 7);
      for (const text of texts) {
        const whole = set.find(text, 0, text.length);
        const cuts = [0, text.length];
        for (let i = 0; i < text.length; i++) if (/[\s.!?]/.test(text[i]!) && r() < 0.15) cuts.push(i, i + 1);
        for (let k = 0; k < 4; k++) cuts.push(Math.floor(r() * text.length));
        cuts.sort((a, b) => a - b);
        for (let k = 0; k + 1 < cuts.length; k++) {
          const from = cuts[k]!;
          const to = r() < 0.8 ? cuts[k + 1]! : cuts[Math.min(cuts.length - 1, k + 1 + Math.floor(r() * 4))]!;
          const want = set.find(text, from, to);
          const got = within(set, whole, text, from, to);
          if (JSON.stringify(got) !== JSON.stringify(want)) differences.push(`[${from}, ${to}) ${JSON.stringify(text.slice(0, 60))}`);
        }
      }
    });
    expect(differences.slice(0, 5)).toEqual([]);
  });

  it('searches the slice where a whole-text match crosses its end, or a word is cut', () => {
    const set = new PhraseSet(['came in', 'came', 'in', 'extract*']);
    const text = 'she came in today came\nin again extracted extract';
    const whole = set.find(text, 0, text.length);
    for (let from = 0; from <= text.length; from++)
      for (let to = from; to <= text.length; to++)
        expect(within(set, whole, text, from, to), `[${from}, ${to})`).toEqual(set.find(text, from, to));
  });
});
