import { describe, expect, it } from 'vitest';
import { wordsIn } from '../../src/draft/words.js';
import { countWords } from '../../src/draft/text-units.js';
import type { Word } from '../../src/draft/types.js';
import { fixtureTexts, rng } from '../helpers/equivalence.js';

// The scanner in src/draft/words.ts must find exactly what this expression finds (its
// definition, and what socialcheck used before), with the same kinds.
const WORD =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?<![\p{L}\p{N}_@])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}[\p{L}\p{N}_])?|(?<![\p{L}\p{N}_#&])#[\p{L}\p{N}_]+|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

function byExpression(prose: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  const slice = prose.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const text = m[0];
    const start = from + m.index;
    const kind: Word['kind'] =
      text.includes('@') && !text.startsWith('@')
        ? 'email'
        : text.startsWith('@')
          ? 'mention'
          : text.startsWith('#')
            ? 'hashtag'
            : /^\p{N}+$/u.test(text)
              ? 'number'
              : 'word';
    words.push({ range: [start, start + text.length], text, lower: text.toLowerCase(), key: text.toLowerCase().replace(/’/g, "'"), kind });
  }
  return words;
}

// Pieces that exercise every alternative and its edges: addresses, handles of every length,
// tags after & and #, joiners, marks, digits of other scripts, astral letters and emoji.
const PIECES = [
  'a',
  'Zo',
  'é',
  'e\u0301',
  '\u0301',
  '_',
  '.',
  '..',
  '-',
  '%',
  '+',
  '@',
  '@@',
  '#',
  '##',
  '&',
  "'",
  '’',
  ' ',
  '\n',
  ',',
  '!',
  '7',
  '٣',
  '½',
  'Ⅻ',
  '𝐀',
  '𝟘',
  '😀',
  '🦷',
  '字',
  'ß',
  'x-ray',
  "don't",
  'jo.smith',
  'nhs.net',
  'example.org',
  'a'.repeat(35),
  'ab_cd',
  'mary',
  'Ceri_bakes',
  '2024',
  '\ud83d',
  '\ude00',
  'ι',
  'ǅ',
  'NHS',
  'iPhone',
  'McKay',
  'Ab',
];

describe('wordsIn', () => {
  it('finds what the expression finds, with the same kinds, on every fixture draft', () => {
    const differences: string[] = [];
    for (const text of fixtureTexts()) {
      if (JSON.stringify(wordsIn(text, [0, text.length])) !== JSON.stringify(byExpression(text, 0, text.length)))
        differences.push(text.slice(0, 80));
    }
    expect(differences).toEqual([]);
  });

  it('finds what the expression finds on generated text, whole and in slices', () => {
    const r = rng(7);
    const differences: string[] = [];
    for (let n = 0; n < 5000; n++) {
      let s = '';
      const parts = 1 + Math.floor(r() * 14);
      for (let k = 0; k < parts; k++) s += PIECES[Math.floor(r() * PIECES.length)]!;
      const from = r() < 0.6 ? 0 : Math.floor(r() * s.length);
      const to = r() < 0.6 ? s.length : from + Math.floor(r() * (s.length - from + 1));
      const got = wordsIn(s, [from, to]);
      const want = byExpression(s, from, to);
      if (JSON.stringify(got) !== JSON.stringify(want))
        differences.push(`${JSON.stringify(s)} [${from}, ${to})\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(got)}`);
    }
    expect(differences.slice(0, 3)).toEqual([]);
  });

  it('tells words, numbers, addresses, mentions and hashtags apart', () => {
    const text = 'Email jo.smith@nhs.net or @Ceri_bakes about #TeamSmile, 2024 x-ray don’t @@x a#b';
    expect(wordsIn(text, [0, text.length]).map((w) => `${w.kind}:${w.text}`)).toEqual([
      'word:Email',
      'email:jo.smith@nhs.net',
      'word:or',
      'mention:@Ceri_bakes',
      'word:about',
      'hashtag:#TeamSmile',
      'number:2024',
      'word:x-ray',
      'word:don’t',
      'word:x',
      'word:a',
      'word:b',
    ]);
  });
});

describe('countWords', () => {
  const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  const byExpression = (text: string) => text.match(WORDS)?.length ?? 0;
  it('counts what the expression matches, on every fixture draft and on generated text', () => {
    const differences: string[] = [];
    for (const text of fixtureTexts()) if (countWords(text) !== byExpression(text)) differences.push(text.slice(0, 80));
    const r = rng(11);
    for (let n = 0; n < 5000; n++) {
      let s = '';
      const parts = 1 + Math.floor(r() * 14);
      for (let k = 0; k < parts; k++) s += PIECES[Math.floor(r() * PIECES.length)]!;
      if (countWords(s) !== byExpression(s)) differences.push(JSON.stringify(s));
    }
    expect(differences.slice(0, 3)).toEqual([]);
  });
});
