import type { Draft, Sentence, Word } from '../../src/draft/types.js';
import { allMatches, lexicon, loadData } from './lexicon.js';
import { nameFlags } from './name-table.js';
import { perDraft } from './per-draft.js';

// Finds people's names in a draft: title + surname ("Mrs B", "Mr Dawson"), first name +
// surname ("Margaret Hughes"), a first name alone ("Edna"), initials ("J.S."). Whether a
// name is a patient's is for the rule to weigh; this module only finds names and says
// whether their context marks them as staff or public figures.

export interface PersonName {
  start: number;
  end: number;
  text: string;
  kind: 'full name' | 'first name' | 'title and name' | 'initials';
  /** Lower-cased words of the name (title dropped). */
  parts: string[];
  sentence: Sentence;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'master', 'mstr']);
const STAFF_TITLES = new Set([
  'dr',
  'doctor',
  'prof',
  'professor',
  'sister',
  'nurse',
  'matron',
  'rev',
  'revd',
  'sir',
  'dame',
  'lord',
  'lady',
  'cllr',
]);
/** Flag bit in first-names.json: the name is also an everyday word ("Will", "Grace"). */
const AMBIGUOUS = 1;

let notNames: Set<string> | undefined;

function notNameWords(): Set<string> {
  if (!notNames) notNames = new Set(loadData<{ words: string[] }>('name-words.json').words.map((w) => w.toLowerCase()));
  return notNames;
}

export function firstNameFlags(lower: string): number | undefined {
  // "Siân", "Zoë", "Chloé" are in the list without their accents. (An ASCII word has none.)
  return nameFlags(lower) ?? (ASCII.test(lower) ? undefined : nameFlags(lower.normalize('NFD').replace(/\p{M}/gu, '')));
}
const ASCII = /^[\x00-\x7f]*$/;

const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}'’-]*[\p{Ll}\p{M}]$|^\p{Lu}(?:[’']\p{Lu})?[\p{Ll}]+(?:\p{Lu}[\p{Ll}]+)?$/u;
const isCapitalised = (w: Word) => {
  if (w.kind !== 'word') return false;
  // Most words start with an ASCII character that is not a capital: no need to ask the expression.
  const c = w.text.charCodeAt(0);
  return (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) && CAPITALISED.test(w.text);
};
const isInitial = (w: Word) => w.kind === 'word' && /^\p{Lu}$/u.test(w.text);

/** True when only spaces (and a full stop after a title or initial) stand between two words. */
function adjacent(draft: Draft, a: Word, b: Word): boolean {
  return /^\.?[ \t]{1,3}$/.test(draft.prose.slice(a.range[1], b.range[0]));
}

// Three callers per draft (two rules and the redactor) share one search.
/** People's names in the draft (computed once per draft; do not modify the list). */
export const findNames: (draft: Draft) => readonly PersonName[] = perDraft(searchNames);

/** The name made of the sentence's words from..last. */
function nameOf(draft: Draft, sentence: Sentence, from: number, last: number, kind: PersonName['kind']): PersonName {
  const ws = sentence.words;
  const first = ws[from]!;
  const end = ws[last]!;
  // "Chloe Kelly's": the name stops before the possessive.
  const stop = /['’]s$/.test(end.text) ? end.range[1] - 2 : end.range[1];
  return {
    start: first.range[0],
    end: stop,
    text: draft.source.slice(first.range[0], stop),
    kind,
    parts: ws.slice(kind === 'title and name' ? from + 1 : from, last + 1).map((x) => x.lower.replace(/['’]s$/, '')),
    sentence,
  };
}

function searchNames(draft: Draft): PersonName[] {
  const out: PersonName[] = [];
  const skip = notNameWords();
  for (const sentence of draft.sentences) {
    const ws = sentence.words;
    // The word after ws[at] joins the name when it is capitalised, next to it, and ws[at] is a first name.
    const thirdWordJoins = (at: number): boolean => {
      const word = ws[at]!;
      const after = ws[at + 1];
      return (
        after !== undefined &&
        isCapitalised(after) &&
        adjacent(draft, word, after) &&
        !skip.has(after.lower) &&
        firstNameFlags(word.lower) !== undefined
      );
    };
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      const next = ws[i + 1];
      if (
        TITLES.has(w.lower) &&
        /^\p{Lu}/u.test(w.text) &&
        next &&
        adjacent(draft, w, next) &&
        (isCapitalised(next) || isInitial(next)) &&
        !skip.has(next.lower)
      ) {
        const last = isCapitalised(next) && thirdWordJoins(i + 1) ? i + 2 : i + 1;
        out.push(nameOf(draft, sentence, i, last, 'title and name'));
        i = last;
        continue;
      }
      if (!isCapitalised(w) || skip.has(w.lower)) continue;
      const flags = firstNameFlags(w.lower);
      if (flags === undefined) continue;
      const prev = ws[i - 1];
      if (prev && STAFF_TITLES.has(prev.lower) && adjacent(draft, prev, w)) continue;
      if (
        next &&
        isCapitalised(next) &&
        adjacent(draft, w, next) &&
        !skip.has(next.lower) &&
        !/^['’]s$/.test(draft.prose.slice(w.range[1], w.range[1] + 2))
      ) {
        const last = thirdWordJoins(i + 1) ? i + 2 : i + 1;
        out.push(nameOf(draft, sentence, i, last, 'full name'));
        i = last;
        continue;
      }
      // A lone first name that is also a word ("Will", "Grace") is too weak to report.
      if (flags & AMBIGUOUS) continue;
      out.push(nameOf(draft, sentence, i, i, 'first name'));
    }
  }
  INITIALS.lastIndex = 0;
  for (const m of allMatches(INITIALS, draft.prose)) {
    const sentence = draft.sentences.find((s) => s.range[0] <= m.start && m.end <= s.range[1]);
    const letters = m.text.replace(/[^\p{L}]/gu, '').toLowerCase();
    if (ACRONYMS.has(letters)) continue;
    if (sentence && !out.some((n) => n.start <= m.start && m.start < n.end)) {
      out.push({ start: m.start, end: m.end, text: m.text, kind: 'initials', parts: [m.text.toLowerCase()], sentence });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// "J.S.", "J. S.", "J.McK", "A.B.C.": initials, not "J. Smith".
const ACRONYMS = new Set([
  'uk',
  'us',
  'usa',
  'eu',
  'nhs',
  'gp',
  'ae',
  'am',
  'pm',
  'ok',
  'ie',
  'eg',
  'bbc',
  'rip',
  'ps',
  'tv',
  'pt',
  'ot',
  'mp',
  'vip',
  'diy',
  'faq',
  'bda',
  'gdc',
  'cqc',
  'nb',
]);
// The look-behind comes after the first capital and its full stop, which few places have: V8
// then tries it there only, not at every position (about seven times faster).
const INITIALS = /\p{Lu}\.(?<![\p{L}.]\p{Lu}\.)\s?(?:Mc|Mac|O['’])?\p{Lu}\.?(?:\s?\p{Lu}\.)?(?![\p{L}])/gu;

const people = lexicon('people-context.yaml');

/** Staff: listed in config, or named next to a staff word ("our dental nurse Becky", "Dr Shah", "welcome Priya"). */
export function staffNames(draft: Draft, found: readonly PersonName[], configured: string[]): Set<string> {
  const staff = new Set<string>();
  for (const full of configured) {
    const parts = full.toLowerCase().split(/\s+/).filter(Boolean);
    staff.add(parts.join(' '));
    for (const p of parts) staff.add(p);
  }
  const staffWords = people('staff');
  for (const n of found) {
    if (n.kind === 'initials') continue;
    const before = draft.prose.slice(Math.max(n.sentence.range[0], n.start - 40), n.start);
    const after = draft.prose.slice(n.end, Math.min(n.sentence.range[1], n.end + 40));
    // A staff word just before the name, in the same clause: "our dental nurse Becky", "welcome Dr Priya Shah".
    const nearBefore = allMatches(staffWords, before).some((m) => {
      const gap = before.slice(m.end);
      return !/[:.!?;–—]/.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 2;
    });
    const joins = /^[\s,–-]*(?:joins|joined|joining|starts|started|is joining|has joined)\s+(?:us|the team|our team)\b/i.test(after);
    const nearAfter =
      joins ||
      /^[\s,–-]*(?:(?:is\s+)?(?:our|the|a|my)\s+)?(?:new\s+|lovely\s+|brilliant\s+|amazing\s+)?(?:dental nurse|nurse|hygienist|therapist|receptionist|practice manager|manager|dentist|physio\w*|pharmacist|optometrist|optician|colleague|team)/i.test(
        after,
      );
    if (nearBefore || nearAfter) {
      staff.add(n.parts.join(' '));
      for (const p of n.parts) staff.add(p);
    }
  }
  return staff;
}

/** Public figures: on the built-in list, or named after a word such as "actor" or "MP". */
export function isPublicFigure(draft: Draft, n: PersonName): boolean {
  const figures = people('figures');
  if (allMatches(figures, draft.prose, n.start, Math.min(draft.prose.length, n.end + 20)).some((m) => m.start === n.start)) return true;
  const before = draft.prose.slice(Math.max(n.sentence.range[0], n.start - 30), n.start);
  if (allMatches(people('public'), before).some((m) => before.slice(m.end).trim().length < 12)) return true;
  // Sport, TV and celebrity talk around the name.
  return allMatches(people('media'), draft.prose, n.sentence.range[0], n.sentence.range[1]).length > 0;
}
