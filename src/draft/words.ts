import type { Range, Word } from './types.js';

// Words, e-mail addresses, @mentions and #hashtags, found by a scanner that follows this
// expression exactly (test/words.test.ts compares the two on every fixture draft and on
// generated text):
//
//   (?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+   e-mail
//   |(?<![\p{L}\p{N}_@])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}[\p{L}\p{N}_])?       @mention
//   |(?<![\p{L}\p{N}_#&])#[\p{L}\p{N}_]+                                           #hashtag
//   |[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*                               word
//
// With its dozen Unicode property classes V8 took about 10 ms to compile that expression, in
// every run, and it ran slower per draft than this scan. Taking a word's ASCII letters and digits by code,
// not by a call per character, made the scan 0.65x (the 10k bench's sentences, paired in one process).
// (Lowering ASCII words by code too measured slower than toLowerCase there: 1.15-1.5x.)

const L = 1;
const N = 2;
const M = 4;

const CLASSIFY = /(\p{L})|(\p{N})|\p{M}/uy;
const classes = new Map<number, number>();

/** L, N, M or 0 for a code point: ASCII by table, the rest asked of the regex engine once. */
function classOf(cp: number): number {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) ? L : cp >= 0x30 && cp <= 0x39 ? N : 0;
  let c = classes.get(cp);
  if (c === undefined) {
    CLASSIFY.lastIndex = 0;
    const m = CLASSIFY.exec(String.fromCodePoint(cp));
    c = !m ? 0 : m[1] !== undefined ? L : m[2] !== undefined ? N : M;
    classes.set(cp, c);
  }
  return c;
}

export const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** The code point at index i of s cut off at `end` (a pair split by the cut is two halves). */
export function at(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + d - 0xdc00 + 0x10000;
  }
  return c;
}

/** The code point before index i, or -1 at the start. */
export function before(s: string, i: number, start: number): number {
  if (i <= start) return -1;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= start) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return s.codePointAt(i - 2)!;
  }
  return c;
}

/** \p{L}. */
export const isL = (cp: number) => classOf(cp) === L;
/** \p{L} or \p{N}. */
export const isLN = (cp: number) => (classOf(cp) & (L | N)) !== 0;
const isLNU = (cp: number) => cp === 0x5f || isLN(cp);
const isLMN = (cp: number) => classOf(cp) !== 0;
/** A character of an e-mail address's local part: [\p{L}\p{N}._%+-]. */
export const isLocal = (cp: number) => cp === 0x2e || cp === 0x5f || cp === 0x25 || cp === 0x2b || cp === 0x2d || isLN(cp);
const isDomain = (cp: number) => cp === 0x2d || isLN(cp);

/** End of the longest run from i of code points that pass `test`, before `end`. */
export function run(s: string, i: number, end: number, test: (cp: number) => boolean): number {
  while (i < end) {
    const cp = at(s, i, end);
    if (!test(cp)) break;
    i += width(cp);
  }
  return i;
}

/** Start of the longest run ending at i of code points that pass `test`, after `start`. */
export function runBack(s: string, i: number, start: number, test: (cp: number) => boolean): number {
  for (let cp = before(s, i, start); cp !== -1 && test(cp); cp = before(s, i, start)) i -= width(cp);
  return i;
}

/** The end of the e-mail address the expression would match at p (looking no further back than start), or -1. */
export function emailAt(s: string, p: number, start: number, end: number): number {
  if (isLocal(before(s, p, start))) return -1;
  const at = run(s, p, end, isLocal);
  if (at === p || s.charCodeAt(at) !== 0x40 || at >= end) return -1;
  let q = run(s, at + 1, end, isDomain);
  if (q === at + 1) return -1;
  let last = -1;
  while (q < end && s.charCodeAt(q) === 0x2e) {
    const label = run(s, q + 1, end, isDomain);
    if (label === q + 1) break;
    last = q = label;
  }
  return last;
}

function mentionAt(s: string, p: number, start: number, end: number): number {
  if (s.charCodeAt(p) !== 0x40 || isLNU(before(s, p, start)) || before(s, p, start) === 0x40) return -1;
  if (p + 1 >= end) return -1;
  const first = at(s, p + 1, end);
  if (!isLNU(first)) return -1;
  let q = p + 1 + width(first);
  // Up to 28 more of [\p{L}\p{N}_.], then one of [\p{L}\p{N}_]: the end of the furthest
  // such character among the next 29.
  let best = q;
  for (let k = 0; k < 29 && q < end; k++) {
    const cp = at(s, q, end);
    if (!(cp === 0x2e || isLNU(cp))) break;
    q += width(cp);
    if (cp !== 0x2e) best = q;
  }
  return best;
}

function hashtagAt(s: string, p: number, start: number, end: number): number {
  if (s.charCodeAt(p) !== 0x23) return -1;
  const prev = before(s, p, start);
  if (prev === 0x23 || prev === 0x26 || isLNU(prev)) return -1;
  const q = run(s, p + 1, end, isLNU);
  return q > p + 1 ? q : -1;
}

/** run(s, i, end, isLMN), with ASCII letters and digits (most of a word) taken by code, no call per character. */
function runLMN(s: string, i: number, end: number): number {
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) {
        i++;
        continue;
      }
      break;
    }
    const cp = at(s, i, end);
    if (!isLMN(cp)) break;
    i += width(cp);
  }
  return i;
}

function wordAt(s: string, p: number, end: number): number {
  let q = runLMN(s, p, end);
  if (q === p) return -1;
  for (;;) {
    const j = s.charCodeAt(q);
    if (q + 1 >= end || !(j === 0x27 || j === 0x2019 || j === 0x2d)) return q;
    const next = runLMN(s, q + 1, end);
    if (next === q + 1) return q;
    q = next;
  }
}

function kindOf(text: string, at: number): Word['kind'] {
  const c = text.charCodeAt(0);
  if (c === 0x40) return 'mention';
  if (c === 0x23) return 'hashtag';
  if (at >= 0) return 'email';
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    if (classOf(cp) !== N) return 'word';
    i += width(cp);
  }
  return 'number';
}

/** text.toLowerCase(), without the call for a word with no capital and no other script: most words, and half a word's cost. */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return text.toLowerCase();
  }
  return text;
}

/** A lower-case word with curly apostrophes straightened, without a new string when it has none. */
export function wordKey(lower: string): string {
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** A word outside any draft (a phrase list's entry asked as a word): no position. */
export function looseWord(text: string): Word {
  const lower = lowerCase(text);
  return {
    range: [0, 0],
    text,
    lower,
    key: wordKey(lower),
    kind: 'word',
    classBits: undefined,
    pairBits: undefined,
    pairedWith: undefined,
  };
}

export function wordsIn(prose: string, range: Range): Word[] {
  const words: Word[] = [];
  const [start, end] = range;
  // E-mail addresses and @mentions need an '@': most sentences have none, and need not be
  // read twice for them.
  const atSign = prose.indexOf('@', start);
  const hasAt = atSign >= 0 && atSign < end;
  let p = start;
  while (p < end) {
    const c = prose.charCodeAt(p);
    let to = -1;
    let email = -1;
    // Alternatives in the expression's order; only a local-part character can start an e-mail.
    if (c < 0x80 && !isLocal(c) && c !== 0x40 && c !== 0x23) {
      p++;
      continue;
    }
    if (hasAt && c !== 0x40 && c !== 0x23) to = email = emailAt(prose, p, start, end);
    if (to < 0 && hasAt) to = mentionAt(prose, p, start, end);
    if (to < 0) to = hashtagAt(prose, p, start, end);
    if (to < 0) to = wordAt(prose, p, end);
    if (to < 0) {
      p += width(at(prose, p, end));
      continue;
    }
    const text = prose.slice(p, to);
    const lower = lowerCase(text);
    // Every field set here, the people layer's too: all words share one shape.
    words.push({
      range: [p, to],
      text,
      lower,
      key: wordKey(lower),
      kind: kindOf(text, email),
      classBits: undefined,
      pairBits: undefined,
      pairedWith: undefined,
    });
    p = to;
  }
  return words;
}
