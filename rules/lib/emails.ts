import { emailAt, isLocal, runBack } from '../../src/draft/words.js';

// E-mail addresses, found from each '@' rather than by the expression
//   /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu
// which tries every letter of a draft as the start of an address (a post full of @mentions
// made it one of the slowest expressions). The address itself is read by the word scanner's
// emailAt; same matches as the expression (test/emails.test.ts compares them).

export function emailsIn(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let lastEnd = 0;
  for (let k = text.indexOf('@'); k !== -1; k = text.indexOf('@', k + 1)) {
    // The local part is the whole run before the '@' (the lookbehind), and must not begin
    // inside the previous address (the expression goes on from where that one ended).
    const start = runBack(text, k, 0, isLocal);
    if (start === k || start < lastEnd) continue;
    const end = emailAt(text, start, 0, text.length);
    if (end < 0) continue;
    out.push({ start, end });
    lastEnd = end;
  }
  return out;
}
