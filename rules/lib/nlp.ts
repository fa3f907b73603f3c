// natural's submodules, never its package root (which reads .env and prints to stdout). They
// are small, and part of the one-file build and its code cache.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { at, isL, isLN, lowerCase, width } from '../../src/draft/words.js';
import { lastOf } from './per-draft.js';

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

/** Two words are the same for matching: same stem, or (for longer words) a near spelling. */
function sameWord(a: string, b: string): boolean {
  return a === b || stem(a) === stem(b) || (a.length >= 5 && b.length >= 5 && similarity(a, b) >= 0.92);
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
    const c = text.charCodeAt(p);
    let q = p;
    if (c < 0x80 ? ASCII_LN[c] === 1 : isLN(at(text, p, end))) {
      // ASCII by table, tested below 0x80 first: V8 reads a typed array out of range slowly.
      for (; q < end; q++) {
        const d = text.charCodeAt(q);
        if (d >= 0x80 || ASCII_LN[d] !== 1) break;
      }
      if (q < end && text.charCodeAt(q) >= 0x80) {
        while (q < end && isLN(at(text, q, end))) q += width(at(text, q, end));
      }
      const apostrophe = text.charCodeAt(q);
      if ((apostrophe === 0x27 || apostrophe === 0x2019) && q + 1 < end && isL(at(text, q + 1, end))) {
        q++;
        while (q < end && isL(at(text, q, end))) q += width(at(text, q, end));
      }
    } else if (c === 0x2260 || c === 0x26) q = p + 1;
    else {
      p += c < 0x80 ? 1 : width(at(text, p, end));
      continue;
    }
    const t = lowerCase(text.slice(p, q));
    out.push({ text: (SHORTHAND_LENGTHS.has(t.length) && SHORTHAND.get(t)) || t, start: base + p, end: base + q });
    p = q;
  }
  return out;
}

// [\p{L}\p{N}] for ASCII by table: most of a draft's characters.
const ASCII_LN = Uint8Array.from({ length: 0x80 }, (_, c) => (isLN(c) ? 1 : 0));
// Most words are longer than any shorthand: no lookup.
const SHORTHAND_LENGTHS = new Set([...SHORTHAND.keys()].map((k) => k.length));

/**
 * Finds a phrase in a token list allowing slips: each phrase word matched by countsAs() (same
 * word, same stem, or a near spelling with the same first letter), and at most `gaps` extra
 * words in between ("views are entirely my own"). Returns the span.
 */
export function findPhrase(haystack: Token[], phrase: string, gaps = 1): { start: number; end: number } | null {
  return findQuery(vocabularyOf(haystack), phraseQuery(phrase, gaps));
}

/** A phrase as findQuery() looks for it: its words by number, and how many words it may skip. */
export interface PhraseQuery {
  phrase: string;
  ids: number[];
  gaps: number;
}

export function phraseQuery(phrase: string, gaps: number): PhraseQuery {
  return { phrase, ids: phraseWordIds(phrase), gaps };
}

/** findPhrase() over a token list's vocabulary (words()), for a phrase made once by phraseQuery(). */
export function findQuery(v: Vocabulary, q: PhraseQuery): { start: number; end: number } | null {
  const { ids, gaps } = q;
  if (!ids.length) return null;
  if (v.known < kinWords.length) refresh(v, v.tokens);
  // Most phrases fail on a word the draft does not have.
  for (const id of ids) if (v.present[id] !== 1) return null;
  const { kins, tokens: haystack } = v;
  for (let i = 0; i < haystack.length; i++) {
    if (!kins[i]!.includes(ids[0]!)) continue;
    let j = i + 1;
    let k = 1;
    let skipped = 0;
    while (k < ids.length && j < haystack.length) {
      if (kins[j]!.includes(ids[k]!)) {
        k++;
        j++;
      } else if (skipped < gaps) {
        skipped++;
        j++;
      } else break;
    }
    if (k === ids.length) return { start: haystack[i]!.start, end: haystack[j - 1]!.end };
  }
  return null;
}

// Phrase words are numbered as phrases are first searched for: a few hundred, from the lexicons
// and the user's own disclaimers.
const kinIds = new Map<string, number>();
const kinWords: string[] = [];
const phraseIds = new Map<string, number[]>();

/** A phrase's words, as tokens() gives them, by number. */
function phraseWordIds(phrase: string): number[] {
  let ids = phraseIds.get(phrase);
  if (!ids) {
    ids = phraseWords(phrase).map((w) => {
      let id = kinIds.get(w);
      if (id === undefined) {
        kinIds.set(w, (id = kinWords.length));
        kinWords.push(w);
      }
      return id;
    });
    if (phraseIds.size >= 10_000) phraseIds.clear();
    phraseIds.set(phrase, ids);
  }
  return ids;
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

/** By draft word: the phrase words it counts as, having been compared with the first `known`. */
interface Kin {
  ids: number[];
  known: number;
}
// Drafts share most of their words, so a word is compared with each phrase word once in a run
// (emptied when large, so memory stays flat over any number of drafts).
const kinOfWord = new Map<string, Kin>();

/** The phrase words that draft word x counts as: same first letter, and countsAs(). */
function kinOf(x: string): number[] {
  let kin = kinOfWord.get(x);
  if (!kin) {
    if (kinOfWord.size >= 50_000) kinOfWord.clear();
    kinOfWord.set(x, (kin = { ids: [], known: 0 }));
  }
  for (; kin.known < kinWords.length; kin.known++) {
    const word = kinWords[kin.known]!;
    if (word[0] === x[0] && countsAs(x, word)) kin.ids.push(kin.known);
  }
  return kin.ids;
}

/** A token list with the phrase words each token counts as. */
export interface Vocabulary {
  tokens: Token[];
  /** Per token, the phrase words it counts as. */
  kins: number[][];
  /** 1 for each phrase word some token counts as. */
  present: Uint8Array;
  /** How many phrase words were numbered when this was made. */
  known: number;
}

/** A token list's phrase words, for searching it phrase after phrase with findQuery(). */
export function words(haystack: Token[]): Vocabulary {
  const v: Vocabulary = { tokens: haystack, kins: [], present: new Uint8Array(0), known: -1 };
  refresh(v, haystack);
  return v;
}

/** The tokens of `v` that `keep` keeps, their phrase words read from `v` rather than looked up again. */
export function wordsWhere(v: Vocabulary, keep: (t: Token) => boolean): Vocabulary {
  if (v.known < kinWords.length) refresh(v, v.tokens);
  const tokens: Token[] = [];
  const kins: number[][] = [];
  const present = new Uint8Array(v.known);
  for (let i = 0; i < v.tokens.length; i++) {
    const t = v.tokens[i]!;
    if (!keep(t)) continue;
    tokens.push(t);
    const ids = v.kins[i]!;
    kins.push(ids);
    for (const id of ids) present[id] = 1;
  }
  return { tokens, kins, present, known: v.known };
}

/** A token list's phrase words, kept while the same list is searched for phrase after phrase. */
const vocabularyOf = lastOf(words);

function refresh(v: Vocabulary, haystack: Token[]): void {
  v.known = kinWords.length;
  v.present = new Uint8Array(v.known);
  v.kins = haystack.map((t) => kinOf(t.text));
  for (const ids of v.kins) for (const id of ids) v.present[id] = 1;
}

/** Whether draft word x counts as phrase word `word`: sameWord(), and a near spelling is about as long. */
function countsAs(x: string, word: string): boolean {
  return x === word || (Math.abs(x.length - word.length) <= 3 && sameWord(x, word));
}
