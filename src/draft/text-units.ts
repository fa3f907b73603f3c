import type { Quote, Range, Sentence } from './types.js';
import { at, isLN, run, width, wordsIn } from './words.js';

// Sentences, words and quotations, found in the prose string (same offsets as the file).

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  'dr mr mrs ms mx prof st no nos vs etc eg e.g ie i.e approx dept tel fig ref rev sr jr mt ave rd hosp inc ltd co cf al'.split(' '),
);

// Each alternative starts where its run starts, so matching is linear (no rescans of "!!!!!").
const BOUNDARY = /(?<![.!?…])([.!?…]+)["'”’)\]]*(?=\s)|\r\n|[\r\n\u2028\u2029]/g;

/**
 * Whether text[start, end) ends, before any trailing whitespace, with . ! ? … or :. Looks back
 * from the end only: testing /[.!?…:]\s*$/ on the whole sentence so far rescanned it at every
 * line break, quadratic over a long run of lines.
 */
function endsClause(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && /\s/.test(text[i]!)) i--;
  return i >= start && '.!?…:'.includes(text[i]!);
}

const LETTER = /^\p{L}$/u;

/**
 * The run of letters and full stops that ends at text[to], looking back no further than
 * `from`: what /([\p{L}.]+)$/u finds in text.slice(from, to), found from the end instead of
 * tried from every position (test/draft.test.ts holds it to the expression).
 */
export function wordBefore(text: string, from: number, to: number): string {
  let i = to;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c < 0x80) {
      if (c === 0x2e || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
        i--;
        continue;
      }
      break;
    }
    // A surrogate pair is one character; half of one (or one cut by `from`) is no letter.
    const pair = c >= 0xdc00 && c <= 0xdfff && i - 2 >= from && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
    const w = pair ? 2 : 1;
    if (!LETTER.test(text.slice(i - w, i))) break;
    i -= w;
  }
  return text.slice(i, to);
}

/** Splits one paragraph of prose into sentences with exact ranges. */
export function sentencesIn(prose: string, range: Range, paragraph: number): Sentence[] {
  const out: Sentence[] = [];
  const slice = prose.slice(range[0], range[1]);
  let start = 0;
  const push = (end: number): void => {
    const text = slice.slice(start, end);
    const lead = text.length - text.trimStart().length;
    const body = text.trim();
    if (body) {
      const r: Range = [range[0] + start + lead, range[0] + start + lead + body.length];
      out.push({ range: r, text: body, paragraph, words: wordsIn(prose, r) });
    }
    start = end;
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const end = m.index + m[0].length;
    if (m[1] === undefined) {
      // A line break ends a sentence unless the next line carries on in lower case.
      const next = /^[ \t]*(\S)/.exec(slice.slice(end));
      if (next && /\p{Ll}/u.test(next[1]!) && !endsClause(slice, start, m.index)) continue;
      push(end);
      continue;
    }
    if (m[1] === '.') {
      // Only the word before the dot matters; a bounded look keeps long runs linear.
      const word = wordBefore(slice, Math.max(start, m.index - 40), m.index).toLowerCase();
      // "Dr. Shah", "e.g. this", and initials like "J. Smith" do not end a sentence.
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
      const next = /^\s*(\S)/.exec(slice.slice(end));
      if (next && /[\p{Ll}\p{N}]/u.test(next[1]!)) continue;
    }
    push(end);
  }
  push(slice.length);
  return out;
}

interface Pair {
  re: RegExp;
  /** Where a quotation could close. Text after the last place cannot hold a match; trying
   *  every opening mark there would rescan to the end each time (quadratic), so it is cut off. */
  closer?: RegExp;
  /** Quotations of this kind stay within one line. */
  perLine?: boolean;
}

const PAIRS: Pair[] = [
  { re: /“([^“”]+)”/g },
  { re: /"([^"]+)"/g },
  { re: /«([^«»]+)»/g },
  // Single quotes only when they span words, and not an apostrophe in "don't".
  { re: /‘((?:[^‘’]|’(?=\p{L}))+)’(?!\p{L})/gu, closer: /’(?!\p{L})/gu },
  { re: /(?<![\p{L}\p{N}])'((?:[^'\r\n]|'(?=\p{L}))+?)'(?![\p{L}\p{N}])/gu, closer: /'(?![\p{L}\p{N}])/gu, perLine: true },
];

/** The pieces of text a pair's expression runs over: [offset, text], each ending at its last closer. */
function searchable(slice: string, pair: Pair): [number, string][] {
  if (!pair.closer) return [[0, slice]];
  const pieces: [number, string][] = [];
  const lines = pair.perLine ? linesOf(slice) : [slice];
  let offset = 0;
  for (const line of lines) {
    let last = -1;
    pair.closer.lastIndex = 0;
    for (let m = pair.closer.exec(line); m; m = pair.closer.exec(line)) last = m.index;
    if (last >= 0) pieces.push([offset, line.slice(0, last + 1)]);
    offset += line.length;
  }
  return pieces;
}

/**
 * The text cut after every line-break character, as text.split(/(?<=[\r\n\u2028\u2029])/)
 * cuts it (a loop: V8 tried that lookbehind at every position).
 */
export function linesOf(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length || !lines.length) lines.push(text.slice(start));
  return lines;
}

/**
 * How many times /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu matches in the text, counted by a scan (the expression
 * built an array of every word only to count it).
 */
export function countWords(text: string): number {
  const end = text.length;
  let n = 0;
  let i = 0;
  while (i < end) {
    const cp = at(text, i, end);
    if (!isLN(cp)) {
      i += width(cp);
      continue;
    }
    n++;
    i = run(text, i, end, isLN);
    for (;;) {
      const j = text.charCodeAt(i);
      if (i + 1 >= end || !(j === 0x27 || j === 0x2019 || j === 0x2d)) break;
      const next = run(text, i + 1, end, isLN);
      if (next === i + 1) break;
      i = next;
    }
  }
  return n;
}

export function quotationsIn(prose: string, range: Range): Quote[] {
  const slice = prose.slice(range[0], range[1]);
  const quotes: Quote[] = [];
  for (const pair of PAIRS) {
    for (const [offset, text] of searchable(slice, pair)) {
      const re = pair.re;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const inner = m[1]!;
        if (!/\s/.test(inner.trim())) continue;
        const start = range[0] + offset + m.index;
        const innerStart = start + 1;
        if (quotes.some((q) => q.range[0] < start + m![0].length && start < q.range[1])) continue;
        quotes.push({
          kind: 'quotation',
          range: [start, start + m[0].length],
          inner: [innerStart, innerStart + inner.length],
          text: inner.replace(/\s+/g, ' ').trim(),
          wordCount: countWords(inner),
        });
      }
    }
  }
  return quotes.sort((a, b) => a.range[0] - b.range[0]);
}
