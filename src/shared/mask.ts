// Masking, shared by the rules (what they report) and the engine and formatters (what they
// print): below both, so neither reaches into the other.

/** "943 476 5919" -> "943 ••• ••••": enough to find it in the draft, not enough to identify anyone. */
export function maskDigits(text: string, keep = 3): string {
  let seen = 0;
  return text.replace(/\d/g, (d) => (++seen <= keep ? d : '•'));
}

/** Masks all but the first character of each word: "Margaret Hughes" -> "M••••••• H•••••". */
export function maskWords(text: string): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (w) => w[0] + '•'.repeat(Math.max(1, w.length - 1)));
}

