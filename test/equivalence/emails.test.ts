import { describe, expect, it } from 'vitest';
import { emailsIn } from '../../rules/lib/emails.js';
import { fixtureTexts, randomText, rng } from '../helpers/equivalence.js';

// emailsIn must find exactly what the expression it replaced finds.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const expected = (text: string) => [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

describe('emailsIn', () => {
  it('finds the addresses the expression finds, on fixture drafts and generated text', () => {
    const r = rng(21);
    const pieces = [
      ...'ab1@.-_%+ \n,',
      'é',
      '٣',
      '😀',
      '𝐀',
      '\ud83d',
      '\ude00',
      '\u0301',
      'x@y.com',
      'a.b@c.d.e',
      '@@',
      '..',
      'info@practice.nhs.uk',
      '@mention',
    ];
    const texts = [...fixtureTexts(), ...Array.from({ length: 30000 }, () => randomText(r, pieces, 24))];
    let found = 0;
    for (const text of texts) {
      const want = expected(text);
      expect(emailsIn(text), JSON.stringify(text)).toEqual(want);
      found += want.length;
    }
    expect(found).toBeGreaterThan(5000);
  });
});
