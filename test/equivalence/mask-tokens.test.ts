import { describe, expect, it } from 'vitest';
import { execAll } from '../../src/shared/scanners/phrase-set.js';
import { maskTokens } from '../../rules/lib/mask-tokens.js';
import { fixtureTexts, randomText, rng } from '../helpers/equivalence.js';

// maskTokens must find exactly the runs the expression it replaced finds that hold a masking
// character, from any starting offset.
const TOKEN = /[\p{L}\p{N}*#$@!]+/gu;
const expected = (text: string, from: number) => execAll(TOKEN, text, from, text.length).filter((m) => /[*#$]/.test(m.text));

describe('maskTokens', () => {
  it('finds the runs the expression finds, on fixture drafts and generated text', () => {
    const r = rng(11);
    const pieces = [
      ..."ab*#$@!1 .\n-_'’",
      'é',
      'ß',
      '٣',
      '😀',
      '\ud83d',
      '\ude00',
      '𝐀',
      'f**k',
      '#tag',
      '$5',
      'sh!t',
      '\u0301',
      '**bold**',
    ];
    const texts = [...fixtureTexts(), ...Array.from({ length: 20000 }, () => randomText(r, pieces, 30))];
    let found = 0;
    for (const text of texts) {
      for (const from of [0, Math.floor(text.length / 3)]) {
        const want = expected(text, from);
        expect(maskTokens(text, from)).toEqual(want);
        found += want.length;
      }
    }
    expect(found).toBeGreaterThan(10000);
  });
});
