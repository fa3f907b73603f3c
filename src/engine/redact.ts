import type { Draft } from '../draft/types.js';
import { maskWords } from '../../rules/lib/nhs-number.js';
import { findNames } from '../../rules/lib/people.js';

// The last line of defence for privacy: whatever a rule quotes from the draft in a message,
// people's names, handles, e-mail addresses and long numbers are masked before any formatter
// sees it. Rules mask what they report on purpose; this catches what they quote in passing
// ("Hope that locum, D•••••• F••••, trips over").

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const HANDLE = /(?<![\p{L}\p{N}_@])@[\p{L}\p{N}_]{2,}/gu;
// Six or more digits, with the spaces, dots and dashes people group them with (phones, NHS numbers, dates of birth).
const NUMBER = /(?<![\p{N}])\+?\d(?:[ ./()-]{0,2}\d){5,}(?![\p{N}])/gu;
const DATE = /(?<![\p{N}])\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?![\p{N}])/gu;
const TITLED =
  /(?<![\p{L}])(?:Dr|Doctor|Prof|Professor|Sister|Nurse|Matron|Mr|Mrs|Ms|Miss|Mx)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?/gu;

const maskAll = (w: string) => w.replace(/[\p{L}\p{N}]/gu, '•').replace(/^•/, w[0] ?? '•');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Masks whatever is shaped like an identifier: e-mail addresses, handles, dates, long numbers. */
export const maskShaped = (text: string): string =>
  text
    .replace(EMAIL, maskAll)
    .replace(HANDLE, (h) => h.slice(0, 2) + '•••')
    .replace(DATE, maskAll)
    .replace(NUMBER, maskAll);

/** A function that masks, in any text, the identifiers of this draft and anything shaped like one. */
export function redactor(draft: Draft): (text: string) => string {
  let names: RegExp | null | undefined;
  const nameMatcher = () => {
    if (names !== undefined) return names;
    const found = new Set<string>();
    for (const n of findNames(draft)) found.add(n.text);
    for (const m of draft.prose.matchAll(TITLED)) found.add(m[0]);
    const list = [...found].filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
    names = list.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
    return names;
  };
  return (text) => {
    let out = maskShaped(text);
    const re = nameMatcher();
    if (re) out = out.replace(re, maskWords);
    return out;
  };
}
