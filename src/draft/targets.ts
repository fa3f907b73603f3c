import { targetVocabulary, type TargetVocabulary } from './people/vocabulary.js';
import type { Range, Sentence, Word } from './types.js';

// Who a draft addresses or describes: the people a remark can be aimed at. Second person
// ("you're a ..."), the whole audience ("the lot of you"), vocatives ("oi baldy", "Dear whoever
// at the ICB"), descriptions ("the dozy muppet on reception", "that clown from my last trust"),
// groups of people ("night coordinators", "management"), groups by a protected characteristic
// (Equality Act 2010's nine) and the people in the practice's care ("the frequent flyer in bay
// 4"). An organisation, a decision or a rota is not a target. Built once per draft, on first
// use (Draft.targets); its words are the people layer's vocabulary's (people/vocabulary.ts:
// WordNet 3.1 noun.person, SCOWL, hand lists; scripts/build-vocabulary.mjs).

export type TargetKind =
  /** "you", "your", "u": the reader or the person replied to. */
  | 'you'
  /** "the lot of you", "you lot", "all of you". */
  | 'all-of-you'
  /** Spoken to: "oi baldy", "Dear whoever at the ICB", "@handle" opening a sentence, "mate". */
  | 'vocative'
  /** One person described: determiner + person noun ("the muppet on reception"). */
  | 'described'
  /** People by what they do or are ("night coordinators", "case examiners", "management"). */
  | 'group'
  /** A group with a protected characteristic ("Romanian", "Muslims", "trans people"). */
  | 'protected'
  /** "Dr M", "Mr H", "@jo": a person singled out by title or handle. */
  | 'named'
  /** he, she, they, him, her, them: someone mentioned before. */
  | 'pronoun';

export interface Target {
  kind: TargetKind;
  range: Range;
  text: string;
  /** Index of the sentence in draft.sentences. */
  sentence: number;
  /** The person noun that heads it, lower-cased ("muppet", "coordinators"). */
  head?: string;
  /** For 'protected': the characteristic ("race", "religion", ...). */
  characteristic?: string;
  /** Someone in the practice's care: a patient, resident, service user or their family. */
  cared: boolean;
  plural: boolean;
}

export interface Targets {
  readonly all: readonly Target[];
  /** The targets of sentence i. */
  inSentence(i: number): readonly Target[];
  /** The draft speaks to someone: it opens on a handle, "Dear ...", "To the ...", "Oi ...". */
  readonly addressed: boolean;
}

type Vocabulary = TargetVocabulary;

let vocabulary: Vocabulary | undefined;

/** The singular of a plural person noun when the vocabulary has it ("coordinators", "women", "parties"). */
export function singular(w: string, has: (x: string) => boolean): string | undefined {
  if (w.endsWith('men') && has(`${w.slice(0, -3)}man`)) return `${w.slice(0, -3)}man`;
  if (w.endsWith('ies') && has(`${w.slice(0, -3)}y`)) return `${w.slice(0, -3)}y`;
  if (w.endsWith('es') && has(w.slice(0, -2))) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && has(w.slice(0, -1))) return w.slice(0, -1);
  return undefined;
}

const YOU = new Set([
  'you',
  "you're",
  'youre',
  'you’re',
  "you've",
  'you’ve',
  'u',
  'ur',
  'your',
  'yours',
  'yourself',
  'ya',
  'yer',
  'yous',
  'youse',
]);
const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'him',
  'her',
  'them',
  "he's",
  'he’s',
  "she's",
  'she’s',
  "they're",
  'they’re',
  'his',
  'their',
]);
const DETERMINERS = new Set([
  'the',
  'that',
  'this',
  'these',
  'those',
  'our',
  'my',
  'your',
  'their',
  'his',
  'her',
  'some',
  'a',
  'an',
  'certain',
]);
const VOCATIVE_OPENERS = new Set(['oi', 'oy', 'hey', 'dear', 'listen', 'cheers', 'thanks', 'ta']);
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'nurse', 'sister', 'matron', 'prof']);
/** "in bay 4", "bed 7", "room 12": a bed or room singles out the person in it. */
const PLACES_OF_CARE = new Set(['bay', 'bed', 'room', 'cubicle', 'side-room', 'resus', 'majors', 'minors']);

const lowerOf = (w: Word) => w.key;

export function findTargets(sentences: readonly Sentence[], prose: string, bodyStart: number): Targets {
  vocabulary ??= targetVocabulary();
  const v = vocabulary;
  const hasPerson = (x: string) => v.person.has(x);
  const all: Target[] = [];
  const bySentence: Target[][] = sentences.map(() => []);
  const push = (t: Target) => {
    all.push(t);
    bySentence[t.sentence]!.push(t);
  };

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const ws = s.words;
    const caredSentence = ws.some((w) => PLACES_OF_CARE.has(w.lower));
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      const lw = lowerOf(w);
      const make = (kind: TargetKind, to: number, extra: Partial<Target> = {}): Target => ({
        kind,
        range: [w.range[0], ws[to]!.range[1]],
        text: prose.slice(w.range[0], ws[to]!.range[1]),
        sentence: si,
        cared: false,
        plural: false,
        ...extra,
      });
      if (w.kind === 'mention') {
        push(make(i === 0 ? 'vocative' : 'named', i));
        continue;
      }
      // "the lot of you", "you lot", "all of you"
      if (lw === 'lot' && ws[i + 1]?.lower === 'of' && YOU.has(ws[i + 2]?.lower ?? '')) {
        push(make('all-of-you', i + 2, { plural: true }));
        i += 2;
        continue;
      }
      if (YOU.has(lw)) {
        if (ws[i + 1]?.lower === 'lot' || ws[i + 1]?.lower === 'all') push(make('all-of-you', i + 1, { plural: true }));
        else push(make('you', i));
        continue;
      }
      if (PRONOUNS.has(lw)) {
        push(make('pronoun', i, { plural: lw.startsWith('the') }));
        continue;
      }
      if (TITLES.has(lw) && ws[i + 1] && /^\p{Lu}/u.test(ws[i + 1]!.text)) {
        push(make('named', i + 1, { head: lw }));
        i += 1;
        continue;
      }
      // A listed phrase: a protected group, the people in care, a collective.
      // A protected group in the plural the list keeps only in the singular: "Romanians", "Sikhs".
      const phrase = v.phrases.get(lw)?.find((p) => p.words.every((x, k) => ws[i + k] && lowerOf(ws[i + k]!) === x)) ?? pluralGroup(v, lw);
      if (phrase) {
        const to = i + phrase.words.length - 1;
        if (phrase.what === 'cared')
          push(make('group', to, { head: phrase.words.join(' '), cared: true, plural: /s$/.test(phrase.words.at(-1)!) }));
        else if (phrase.what === 'collective') push(make('group', to, { head: phrase.words.join(' '), plural: true }));
        else push(make('protected', to, { head: phrase.words.join(' '), characteristic: phrase.what, plural: true }));
        i = to;
        continue;
      }
      // Person nouns: "coordinators", "the receptionist", "three 25-stone gentlemen".
      const one = hasPerson(lw) ? lw : undefined;
      const many = one ? undefined : singular(lw, hasPerson);
      if (one || many) {
        const head = (one ?? many)!;
        const det = describedFrom(ws, i);
        const cared = v.cared.has(head) || caredSentence;
        push({
          kind: many ? 'group' : det < i ? 'described' : 'group',
          range: [ws[det]!.range[0], w.range[1]],
          text: prose.slice(ws[det]!.range[0], w.range[1]),
          sentence: si,
          head,
          cared,
          plural: !!many,
        });
      }
    }
    // A vocative opening: "Oi baldy", "Dear whoever at the ICB", "Mate you're ...".
    const first = ws[0];
    if (first && (VOCATIVE_OPENERS.has(first.lower) || first.lower === 'mate') && ws.length > 1) {
      // Up to four words, stopping at a comma or a colon: "oi baldy, you're ...".
      let to = 0;
      while (
        to < Math.min(ws.length - 1, first.lower === 'mate' ? 0 : 4) &&
        !/[,:;.!?]/.test(prose.slice(ws[to]!.range[1], ws[to + 1]!.range[0]))
      )
        to++;
      push({
        kind: 'vocative',
        range: [first.range[0], ws[to]!.range[1]],
        text: prose.slice(first.range[0], ws[to]!.range[1]),
        sentence: si,
        cared: false,
        plural: false,
      });
    }
  }
  const firstWords = sentences[0]?.words ?? [];
  const opening = prose
    .slice(bodyStart, sentences[0]?.range[1] ?? bodyStart)
    .trimStart()
    .toLowerCase();
  const addressed =
    firstWords[0]?.kind === 'mention' ||
    /^(?:dear|to (?:the|whoever|all|my|our|that)|oi|hey)\b/.test(opening) ||
    all.some((t) => t.kind === 'all-of-you');
  return { all, inSentence: (i) => bySentence[i] ?? [], addressed };
}

/** A one-word protected group read from its plural ("romanians" -> "romanian"). */
function pluralGroup(v: Vocabulary, lw: string): { words: string[]; what: string } | undefined {
  if (!lw.endsWith('s') || lw.length < 5) return undefined;
  const one = (x: string) => v.phrases.get(x)?.find((p) => p.words.length === 1 && p.what !== 'cared' && p.what !== 'collective');
  const base = singular(lw, (x) => !!one(x));
  return base ? { words: [lw], what: one(base)!.what } : undefined;
}

/** Where a description starts: back over up to three modifiers to a determiner ("the dozy muppet"). */
function describedFrom(ws: Word[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const lw = ws[k]!.lower;
    if (DETERMINERS.has(lw)) return k;
    if (ws[k]!.kind !== 'word' && ws[k]!.kind !== 'number') break;
  }
  return i;
}
