import { loadData } from './data.js';
import { startsUpper, withoutPossessive } from './letters.js';
import { nameFlags } from './name-table.js';

// Finds the shapes of people's names in a text's sentences: title + surname in any case ("Mrs B",
// "mrs khan", "MR JONES"), first name + surname ("Margaret Hughes"), a first name alone ("Edna"),
// initials ("J.S."). Who a name belongs to (patient, staff, a charity named after someone) is
// the people layer's question (src/draft/people/); this module only finds the names. It sits
// below the draft model, the rules and the engine, which all need it, and reads words only
// through the structural types below.

export interface NameWord {
  range: [number, number];
  text: string;
  lower: string;
  kind: string;
}
export interface NameSentence {
  range: [number, number];
  words: NameWord[];
}
export interface NameText {
  source: string;
  prose: string;
  sentences: NameSentence[];
}

export type NameKind = 'full name' | 'first name' | 'title and name' | 'initials';

export interface FoundName {
  start: number;
  end: number;
  text: string;
  kind: NameKind;
  /** Lower-cased words of the name (title dropped). */
  parts: string[];
  /** Index of the sentence that holds it. */
  sentence: number;
  /** Index in that sentence's words of the name's first word (the title, if any). */
  word: number;
  /** Index of its last word. */
  lastWord: number;
  /** The title, lower-cased and without its full stop ("mrs"), when it has one. */
  title?: string;
  /** Found only because `apposed` said a name stands there (the search without it lacks this one). */
  apposed?: true;
}

/** Titles that stand before a surname (or a first name) of anyone. */
export const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'master', 'mstr']);
/** Titles that say what someone is (a doctor, a nurse, a peer): the name after them is a name too. */
export const ROLE_TITLES = new Set([
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
/** Every title's first letters (a bit per a..z) and longest length: a word outside both is no title, and is not looked up. */
const ANY_TITLE = new Set([...TITLES, ...ROLE_TITLES]);
let titleFirsts = 0;
let titleMax = 0;
for (const t of ANY_TITLE) {
  titleFirsts |= 1 << (t.charCodeAt(0) - 0x61);
  titleMax = Math.max(titleMax, t.length);
}
/** TITLES.has(lower) || ROLE_TITLES.has(lower), asked of a set only when the first letter and the length allow it. */
function isTitle(lower: string): boolean {
  const c = lower.charCodeAt(0) - 0x61;
  return c >= 0 && c < 26 && lower.length <= titleMax && ((titleFirsts >> c) & 1) !== 0 && ANY_TITLE.has(lower);
}
/** Flag bit in first-names.json: the name is also an everyday word ("Will", "Grace"). */
export const AMBIGUOUS = 1;

let notNames: Set<string> | undefined;

/** Capitalised words that are not names ("Monday", "Crown"), from rules/data/name-words.json. */
export function notNameWords(): Set<string> {
  if (!notNames) notNames = new Set(loadData<{ words: string[] }>('name-words.json').words.map((w) => w.toLowerCase()));
  return notNames;
}

export function firstNameFlags(lower: string): number | undefined {
  // "Siân", "Zoë", "Chloé" are in the list without their accents. (An ASCII word has none.)
  return nameFlags(lower) ?? (isAscii(lower) ? undefined : nameFlags(lower.normalize('NFD').replace(/\p{M}/gu, '')));
}
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

// A double-barrelled surname ("Pemberton-Hale") is capitalised in both halves.
const CAPITALISED =
  /^\p{Lu}[\p{Ll}\p{M}'’-]*[\p{Ll}\p{M}]$|^\p{Lu}(?:[’']\p{Lu})?[\p{Ll}]+(?:\p{Lu}[\p{Ll}]+)?$|^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
export const isCapitalised = (w: NameWord) => {
  if (w.kind !== 'word') return false;
  // Most words start with an ASCII character that is not a capital: no need to ask the expression.
  const t = w.text;
  const c = t.charCodeAt(0);
  if (c < 0x80) {
    if (c < 0x41 || c > 0x5a) return false;
    // "Margaret": a capital and lower-case ASCII letters, the shape of most capitalised words, is the first alternative's.
    let i = 1;
    while (i < t.length) {
      const d = t.charCodeAt(i);
      if (d < 0x61 || d > 0x7a) break;
      i++;
    }
    if (i > 1 && i === t.length) return true;
  }
  return CAPITALISED.test(t);
};
const isInitial = (w: NameWord) => w.kind === 'word' && /^\p{Lu}$/u.test(w.text);
const UPPER_WORD = /^\p{Lu}{2,}$/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*\p{Ll}$/u;
const LOWER_POSSESSIVE = /^\p{Ll}{2,}['’]s$/u;

// Words that follow a title without being a surname ("Mr Motivator" is a name; "mr nice guy",
// "mr and mrs", "Mr Men" are not): function words and the few nouns people put after "mr".
// Pronouns are a closed class no surname is in: after one, "miss" is the verb ("we'll miss you").
const NOT_AFTER_TITLE = new Set(
  'a an and the or of to in on at for with from by is was are be my our your his her their its this that these those who what nice big right wrong men man blobby whippy grumpy happy tickle bean you u ya me him them us it we they he she everyone everybody yourself'.split(
    ' ',
  ),
);

/** True when only spaces (and a full stop after a title or initial) stand between two words. */
function adjacent(text: NameText, a: NameWord, b: NameWord): boolean {
  return /^\.?[ \t]{1,3}$/.test(text.prose.slice(a.range[1], b.range[0]));
}

/** The name made of the sentence's words from..last. */
function nameOf(text: NameText, si: number, from: number, last: number, kind: NameKind): FoundName {
  const ws = text.sentences[si]!.words;
  const first = ws[from]!;
  const end = ws[last]!;
  // "Chloe Kelly's": the name stops before the possessive.
  const stop = /['’]s$/.test(end.text) ? end.range[1] - 2 : end.range[1];
  const found: FoundName = {
    start: first.range[0],
    end: stop,
    text: text.source.slice(first.range[0], stop),
    kind,
    parts: ws.slice(kind === 'title and name' ? from + 1 : from, last + 1).map((x) => withoutPossessive(x.lower)),
    sentence: si,
    word: from,
    lastWord: last,
  };
  if (kind === 'title and name') found.title = first.lower;
  return found;
}

/** A one-word first name found only by where it stands. */
function byApposition(text: NameText, si: number, i: number): FoundName {
  const found = nameOf(text, si, i, i, 'first name');
  found.apposed = true;
  return found;
}

/**
 * A surname after a title: capitalised or an initial after a capitalised title; in capitals after
 * one in capitals ("MR JONES"); any lower-case word that is not a function word after one in lower
 * case ("mrs khan").
 */
function surnameAfter(title: NameWord, next: NameWord, skip: Set<string>): boolean {
  if (next.kind !== 'word' || NOT_AFTER_TITLE.has(next.lower) || TITLES.has(next.lower)) return false;
  if (UPPER_WORD.test(title.text)) return UPPER_WORD.test(next.text) || isCapitalised(next) || isInitial(next);
  // "mr HARGREAVES", "Mrs OKAFOR": a surname in capitals, as notes and rushed posts write it (not a word: "Mr NICE guy").
  const shouted = UPPER_WORD.test(next.text) && next.text.length >= 3 && !skip.has(next.lower);
  if (startsUpper(title.text)) return (isCapitalised(next) || isInitial(next) || shouted) && !skip.has(next.lower);
  return LOWER_WORD.test(next.text) || /^\p{Ll}$/u.test(next.text) || isCapitalised(next) || isInitial(next) || shouted;
}

/**
 * The names in a text's sentences, in order. `apposed(sentence, word)` may say that a
 * capitalised word the name list lacks stands where a name does ("our manager Nimisha"): it is
 * then a first name too, marked `apposed`. Such a name is one word that is not an initial, so
 * it changes nothing else found: without the marked ones, the list is the search without
 * `apposed` (the rules' names, read from the people layer's one search).
 */
export function findNamesIn(text: NameText, apposed?: (sentence: number, word: number) => boolean): FoundName[] {
  const out: FoundName[] = [];
  const skip = notNameWords();
  const sentences = text.sentences;
  for (let si = 0; si < sentences.length; si++) {
    const ws = sentences[si]!.words;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      const next = ws[i + 1];
      if (isTitle(w.lower) && next && adjacent(text, w, next) && surnameAfter(w, next, skip)) {
        // A role title before an everyday capitalised word is a title in a heading ("Nurse Led Clinic"): only a name counts.
        if (ROLE_TITLES.has(w.lower) && !startsUpper(w.text)) continue;
        const after = ws[i + 2];
        const last =
          after &&
          adjacent(text, next, after) &&
          (isCapitalised(after) || (UPPER_WORD.test(w.text) && UPPER_WORD.test(after.text))) &&
          !skip.has(after.lower) &&
          firstNameFlags(next.lower) !== undefined
            ? i + 2
            : i + 1;
        out.push(nameOf(text, si, i, last, 'title and name'));
        i = last;
        continue;
      }
      // "gary's LL6": a first name in lower case, as the owner of care, is still a name (casual posts drop capitals).
      if (withoutPossessive(w.text) !== w.text && LOWER_POSSESSIVE.test(w.text)) {
        const f = firstNameFlags(w.lower.slice(0, -2));
        if (f !== undefined && !(f & AMBIGUOUS) && !skip.has(w.lower.slice(0, -2)) && apposed?.(si, i)) out.push(byApposition(text, si, i));
        continue;
      }
      if (!isCapitalised(w) || skip.has(w.lower)) continue;
      // "Kayleigh's": the name is the word without its possessive.
      const flags = firstNameFlags(withoutPossessive(w.lower));
      if (flags === undefined) {
        if (apposed?.(si, i)) out.push(byApposition(text, si, i));
        continue;
      }
      if (
        next &&
        isCapitalised(next) &&
        adjacent(text, w, next) &&
        !skip.has(next.lower) &&
        !/^['’]s$/.test(text.prose.slice(w.range[1], w.range[1] + 2))
      ) {
        const after = ws[i + 2];
        const last =
          after && isCapitalised(after) && adjacent(text, next, after) && !skip.has(after.lower) && firstNameFlags(next.lower) !== undefined
            ? i + 2
            : i + 1;
        out.push(nameOf(text, si, i, last, 'full name'));
        i = last;
        continue;
      }
      // A lone first name that is also a word ("Will", "Grace") is too weak to count, unless it stands where only a name can.
      if (flags & AMBIGUOUS) {
        if (apposed?.(si, i)) out.push(byApposition(text, si, i));
        continue;
      }
      out.push(nameOf(text, si, i, i, 'first name'));
    }
  }
  INITIALS.lastIndex = 0;
  for (let m = INITIALS.exec(text.prose); m; m = INITIALS.exec(text.prose)) {
    const start = m.index;
    const end = start + m[0].length;
    const si = text.sentences.findIndex((s) => s.range[0] <= start && end <= s.range[1]);
    const letters = m[0].replace(/[^\p{L}]/gu, '').toLowerCase();
    if (ACRONYMS.has(letters) || si < 0) continue;
    if (out.some((n) => n.start <= start && start < n.end)) continue;
    const ws = text.sentences[si]!.words;
    const word = Math.max(
      0,
      ws.findIndex((x) => x.range[1] > start),
    );
    const lastWord = Math.max(
      word,
      ws.findLastIndex((x) => x.range[0] < end),
    );
    out.push({ start, end, text: m[0], kind: 'initials', parts: [m[0].toLowerCase()], sentence: si, word, lastWord });
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
