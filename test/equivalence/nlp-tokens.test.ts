import { describe, expect, it } from 'vitest';
import { SHORTHAND, tokens, type Token } from '../../rules/lib/nlp.js';
import { fixtureTexts, rng } from '../helpers/equivalence.js';

// tokens() scans; this expression is what it must find (shorthand spelled out the same way).
function byExpression(text: string, base = 0): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[≠&]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0].toLowerCase();
    out.push({ text: SHORTHAND.get(t) ?? t, start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

const PIECES = [
  'Views',
  'my',
  'OWN',
  "don't",
  'employer’s',
  "'",
  '’',
  "x'7",
  'u',
  'R',
  '&',
  '≠',
  '7',
  '٣',
  'é',
  'e\u0301',
  '𝐀',
  '😀',
  '\ud83d',
  ' ',
  ',',
  '-',
  '\n',
  'İ',
  'ß',
  'constructor',
];

describe('tokens', () => {
  it('finds what the expression finds, on every fixture draft', () => {
    const differences: string[] = [];
    for (const text of fixtureTexts()) {
      if (JSON.stringify(tokens(text, 3)) !== JSON.stringify(byExpression(text, 3))) differences.push(text.slice(0, 80));
    }
    expect(differences).toEqual([]);
  });

  it('finds what the expression finds, on generated text', () => {
    const r = rng(5);
    const differences: string[] = [];
    for (let n = 0; n < 5000; n++) {
      let s = '';
      for (let k = Math.floor(r() * 12); k >= 0; k--) s += PIECES[Math.floor(r() * PIECES.length)]!;
      if (JSON.stringify(tokens(s)) !== JSON.stringify(byExpression(s))) differences.push(JSON.stringify(s));
    }
    expect(differences.slice(0, 3)).toEqual([]);
  });

  it('spells out shorthand, and a word like "constructor" is just a word', () => {
    expect(tokens('u r my constructor & friend').map((t) => t.text)).toEqual(['you', 'are', 'my', 'constructor', 'and', 'friend']);
  });
});
