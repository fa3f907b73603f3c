import { memoWords } from '../../shared/memo.js';
import { withoutPossessive } from '../../shared/letters.js';
import type { Sentence, Word } from '../types.js';
import { BODY, CARE, classOf, HEALTH, OCCUPATION, PERSON, RELATION, startsPhrase, wordClass } from './vocabulary.js';

// Small word classes the people layer reads a clause with: closed classes (determiners,
// pronouns, the verbs that say who gives care and who gets it), which no lexicon improves on,
// and lookups into the WordNet vocabulary for the open ones.

const set = (s: string) => new Set(s.split(' '));

export const DETERMINERS = set('the a an this that my our your his her their one');
/** Words that sit between a determiner and a noun without changing who is meant. */
export const MODIFIERS = set(
  'lovely wonderful brilliant amazing fab fave favourite new little old young elderly local gentle dear sweet poor kind usual regular oldest youngest newest favorite very first last retired former',
);
/** Nouns that say a person is cared for here. */
export const PATIENT_NOUNS = set('patient pt client resident casualty service-user');
/** Staff words that are not jobs: where someone stands in a team. */
export const TEAM_WORDS = set(
  'manager lead director principal partner associate owner trainee apprentice student colleague teammate crewmate workmate coworker co-worker receptionist administrator admin coordinator supervisor deputy chef cook housekeeper founder ceo chair volunteer',
);
export const RECIPIENT_VERBS = set(
  'is was has had came come comes popped went got needed needs fell broke presented healing recovering doing attended arrived rang called complained collapsed slipped tripped needed underwent fainted bled vomited',
);
export const AGENT_VERBS = set(
  'did performed carried fitted placed gave treated saw examined extracted prescribed dispensed administered vaccinated delivered ran led organised organized baked sorted helped looked assessed scaled polished stitched referred supplied offers offered runs leads',
);
export const ENCOUNTER_VERBS = set(
  'saw seen treated admitted discharged examined assessed visited triaged stitched scanned vaccinated jabbed extracted fitted found rescued attended resuscitated intubated cannulated dressed bandaged splinted',
);
export const POSSESSIVE_PRONOUNS = set('his her their hers');
export const PERSONAL_PRONOUNS = set('he she him they them');
/** A pronoun as a subject, contracted or not. */
export const SUBJECT_PRONOUNS = set("he she they he's she's they're he’s she’s they’re");
/** Words of an age ("19 year old", "40-odd stone"): they may open a description. */
export const AGE_WORDS = set('year yr years yrs old odd month months stone something ish');
/** Recovery counted from care: "(first time) since the stroke", "after the op". */
export const SINCE = set('since after');
/** What a rota is called: a paragraph about one is about who works when. */
export const ROTA = set('rota rotas roster rostered');

const lowerOf = (w: Word) => withoutPossessive(w.lower);

// A word's vocabulary class (the low ten bits) and the closed classes above it that the layer's passes ask of every
// word, looked up once per distinct word and kept on the word (Word.classBits): each pass then reads a field where
// it asked two or three sets (measured: 0.2 s of a 10k-draft run's 1.9 s in the people layer).
const VOCABULARY_BITS = 1023;
export const IS_DETERMINER = 1 << 10;
export const IS_MODIFIER = 1 << 11;
export const IS_AGE_WORD = 1 << 12;
export const IS_RECIPIENT_VERB = 1 << 13;
export const IS_POSSESSIVE_PRONOUN = 1 << 14;
export const IS_SUBJECT_PRONOUN = 1 << 15;
export const IS_PERSONAL_PRONOUN = 1 << 16;
export const IS_SINCE = 1 << 17;
export const IS_ROTA = 1 << 18;
/** The word may open one of the vocabulary's phrases ("dental" of "dental nurse"). */
const OPENS_PHRASE = 1 << 19;
const CLOSED: [Set<string>, number][] = [
  [DETERMINERS, IS_DETERMINER],
  [MODIFIERS, IS_MODIFIER],
  [AGE_WORDS, IS_AGE_WORD],
  [RECIPIENT_VERBS, IS_RECIPIENT_VERB],
  [POSSESSIVE_PRONOUNS, IS_POSSESSIVE_PRONOUN],
  [SUBJECT_PRONOUNS, IS_SUBJECT_PRONOUN],
  [PERSONAL_PRONOUNS, IS_PERSONAL_PRONOUN],
  [SINCE, IS_SINCE],
  [ROTA, IS_ROTA],
];
const closedBits = new Map<string, number>();
for (const [words, bit] of CLOSED) for (const w of words) closedBits.set(w, (closedBits.get(w) ?? 0) | bit);

const bitsOfLower = memoWords(
  (lower) => classOf(withoutPossessive(lower)) | (closedBits.get(lower) ?? 0) | (startsPhrase(lower) ? OPENS_PHRASE : 0),
);

/** A word's bits: its vocabulary class (of the word without a possessive) and its closed classes (of the word itself). */
export function bitsOf(w: Word): number {
  return (w.classBits ??= bitsOfLower(w.lower));
}

/** The two-word phrase starting at word i, lower-cased ("dental nurse"), or ''. */
export function bigram(ws: Word[], i: number): string {
  const a = ws[i];
  const b = ws[i + 1];
  return a && b ? `${a.lower} ${lowerOf(b)}` : '';
}

/** The vocabulary class of the word at i, or of the two-word phrase ending at i ("dental nurse", "root canal"). */
export function classAt(ws: Word[], i: number): number {
  const w = ws[i];
  if (!w || w.kind !== 'word') return 0;
  return pairClass(ws, i) | (bitsOf(w) & VOCABULARY_BITS);
}

/** The class of the two words ending at i, kept on the word for the word before it (asked many times per word). */
function pairClass(ws: Word[], i: number): number {
  const w = ws[i];
  const prev = i > 0 ? ws[i - 1] : undefined;
  if (!w || !prev) return 0;
  if (w.pairedWith !== prev) {
    w.pairedWith = prev;
    w.pairBits = bitsOf(prev) & OPENS_PHRASE ? wordClass(`${prev.lower} ${lowerOf(w)}`) : 0;
  }
  return w.pairBits!;
}

/** The word at i and the next make a phrase of the vocabulary ("lollipop lady", "bus driver"). */
export const opensPhraseHere = (ws: Word[], i: number) => pairClass(ws, i + 1) !== 0;

/** A care word at i: a condition, a procedure or a medicine (as a word or two-word phrase). */
export const isCare = (ws: Word[], i: number) =>
  (classAt(ws, i) & CARE) !== 0 || (pairClass(ws, i + 1) & CARE) !== 0 || isTooth(ws[i]?.text ?? '');
/** A tooth in Palmer notation ("UR6", "LL8"): a dentist's shorthand for the tooth treated. */
const TOOTH = /^[UL][RL][1-8]$/;
const isTooth = (t: string) => t.length === 3 && TOOTH.test(t);
export const isBody = (ws: Word[], i: number) => (classAt(ws, i) & BODY) !== 0;
export const isHealthJob = (ws: Word[], i: number) => (classAt(ws, i) & HEALTH) !== 0;
export const isPersonNoun = (ws: Word[], i: number) => (classAt(ws, i) & (PERSON | RELATION | OCCUPATION)) !== 0;
export const isRelation = (ws: Word[], i: number) => (classAt(ws, i) & RELATION) !== 0;
export const isOccupation = (ws: Word[], i: number) => (classAt(ws, i) & (OCCUPATION | HEALTH)) !== 0;

/** Characters that end a clause between two words: a name's context does not cross them. */
const CLAUSE_BREAK = /[.!?;:()[\]{}|•—–\r\n\u2028\u2029]|\s-\s/;

/** Whether the gap between words a and b of a sentence stays inside one clause (commas allowed). */
export function sameClause(prose: string, a: Word, b: Word): boolean {
  const from = a.range[1];
  const to = b.range[0];
  // Most gaps are one space, which breaks nothing: no slice and no expression for them.
  if (to - from === 1 && prose.charCodeAt(from) === 0x20) return true;
  return !CLAUSE_BREAK.test(prose.slice(from, to));
}

/** Indices of up to n words before word i in its clause, nearest first. */
export function before(prose: string, s: Sentence, i: number, n: number): number[] {
  const out: number[] = [];
  for (let k = i - 1; k >= 0 && out.length < n; k--) {
    if (!sameClause(prose, s.words[k]!, s.words[k + 1]!)) break;
    out.push(k);
  }
  return out;
}

/** Indices of up to n words after word i in its clause, nearest first. */
export function after(prose: string, s: Sentence, i: number, n: number): number[] {
  const out: number[] = [];
  for (let k = i + 1; k < s.words.length && out.length < n; k++) {
    if (!sameClause(prose, s.words[k - 1]!, s.words[k]!)) break;
    out.push(k);
  }
  return out;
}

/**
 * The noun a name stands in apposition to, just before it: "our dental nurse Becky" -> nurse,
 * "my fave resident Dougie" -> resident, "our oldest patient, Edna" -> patient. Skips modifiers;
 * stops at a determiner. Returns the word index or -1.
 */
export function headBefore(prose: string, s: Sentence, i: number): number {
  for (const k of before(prose, s, i, 4)) {
    const w = s.words[k]!;
    if (w.kind !== 'word') return -1;
    if (MODIFIERS.has(w.lower) && !isPersonNoun(s.words, k)) continue;
    if (DETERMINERS.has(w.lower)) return -1;
    return k;
  }
  return -1;
}

/** The words of a handle, split at capitals, underscores and digits: "@TheOldMillInn" -> The, Old, Mill, Inn. */
export function handleWords(handle: string): string[] {
  return handle
    .replace(/^@/, '')
    .split(/(?<=\p{Ll})(?=\p{Lu})|[_\d]+/u)
    .filter(Boolean);
}
