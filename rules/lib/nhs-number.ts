/** NHS numbers: ten digits whose last is a modulus-11 check digit over the first nine (weights 10..2). */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  // 0000000000-style repeats pass the checksum but are never issued.
  if (/^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** "943 476 5919" -> "943 ••• ••••": enough to find it in the draft, not enough to identify anyone. */
export function maskDigits(text: string, keep = 3): string {
  let seen = 0;
  return text.replace(/\d/g, (d) => (++seen <= keep ? d : '•'));
}

/** Masks all but the first character of each word: "Margaret Hughes" -> "M••••••• H•••••". */
export function maskWords(text: string): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (w) => w[0] + '•'.repeat(Math.max(1, w.length - 1)));
}
