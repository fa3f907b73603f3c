import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findPhrase, phraseWords, stem, similarity, tokens, type Token } from '../../rules/lib/nlp.js';
import { fixtureTexts, rng } from '../helpers/equivalence.js';

// findPhrase() numbers phrase words and keeps, per draft word, the phrase words it counts as.
// This is what it must find: each phrase word against each distinct draft word with the same
// first letter, then the first run of tokens with at most `gaps` words skipped.
const counts = (x: string, w: string) =>
  x === w || (Math.abs(x.length - w.length) <= 3 && (stem(x) === stem(w) || (x.length >= 5 && w.length >= 5 && similarity(x, w) >= 0.92)));

function reference(haystack: Token[], phrase: string, gaps: number): { start: number; end: number } | null {
  const words = phraseWords(phrase);
  if (!words.length) return null;
  const distinct = [...new Set(haystack.map((t) => t.text))];
  const matches = words.map((w) => new Set(distinct.filter((x) => x[0] === w[0] && counts(x, w))));
  if (matches.some((m) => m.size === 0)) return null;
  for (let i = 0; i < haystack.length; i++) {
    if (!matches[0]!.has(haystack[i]!.text)) continue;
    let j = i + 1;
    let k = 1;
    let skipped = 0;
    while (k < words.length && j < haystack.length) {
      if (matches[k]!.has(haystack[j]!.text)) {
        k++;
        j++;
      } else if (skipped < gaps) {
        skipped++;
        j++;
      } else break;
    }
    if (k === words.length) return { start: haystack[i]!.start, end: haystack[j - 1]!.end };
  }
  return null;
}

const lists = parse(readFileSync(join(__dirname, '..', '..', 'rules', 'data', 'disclaimers.yaml'), 'utf8')) as Record<string, string[]>;
const phrases = Object.values(lists).flat();

describe('findPhrase', () => {
  it('takes a near spelling only when it shares the first letter', () => {
    expect(findPhrase(tokens('See the disclaimar below'), 'the disclaimer', 0)).toEqual({ start: 4, end: 18 });
    expect(findPhrase(tokens('See the xisclaimer below'), 'the disclaimer', 0)).toBeNull();
    expect(findPhrase(tokens('Views are entirely my own'), 'views are my own', 1)).toEqual({ start: 0, end: 25 });
    expect(findPhrase(tokens('Views are not at all my own'), 'views are my own', 1)).toBeNull();
  });

  it('finds what the reference finds, for every disclaimer phrase on every fixture draft', () => {
    const differences: string[] = [];
    let found = 0;
    for (const text of fixtureTexts()) {
      const haystack = tokens(text);
      for (const phrase of phrases) {
        for (const gaps of [0, 1]) {
          const want = reference(haystack, phrase, gaps);
          if (want) found++;
          if (JSON.stringify(findPhrase(haystack, phrase, gaps)) !== JSON.stringify(want))
            differences.push(`${phrase} | ${text.slice(0, 60)}`);
        }
      }
    }
    expect(differences).toEqual([]);
    expect(found).toBeGreaterThan(50);
  });

  it('finds what the reference finds with slips, skipped words and phrases first asked about late', () => {
    const r = rng(11);
    const words = [...new Set(phrases.flatMap((p) => phraseWords(p)))];
    // Misspellings, other endings and filler, so that near spellings and gaps are exercised.
    const slip = (w: string) => {
      const k = Math.floor(r() * w.length);
      const slips = [
        w,
        w + 's',
        w + 'ing',
        w.slice(0, k) + w.slice(k + 1),
        w.slice(0, k) + 'x' + w.slice(k),
        'x' + w.slice(1),
        'really',
        'the',
      ];
      return slips[Math.floor(r() * slips.length)]!;
    };
    const differences: string[] = [];
    let found = 0;
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: 3 + Math.floor(r() * 25) }, () => slip(words[Math.floor(r() * words.length)]!)).join(' ');
      const haystack = tokens(text);
      // A phrase never seen before, asked about after the draft's words were numbered.
      const late = `${slip(words[Math.floor(r() * words.length)]!)} zq${n} ${slip(words[Math.floor(r() * words.length)]!)}`;
      for (const phrase of [...phrases.slice(0, 40), late, text.split(' ').slice(2, 5).join(' ')]) {
        for (const gaps of [0, 1, 2]) {
          const want = reference(haystack, phrase, gaps);
          if (want) found++;
          if (JSON.stringify(findPhrase(haystack, phrase, gaps)) !== JSON.stringify(want)) differences.push(`${phrase} | ${text}`);
        }
      }
    }
    expect(differences).toEqual([]);
    expect(found).toBeGreaterThan(300);
  });
});
