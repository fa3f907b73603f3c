import type { Draft } from '../draft/types.js';
import { maskWords } from '../shared/mask.js';
import { at, before, isLN, width } from '../draft/words.js';

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

/** Masks whatever is shaped like an identifier: e-mail addresses, handles, dates, long numbers. */
export function maskShaped(text: string): string {
  // Most messages have no '@' and no digit: skip the expressions that need one.
  let out = text;
  if (out.includes('@')) out = out.replace(EMAIL, maskAll).replace(HANDLE, (h) => h.slice(0, 2) + '•••');
  if (/\d/.test(out)) out = out.replace(DATE, maskAll).replace(NUMBER, maskAll);
  return out;
}

/**
 * Masks each of `names` (longest first) where it stands as a whole word: what replacing
 * (?<![\p{L}\p{N}])(?:name|…)(?![\p{L}\p{N}]) with the u flag did, without compiling an
 * expression per draft.
 */
export function maskNames(text: string, names: string[]): string {
  if (!names.some((n) => text.includes(n))) return text;
  let out = '';
  let copied = 0;
  for (let p = 0; p < text.length;) {
    const name = isLN(before(text, p, 0))
      ? undefined
      : names.find((n) => text.startsWith(n, p) && (p + n.length === text.length || !isLN(at(text, p + n.length, text.length))));
    if (name) {
      out += text.slice(copied, p) + maskWords(name);
      p = copied = p + name.length;
    } else p += width(at(text, p, text.length));
  }
  return out + text.slice(copied);
}

/** A function that masks, in any text, the identifiers of this draft and anything shaped like one. */
export function redactor(draft: Draft): (text: string) => string {
  let names: string[] | undefined;
  const draftNames = () => {
    if (names !== undefined) return names;
    const found = new Set<string>();
    // Everyone the people layer found by a name or handle, whatever their role: a message may quote any of them.
    for (const m of draft.people.mentions) if (m.kind !== 'description') found.add(m.text);
    for (const m of draft.prose.matchAll(TITLED)) found.add(m[0]);
    // Longest first, and stable among equals: the order the alternation tried them in.
    return (names = [...found].filter((n) => n.length > 1).sort((a, b) => b.length - a.length));
  };
  return (text) => maskNames(maskShaped(text), draftNames());
}
