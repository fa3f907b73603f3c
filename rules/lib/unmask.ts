// Reads masked spellings letter by letter: "M0unj@ro", "B0t0x", "$kinny". Within a run of
// letters, digits and the symbols that stand for letters, each stand-in becomes its letter when
// the run holds at least two letters; everything else is left alone, so the result keeps the
// draft's offsets. "£149", "3x", "10am" and "2nd" stay as they are.
// A scanner rather than an expression: a run of 200,000 "!" with no letter in it made the
// expression's search quadratic (scripts/adversarial.mjs); this reads each character once.

const FOR_LETTER: Record<string, string> = { '0': 'o', '1': 'i', '!': 'i', '3': 'e', '4': 'a', '@': 'a', $: 's', '5': 's', '7': 't' };
const LETTER = /\p{L}/u;
const isStandIn = (c: string) => c in FOR_LETTER || (c >= '0' && c <= '9');

export function unmask(text: string): string {
  if (!/[0-9@$!]/.test(text)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (!isStandIn(c) && !LETTER.test(c)) {
      out += c;
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    let standIns = 0;
    while (j < text.length && (isStandIn(text[j]!) || LETTER.test(text[j]!))) {
      if (isStandIn(text[j]!)) standIns++;
      else letters++;
      j++;
    }
    const run = text.slice(i, j);
    // A number with a unit ("3x", "10am", "2nd") is not a masked word.
    const masked = standIns > 0 && letters >= 2 && !/^\d+\p{L}{1,3}$/u.test(run);
    out += masked ? run.replace(/[0-9@$!]/g, (ch) => FOR_LETTER[ch] ?? ch) : run;
    i = j;
  }
  return out;
}
