import { describe, expect, it } from 'vitest';
import { maskWords } from '../../rules/lib/nhs-number.js';
import { maskNames, maskShaped } from '../../src/engine/redact.js';
import { rng } from '../helpers/equivalence.js';

// maskNames must mask exactly what this replacement masked (it compiled an expression per
// draft before): names longest first, whole words only, code point by code point.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byExpression = (text: string, names: string[]) =>
  names.length
    ? text.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu'), maskWords)
    : text;

const NAMES = ['Jane', 'Jane Smith', 'Mrs Jane Smith', 'Siân', 'Zoë Ng', 'Dr. O’Neil', 'Ann', 'Anne', 'Li', '𝐀lex', 'Jo'];
const PIECES = [' ', ', ', '.', '7', 'x', 'é', '\u0301', '😀', '\ud83d', '\n', "'", '-', ...NAMES];

describe('maskNames', () => {
  it('masks what the old expression masked, on generated text', () => {
    const r = rng(11);
    const differences: string[] = [];
    for (let n = 0; n < 5000; n++) {
      const names = NAMES.filter(() => r() < 0.4).sort((a, b) => b.length - a.length);
      let text = '';
      for (let k = Math.floor(r() * 12); k >= 0; k--) text += PIECES[Math.floor(r() * PIECES.length)]!;
      if (maskNames(text, names) !== byExpression(text, names)) differences.push(`${JSON.stringify(text)} ${JSON.stringify(names)}`);
    }
    expect(differences.slice(0, 3)).toEqual([]);
  });

  it('masks whole names only', () => {
    expect(maskNames('Jane Smith met Janet and Jane.', ['Jane Smith', 'Jane'])).toBe('J••• S•••• met Janet and J•••.');
  });
});

describe('maskShaped', () => {
  it('masks addresses, handles, dates and long numbers, and leaves other text alone', () => {
    expect(maskShaped('Mail jo@nhs.net or @ceri_b on 03/04/1961, tel 0113 496 0000.')).toBe(
      'Mail j•@•••.••• or @c••• on 0•/••/••••, tel 0••• ••• ••••.',
    );
    expect(maskShaped('No identifiers in this one.')).toBe('No identifiers in this one.');
  });
});
