import { classAt } from '../../src/draft/people/words.js';
import { CONDITION, MEDICINE, PROCEDURE, wordClass } from '../../src/draft/people/vocabulary.js';
import type { Draft, Word } from '../../src/draft/types.js';
import type { Match } from './lexicon.js';

// Details of care and place for patient-identifiability's day lists and jigsaw, read with the
// people layer's vocabulary (WordNet conditions, procedures and medicines).

/** Conditions, procedures and medicines named in [from, to) of the prose. */
export function careWords(draft: Draft, from: number, to: number): (Match & { medicine: boolean })[] {
  const out: (Match & { medicine: boolean })[] = [];
  for (const s of draft.sentences) {
    if (s.range[1] <= from || s.range[0] >= to) continue;
    s.words.forEach((w, i) => {
      if (w.range[0] < from || w.range[1] > to || w.kind !== 'word') return;
      const c = classAt(s.words, i);
      if (!(c & (CONDITION | MEDICINE | PROCEDURE))) return;
      if (i > 0 && endsPlaceName(draft, s.words, i)) return;
      // A two-word term starts at the word before ("root canal", "blood thinners").
      const start = i > 0 && classAt([s.words[i]!], 0) === 0 ? s.words[i - 1]!.range[0] : w.range[0];
      out.push({ start, end: w.range[1], text: draft.source.slice(start, w.range[1]), medicine: (c & MEDICINE) !== 0 && !(c & CONDITION) });
    });
  }
  return out;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * "Millbrook Surgery", "Ashdown Hospice": a capitalised care word straight after a capitalised
 * word that is neither care ("Root Canal") nor a person's name ("Mrs Patel Filling" on a list)
 * ends the name of a place.
 */
function endsPlaceName(draft: Draft, ws: Word[], i: number): boolean {
  const w = ws[i]!;
  const prev = ws[i - 1]!;
  if (!TITLE_CASE.test(w.text) || !TITLE_CASE.test(prev.text) || draft.prose.slice(prev.range[1], w.range[0]) !== ' ') return false;
  const care = CONDITION | MEDICINE | PROCEDURE;
  if (classAt(ws, i - 1) & care || wordClass(`${prev.lower} ${w.lower}`) & care) return false;
  return draft.people.mentionAt(prev.range[0]) === undefined;
}

const each = (re: RegExp, text: string): Match[] => {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
};

/** Teeth in the notation dentists write: Palmer quadrants ("UR6", "LL8", "UL 3"), FDI with "tooth" ("tooth 36"). */
export const dentalNotation = (text: string): Match[] => each(/\b(?:[UL][RL] ?[1-8]|(?:tooth|teeth)\s+[1-4][1-8])\b/g, text);

/** A street by name, with or without a number ("Fore St", "off Beechwood Rd"). */
export const streets = (text: string): Match[] =>
  each(
    /\b\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Crescent|Drive|Terrace|Grove|Mews|Row)\b(?!\s+\p{Lu})/gu,
    text,
  );

/** A numbered road ("the A390", "M5 junction 27"). */
export const roadNumbers = (text: string): Match[] => (/\d/.test(text) ? each(/\b[ABM][1-9]\d{0,3}(?:\(M\))?\b/g, text) : []);

/** A school or team by name ("St Bede's", "Hillside Primary", "Year 6 at Oakfield Academy"). */
export const schools = (text: string): Match[] =>
  each(
    /\b(?:St\.?|Saint)\s\p{Lu}\p{Ll}+['’]s\b|\b\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s(?:Primary|Academy|High School|Grammar|Infants|Juniors|College|Rangers|United|Athletic|Rovers|Wanderers)\b/gu,
    text,
  );

/** A day of the week, which pins down when. */
export const weekdays = (text: string): Match[] => each(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g, text);
