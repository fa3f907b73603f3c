import { emailsIn } from './emails.js';
import { isValidNhsNumber } from './nhs-number.js';

// Patterns for direct identifiers, each linear-time (no nested quantifiers).

export interface Found {
  kind: string;
  start: number;
  end: number;
  text: string;
}

// Every pattern below but the age bands needs a digit, and many drafts have none: a digit is looked for first
// (one scan, where the expressions' alternatives cost 270 ms on the 10k bench).
const DIGIT = /\d/;

function each(re: RegExp, text: string, kind: string, keep: (m: RegExpExecArray) => boolean = () => true): Found[] {
  const out: Found[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (keep(m)) out.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** each(), for a pattern that needs a digit. */
const eachWithDigit = (re: RegExp, text: string, kind: string): Found[] => (DIGIT.test(text) ? each(re, text, kind) : []);

const NHS = /(?<![\d\p{L}+£$€.,])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\d\p{L}])/gu;
const NHS_LABEL = /\b(?:nhs|chi)\s*(?:no\.?|num(?:ber)?|#|n[ou]mber)?\s*(?:[:.-]\s*)?$/i;

/** NHS numbers with a valid check digit. `labelled` when "NHS no" (or similar) stands before it. */
export function nhsNumbers(text: string): (Found & { labelled: boolean; grouped: boolean })[] {
  const out: (Found & { labelled: boolean; grouped: boolean })[] = [];
  if (!DIGIT.test(text)) return out;
  NHS.lastIndex = 0;
  for (let m = NHS.exec(text); m; m = NHS.exec(text)) {
    if (!isValidNhsNumber(m[1]! + m[3]! + m[4]!)) continue;
    out.push({
      kind: 'NHS number',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      labelled: NHS_LABEL.test(text.slice(Math.max(0, m.index - 24), m.index)),
      grouped: m[2] !== '',
    });
  }
  return out;
}

/** Hospital, medical record and other record numbers given with their label. */
export const hospitalNumbers = (text: string): Found[] =>
  eachWithDigit(
    /\b(?:MRN|hosp(?:ital)?\.?\s*(?:no|num(?:ber)?)\.?|hospital\s+number|unit\s+(?:no|number)\.?|patient\s+(?:id|no|number)|CHI(?:\s+(?:no|number))?|H&C\s+(?:no|number)|record\s+(?:no|number)|RXR|NHI)\s*(?:[:#.-]\s*)?[A-Z]{0,3}\d[\d ]{3,11}\d\b/gi,
    text,
    'hospital or record number',
  );

/** UK phone numbers, including Ofcom's drama ranges (07700 900xxx, 0117 496 0xxx). */
export const phones = (text: string): Found[] =>
  eachWithDigit(
    /(?<![\d\p{L}])(?:\+44\s?\(?0?\)?\s?|0)(?:7\d{3}[\s-]?\d{3}[\s-]?\d{3}|1\d{2,3}[\s-]?\d{3}[\s-]?\d{3,4}|2\d[\s-]?\d{4}[\s-]?\d{4}|3\d{2}[\s-]?\d{3}[\s-]?\d{4}|8\d{2}[\s-]?\d{3}[\s-]?\d{3,4})(?![\d\p{L}])/gu,
    text,
    'phone number',
  );

/** E-mail addresses (rules/lib/emails.ts: a scan from each '@'). */
export const emails = (text: string): Found[] =>
  emailsIn(text).map(({ start, end }) => ({ kind: 'e-mail address', start, end, text: text.slice(start, end) }));

// A handle needs an '@', which most drafts do not have: the expression is not run on those.
export const handles = (text: string): Found[] =>
  text.includes('@') ? each(/(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_]{2,30}(?![@.\p{L}\p{N}_]\p{L})/gu, text, 'social media handle') : [];

/** UK postcodes (outward and inward codes). */
export const postcodes = (text: string): Found[] =>
  eachWithDigit(/\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRV-Y\d]?) ?\d[ABD-HJLNP-UW-Z]{2})\b/g, text, 'postcode');

/** House number and street ("14 Fore Street", "22a Mill Lane"). */
export const addresses = (text: string): Found[] =>
  eachWithDigit(
    /\b\d{1,4}[a-z]?,?\s+(?:[A-Z][\p{L}']+\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Crescent|Drive|Dr|Way|Place|Terrace|Gardens|Court|Square|Hill|Row|Walk|Grove|Park|Mews|View)\b/gu,
    text,
    'home address',
  );

const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{4}|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;

/** Dates of birth: a labelled date ("DOB 14/02/1988"), or "born 3 March 1926". */
const DATE_OF_BIRTH = new RegExp(`\\b(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth(?:\\s+is)?|birth\\s*date|born(?:\\s+on)?)\\s*(?:[:-]\\s*)?${DATE}`, 'gi');
export const datesOfBirth = (text: string): Found[] => eachWithDigit(DATE_OF_BIRTH, text, 'date of birth');

const IN_THEIR = /in\s+(?:her|his|their)\s/i;
const none = (): Found[] => [];

/** Exact ages and age bands ("34-year-old", "aged 82", "(88,", "in her 70s", "40-something"); a range ("aged 16–64", "aged 65 and over") is who is eligible, no one's age. */
export const ages = (text: string): (Found & { band: boolean })[] => {
  const exact = eachWithDigit(
    /\b(?:\d{1,3}[- ]?(?:year|yr)s?[- ]old|\d{1,3}[- ]?(?:yo|y\/o)|\d{1,2}[- ](?:month|week|day)s?[- ]old|(?:turned|turns|turning)\s+\d{1,3}|aged\s+\d{1,3}(?!\s*(?:[-–—+]|to\s+\d|and\s+(?:over|above|under)|or\s+(?:over|older|under)))|\d{2,3}(?:st|nd|rd|th)\s+birthday|\d{1,3}\s?(?:years?|yrs?)\s+young|age\s*:?\s*\d{1,3})\b|(?<=\()\s*\d{1,3}\s*(?=[,)])|(?<=,\s)\d{2,3}(?=,)|\b\d{2,3}(?=\s+and\s+still\b)|(?<=\b(?:her|his|their)\s+)(?:1[89]|[2-9]\d|1[01]\d)(?:st|nd|rd|th)(?=\s*(?:[.,!?;:)]|$)|\s+(?:and|with|this|on|at|today|yesterday|tomorrow|party|celebrations?|bday|b-day)\b)/gi,
    text,
    'age',
  );
  // A band without a digit is "in her/his/their ...".
  const bands = (DIGIT.test(text) || IN_THEIR.test(text) ? each : none)(
    /\bin\s+(?:her|his|their)\s+(?:early\s+|late\s+|mid[- ]?)?(?:\d0s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|\b[1-9]0[- ]?(?:something|odd|ish)\b/gi,
    text,
    'age band',
  );
  return [...exact.map((f) => ({ ...f, band: false })), ...bands.map((f) => ({ ...f, band: true }))];
};

/** A bed or bay on a ward ("bed 12", "bay 4"). */
export const bedNumbers = (text: string): Found[] => eachWithDigit(/\b(?:bed|bay|cubicle|side room|room)\s+\d{1,3}\b/gi, text, 'bed or bay');

/** Any date: a specific day pins down an event. */
export const dates = (text: string): Found[] => eachWithDigit(DATE_ANYWHERE, text, 'date');
const DATE_ANYWHERE = new RegExp(`\\b${DATE}`, 'gi');
