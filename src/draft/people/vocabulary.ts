import { memoWords } from '../../shared/memo.js';
import { loadData } from '../../shared/data.js';

// The one vocabulary of word classes (rules/data/people-vocab.json, built from WordNet 3.1, SCOWL
// and rules/data/src/vocabulary.yaml by scripts/build-vocabulary.mjs): which words name a
// person, a job, a relation, a part of the body, a condition, a procedure or a medicine, for
// the people layer and the rules; and, for Draft.targets, the person nouns a remark can be aimed
// at, the people in care, collectives and protected groups. The file keeps its 12,000 words
// grouped by their first two letters, one "word:bits;..." string per group; a run splits only
// the groups a draft's words start with, so a short post pays for a few hundred words.

export const PERSON = 1;
export const OCCUPATION = 2;
export const RELATION = 4;
export const BODY = 8;
export const CONDITION = 16;
export const PROCEDURE = 32;
export const MEDICINE = 64;
/** A health or care job: staff words ("nurse", "hygienist", "paramedic"). */
export const HEALTH = 128;
/** An animal (WordNet noun.animal): "Bramble the pony", "our practice dog Bella" is no patient. */
export const ANIMAL = 256;
/** A workplace, institution, building or business: a capitalised one after a name makes it a place's ("Fern Hill Farm"). */
export const PLACE = 512;
/** Care given or suffered: a condition, a procedure or a medicine. */
export const CARE = CONDITION | PROCEDURE | MEDICINE;

/** The people layer's classes: the bits wordClass gives. */
const PEOPLE_CLASSES = 1023;
// Draft.targets' classes (the file's "classes" and "characteristics"), read through targetVocabulary().
const SOMEONE = 1024;
const COLLECTIVE = 2048;
const CARED = 4096;
const CHARACTERISTIC_SHIFT = 13;

interface VocabularyFile {
  characteristics: string[];
  buckets: Record<string, string>;
}

/** A listed phrase of Draft.targets: its words, and what it is (a characteristic, 'cared' or 'collective'). */
export interface TargetPhrase {
  words: string[];
  what: string;
}

interface Group {
  bits: Map<string, number>;
  /** The first words of its phrases of several words: a pair whose first word is none of them is no phrase. */
  firsts: Set<string>;
  /** Its entries that are Draft.targets' phrases (a characteristic, cared or collective). */
  listed: string[];
  /** The group's target phrases by their first word, longest first: indexed on Draft.targets' first look. */
  phrases?: Map<string, TargetPhrase[]>;
}

let file: VocabularyFile | undefined;
const groups = new Map<string, Group>();

function group(key: string): Group {
  let g = groups.get(key);
  if (g) return g;
  file ??= loadData<VocabularyFile>('people-vocab.json');
  g = { bits: new Map(), firsts: new Set(), listed: [] };
  const text = Object.hasOwn(file.buckets, key) ? file.buckets[key]! : '';
  for (const entry of text ? text.split(';') : []) {
    const colon = entry.lastIndexOf(':');
    const bits = Number(entry.slice(colon + 1));
    g.bits.set(entry.slice(0, colon), bits);
    const space = entry.indexOf(' ');
    if (space >= 0 && space < colon) g.firsts.add(entry.slice(0, space));
    if (bits >= COLLECTIVE) g.listed.push(entry.slice(0, colon));
  }
  groups.set(key, g);
  return g;
}

function phrasesOf(g: Group): Map<string, TargetPhrase[]> {
  if (g.phrases) return g.phrases;
  g.phrases = new Map();
  for (const word of g.listed) addPhrases(g.phrases, word, g.bits.get(word)!, file!.characteristics);
  for (const list of g.phrases.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
  return g.phrases;
}

// A phrase in several lists is read as Draft.targets always read it: a protected group first,
// then the people in care, then a collective.
function addPhrases(phrases: Map<string, TargetPhrase[]>, phrase: string, bits: number, characteristics: string[]) {
  // The build writes a phrase's words one space apart.
  const words = phrase.split(' ');
  const list = phrases.get(words[0]!) ?? [];
  const characteristic = bits >> CHARACTERISTIC_SHIFT;
  if (characteristic) list.push({ words, what: characteristics[characteristic - 1]! });
  if (bits & CARED) list.push({ words, what: 'cared' });
  if (bits & COLLECTIVE) list.push({ words, what: 'collective' });
  if (list.length) phrases.set(words[0]!, list);
}

const bitsOf = (lower: string) => group(lower.slice(0, 2)).bits.get(lower) ?? 0;

/** The class bits of a lower-cased word or two-word phrase (0 when it is none of them), remembered per word. */
export const wordClass: (lower: string) => number = memoWords((lower) => bitsOf(lower) & PEOPLE_CLASSES);

/**
 * Whether a word (no space in it) may open a phrase of the vocabulary: false means no pair it opens is one, which
 * spares building the pair's string (a phrase's group is its first two characters, its first word's too).
 */
export function startsPhrase(first: string): boolean {
  if (first.length < 2 || first.includes(' ')) return true;
  return group(first.slice(0, 2)).firsts.has(first);
}

/** What Draft.targets reads: person nouns, the people in care, and listed phrases by their first word. */
export interface TargetVocabulary {
  person: { has(word: string): boolean };
  cared: { has(word: string): boolean };
  phrases: { get(first: string): readonly TargetPhrase[] | undefined };
}

const targets: TargetVocabulary = {
  person: { has: (w) => (bitsOf(w) & SOMEONE) !== 0 },
  cared: { has: (w) => (bitsOf(w) & CARED) !== 0 },
  // A phrase's group is its first word's (the build refuses a phrase whose first word is one letter).
  phrases: { get: (first) => phrasesOf(group(first.slice(0, 2))).get(first) },
};

/** Draft.targets' words, looked up in the same vocabulary. */
export const targetVocabulary = (): TargetVocabulary => targets;

/** wordClass of a word, or of its singular ("molars", "stitches", "nans"). */
export function classOf(lower: string): number {
  const c = wordClass(lower);
  if (c || lower.length < 4 || !lower.endsWith('s')) return c;
  return wordClass(lower.slice(0, -1)) || (lower.endsWith('es') ? wordClass(lower.slice(0, -2)) : 0);
}
