// natural's submodules, never its package root (which reads .env and prints to stdout). They
// are small, and part of the one-file build and its code cache.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { at, isL, isLN, width } from '../../src/draft/words.js';
import { perDraft } from './per-draft.js';

const stems = new Map<string, string>();

export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  let s = stems.get(lower);
  if (s === undefined) {
    s = PorterStemmer.stem(lower);
    stems.set(lower, s);
  }
  return s;
}

export function similarity(a: string, b: string): number {
  return JaroWinklerDistance(a, b);
}

// Drafts share most of their words, so the answer for a pair is kept (the map is emptied when
// it grows large, so memory stays flat over any number of drafts).
const same = new Map<string, boolean>();

/** Two words are the same for matching: same stem, or (for longer words) a near spelling. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const key = `${a}\u0000${b}`;
  let r = same.get(key);
  if (r === undefined) {
    r = stem(a) === stem(b) || (a.length >= 5 && b.length >= 5 && similarity(a, b) >= 0.92);
    if (same.size >= 100_000) same.clear();
    same.set(key, r);
  }
  return r;
}

export const SHORTHAND = new Map([
  ['r', 'are'],
  ['u', 'you'],
  ['ur', 'your'],
  ['n', 'and'],
  ['&', 'and'],
  ['employer’s', "employer's"],
]);

export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Words, as /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[≠&]/gu finds them (test/nlp-tokens.test.ts),
 * lower case, shorthand spelled out ("u" -> "you"). A scan: that expression's Unicode classes
 * took the slow path in V8 on every draft.
 */
export function tokens(text: string, base = 0): Token[] {
  const out: Token[] = [];
  const end = text.length;
  for (let p = 0; p < end;) {
    const cp = at(text, p, end);
    let q = p;
    if (isLN(cp)) {
      q = p + width(cp);
      while (q < end && isLN(at(text, q, end))) q += width(at(text, q, end));
      const apostrophe = text.charCodeAt(q);
      if ((apostrophe === 0x27 || apostrophe === 0x2019) && q + 1 < end && isL(at(text, q + 1, end))) {
        q++;
        while (q < end && isL(at(text, q, end))) q += width(at(text, q, end));
      }
    } else if (cp === 0x2260 || cp === 0x26) q = p + 1;
    else {
      p += width(cp);
      continue;
    }
    const t = text.slice(p, q).toLowerCase();
    out.push({ text: SHORTHAND.get(t) ?? t, start: base + p, end: base + q });
    p = q;
  }
  return out;
}

/**
 * Finds a phrase in a token list allowing slips: each phrase word matched by sameWord(), and
 * at most `gaps` extra words in between ("views are entirely my own"). Returns the span.
 * Each phrase word is compared once with each distinct word of the draft, not with every token.
 */
export function findPhrase(haystack: Token[], phrase: string, gaps = 1): { start: number; end: number } | null {
  const words = phraseWords(phrase);
  if (!words.length) return null;
  const vocabulary = vocabularyOf(haystack);
  // Most phrases fail on a word the draft does not have: stop at the first, trying the longest
  // (rarest) words first ("disclaimer" before "this").
  const matches: Set<string>[] = new Array<Set<string>>(words.length);
  for (const k of longestFirst(words)) {
    const m = matchingWords(vocabulary, words[k]!);
    if (m.size === 0) return null;
    matches[k] = m;
  }
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

const wordOrders = new WeakMap<string[], number[]>();

/** Indexes of a phrase's words, longest first (kept per word list, which phraseWords() caches). */
function longestFirst(words: string[]): number[] {
  let order = wordOrders.get(words);
  if (!order) {
    order = words.map((_, k) => k).sort((a, b) => words[b]!.length - words[a]!.length || a - b);
    wordOrders.set(words, order);
  }
  return order;
}

const phraseTokens = new Map<string, string[]>();

/** A phrase's words, as tokens() gives them (phrases come from lexicons, so few and reused). */
export function phraseWords(phrase: string): string[] {
  let words = phraseTokens.get(phrase);
  if (!words) {
    words = tokens(phrase).map((t) => t.text);
    if (phraseTokens.size >= 10_000) phraseTokens.clear();
    phraseTokens.set(phrase, words);
  }
  return words;
}

interface Vocabulary {
  /** The draft's distinct words by first letter: a near spelling shares its first letter. */
  byInitial: Map<string, string[]>;
  same: Map<string, Set<string>>;
}

/** A token list's vocabulary, kept while the same list is searched for phrase after phrase. */
const vocabularyOf = perDraft((haystack: Token[]): Vocabulary => {
  const byInitial = new Map<string, string[]>();
  for (const w of new Set(haystack.map((t) => t.text))) {
    const list = byInitial.get(w[0]!);
    if (list) list.push(w);
    else byInitial.set(w[0]!, [w]);
  }
  return { byInitial, same: new Map() };
});

// Whether a draft word counts as a phrase word, by phrase word: phrases are few and drafts share
// most of their words, so nearly every question has been asked before. (Emptied when large.)
const variants = new Map<string, Map<string, boolean>>();
let variantCount = 0;

function countsAs(x: string, word: string): boolean {
  let known = variants.get(word);
  if (!known) variants.set(word, (known = new Map()));
  let r = known.get(x);
  if (r === undefined) {
    // A near spelling is about as long.
    r = x === word || (Math.abs(x.length - word.length) <= 3 && (stem(x) === stem(word) || sameWord(x, word)));
    if (++variantCount > 200_000) {
      variants.clear();
      variantCount = 1;
      variants.set(word, (known = new Map()));
    }
    known.set(x, r);
  }
  return r;
}

/** The distinct draft words that count as `word` (same word, same stem, or a near spelling). */
function matchingWords(v: Vocabulary, word: string): Set<string> {
  let set = v.same.get(word);
  if (!set) {
    set = new Set();
    for (const x of v.byInitial.get(word[0]!) ?? []) if (countsAs(x, word)) set.add(x);
    v.same.set(word, set);
  }
  return set;
}
