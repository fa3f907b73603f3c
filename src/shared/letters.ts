// Letter-case questions about a word, asked of ASCII by character code and of other scripts by a
// Unicode property expression compiled only when one is met: each such expression costs V8 a
// fraction of a millisecond to compile, paid at every cold start otherwise.

let upperStart: RegExp | undefined;
let lowerStart: RegExp | undefined;
let allUpper: RegExp | undefined;
let oneLetter: RegExp | undefined;

const isAsciiUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;

/** The word starts with a capital letter. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return isAsciiUpper(c);
  return (upperStart ??= /^\p{Lu}/u).test(s);
}

/** The word starts with a lower-case letter. */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return isAsciiLower(c);
  return (lowerStart ??= /^\p{Ll}/u).test(s);
}

/** Two or more capitals, and nothing else ("MR", "JONES", "PM"). */
export function isAllUpper(s: string): boolean {
  if (s.length < 2) return false;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) ascii = false;
    else if (!isAsciiUpper(c)) return false;
  }
  return ascii || (allUpper ??= /^\p{Lu}{2,}$/u).test(s);
}

/** The word starts with two capitals ("JONES", "NHSEngland"). */
export function isAllUpperStart(s: string): boolean {
  return s.length >= 2 && startsUpper(s) && startsUpper(s.slice(s.charCodeAt(0) >= 0xd800 && s.charCodeAt(0) <= 0xdbff ? 2 : 1));
}

/** A single letter ("p" of "mrs p"). */
export function isOneLetter(s: string): boolean {
  if (s.length === 1) return isAsciiUpper(s.charCodeAt(0)) || isAsciiLower(s.charCodeAt(0)) || (oneLetter ??= /^\p{L}$/u).test(s);
  return s.length === 2 && (oneLetter ??= /^\p{L}$/u).test(s);
}

/** A lower-cased word without its possessive ending ("kayleigh's" -> "kayleigh"): what /['’]s$/ removed, without an expression per word. */
export function withoutPossessive(lower: string): string {
  const n = lower.length;
  if (n < 2 || lower.charCodeAt(n - 1) !== 0x73) return lower;
  const q = lower.charCodeAt(n - 2);
  return q === 0x27 || q === 0x2019 ? lower.slice(0, -2) : lower;
}
