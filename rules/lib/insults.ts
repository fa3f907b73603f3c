import { singular } from '../../src/draft/targets.js';
import { isThingNoun, thingNounData } from '../../src/draft/thing-nouns.js';
import { loadData } from './lexicon.js';
import { memoWords } from '../../src/shared/memo.js';
import { classOf, PERSON } from '../../src/draft/people/vocabulary.js';

// The compiled vocabularies of insult and profanity (rules/data/insults.json, profanity.json,
// profanity-guard.json; scripts/build-vocabulary.mjs builds them from WordNet 3.1, cuss and
// SCOWL). Each is read on first use; the guard only when a profane string turns up inside a
// longer word.

interface InsultData {
  nouns: string[];
  adjectives: string[];
  animals: string[];
}
interface ProfanityData {
  /** Space-separated words by band, for words cuss (or WordNet, or the hand list) is sure of. */
  sure: Record<Strength, string>;
  unsure: Record<Strength, string>;
  common: string;
  acronyms: Record<string, [string, string]>;
  /** Profane words that WordNet also gives as a body part beside its plain name ("balls", "boob"). */
  body: string;
}
interface Profane {
  /** Sets by sureness and band: building these takes 0.2 ms, a Map of 1,700 entries took 9. */
  sure: Record<Strength, Set<string>>;
  unsure: Record<Strength, Set<string>>;
  common: Set<string>;
  acronyms: Record<string, [string, string]>;
  body: Set<string>;
  /** Every listed word with its surest reading: sure before unsure, slur before strong before mild. */
  ranked: Map<string, { word: string; sureness: number; strength: Strength }>;
}

let insultNouns: Set<string> | undefined;
let insultAdjectives: Set<string> | undefined;
let profanity: Profane | undefined;
let guard: Set<string> | undefined;

const nouns = () => (insultNouns ??= new Set(loadData<InsultData>('insults.json').nouns));
const adjectives = () => (insultAdjectives ??= new Set(loadData<InsultData>('insults.json').adjectives));
const profane = () => (profanity ??= readProfanity(loadData<ProfanityData>('profanity.json')));

function readProfanity(data: ProfanityData): Profane {
  const sets = (bands: Record<Strength, string>) =>
    Object.fromEntries(BANDS.map((b) => [b, new Set(bands[b] ? bands[b].split(' ') : [])])) as Record<Strength, Set<string>>;
  const sure = sets(data.sure);
  const unsure = sets(data.unsure);
  const ranked = new Map<string, { word: string; sureness: number; strength: Strength }>();
  for (const [sureness, bands] of [
    [2, sure],
    [1, unsure],
  ] as const)
    for (const strength of BANDS) for (const word of bands[strength]) if (!ranked.has(word)) ranked.set(word, { word, sureness, strength });
  return {
    sure,
    unsure,
    ranked,
    common: new Set(data.common.split(' ')),
    acronyms: data.acronyms,
    body: new Set(data.body.split(' ')),
  };
}

/** A profane word that is also the everyday name of a body part ("balls", "boobs"): clinical in a health frame. */
export const isBodyWord = (lower: string): boolean => profane().body.has(lower);
const BANDS: Strength[] = ['slur', 'strong', 'mild'];

/** The insult noun a word is, singular ("muppets" -> "muppet"), or undefined. */
export function insultNoun(lower: string): string | undefined {
  const w = lower.replace(/’/g, "'");
  const set = nouns();
  if (set.has(w)) return w;
  return singular(w, (x) => set.has(x));
}

let animalNouns: Set<string> | undefined;
/** An animal noun ("hyenas" -> "hyena"): said of people it dehumanises them. */
export function animalNoun(lower: string): string | undefined {
  const set = (animalNouns ??= new Set(loadData<InsultData>('insults.json').animals));
  return set.has(lower) ? lower : singular(lower, (x) => set.has(x));
}

export const isInsultAdjective = (lower: string): boolean => adjectives().has(lower);

export type Strength = 'mild' | 'strong' | 'slur';
const STRENGTH: Record<number, Strength> = { 1: 'mild', 2: 'strong', 3: 'slur' };
const RANK: Record<Strength, number> = { mild: 1, strong: 2, slur: 3 };

/**
 * A word's profanity: how sure the list is (0-2) and how strong it is. Plurals and -ing forms
 * too. Asked of every word of every draft: remembered per word.
 */
export const profanityOf: (lower: string) => { word: string; sureness: number; strength: Strength } | undefined = memoWords((lower) => {
  const ranked = profane().ranked;
  // The word, or its stem before a plural or verb ending ("tossers", "wanking").
  const hit = (w: string) => (w.length < 3 ? undefined : ranked.get(w));
  let found = hit(lower);
  for (const ending of ENDINGS) if (!found && lower.endsWith(ending)) found = hit(lower.slice(0, -ending.length));
  return found;
});
const ENDINGS = ['s', 'es', 'ing', 'ed'];

let acronyms: Map<string, [string, string]> | undefined;
/** Profanity written as initials ("TTFO", "ffs"): its strength and what it stands for. */
export function acronymOf(lower: string): { strength: Strength; meaning: string } | undefined {
  const hit = (acronyms ??= new Map(Object.entries(profane().acronyms))).get(lower);
  return hit ? { strength: hit[0] as Strength, meaning: hit[1] } : undefined;
}

// What a masking character can stand for besides any letter: the letter it looks like.
export const LOOKS_LIKE: Record<string, string> = {
  $: 's',
  '@': 'a',
  '!': 'i',
  '1': 'i',
  '3': 'e',
  '0': 'o',
  '4': 'a',
  '5': 's',
  '+': 't',
  '7': 't',
};
const WILD = new Set(['*', '#', '+', '_', '.', '%']);

/**
 * The profane word a masked spelling stands for, matched letter by letter ("t*ssers" ->
 * "tosser(s)", "c+++" -> "cunt", "r3tarded"): same length, every letter kept in place, each
 * mask a wildcard or the letter it looks like, and at least two letters shown or the first one.
 */
export function unmask(masked: string): { word: string; strength: Strength } | undefined {
  const m = masked.toLowerCase();
  if (m.length < 3 || m.length > 20 || !/[a-z]/.test(m[0]!)) return undefined;
  const p = profane();
  let best: { word: string; strength: number; common: number } | undefined;
  let slur: string | undefined;
  for (const band of BANDS) {
    const strength = RANK[band];
    for (const word of p.sure[band]) {
      if (word.length < 3) continue;
      // An ending counts only when it is shown: "f*cked", not "b*****d" read as some word + "ed".
      for (const form of [word, `${word}s`, m.endsWith('ed') ? `${word}ed` : '', m.endsWith('ing') ? `${word}ing` : '']) {
        if (!form || form.length !== m.length || !fits(m, form)) continue;
        const common = p.common.has(word) ? 1 : 0;
        if (strength === 3) slur ??= word;
        else if (!best || common > best.common || (common === best.common && strength > best.strength)) best = { word, strength, common };
      }
    }
  }
  // "c+++" fits several words: the commonest reading, profanity, wins over a slur, and a slur
  // needs two letters shown besides masks ("p*ki", "tr@nny").
  if (best) return { word: best.word, strength: STRENGTH[best.strength]! };
  if (slur && (m.match(/[a-z]/g) ?? []).length >= 2) return { word: slur, strength: 'slur' };
  return undefined;
}

function fits(masked: string, word: string): boolean {
  let masks = 0;
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i]!;
    if (c === word[i]) continue;
    if (WILD.has(c) || LOOKS_LIKE[c] === word[i]) {
      masks++;
      continue;
    }
    return false;
  }
  return masks > 0;
}

/**
 * An ordinary word that holds a profane string ("analgesic", "assorted", "Scunthorpe" is a
 * place and guarded by places-gb): the dictionary word itself, or a misspelling one letter off
 * a guarded word of six letters or more ("assesment").
 */
export function guardedWord(lower: string): boolean {
  guard ??= new Set(loadData<{ words: string[] }>('profanity-guard.json').words);
  if (guard.has(lower)) return true;
  if (lower.length < 6 || !/^[a-z]+$/.test(lower)) return false;
  // One letter missing, extra or changed.
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && guard.has(lower.slice(0, i) + lower.slice(i + 1))) return true;
  }
  for (const g of guard) if (Math.abs(g.length - lower.length) <= 1 && g[0] === lower[0] && oneEdit(g, lower)) return true;
  return false;
}

function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    let diff = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
    return true;
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0, j = 0, skipped = false; i < s.length; i++, j++) {
    if (s[i] === l[j]) continue;
    if (skipped) return false;
    skipped = true;
    i--;
  }
  return true;
}

let serviceNouns: Set<string> | undefined;
export { isThingNoun };
/**
 * The word ending at `end` modifies a thing, an act or a group named right after it: "hygiene
 * appointments", "shower chair", "the wash team". A care word used so names a service or a
 * product, not someone's body.
 */
export function modifiesNoun(prose: string, end: number): boolean {
  const next = /^[ \t]+(\p{Ll}+)(?![\p{L}'’-])/u.exec(prose.slice(end, end + 40));
  if (!next) return false;
  const set = (serviceNouns ??= new Set(thingNounData().services.split(' ')));
  const w = next[1]!;
  return isThingNoun(w) || set.has(w) || !!singular(w, (x) => set.has(x));
}

/**
 * The word ending at `end` modifies a thing named right after it, in lower case and with only
 * spaces between: "the dinosaur sticker", "a queen bee", "tooth fairy picture". Said of a thing,
 * not of a person.
 */
export function modifiesThing(prose: string, end: number): boolean {
  const next = /^[ \t]+(\p{Ll}+)(?![\p{L}'’-])/u.exec(prose.slice(end, end + 40));
  return !!next && (isThingNoun(next[1]!) || MODIFIED_HEADS.has(next[1]!));
}
// Heads WordNet files as acts or groups, after which an animal word is what is dealt with ("the vermin control team",
// "a rat problem"), not what anyone is called.
const MODIFIED_HEADS = new Set([
  'control',
  'problem',
  'problems',
  'infestation',
  'sighting',
  'sightings',
  'droppings',
  'catcher',
  'catchers',
]);

// What puts an ordinary word that is also a slur ("fairy", "queen", "paddy", "nip") in a
// person's frame: said to someone ("you ...", "you're a ..."), called someone ("called him a"),
// counted as people ("a bunch of", "like a"), or sworn at ("dirty", "filthy", "bloody").
const TO_SOMEONE = new Set(['you', 'ya', 'u', 'ur', "you're", 'youre', 'yer']);
const CALLED = new Set(['called', 'calling', 'call', 'calls']);
const COUNTED = new Set(['bunch', 'lot', 'load', 'pack', 'gang', 'like', 'such', 'what']);
const SWORN = new Set(['dirty', 'filthy', 'bloody', 'fucking', 'effing', 'stupid', 'thick', 'typical', 'bent']);
/** Words that strengthen an insult after "a": "an absolute ...", "a proper ...". */
export const INTENSIFIERS = ['absolute', 'total', 'utter', 'complete', 'proper', 'right'];
const BETWEEN = new Set(['a', 'an', 'of', ...INTENSIFIERS, 'big', 'massive', 'such', 'me', 'him', 'her', 'them', 'us']);

// Counted as a crowd of people ("a bunch of ..."), not compared or exclaimed ("like a", "what a").
const GROUPED = new Set(['bunch', 'lot', 'load', 'pack', 'gang']);

interface SlurSenses {
  praisedSlurs: string[];
  slurMockers: string[];
}
const LETTER = /^\p{L}$/u;
let praised: Set<string> | undefined;
let mockers: Set<string> | undefined;
const senses = () => loadData<SlurSenses>('offensive.yaml');
/** The word ending at `end` is one whose everyday sense said to someone is praise ("you absolute queen"). */
function praiseSense(prose: string, end: number): boolean {
  // Walked back letter by letter: the word is short, and an expression anchored at its end is not cheap.
  let start = end;
  while (start > Math.max(0, end - 24) && LETTER.test(prose[start - 1]!)) start--;
  if (start === end) return false;
  const word = prose.slice(start, end).toLowerCase();
  const set = (praised ??= new Set(senses().praisedSlurs));
  return set.has(word) || !!singular(word, (x) => set.has(x));
}

/**
 * An ordinary word that is also a slur is said of a person: `before` holds the words before it
 * in its sentence (keys, in order), and the word is not modifying a thing after it. A word whose
 * everyday sense is praise ("you absolute queen") needs a hostile frame: sworn at, called, a
 * crowd of them, or a mocking word before it.
 */
export function slurSaidOfPerson(before: readonly string[], prose: string, end: number): boolean {
  if (modifiesThing(prose, end)) return false;
  const praise = praiseSense(prose, end);
  mockers ??= new Set(senses().slurMockers);
  for (let k = before.length - 1; k >= Math.max(0, before.length - 4); k--) {
    const w = before[k]!;
    if (CALLED.has(w) || SWORN.has(w) || mockers.has(w)) return true;
    if (TO_SOMEONE.has(w)) return !praise;
    if (COUNTED.has(w) && k < before.length - 1) return !praise || GROUPED.has(w);
    if (!BETWEEN.has(w)) return false;
  }
  return false;
}

// An insult noun that is a verb of the thing before it: "the inflammation creeps downwards", "the
// queue snakes its way round", "the damp creeps in." A determiner and one noun before it (not a
// person, not a word that grades an insult: "the absolute creeps"), and after it a direction, "its
// way", an object ("creeps me out") or a particle before the clause goes on. A person noun's
// modifier with the insult after it ("the agency clowns over in ED") reads as a noun: a particle
// then "in", "at" or a name is where they are.
const SUBJECT_THEN =
  /(?<![\p{L}'’-])(?:the|a|an|this|that|its|their|our|my|your|his|her|some|any|every|each)\s+(?:(\p{Ll}[\p{Ll}-]*)\s+)?(\p{Ll}[\p{Ll}-]*)\s+$/u;
const VERB_AFTER =
  /^\s+(?:\p{Ll}+wards?(?![\p{L}'’-])|(?:its|their|his|her)\s+way\b|(?:me|us|them|him|her|everyone|everybody)\s+out\b|(?:up|down|in|out|back|over|along|away|around|round|through|into|onto|across|under|towards?)(?:\s*(?:[,.;:!?]|$)|\s+(?:the|a|an|its|his|her|their|and|to|from|until|till|between|past|beyond|behind|on|onto|into|towards?|through|across|along|over|under|again|further|closer)\b))/u;
const GRADING = new Set([...INTENSIFIERS, 'real', 'massive', 'such', 'bloody', 'little', 'big', 'fat']);

/** The insult noun between `start` and `end` is the verb of a thing named before it. */
export function verbOfThing(prose: string, start: number, end: number): boolean {
  const after = VERB_AFTER.exec(prose.slice(end, end + 40));
  if (!after) return false;
  const words = SUBJECT_THEN.exec(prose.slice(Math.max(0, start - 50), start));
  const subject = words?.[2];
  if (!subject || [words[1], subject].some((w) => w && (GRADING.has(w) || isInsultAdjective(w)))) return false;
  // "the annoying creeps", "the bloody clowns": an adjective's ending, unless a condition ("the swelling").
  const kind = classOf(subject);
  return !(kind & PERSON) && (kind !== 0 || !/(?:ing|ed|y)$/.test(subject));
}
