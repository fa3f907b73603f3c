import type { Draft, Word } from '../../src/draft/types.js';
import { WordPhrases } from '../../src/shared/word-phrases.js';
import { memoWords } from '../../src/shared/memo.js';
import { isL, isLN, run, runBack } from '../../src/draft/words.js';
import type { Target } from '../../src/draft/targets.js';
import { allMatches, lexicon, loadData } from './lexicon.js';
import { perDraft } from './per-draft.js';
import {
  animalNoun,
  INTENSIFIERS,
  insultNoun,
  isThingNoun,
  isInsultAdjective,
  modifiesNoun,
  modifiesThing,
  profanityOf,
  slurSaidOfPerson,
  unmask,
  acronymOf,
  verbOfThing,
} from './insults.js';

// Evidence that a remark is aimed at a person or a group (personal-attack): candidates are the
// draft's targets (Draft.targets); each piece of evidence has a weight and a short name that
// goes in the message; a sentence is reported when its evidence reaches the threshold.

export type AttackKind = 'insult' | 'contempt' | 'exposure' | 'gloat' | 'harm';

export interface Evidence {
  kind: AttackKind;
  /** What was found, for the message: 'calls them "clowns"'. */
  what: string;
  weight: number;
  range: [number, number];
  target?: Target;
}

// Words before an insult noun that say it is said of someone: "such t*ssers", "a bunch of
// clowns", "you muppet", "are cowboys", "this absolute weapon".
const FRAME = new Set([
  'a',
  'an',
  'such',
  ...INTENSIFIERS,
  'real',
  'massive',
  'bunch',
  'lot',
  'load',
  'pack',
  'gang',
  'you',
  'ya',
  'are',
  'is',
  "'re",
  're',
  'was',
  'were',
  'these',
  'those',
  'this',
  'that',
  'of',
  'like',
  'bloody',
  'fucking',
  'effing',
  'little',
  'big',
  'fat',
  'useless',
  "you're",
  'youre',
  'ur',
  'the',
]);
const COLLECTIVE_OF = new Set(['pack', 'bunch', 'load', 'gang', 'lot', 'herd', 'nest', 'bag', 'shower']);
const PLACE_WORDS = new Set(['in', 'at', 'from', 'on', 'of']);
const WHOEVER = new Set(['whoever', 'anyone', 'anybody', 'someone', 'somebody']);
const COPULAS = new Set(['is', 'are', 'was', 'were']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'who', 'these', 'those', 'this', 'that', 'both', 'all', 'lot', 'them', 'people']);
/** Verbs that report what someone said or thought: the clause after them has its own subject. */
const REPORTING = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'think',
  'thinks',
  'thought',
  'reckon',
  'reckons',
  'reckoned',
  'feel',
  'feels',
  'felt',
  'know',
  'knows',
  'knew',
  'claim',
  'claims',
  'claimed',
  'agreed',
  'agree',
  'agrees',
  'wrote',
  'mentioned',
  'explained',
  'insisted',
  'because',
  'cos',
  'coz',
  'if',
  'when',
]);
/** A pronoun right before "is/are": the verb's own subject. */
const OWN_SUBJECT = new Set([
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'there',
  'what',
  'which',
  'everything',
  'nothing',
]);
const YOU_WORDS = new Set(['you', "you're", 'youre', 'ur', 'u', 'ya', 'yer', "you've"]);
const SELF = new Set(['i', "i'm", 'im', 'me', 'myself', "i've"]);
const NEGATION = new Set(['not', 'never', "n't", 'no', 'nobody', 'hardly', "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't"]);
/** Emoji that insult whoever they are aimed at (CLDR: clown face, snake, pile of poo, pig face, middle finger, rat). */
const INSULT_EMOJI = /\u{1F921}|\u{1F40D}|\u{1F4A9}|\u{1F437}|\u{1F595}|\u{1F400}/gu;
/** Disgust and mocking laughter (CLDR: nauseated face, face vomiting, rolling on the floor laughing, tears of joy). */
const DISGUST_EMOJI = /\u{1F922}|\u{1F92E}/u;
const LAUGH_EMOJI = /\u{1F602}|\u{1F923}/u;
/** Body size and hygiene, said of people in care: mockery of their bodies. */
const BODY =
  /^(?:\d+-?stone|\d+st|obese|morbidly|fatty|fatties|whale|whales|hippo|landwhale|stench|stinks?|stinking|smelly|sweat|sweaty|unwashed|showers?|deodorant|soap|hygiene|wash|washed|bo|minging|crusty|toothless|gummy)$/;
/** The body words that are nouns, which can modify another noun ("hygiene appointments", "soap dispenser"). */
const BODY_NOUNS = new Set(['shower', 'showers', 'deodorant', 'soap', 'hygiene', 'wash']);
/** Phrases of contempt for the people cared for, as words in order. */
const CONTEMPT: string[][] = [
  ['natural', 'selection'],
  ['darwin', 'award'],
  ['waste', 'of', 'a', 'bed'],
  ['waste', 'of', 'an', 'ambulance'],
  ['bed', 'blocker'],
  ['bed', 'blockers'],
  ['frequent', 'flyer'],
  ['frequent', 'flyers'],
  ['time', 'waster'],
  ['time', 'wasters'],
  ['timewasters'],
  ['from', 'hell'],
  ['not', 'worth', 'saving'],
];
/** Everyone of a group, in apposition after what is said of them: "thick, the lot of them". */
const ALL_OF_THEM: string[][] = [
  'the lot of them',
  'the lot of em',
  'the whole lot of them',
  'the whole lot',
  'the lot',
  'all of them',
  'all of em',
  'every one of them',
  'every last one of them',
  'every single one of them',
  'each and every one of them',
  'both of them',
  'the pair of them',
  'the pair of em',
].map((x) => x.split(' '));
const ALL_OF_THEM_INDEX = WordPhrases.of(ALL_OF_THEM);
/** An attacks.yaml list of phrases as words ("ends up in a&e" -> ends, up, in, a, e), indexed on first use. */
function attackPhrases(list: 'insultPhrases' | 'mishaps'): () => WordPhrases {
  let index: WordPhrases | undefined;
  return () =>
    (index ??= WordPhrases.of(
      loadData<Record<typeof list, string[]>>('attacks.yaml')[list].map((p) =>
        p
          .toLowerCase()
          .split(/[^a-z0-9'*-]+/)
          .filter(Boolean),
      ),
    ));
}
const insultPhrases = attackPhrases('insultPhrases');
const mishaps = attackPhrases('mishaps');
/** Set phrases that name people with contempt ("the dregs of society"). */
const insultPhraseAt = (ws: readonly Word[], i: number) => insultPhrases().phraseAt(ws, i);
/** Mishaps wished on someone ("slips on the wet floor", "ends up on a trolley"). */
const mishapAt = (ws: readonly Word[], i: number) => mishaps().phraseAt(ws, i);
/** The wishes a mishap is harm after: not "should" or "needs" ("residents who should fall less"). */
const HOPE_WORDS = new Set(['hope', 'hoping', 'hopes', 'wish', 'wishing', 'pray', 'praying', 'deserve', 'deserves']);
const IDIOM_AFTER = /^(?:of|himself|herself|themselves|themself|ourselves|yourself|yourselves|myself)$/;
/** Words that make a wished mishap a kind one: "hope nobody slips", "fewer residents fall over". */
const SPARED = new Set(['none', 'nothing', 'nobody', 'fewer', 'less', 'stop', 'stops', 'prevent', 'prevents', 'avoid', 'without', 'safe']);
/** "treated like the dregs of society", "made to feel like": how others regard them, not the author's word. */
const REGARDED = new Set([
  'treated',
  'treat',
  'treats',
  'treating',
  'seen',
  'viewed',
  'regarded',
  'feel',
  'feels',
  'felt',
  'dismissed',
  'written',
]);
const PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'to', 'by', 'for', 'with', 'into', 'onto', 'near']);
/** Exposure: getting others to single people out. */
const EXPOSE: string[][] = [
  ['screenshot', 'their'],
  ['screenshot', 'his'],
  ['screenshot', 'her'],
  ['everyone', 'knows', 'who'],
  ['name', 'and', 'shame'],
  ['share', 'their', 'faces'],
  ['spread', 'the', 'word', 'about'],
];
// Harm wished, in any words: a wish or a "should" (the frame), then harm to the body (the act),
// said of someone in view, with no negation between ("hope he doesn't suffer" is kind).
const WISH = new Set([
  'should',
  'deserve',
  'deserves',
  'hope',
  'hoping',
  'wish',
  'happily',
  'ought',
  'needs',
  'love',
  'want',
  'wanna',
  'gonna',
]);
const HARM_ACTS: string[][] = [
  'die',
  'dies',
  'rot',
  'rots',
  'suffer',
  'suffers',
  'shot',
  'hanged',
  'stabbed',
  'punched',
  'slapped',
  'killed',
  'kill',
  'strangled',
  'strangle',
  'drown',
  'drowned',
  'glassed',
  'lynched',
  'battered',
  'kicked in',
  'drop dead',
  'hit by a bus',
  'run * over',
  'run over',
  'push * down',
  'push * * down',
  'punch',
  'slap',
  'stab',
  'thump',
  'smack',
  'batter',
  'hang',
].map((x) => x.split(' '));
const CARE_AFTER = new Set(['with', 'peacefully', 'comfortably', 'at', 'in', 'well', 'where', 'surrounded', 'pain-free', 'free']);
const HARM_INDEX = WordPhrases.of(HARM_ACTS);
const harmAt = (ws: Word[], i: number) => HARM_INDEX.phraseAt(ws, i);
const DISCIPLINE =
  /^(?:suspended|sacked|struck|fired|dismissed|disciplinary|disciplined|investigation|misconduct|referred|sanctioned|demoted)$/;
const GLOAT: string[][] = [
  ['finally'],
  ['saw', 'it', 'coming'],
  ['about', 'time'],
  ['karma'],
  ['good', 'riddance'],
  ['deserved', 'it'],
  ['had', 'it', 'coming'],
  ['serves', 'them', 'right'],
  ['serves', 'him', 'right'],
  ['serves', 'her', 'right'],
];
/** A title or qualification in quotation marks, mocked: "Dr" Callum, "nurse", "specialist". */
const SNEER_TITLES = new Set([
  'dr',
  'doctor',
  'nurse',
  'specialist',
  'consultant',
  'qualified',
  'training',
  'professional',
  'manager',
  'leader',
  'expert',
  'clinician',
]);
const QUOTE_MARKS = /^["“”‘’']$/;

const lowerOf = (w: Word) => w.key;
const CONTEMPT_INDEX = WordPhrases.of(CONTEMPT);
const EXPOSE_INDEX = WordPhrases.of(EXPOSE);
const GLOAT_INDEX = WordPhrases.of(GLOAT);

// A word with masking characters or digits among its letters ("t*ssers", "tr@nny", "r3tard"):
// the run of letters, digits and * # $ @ ! + around each masking character or digit, starting
// with a letter. A hand scan, not /\p{L}[\p{L}\p{N}*#$@!+]*/u: V8 takes milliseconds to
// compile an expression with Unicode property classes, in every run (the same runs as that
// expression, kept when they hold a mask or a digit and are not letters then digits, "A390").
const isMaskChar = (cp: number) => cp === 0x2a || cp === 0x23 || cp === 0x24 || cp === 0x40 || cp === 0x21 || cp === 0x2b;
const isDigit = (cp: number) => cp >= 0x30 && cp <= 0x39;
const isRunChar = (cp: number) => isLN(cp) || isMaskChar(cp);

// Where the next masking character or digit is, found by expression: most characters are neither.
const MASK_OR_DIGIT = /[*#$@!+0-9]/g;

/** Masked words in a range, read from the source (Markdown may take "*" for emphasis), in prose only. */
export function maskedWords(draft: Draft, [from, to]: [number, number]): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const text = draft.source;
  const next = MASK_OR_DIGIT;
  next.lastIndex = from;
  for (let m = next.exec(text); m && m.index < to; m = next.exec(text)) {
    const p = m.index;
    let start = runBack(text, p, from, isRunChar);
    const end = run(text, p, to, isRunChar);
    next.lastIndex = end + 1;
    // The word starts at its first letter ("2x" is a number, "#tag" a hashtag's mark).
    while (start < end && !isL(text.codePointAt(start)!)) start++;
    let stop = end;
    while (stop > start && text.charCodeAt(stop - 1) === 0x21) stop--;
    const length = stop - start;
    // Masked words are short: a long run ("f*f*f*...") is none.
    if (length < 3 || length > 40 || draft.prose[start] !== text[start]) continue;
    const word = text.slice(start, stop);
    if (!hasMask(word) || lettersThenDigits(word)) continue;
    out.push({ start, end: stop, text: word });
  }
  return out;
}

/** The masked words of the draft's body (offensive-language and the test below both read them). */
export const bodyMaskedWords = perDraft((draft: Draft) => maskedWords(draft, [draft.bodyStart, draft.source.length]));

function hasMask(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isMaskChar(c) || isDigit(c)) return true;
  }
  return false;
}

/** "A390", "B12": a code or a road, not a masked word. */
function lettersThenDigits(word: string): boolean {
  let i = 0;
  while (i < word.length && !isDigit(word.charCodeAt(i)) && !isMaskChar(word.charCodeAt(i))) i++;
  if (i === 0) return false;
  for (let k = i; k < word.length; k++) if (!isDigit(word.charCodeAt(k))) return false;
  return true;
}

const DEHUMANISING = new Set([
  'parasites',
  'parasite',
  'leeches',
  'leech',
  'vermin',
  'cockroaches',
  'rats',
  'bloodsuckers',
  'animals',
  'pigs',
  'scum',
]);

/**
 * "First pair of specs chosen (dinosaurs obviously)": a word that opens a parenthesis after a
 * thing or a choice made describes the thing (its pattern, its theme), not anyone.
 */
function themeAside(prose: string, start: number): boolean {
  const before = /(\p{L}+)\s*\(\s*$/u.exec(prose.slice(Math.max(0, start - 40), start));
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  return /(?:ed|en)$/.test(word) || isThingNoun(word);
}

/** A word that is evidence whatever its neighbours: an insult, an animal, a body remark, discipline, strong initials, a slur. */
const evidenceWord = (lw: string): boolean =>
  !!insultNoun(lw) ||
  isInsultAdjective(lw) ||
  !!animalNoun(lw) ||
  lw === 'waste' ||
  BODY.test(lw) ||
  DISCIPLINE.test(lw) ||
  acronymOf(lw)?.strength === 'strong' ||
  profanityOf(lw)?.strength === 'slur';

const EVIDENCE = 1;
const SNEER = 2;
const STARTS_PHRASE = 4;
/**
 * What a word may be for mayHoldEvidence, as bits, by one look-up per word (seven look-ups a
 * word before: the test below reads every word of every draft).
 */
const wordBits = memoWords(
  (lw: string): number =>
    (evidenceWord(lw) ? EVIDENCE : 0) |
    (SNEER_TITLES.has(lw) ? SNEER : 0) |
    (CONTEMPT_INDEX.startsWith(lw) ||
    EXPOSE_INDEX.startsWith(lw) ||
    HARM_INDEX.startsWith(lw) ||
    insultPhrases().startsWith(lw) ||
    mishaps().startsWith(lw)
      ? STARTS_PHRASE
      : 0),
);

const offensiveTerms = lexicon('offensive.yaml');
/**
 * The word is part of a phrase that holds an insult or a slur without being one ("taking the
 * mickey", "spastic diplegia", "fag break"): offensive.yaml's idioms and notObscene.
 */
function inIdiom(prose: string, [start, end]: [number, number]): boolean {
  const from = Math.max(0, start - 20);
  const to = Math.min(prose.length, end + 20);
  const covers = (m: { start: number; end: number }) => m.start <= start && m.end >= end;
  return (
    allMatches(offensiveTerms('idioms'), prose, from, to).some(covers) ||
    allMatches(offensiveTerms('notObscene'), prose, from, to).some(covers)
  );
}

const ordinarySlur = (lw: string) => {
  const p = profanityOf(lw);
  return p?.strength === 'slur' && p.sureness === 1;
};

/** Whether any word could be evidence (the same tests as below, without the targets). */
function mayHoldEvidence(draft: Draft): boolean {
  const ws = draft.words;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const bits = wordBits(lowerOf(w));
    if (bits === 0) continue;
    if (bits & EVIDENCE) return true;
    if (bits & SNEER && QUOTE_MARKS.test(draft.prose[w.range[0] - 1] ?? '')) return true;
    if (
      bits & STARTS_PHRASE &&
      (CONTEMPT_INDEX.phraseAt(ws, i) || EXPOSE_INDEX.phraseAt(ws, i) || harmAt(ws, i) || insultPhraseAt(ws, i) || mishapAt(ws, i))
    )
      return true;
  }
  INSULT_EMOJI.lastIndex = 0;
  if (INSULT_EMOJI.test(draft.prose)) return true;
  return bodyMaskedWords(draft).some((m) => unmask(m.text));
}

/** "You are a ...", "you're such a ...": a sentence that says what the person spoken to is (not "you were right"). */
const YOU_ARE = /\byou(?:['’]re|\s+are|\s+were)\s+(?:a|an|such|so|the|utterly|absolutely|completely|proper|total|just)\b/i;
const VERDICT_VERBS = new Set(['does', "doesn't", 'doesn’t', 'doesnt', 'dont', 'is', "isn't", 'isn’t', 'isnt']);
const UNDERSTATED = new Set(['cover', 'covers', 'begin', 'describe', 'describes', 'understatement', 'word']);

/** An adjective standing as a verdict: the sentence's only word, or "X doesn't cover it", "X is an understatement". */
function verdictAfter(ws: readonly Word[], i: number): boolean {
  const rest = ws.slice(i + 1, i + 5).map(lowerOf);
  if (!rest.length) return true;
  return VERDICT_VERBS.has(rest[0]!) && rest.slice(1).some((x) => UNDERSTATED.has(x));
}

/** Evidence per sentence of the draft. */
export function attackEvidence(draft: Draft, named: () => Target[]): Evidence[][] {
  const { prose } = draft;
  const out: Evidence[][] = draft.sentences.map(() => []);
  // Who is in the draft is asked only when something could be evidence: most drafts have none.
  if (!mayHoldEvidence(draft)) return out;
  const targets = draft.targets;
  const paragraphTargets = new Map<number, Target[]>();
  const names = named();
  for (const t of [...targets.all, ...names]) {
    const p = draft.sentences[t.sentence]!.paragraph;
    paragraphTargets.set(p, [...(paragraphTargets.get(p) ?? []), t]);
  }
  const people = (t: Target) => t.kind !== 'protected';
  const namedHere = (w: Word) => {
    const m = /^\p{Lu}/u.test(w.text) ? draft.people.mentionAt(w.range[0]) : undefined;
    return m !== undefined && m.kind !== 'description' && m.kind !== 'handle';
  };

  for (let si = 0; si < draft.sentences.length; si++) {
    const s = draft.sentences[si]!;
    const ws = s.words;
    const here = [...targets.inSentence(si), ...names.filter((t) => t.sentence === si)].filter(people);
    const inParagraph = (paragraphTargets.get(s.paragraph) ?? []).filter(people);
    const ev = out[si]!;
    // A phrase said of them, whole: 'calls them "waste of a bed"'.
    // Where such phrases start, to not call them twice (a set: a run-on sentence can hold thousands).
    const called = new Set<number>();
    const callsThem = (from: number, end: number, target: Target | undefined) => {
      called.add(from);
      ev.push({ kind: 'insult', what: `calls them "${prose.slice(from, end)}"`, weight: 1, range: [from, end], target });
    };
    const said = (i: number): boolean => {
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        const lw = lowerOf(ws[k]!);
        if (NEGATION.has(lw) || lw.endsWith("n't")) return false;
      }
      if (aboutSelf(i)) return false;
      // "the consultation was a sham": after "is/are/was", the insult is said of the subject,
      // which must be a person (a target, a pronoun, a name), not a thing.
      for (let k = i - 1; k >= Math.max(1, i - 3); k--) if (COPULAS.has(lowerOf(ws[k]!)) && !personBefore(k)) return false;
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (FRAME.has(lowerOf(ws[k]!))) return true;
      // "clipboard merchants, the lot of you": the insult, then who it is said of.
      return saidAfter(i) || inVocative(i) || namesGroup(i) || saidOfAll(i);
    };
    // An animal is said of a person only by "is/are" after a person, "you", or "a pack of": "a very calm pony" is a pony.
    const saidOfPerson = (i: number) => {
      for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
        const lw = lowerOf(ws[k]!);
        if (NEGATION.has(lw) || lw.endsWith("n't")) return false;
        if ((COPULAS.has(lw) && k > 0 && personBefore(k)) || YOU_WORDS.has(lw)) return true;
        if (lw === 'of' && k > 0 && COLLECTIVE_OF.has(lowerOf(ws[k - 1]!))) return true;
      }
      return false;
    };
    // "eejits in management", "clowns at the ICB": the insult names the people after it.
    const namesGroup = (i: number) =>
      PLACE_WORDS.has(lowerOf(ws[i + 1] ?? ws[i]!)) &&
      here.some((t) => ws[i + 2] && t.range[0] >= ws[i + 2]!.range[0] && t.range[0] <= (ws[i + 3] ?? ws[i + 2]!).range[1]);
    // "These Muslims are vermin": hostility to a protected group is offensive-language's to report.
    // The last target listed that ends before the word: walked forward with the word (the loop's
    // order), by the targets sorted by where they end, once (a run-on sentence holds thousands).
    const listed = targets.inSentence(si);
    let byEnd: number[] | undefined;
    let walked = { to: -1, next: 0, last: -1 };
    const ofProtectedGroup = (i: number) => {
      const to = ws[i]!.range[0];
      byEnd ??= listed.map((_, k) => k).sort((a, b) => listed[a]!.range[1] - listed[b]!.range[1]);
      if (to < walked.to) walked = { to: -1, next: 0, last: -1 };
      while (walked.next < byEnd.length && listed[byEnd[walked.next]!]!.range[1] <= to)
        walked.last = Math.max(walked.last, byEnd[walked.next++]!);
      walked.to = to;
      return walked.last >= 0 && listed[walked.last]!.kind === 'protected';
    };
    // "the entitled lot who ring 999 for a stubbed toe are ...": people the sentence opens on,
    // described by what they do, are the subject of its first "is/are" after them.
    // Found once per sentence, when first asked: the opener, and the first "is/are" (or reporting
    // verb) after its "who" ("who ... said the system is ..." has a subject of its own).
    let opening: { opener: Target; verb: number } | null | undefined;
    const openerSubject = (k: number): Target | undefined => {
      if (opening === undefined) {
        opening = null;
        const opener = here.find((t) => t.kind !== 'protected' && t.range[0] <= (ws[Math.min(3, ws.length - 1)] ?? ws[0]!).range[0]);
        const next = opener ? ws.findIndex((x) => x.range[0] >= opener.range[1]) : -1;
        if (opener && next >= 0 && ['who', 'that', 'whose'].includes(lowerOf(ws[next]!))) {
          let verb = next + 1;
          while (verb < ws.length && !COPULAS.has(lowerOf(ws[verb]!)) && !REPORTING.has(lowerOf(ws[verb]!))) verb++;
          if (verb < ws.length && COPULAS.has(lowerOf(ws[verb]!)) && !OWN_SUBJECT.has(lowerOf(ws[verb - 1]!))) opening = { opener, verb };
        }
      }
      return opening && opening.verb === k ? opening.opener : undefined;
    };
    const personBefore = (k: number) => {
      const subject = ws[k - 1]!;
      const ls = lowerOf(subject);
      // "Whoever wrote this letter is a moron": the subject is whoever did it.
      if (ws.slice(0, k).some((x) => WHOEVER.has(lowerOf(x)))) return true;
      if (openerSubject(k)) return true;
      // "the families on this unit are ...": the subject, then where they are.
      for (let j = k - 2; j >= Math.max(1, k - 5); j--)
        if (PREPOSITIONS.has(lowerOf(ws[j]!)) && here.some((t) => t.range[1] === ws[j - 1]!.range[1])) return true;
      return (
        here.some((t) => t.range[1] === subject.range[1]) ||
        YOU_WORDS.has(ls) ||
        SUBJECT_PRONOUNS.has(ls) ||
        /^\p{Lu}/u.test(subject.text) ||
        subject.kind === 'mention'
      );
    };
    // "I am such an idiot", "I'm a total muppet": said of the author, up to five words back.
    // Where the sentence's targets (not descriptions) end: a set, made when first asked.
    let targetEnds: Set<number> | undefined;
    const aboutSelf = (i: number) => {
      targetEnds ??= new Set(here.filter((t) => t.kind !== 'described').map((t) => t.range[1]));
      for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
        const lw = lowerOf(ws[k]!);
        if (SELF.has(lw)) return true;
        if (YOU_WORDS.has(lw) || targetEnds.has(ws[k]!.range[1])) return false;
      }
      return false;
    };
    // "clueless, the lot of you": the insult, then who it is said of.
    const saidAfter = (i: number) =>
      here.some((t) => (t.kind === 'all-of-you' || t.kind === 'you') && t.range[0] >= ws[i]!.range[1] && t.range[0] - ws[i]!.range[1] < 12);
    // People the sentence is about, not where it happens ("in outpatients") or a machine a
    // person noun also names ("the label printers").
    const namesPeople = (t: Target) => {
      if (t.kind !== 'group' && !(t.kind === 'described' && t.plural)) return false;
      if (t.head && isThingNoun(t.head)) return false;
      // The word before the noun that heads it ("the new plinths in outpatients": "in").
      const words = prose.slice(Math.max(0, t.range[1] - 40), t.range[1]).split(/\s+/);
      return words.length < 2 || !PREPOSITIONS.has(words[words.length - 2]!.toLowerCase());
    };
    // "thick as mince, the lot of them": the insult, a break, then all of a group named before it
    // (people in view earlier in the sentence or paragraph, not things: "the printers are useless").
    // The groups of people of this sentence and the one before ("Agency pharmacists again.
    // Useless, every one of them."), by where they end: found once, when an apposition turns up.
    let groupsBefore: Target[] | undefined;
    const groupEndingBefore = (to: number): Target | undefined => {
      if (!groupsBefore) {
        const prev = si > 0 && draft.sentences[si - 1]!.paragraph === s.paragraph ? targets.inSentence(si - 1) : [];
        groupsBefore = [...prev, ...here].filter(namesPeople).sort((a, b) => a.range[1] - b.range[1]);
      }
      let [lo, hi] = [0, groupsBefore.length];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (groupsBefore[mid]!.range[1] <= to) lo = mid + 1;
        else hi = mid;
      }
      // Within the clause or two before it (a long run-on "sentence" holds thousands of targets).
      const t = groupsBefore[lo - 1];
      return t && t.range[1] >= to - 200 ? t : undefined;
    };
    // The first target (meeting `test`) that lies within [from, to]: the sentence's targets sorted
    // by where they start, once, when asked (a run-on sentence can hold thousands).
    let hereByStart: Target[] | undefined;
    const targetBetween = (from: number, to: number, test: (t: Target) => boolean): Target | undefined => {
      hereByStart ??= [...here].sort((a, b) => a.range[0] - b.range[0]);
      let [lo, hi] = [0, hereByStart.length];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (hereByStart[mid]!.range[0] < from) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < hereByStart.length && hereByStart[k]!.range[0] < to; k++)
        if (hereByStart[k]!.range[1] <= to && test(hereByStart[k]!)) return hereByStart[k];
      return undefined;
    };
    const allOf = new Map<number, Target | undefined>();
    const allOfGroup = (i: number): Target | undefined => {
      if (allOf.has(i)) return allOf.get(i);
      let found: Target | undefined;
      for (let k = i + 1; k <= Math.min(ws.length - 1, i + 4); k++) {
        const gap = prose.slice(ws[k - 1]!.range[1], ws[k]!.range[0]);
        if (/[.!?;]/.test(gap)) break;
        if (/[,–—-]/.test(gap) && ALL_OF_THEM_INDEX.phraseAt(ws, k)) {
          found = groupEndingBefore(ws[i]!.range[0]);
          break;
        }
      }
      allOf.set(i, found);
      return found;
    };
    const saidOfAll = (i: number) => !!allOfGroup(i);
    // "oi numpty in the blue audi": the insult is how they are spoken to.
    const inVocative = (i: number) =>
      here.some((t) => t.kind === 'vocative' && t.range[0] < ws[i]!.range[0] && ws[i]!.range[1] <= t.range[1]);
    // Someone else's words, quoted ("we were called ..."), are not the author's attack.
    const quoted = (i: number) =>
      draft.quotes.some((q) => q.kind === 'quotation' && q.inner[0] <= ws[i]!.range[0] && ws[i]!.range[1] <= q.inner[1]);
    const aimed = (i: number): Target | undefined =>
      here.find((t) => !(t.range[0] <= ws[i]!.range[0] && ws[i]!.range[1] <= t.range[1]) || t.kind === 'described') ?? here[0];

    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      const lw = lowerOf(w);
      // Insult nouns, said of someone.
      // "the dinosaur sticker": an insult word before a thing it modifies is not said of anyone.
      // An ordinary word that is also a slur ("queer staff network") is an insult only in a person's frame.
      const noun =
        insultNoun(lw) &&
        !modifiesThing(prose, w.range[1]) &&
        // "the inflammation creeps downwards": a thing's verb, not a name for people.
        !verbOfThing(prose, w.range[0], w.range[1]) &&
        !inIdiom(prose, w.range) &&
        !namesShop(prose, w.range[0], w.range[1]) &&
        !themeAside(prose, w.range[0]) &&
        (!ordinarySlur(lw) || slurSaidOfPerson(ws.slice(Math.max(0, i - 4), i).map(lowerOf), prose, w.range[1]));
      if (noun && here.length && !quoted(i) && !ofProtectedGroup(i)) {
        const framed = said(i);
        const t = aimed(i);
        if (framed && t) ev.push({ kind: 'insult', what: `calls them "${w.text}"`, weight: 1, range: [w.range[0], w.range[1]], target: t });
        else if (t && !NEGATION.has(lowerOf(ws[i - 1] ?? w)) && !aboutSelf(i))
          ev.push({ kind: 'insult', what: `"${w.text}"`, weight: 0.6, range: [w.range[0], w.range[1]], target: t });
      }
      // "Gobshite of a consultant", "you absolute waste of a uniform": the insult, then the person.
      if (
        (noun || lw === 'waste') &&
        lowerOf(ws[i + 1] ?? w) === 'of' &&
        ['a', 'an'].includes(lowerOf(ws[i + 2] ?? w)) &&
        !quoted(i) &&
        !aboutSelf(i)
      ) {
        const person = here.find((t) => t.range[0] >= ws[i + 2]!.range[0] && t.range[0] <= ws[Math.min(ws.length - 1, i + 4)]!.range[1]);
        const spoken = ws.slice(Math.max(0, i - 2), i).some((x) => YOU_WORDS.has(lowerOf(x)));
        if (person || spoken)
          ev.push({
            kind: 'insult',
            what: `calls them "${prose.slice(w.range[0], ws[Math.min(ws.length - 1, i + 3)]!.range[1])}"`,
            weight: 1,
            range: [w.range[0], w.range[1]],
            target: person ?? here[0],
          });
      }
      // "X is the most pathetic waste of oxygen": "waste of" and what is wasted, said of a person
      // after "is/are/was" (the subject a person in view) or to "you".
      if (
        lw === 'waste' &&
        lowerOf(ws[i + 1] ?? w) === 'of' &&
        ws[i + 2] &&
        !quoted(i) &&
        !aboutSelf(i) &&
        !ev.some((e) => e.what.includes('waste'))
      ) {
        const back = ws.slice(Math.max(0, i - 6), i).map(lowerOf);
        const copula = ws.slice(0, i).findLastIndex((x, k) => k >= i - 6 && COPULAS.has(lowerOf(x)));
        // The subject is the person: right before the verb ("he is"), or a person the sentence
        // opens on with a clause about them ("the regular who rang 999 ... is"), not "Dr Shah said the audit was".
        const subject =
          copula > 0 && personBefore(copula)
            ? (openerSubject(copula) ?? here.find((t) => t.range[1] === ws[copula - 1]!.range[1]) ?? here[0])
            : undefined;
        // "is not a waste of time"; a "never" inside the clause about them ("who never answers") is no denial.
        const negated = (copula >= 0 ? ws.slice(copula, i).map(lowerOf) : back).some((x) => NEGATION.has(x) || x.endsWith("n't"));
        const spoken = back.slice(-3).some((x) => YOU_WORDS.has(x));
        if (!negated && (subject || spoken) && !ev.some((e) => e.kind === 'insult' && e.range[0] === w.range[0])) {
          const end = ws[Math.min(ws.length - 1, ['a', 'an'].includes(lowerOf(ws[i + 2]!)) ? i + 3 : i + 2)]!.range[1];
          callsThem(w.range[0], end, subject || here[0]);
        }
      }
      // "honestly the dregs of society", "they're the scum of the earth": a set phrase that names
      // people, said of a group named in this clause or the one before, or of the people in view.
      const phrase = insultPhraseAt(ws, i);
      if (phrase && !called.has(w.range[0]) && !quoted(i) && !aboutSelf(i)) {
        const back = ws.slice(Math.max(0, i - 4), i).map(lowerOf);
        const copula = ws.slice(0, i).findLastIndex((x, k) => k >= i - 3 && COPULAS.has(lowerOf(x)));
        const negated = back.some((x) => NEGATION.has(x) || x.endsWith("n't"));
        const target = groupEndingBefore(w.range[0]) ?? here[0];
        if (target && !negated && !back.some((x) => REGARDED.has(x)) && (copula < 1 || personBefore(copula)) && !ofProtectedGroup(i)) {
          callsThem(w.range[0], ws[i + phrase.length - 1]!.range[1], target);
        }
      }
      // Animals said of people: "the ward clerks are a pack of hyenas"; said straight to them
      // ("parasites, the lot of you", "oi rat in the blue van") it weighs as much as any insult.
      // A capitalised word that is someone's name ("Tom, you are a star") names them; it likens them to nothing.
      const animal = !noun && animalNoun(lw) && !modifiesThing(prose, w.range[1]) && !namedHere(w);
      // "parasites, the lot of you": the people named after it, past a comma or as "the lot of you" ("it's down to you" is none).
      const animalDirect =
        !!animal &&
        (inVocative(i) ||
          saidOfAll(i) ||
          here.some(
            (t) =>
              (t.kind === 'all-of-you' || t.kind === 'you') &&
              t.range[0] >= w.range[1] &&
              t.range[0] - w.range[1] < 12 &&
              (t.kind === 'all-of-you' || /^\s*[,–—-]/.test(prose.slice(w.range[1], t.range[0]))),
          ));
      if (
        animal &&
        here.length &&
        !quoted(i) &&
        !ofProtectedGroup(i) &&
        (animalDirect || saidOfPerson(i)) &&
        !ev.some((e) => e.what.startsWith('likens'))
      )
        ev.push({
          kind: 'insult',
          what: `likens them to "${w.text}"`,
          // "the families are parasites": the words that deny people are people weigh as much said of them as to them.
          weight: animalDirect || DEHUMANISING.has(lw) ? 1 : 0.7,
          range: [w.range[0], w.range[1]],
          target: allOfGroup(i) ?? aimed(i),
        });
      // Insult adjectives before a person noun or after a copula: "spineless clipboard merchants", "you're clueless".
      if (isInsultAdjective(lw) && here.length && !quoted(i)) {
        const next = ws.slice(i + 1, i + 3).some((x) => insultNoun(lowerOf(x)) || here.some((t) => t.range[1] === x.range[1]));
        const prev = ws.slice(Math.max(0, i - 3), i).map(lowerOf);
        const copula = prev.some((x) =>
          ['is', 'are', 'was', 'were', "'re", "you're", 'youre', 'so', 'such', 'proper', 'totally', 'utterly'].includes(x),
        );
        // Said straight to them ("you're a gutless ...", "clueless, the lot of you") weighs most.
        const direct = prev.some((x) => YOU_WORDS.has(x)) || saidAfter(i) || inVocative(i) || saidOfAll(i);
        const self = aboutSelf(i);
        const negated = prev.some((x) => NEGATION.has(x) || x.endsWith("n't"));
        if ((next || copula || direct) && !self && !negated)
          ev.push({
            kind: 'insult',
            what: `calls them "${w.text}"`,
            weight: direct ? 1 : next ? 0.7 : 0.8,
            range: [w.range[0], w.range[1]],
            target: allOfGroup(i) ?? aimed(i),
          });
      }
      // A verdict on the person just spoken to, opening its own sentence: "You are a walking
      // P45. Useless doesn't cover it." The sentence before says what "you" are.
      if (i === 0 && isInsultAdjective(lw) && !quoted(i) && verdictAfter(ws, i) && !ev.some((e) => e.range[0] === w.range[0])) {
        const before = si > 0 ? draft.sentences[si - 1]! : undefined;
        const spokenTo =
          before?.paragraph === s.paragraph
            ? targets.inSentence(si - 1).find((t) => t.kind === 'you' || t.kind === 'all-of-you')
            : undefined;
        if (spokenTo && YOU_ARE.test(prose.slice(before!.range[0], before!.range[1])))
          ev.push({ kind: 'insult', what: `calls them "${w.text}"`, weight: 1, range: [w.range[0], w.range[1]], target: spokenTo });
      }
      // Profanity hurled at the reader: "TTFO" in an open letter.
      const acronym = acronymOf(lw);
      if (acronym?.strength === 'strong' && (targets.addressed || here.some((t) => t.kind === 'vocative' || t.kind === 'you')))
        ev.push({ kind: 'insult', what: `tells them "${w.text}"`, weight: 1, range: [w.range[0], w.range[1]], target: here[0] });
      // A slur with a person in view is aimed at them.
      // An ordinary word that is also a slur ("fairy", "nip") counts only in a person's frame.
      const slur = profanityOf(lw);
      const slurHere =
        slur?.strength === 'slur' &&
        !inIdiom(prose, w.range) &&
        (slur.sureness === 2 || slurSaidOfPerson(ws.slice(Math.max(0, i - 4), i).map(lowerOf), prose, w.range[1]));
      if (slurHere && inParagraph.length)
        ev.push({ kind: 'insult', what: 'uses a slur about them', weight: 1, range: [w.range[0], w.range[1]], target: inParagraph[0] });
      // Contempt for the people cared for.
      const contempt = CONTEMPT_INDEX.phraseAt(ws, i);
      if (contempt) {
        const cared = inParagraph.find((t) => t.cared) ?? inParagraph[0];
        const end = ws[i + contempt.length - 1]!.range[1];
        ev.push({
          kind: 'contempt',
          what: `"${prose.slice(w.range[0], end)}"`,
          weight: cared?.cared ? 1 : 0.5,
          range: [w.range[0], end],
          target: cared,
        });
      }
      // "hygiene appointments", "shower chair": the word names a service or a product, not a body.
      if (BODY.test(lw) && inParagraph.some((t) => t.cared) && !(BODY_NOUNS.has(lw) && modifiesNoun(prose, w.range[1])))
        ev.push({
          kind: 'contempt',
          what: `remarks on their bodies ("${w.text}")`,
          weight: 0.5,
          range: [w.range[0], w.range[1]],
          target: inParagraph.find((t) => t.cared),
        });
      const expose = EXPOSE_INDEX.phraseAt(ws, i);
      if (expose && inParagraph.length) {
        const end = ws[i + expose.length - 1]!.range[1];
        ev.push({
          kind: 'exposure',
          what: `"${prose.slice(w.range[0], end)}"`,
          weight: 1,
          range: [w.range[0], end],
          target: inParagraph[0],
        });
      }
      if (DISCIPLINE.test(lw)) {
        const gloat = draft.sentences
          .filter((x) => x.paragraph === s.paragraph)
          .flatMap((x) => x.words.map((_, k) => GLOAT_INDEX.phraseAt(x.words, k)).filter(Boolean));
        const colleague = inParagraph.find((t) => t.kind === 'named' || t.kind === 'described');
        if (gloat.length && colleague)
          ev.push({
            kind: 'gloat',
            what: `"${gloat[0]!.join(' ')}" about "${w.text}"`,
            weight: 1,
            range: [s.range[0], s.range[1]],
            target: colleague,
          });
      }
      // A mishap wished on someone: "hope whoever signed off the cuts slips on the wet floor".
      const mishap = !harmAt(ws, i) && mishapAt(ws, i);
      // "get sick of hearing about it", "falls over herself to help": idioms, no one hurt.
      const idiom = mishap && IDIOM_AFTER.test(lowerOf(ws[i + mishap.length] ?? w));
      if (mishap && !idiom && here.length && !quoted(i) && !aboutSelf(i)) {
        const from = Math.max(0, i - 25);
        const frame = ws.slice(from, i).findLastIndex((x) => HOPE_WORDS.has(lowerOf(x)));
        const between = frame >= 0 ? ws.slice(from + frame + 1, i) : [];
        const spared = between.some((x) => {
          const lx = lowerOf(x);
          return NEGATION.has(lx) || lx.endsWith("n't") || SPARED.has(lx);
        });
        // The person is the subject, between the wish and the mishap: "whoever ...", "that locum", "you".
        const whoever = between.length > 0 && WHOEVER.has(lowerOf(between[0]!));
        const subject =
          frame >= 0 && !spared
            ? (targetBetween(between[0]?.range[0] ?? w.range[0], w.range[0], (t) => t.kind !== 'protected' && (whoever || !t.cared)) ??
              (whoever ? here[0] : undefined))
            : undefined;
        if (subject && !NEGATION.has(lowerOf(ws[from + frame - 1] ?? w))) {
          const end = ws[i + mishap.length - 1]!.range[1];
          const wish = ws[from + frame]!;
          // "hope whoever … slips on": the wish and the mishap, when the words between are many.
          const said = prose.slice(wish.range[0], end).replace(/\s+/g, ' ');
          const what = said.length <= 50 ? said : `${wish.text} … ${prose.slice(w.range[0], end).replace(/\s+/g, ' ')}`;
          ev.push({ kind: 'harm', what, weight: 1, range: [wish.range[0], end], target: subject });
        }
      }
      // Harm wished: "someone should run them over", "deserves to suffer", "hope you rot".
      const act = harmAt(ws, i);
      if (act) {
        const before = ws.slice(Math.max(0, i - 8), i).map(lowerOf);
        const frame = before.findLastIndex((x) => WISH.has(x));
        const between = frame >= 0 ? before.slice(frame + 1) : [];
        const negated = between.some((x) => NEGATION.has(x) || x.endsWith("n't")) || (frame >= 0 && NEGATION.has(before[frame - 1] ?? ''));
        const person = here.find((t) => t.kind !== 'protected');
        // "Every patient should die with dignity, at home, in peace": palliative care, not harm.
        const cared = ['die', 'dies'].includes(act[0]!) && CARE_AFTER.has(lowerOf(ws[i + 1] ?? ws[i]!));
        if (frame >= 0 && !negated && !cared && person && !aboutSelf(i)) {
          const end = ws[i + act.length - 1]!.range[1];
          const from = ws[i - (before.length - frame)]!.range[0];
          ev.push({
            kind: 'harm',
            what: prose.slice(from, end).replace(/\s+/g, ' ').slice(0, 50),
            weight: 1,
            range: [from, end],
            target: person,
          });
        }
      }
      // A title in sneer quotes before a name: "Dr" Callum.
      if (SNEER_TITLES.has(lw) && QUOTE_MARKS.test(prose[w.range[0] - 1] ?? '') && QUOTE_MARKS.test(prose[w.range[1]] ?? '')) {
        const nextWord = ws[i + 1];
        const beforeName = nextWord && /^\p{Lu}/u.test(nextWord.text) && nextWord.range[0] - w.range[1] <= 2;
        ev.push({
          kind: 'insult',
          what: `mocks their title ("${w.text}")`,
          weight: beforeName ? 1 : 0.3,
          range: [w.range[0] - 1, w.range[1] + 1],
          target: here[0],
        });
      }
    }
    // Masked words: "such t*ssers" (an insult said of someone), "a tr@nny" (a slur).
    for (const m of maskedWords(draft, s.range)) {
      const word = unmask(m.text);
      if (!word || draft.quotes.some((q) => q.kind === 'quotation' && q.inner[0] <= m.start && m.end <= q.inner[1])) continue;
      const after = ws.findIndex((x) => x.range[0] >= m.end);
      const framed = ws
        .slice(Math.max(0, (after < 0 ? ws.length : after) - 4), after < 0 ? ws.length : after)
        .some((x) => x.range[1] <= m.start && FRAME.has(lowerOf(x)));
      if (word.strength === 'slur' && inParagraph.length)
        ev.push({ kind: 'insult', what: 'uses a slur about them', weight: 1, range: [m.start, m.end], target: inParagraph[0] });
      else if (insultNoun(word.word) && here.length && framed)
        ev.push({ kind: 'insult', what: 'calls them a masked insult', weight: 1, range: [m.start, m.end], target: here[0] });
    }
    // Insulting emoji with people in view: "management ... 🤡🤡".
    const emoji = [...s.text.matchAll(INSULT_EMOJI)];
    if (emoji.length && here.length) {
      const at = s.range[0] + emoji[0]!.index!;
      ev.push({
        kind: 'insult',
        what: 'an insulting emoji',
        weight: emoji.length > 1 ? 0.6 : 0.4,
        range: [at, at + emoji[0]![0].length],
        target: here[0],
      });
    }
    if (
      inParagraph.some((t) => t.cared) &&
      (DISGUST_EMOJI.test(s.text) || LAUGH_EMOJI.test(s.text)) &&
      ev.some((e) => e.kind === 'contempt')
    )
      ev.push({ kind: 'contempt', what: 'a mocking emoji', weight: 0.4, range: s.range, target: inParagraph.find((t) => t.cared) });
  }
  return out;
}

/** Trades whose shop is named by the trade ("from the butchers", "at the butcher's"): a place, not a name for anyone. */
const SHOP_TRADES = new Set(['butchers', "butcher's", 'butcher’s']);
const TO_THE_SHOP = /(?:^|[^A-Za-z])(?:from|at|to|outside|near|down|behind|opposite|by)\s+the\s+$/i;
/** The word at prose[start, end) names a trade's shop after "from the", "at the" ... */
export function namesShop(prose: string, start: number, end: number): boolean {
  return SHOP_TRADES.has(prose.slice(start, end).toLowerCase()) && TO_THE_SHOP.test(prose.slice(Math.max(0, start - 16), start));
}
