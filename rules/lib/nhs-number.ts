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

// Masking lives below the rules and the engine (src/shared/mask.ts); re-exported for the rules.
export { maskDigits, maskWords } from '../../src/shared/mask.js';
