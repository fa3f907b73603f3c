// Reads masked spellings letter by letter: "M0unj@ro", "B0t0x", "$kinny". Within a run of
// letters that also holds digits or symbols standing for letters, each such character becomes
// its letter; everything else is left alone, so the result has the draft's offsets. Plain
// numbers ("£149", "3x") are not runs with letters on both sides of a symbol and stay as they are.

const FOR_LETTER: Record<string, string> = { '0': 'o', '1': 'i', '!': 'i', '3': 'e', '4': 'a', '@': 'a', $: 's', '5': 's', '7': 't' };
// A run of letters with at least one stand-in inside or at an end, and at least two letters.
const MASKED_RUN = /[\p{L}0-9@$!]*\p{L}[\p{L}0-9@$!]*/gu;
const STAND_IN = /[0-9@$!]/;

export function unmask(text: string): string {
  if (!/[0-9@$!]/.test(text)) return text;
  return text.replace(MASKED_RUN, (run) => {
    if (!STAND_IN.test(run) || run.replace(/[^\p{L}]/gu, '').length < 2) return run;
    // "3x", "10am", "2nd": a number with a unit is not a masked word.
    if (/^\d+\p{L}{1,3}$/u.test(run)) return run;
    return run.replace(/[0-9@$!]/g, (c) => FOR_LETTER[c] ?? c);
  });
}
