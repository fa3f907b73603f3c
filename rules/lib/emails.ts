import { at, before, isLN, width } from '../../src/draft/words.js';

// E-mail addresses, found from each '@' rather than by the expression
//   /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu
// which tries every letter of a draft as the start of an address (a post full of @mentions
// made it one of the slowest expressions). Same matches (test/emails.test.ts compares them).

const isLocal = (cp: number) => isLN(cp) || cp === 0x2e || cp === 0x5f || cp === 0x25 || cp === 0x2b || cp === 0x2d;
const isDomain = (cp: number) => isLN(cp) || cp === 0x2d;

/** The end of the run of domain characters from i (i itself when there is none). */
function domainRun(text: string, i: number): number {
  for (let cp = at(text, i, text.length); i < text.length && isDomain(cp); cp = at(text, i, text.length)) i += width(cp);
  return i;
}

export function emailsIn(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let lastEnd = 0;
  for (let k = text.indexOf('@'); k !== -1; k = text.indexOf('@', k + 1)) {
    // The local part is the whole run before the '@' (the lookbehind), and must not begin
    // inside the previous address (the expression goes on from where that one ended).
    let start = k;
    for (let cp = before(text, start, 0); cp !== -1 && isLocal(cp); cp = before(text, start, 0)) start -= width(cp);
    if (start === k || start < lastEnd) continue;
    let e = domainRun(text, k + 1);
    if (e === k + 1) continue;
    // Then one or more ".label"s, as many as there are.
    let end = -1;
    while (e < text.length && text.charCodeAt(e) === 0x2e) {
      const next = domainRun(text, e + 1);
      if (next === e + 1) break;
      e = end = next;
    }
    if (end === -1) continue;
    out.push({ start, end });
    lastEnd = end;
  }
  return out;
}
