import { isLN, run, runBack } from '../../src/draft/words.js';
import type { Match } from './lexicon.js';

// A masked word ("f***", "b*****d", "c**p", "sh!t") is a run of letters, digits and masking
// characters. Most drafts have no masking character at all, so instead of splitting the whole
// text into runs, this finds each *, # or $ and takes the run around it: the same runs as
//   /[\p{L}\p{N}*#$@!]+/gu  from `from`, keeping those that hold a *, # or $
// (test/mask-tokens.test.ts compares the two).

const MASK = /[*#$]/g;
const isRunChar = (cp: number) => isLN(cp) || cp === 0x2a || cp === 0x23 || cp === 0x24 || cp === 0x40 || cp === 0x21;

export function maskTokens(text: string, from = 0): Match[] {
  const out: Match[] = [];
  MASK.lastIndex = from;
  for (let m = MASK.exec(text); m; m = MASK.exec(text)) {
    const start = runBack(text, m.index, from, isRunChar);
    const end = run(text, m.index, text.length, isRunChar);
    out.push({ start, end, text: text.slice(start, end) });
    MASK.lastIndex = end;
  }
  return out;
}
