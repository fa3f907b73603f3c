import { loadData } from '../../shared/data.js';
import { isAllUpper, isAllUpperStart, isOneLetter, startsLower, startsUpper, withoutPossessive } from '../../shared/letters.js';
import { AMBIGUOUS, findNamesIn, firstNameFlags, isCapitalised, notNameWords, ROLE_TITLES, type FoundName } from '../../shared/names.js';
import { ANIMAL, classOf, PLACE, wordClass } from './vocabulary.js';
import type { Draft, Quote, Range, Sentence, Word } from '../types.js';
import { looseWord } from '../words.js';
import { isThingNoun } from '../thing-nouns.js';
import { namesLearning } from '../../shared/learning.js';
import type { Mention, People, Person, PersonRole, RoleEvidence } from './types.js';
import {
  after,
  AGENT_VERBS,
  before,
  bigram,
  bitsOf,
  DETERMINERS,
  ENCOUNTER_VERBS,
  handleWords,
  headBefore,
  isBody,
  isCare,
  isHealthJob,
  isOccupation,
  isPersonNoun,
  isRelation,
  opensPhraseHere,
  IS_AGE_WORD,
  IS_DETERMINER,
  IS_MODIFIER,
  IS_PERSONAL_PRONOUN,
  IS_POSSESSIVE_PRONOUN,
  IS_RECIPIENT_VERB,
  IS_ROTA,
  IS_SINCE,
  IS_SUBJECT_PRONOUN,
  MODIFIERS,
  PATIENT_NOUNS,
  PERSONAL_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  RECIPIENT_VERBS,
  sameClause,
  TEAM_WORDS,
} from './words.js';

/** What the people layer reads of a draft (everything but the people themselves). */
export type DraftText = Omit<Draft, 'people'>;

const CLINICAL_TITLES = new Set(['dr', 'doctor', 'prof', 'professor', 'sister', 'nurse', 'matron']);
const PUBLIC_TITLES = new Set(['cllr', 'sir', 'dame', 'lord', 'rev', 'revd']);
/** An elected office after a name: MP, MSP, MLA, MEP (not MS or AM: a condition, a time). Capitals only, as written. */
const POST_NOMINAL_OFFICE = /^,?\s(?:MP|MSP|MLA|MEP)(?![A-Za-z0-9])/;
/** Words after a name that make it the name of a place or body, not a person ("Marie Curie Hospice"). */
const ORG_HEADS = new Set(
  'foundation trust hospice house award awards fund centre center ltd limited plc group dental pharmacy clinic practice surgery hospital ward unit school college university academy street st road rd lane avenue way close appeal memorial cup prize lecture building wing suite institute society charity nursing homes court lodge grange mews priory hall gardens park arena stadium cafe arms inn scholarship bursary library fellowship programme research medical healthcare care shop shops store boutique salon supplies supply supplier suppliers products labs laboratory laboratories wholesale distribution services solutions'.split(
    ' ',
  ),
);
/** Trades a firm is named by after its owner's name ("Dave Barker Joinery"): nouns, never a verb after a name. */
const TRADES = set(
  'joinery joiners carpentry plumbing plumbers roofing roofers plastering glazing scaffolding electrical electricals electricians builders decorators landscapes motors haulage removals bakery butchers florists opticians optometrists cleaners carpets flooring',
);
/** Prepositions of place: a name after one that ends in a building word is the building's ("at Willow Lodge"). */
const PLACE_BEFORE = set('at in into near outside inside');
/** Words before a name that make it an organisation's: "the charity Sue Ryder", "raised £500 for Marie Curie". */
const ORG_BEFORE = new Set(
  'charity charities sponsor sponsors supplier suppliers brand company firm aid support supporting donate donated donations donating'.split(
    ' ',
  ),
);
const FOR_ORG =
  /\b(?:raised|raising|fundraising|fundraiser|collected|collecting|walk(?:ed|ing)?|ran|running|run|cycl(?:ed|ing)|donat(?:ed|ing|ions?))\b[^.!?\n]{0,40}\b(?:for|to)\s+(?:the\s+)?$/i;
const FROM_WORKPLACE = set('reception front desk surgery office pharmacy practice lab admin ward team dispensary clinic theatre theatres');
const JOIN_VERBS = set('joins joined joining started starts');
const WELCOME = set('welcome welcoming congratulations congrats meet introducing');
/** What may stand before a name that signs a post off: a dash, a valediction. */
const SIGN_OFF_LEAD = /^[\s–—\-,]*(?:(?:love|from|best|cheers|regards|kind regards|best wishes|warmly|speak soon)\W*)?$/i;
const BE = set('is was has have had been as now also still');
const CONTACT_BEFORE =
  /(?:^|[^A-Za-z\u00C0-\u024F])(?:ask(?:ing)?\s+for|speak(?:ing)?\s+(?:to|with)|talk(?:ing)?\s+to|chat\s+with|call|ring|phone|email|e-mail|message|contact|book(?:ed)?\s+(?:in\s+)?with|(?:send|email|e-mail|post|give|hand)(?:\s+[A-Za-z\u00C0-\u024F'’]+){0,4}\s+to)\s+(?:(?:our|the)\s+)?(?:[A-Za-z\u00C0-\u024F'’]+\s+(?:or|and|&)\s+)?$/i;
const SELF_HERE = /^\s+here(?:\s*[,!–—-]|\s+(?:from|on)\s)/i;
const SELF_BEFORE = /(?:^|[^A-Za-z\u00C0-\u024F])(?:i['’]m|i am|i \(|my name['’]?s|my name is|it['’]s)\s*$/i;

const PRONOUNS = set('i you he she it we they me him her us them this that these those who what there here');

function set(s: string): Set<string> {
  return new Set(s.split(' '));
}

interface Lists {
  figures: string[];
  public: string[];
  media: string[];
  organisations: string[];
}
let lists:
  { figures: Set<string>; public: Set<string>; media: Set<string>; mediaFirsts: Set<string>; organisations: Set<string> } | undefined;
function publicLists() {
  if (!lists) {
    const data = loadData<Lists>('people-context.yaml');
    lists = {
      figures: new Set(data.figures.map((f) => f.toLowerCase())),
      // "professor" is a clinical title here, not a sign of a celebrity.
      public: new Set(data.public.map((f) => f.toLowerCase()).filter((f) => !/^prof/.test(f))),
      media: new Set(data.media.map((f) => f.toLowerCase())),
      // The first words of the media phrases ("world" of "world cup"): a word that is none opens none of them.
      mediaFirsts: new Set(
        data.media
          .map((f) => f.toLowerCase())
          .filter((f) => f.includes(' '))
          .map((f) => f.slice(0, f.indexOf(' '))),
      ),
      organisations: new Set(data.organisations.map((f) => f.toLowerCase())),
    };
  }
  return lists;
}

/** A sentence's mentions when it has none: one shared list (most sentences name no one). */
const NO_MENTIONS: Mention[] = Object.freeze([]) as unknown as Mention[];

/** The mentions of each sentence, in their order (lists not to be changed). */
function bySentenceOf(mentions: readonly Mention[], sentences: number): Mention[][] {
  const out: Mention[][] = [];
  for (let i = 0; i < sentences; i++) out.push(NO_MENTIONS);
  for (const m of mentions) {
    const list = out[m.sentence]!;
    if (list === NO_MENTIONS) out[m.sentence] = [m];
    else list.push(m);
  }
  return out;
}

class PeopleIndex implements People {
  constructor(
    readonly persons: Person[],
    readonly mentions: Mention[],
    private readonly bySentence: Mention[][],
    readonly foundNames: readonly FoundName[],
  ) {}
  patients(): Person[] {
    return this.persons.filter((p) => p.role === 'patient');
  }
  staff(): Person[] {
    return this.persons.filter((p) => p.role === 'staff');
  }
  mentionAt(offset: number): Mention | undefined {
    // Mentions do not overlap and are in order: a binary search.
    let lo = 0;
    let hi = this.mentions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = this.mentions[mid]!;
      if (offset < m.range[0]) hi = mid - 1;
      else if (offset >= m.range[1]) lo = mid + 1;
      else return m;
    }
    return undefined;
  }
  inSentence(i: number): readonly Mention[] {
    return this.bySentence[i] ?? NO_MENTIONS;
  }
}

/** Builds the people of a draft: call through draft.people, which builds it once. */
export function buildPeople(draft: DraftText, configuredStaff: readonly string[] = []): People {
  const configured = configuredStaff.map((s) => s.toLowerCase().split(/\s+/).filter(Boolean));
  const bounds = contentBounds(draft);
  const memo = new SentenceMemo(draft);
  // Configured staff are names wherever they appear, on the name list or not.
  const staffWords = new Set(configured.flat());
  // Where the names found only in lower case start: they are names only with evidence of their own.
  const lowerCase = new Set<number>();
  const foundNames = findNamesIn(
    draft,
    (si, wi) => staffWords.has(withoutPossessive(draft.sentences[si]!.words[wi]!.lower)) || apposedName(draft, si, wi),
  );
  const names = withLowerCaseNames(draft, foundNames, lowerCase);
  const mentions: Mention[] = [];
  const persons: Person[] = [];

  const newPerson = (named: boolean): Person => {
    const p: Person = { role: 'other', named, mentions: [], evidence: [], care: [] };
    persons.push(p);
    return p;
  };
  // Names: one person per name, joined by shared name words ("Priya Shah", "Priya", "Dr Shah").
  // Persons by each of their name words, and the distinct forms of each one's name, to join
  // mentions without comparing every pair (a post can repeat a name thousands of times).
  const byPart = new Map<string, Set<Person>>();
  const forms = new Map<Person, Map<string, string[]>>();
  for (const n of names) {
    const key = n.parts.join(' ');
    let person: Person | undefined;
    for (const part of n.parts)
      for (const p of byPart.get(part) ?? [])
        if (!person && [...forms.get(p)!.values()].some((f) => sameName(f, n.parts, n.kind))) person = p;
    person ??= newPerson(true);
    if (!forms.has(person)) forms.set(person, new Map());
    if (!forms.get(person)!.has(key) && forms.get(person)!.size < 8) forms.get(person)!.set(key, n.parts);
    for (const part of n.parts) {
      let set = byPart.get(part);
      if (!set) byPart.set(part, (set = new Set()));
      set.add(person);
    }
    const m: Mention = { kind: n.kind, range: [n.start, n.end], text: n.text, sentence: n.sentence, parts: n.parts, person };
    if (n.title) m.title = n.title;
    person.mentions.push(m);
    mentions.push(m);
    nameEvidence(draft, n, m, configured, bounds, memo);
    if (lowerCase.has(n.start)) person.evidence.push({ role: 'other', why: LOWER_CASE_NAME, range: m.range, weight: 0 });
  }
  // "Jo from Amelia Hartwell", "Priya from Brightside Dental": someone named with the firm they are from works there.
  names.forEach((n, j) => {
    const firm = names[j + 1];
    const byName =
      firm !== undefined &&
      firm.sentence === n.sentence &&
      FROM_FIRM.test(draft.prose.slice(n.end, firm.start)) &&
      // A firm by its founder's name ("Henry Schein"), not a street or a home named after someone ("Henry Street").
      mentions[j + 1]!.person.evidence.every(
        (e) => e.role !== 'organisation' || e.why === 'where someone is from' || e.why === NAMED_BODY,
      ) &&
      mentions[j + 1]!.person.evidence.some((e) => e.why === 'where someone is from');
    if (byName || firmAfter(draft.prose, draft.sentences[n.sentence]!, n.lastWord))
      mentions[j]!.person.evidence.push({ role: 'other', why: 'works for a firm', range: [n.start, n.end], weight: 2 });
  });
  // A role said of a list after its last name is every name's: back from the last, so it passes down the list.
  // (mentions holds one mention per name, in the names' order, until the handles are added.)
  for (let j = names.length - 2; j >= 0; j--) {
    const a = names[j]!;
    const b = names[j + 1]!;
    if (a.sentence !== b.sentence || b.start - a.end > 50 || !LIST_JOIN.test(draft.prose.slice(a.end, b.start))) continue;
    const team = mentions[j + 1]!.person.evidence.find((e) => e.why === TEAM_ROLE);
    if (team && mentions[j]!.person !== mentions[j + 1]!.person) mentions[j]!.person.evidence.push({ ...team });
  }
  // Handles.
  const byHandle = new Map<string, Person>();
  draft.sentences.forEach((s, si) => {
    for (const w of s.words) {
      if (w.kind !== 'mention') continue;
      const handle = w.lower;
      const person = byHandle.get(handle) ?? newPerson(true);
      byHandle.set(handle, person);
      const m: Mention = { kind: 'handle', range: w.range, text: w.text, sentence: si, parts: [handle], person };
      person.mentions.push(m);
      mentions.push(m);
      if ((ORG_HANDLE.test(w.text) && !personalHandle(w.text)) || businessHandle(w.text))
        person.evidence.push({ role: 'organisation', why: 'an organisation handle', range: w.range, weight: 2 });
      else if (
        HOSTS_AFTER.test(draft.prose.slice(w.range[1], w.range[1] + 24)) ||
        HOSTED_BY.test(draft.prose.slice(Math.max(s.range[0], w.range[0] - 16), w.range[0]))
      )
        person.evidence.push({ role: 'organisation', why: 'hosts an event', range: w.range, weight: 2 });
      // "@DrMartinWellerDDS", "@jo_physio": a clinician's own account, someone who gives care.
      else if (clinicianHandle(w.text)) person.evidence.push({ role: 'staff', why: 'a clinician handle', range: w.range, weight: 2 });
      // "thanks to @x for trusting me with that ingrown toenail": the one who trusted the author with their care.
      if (TRUSTED_WITH.test(draft.prose.slice(w.range[1], w.range[1] + 30)) && trustedWithCare(s, w.range[1]))
        person.evidence.push({ role: 'patient', why: TRUSTED, range: w.range, weight: 2 });
    }
  });
  // Descriptions that single someone out.
  const inSentence = bySentenceOf(mentions, draft.sentences.length);
  draft.sentences.forEach((s, si) => {
    const taken = inSentence[si]!;
    const found = descriptionsIn(draft, s);
    // "apprentice electrician": of two overlapping descriptions the one with the later head is the phrase.
    const own = found.filter((d, k) => !found.some((e, j) => j > k && e.range[0] <= d.range[1] && d.range[0] < e.range[1]));
    for (const d of own) {
      if (taken.some((m) => m.range[0] < d.range[1] && d.range[0] < m.range[1])) continue;
      const person = newPerson(false);
      const m: Mention = {
        kind: 'description',
        range: d.range,
        text: draft.source.slice(d.range[0], d.range[1]),
        sentence: si,
        parts: [d.head],
        person,
      };
      person.mentions.push(m);
      mentions.push(m);
      person.evidence.push(...d.evidence);
    }
  });
  mentions.sort((a, b) => a.range[0] - b.range[0]);

  const bySentence = bySentenceOf(mentions, draft.sentences.length);
  careEvidence(draft, mentions, bySentence, memo);
  rotaEvidence(draft, mentions);
  for (const p of persons) p.role = decide(p);
  persons.sort((a, b) => a.mentions[0]!.range[0] - b.mentions[0]!.range[0]);
  return new PeopleIndex(persons, mentions, bySentence, foundNames);
}

/**
 * "emma roberts fainted in the chair": casual posts drop capitals, so a first name (not also a word) and a second
 * lower-case word that is no word we know are a full name when they are the subject of what happened to someone (a
 * verb of the one cared for straight after). Added in order to the names found.
 */
function withLowerCaseNames(draft: DraftText, names: FoundName[], lowerCase: Set<number>): FoundName[] {
  const extra: FoundName[] = [];
  let n = 0;
  draft.sentences.forEach((s, si) => {
    const ws = s.words;
    for (let i = 0; i + 2 < ws.length; i++) {
      // The verb first: a set look-up rules out nearly every word of a post.
      if (!(bitsOf(ws[i + 2]!) & IS_RECIPIENT_VERB)) continue;
      const a = ws[i]!;
      const b = ws[i + 1]!;
      if (a.kind !== 'word' || b.kind !== 'word' || !LOWER_NAME.test(a.text) || !LOWER_NAME.test(b.text)) continue;
      const flags = firstNameFlags(a.lower);
      if (flags === undefined || flags & AMBIGUOUS || notPersonWord(a.lower) || !surnameLike(b.lower)) continue;
      if (!/^[ \t]+$/.test(draft.prose.slice(a.range[1], b.range[0]))) continue;
      while (n < names.length && names[n]!.end <= a.range[0]) n++;
      if (n < names.length && names[n]!.start < b.range[1]) continue;
      lowerCase.add(a.range[0]);
      extra.push(lowerCaseName(draft, si, i, i + 1));
    }
    // "poor sophie", "poor little jack": pity before a lower-case first name (not also a word) singles out one person.
    for (let i = 0; i + 1 < ws.length; i++) {
      if (!PITY.has(ws[i]!.lower)) continue;
      const a = ws[i + 1]!;
      if (a.kind !== 'word' || !LOWER_NAME.test(a.text) || !/^[ \t]+$/.test(draft.prose.slice(ws[i]!.range[1], a.range[0]))) continue;
      const flags = firstNameFlags(a.lower);
      if (flags === undefined || flags & AMBIGUOUS || notPersonWord(a.lower) || wordClass(a.lower) !== 0) continue;
      if (names.some((x) => x.start < a.range[1] && a.range[0] < x.end) || extra.some((x) => x.start === a.range[0])) continue;
      lowerCase.add(a.range[0]);
      extra.push(lowerCaseName(draft, si, i + 1, i + 1));
    }
  });
  return extra.length ? [...names, ...extra].sort((x, y) => x.start - y.start) : names;
}
/** A name found in lower case, words first..last of sentence si: a first name alone, or a first name and a surname. */
function lowerCaseName(draft: DraftText, si: number, first: number, last: number): FoundName {
  const ws = draft.sentences[si]!.words;
  const start = ws[first]!.range[0];
  const end = ws[last]!.range[1];
  const parts = ws.slice(first, last + 1).map((w) => w.lower);
  return {
    start,
    end,
    text: draft.source.slice(start, end),
    kind: parts.length > 1 ? 'full name' : 'first name',
    parts,
    sentence: si,
    word: first,
    lastWord: last,
  };
}
/** The mark of a name found in lower case (exported for the rules: no role without evidence of its own). */
export const LOWER_CASE_NAME = 'a name in lower case';
const LOWER_NAME = /^\p{Ll}{2,}$/u;
/** Pity said before a name ("poor sophie"). */
const PITY = set('poor');
/** Lower-case words that stand after a first name without being a surname: adverbs and function words. */
const NOT_SURNAME = set(
  'just also then still never always even only now already again too and or but so who that said says and has had was is the a an our my his her their this today yesterday tonight tomorrow here there everyone',
);
/** A word that may be a surname: none we know as a word, no adverb's or verb's ending. */
function surnameLike(lower: string): boolean {
  return lower.length > 2 && !NOT_SURNAME.has(lower) && !/(?:ly|ing|ed)$/.test(lower) && !notPersonWord(lower) && wordClass(lower) === 0;
}

/**
 * "9.20 Okafor - scale & polish": a surname-like word straight after a clock time that opens a
 * line, with care on the rest of the line, is the name in an appointment slot (a day list's).
 */
function daySlot(prose: string, s: Sentence, wi: number): boolean {
  const w = s.words[wi]!;
  const lower = withoutPossessive(w.lower);
  if (s.words[wi - 1]!.kind !== 'number' || !surnameLike(lower) || isThingNoun(lower)) return false;
  const lineStart = prose.lastIndexOf('\n', w.range[0] - 1) + 1;
  if (!SLOT_TIME.test(prose.slice(lineStart, w.range[0]))) return false;
  let lineEnd = prose.indexOf('\n', w.range[1]);
  if (lineEnd < 0) lineEnd = prose.length;
  const ws = s.words;
  for (let k = wi + 1; k < ws.length && ws[k]!.range[0] < lineEnd; k++) if (isCare(ws, k) || isBody(ws, k)) return true;
  return false;
}
/** A line's opening clock time, then the name: "9.20 ", "10:30am ". */
const SLOT_TIME = /^[ \t]*\d{1,2}[.:]\d{2}(?:[ap]m)?[ \t]+$/i;

const DIED = /\b(?:died|passed away|passed peacefully)\b/i;
// The author caring for them: "hospice nursing", "end of life care", "we sat with her", "I nursed him".
const CARED_TILL_END =
  /\b(?:(?:hospice|palliative|end[- ]of[- ]life)\s+(?:nurs\w*|care)|(?:we|i)\s+(?:got|took|sat with|nursed|cared for)\s+(?:him|her|them))\b/i;
/** The text of a paragraph's sentences. */
function paragraphText(draft: DraftText, paragraph: number): string {
  let out = '';
  for (const s of draft.sentences) if (s.paragraph === paragraph) out += ` ${s.text}`;
  return out;
}
// A title ends where the name starts, at a capital or "_" (case-sensitive: "@drewmcallister" is no doctor);
// a qualification or job may end the handle in any case.
const CLINICIAN_TITLE = /^@(?:[Dd]r|[Dd]octor|[Pp]rof)[A-Z_]/;
const CLINICIAN_SUFFIX = /(?:dds|bds|dmd|mbbs|mrcgp|physio|dentist|pharmacist|optom|rgn|podiatrist)$/i;
const clinicianHandle = (handle: string) => CLINICIAN_TITLE.test(handle) || CLINICIAN_SUFFIX.test(handle);
const RETIRING = /^\s+(?:is\s+|will\s+be\s+|has\s+)?(?:retiring|retires|retired)\b/i;
const POST_OP =
  /(?<!\w)(?:(?:day|week|month)\s+\d{1,2}|\d{1,2}\s+(?:days?|weeks?|months?))\s+post[- ]?(?:op(?!\w)|surgery(?!\w)|(?:total\s+)?\p{L}+\s+(?:replacement|repair|reconstruction|surgery|fusion|op)(?!\w))/iu;
/** "our" a few words before a job: "our optical assistant", "our lovely new cleaner". */
const OUR_BEFORE = /\bour\s+(?:[a-z'’-]+\s+){0,3}$/i;
const OURS_NAMED_FROM = /\bour\s+(?:[a-z'’-]+\s+){0,2}[a-z'’-]+s,?\s+(?:especially|including|like|notably|and\s+in\s+particular)\s+$/i;
const RUN_BY = /\b(?:run|owned|founded)\s+by\s+$/i;
const NICKNAME_PREFIX = new Set(['Big', 'Little', 'Lil', 'Young', 'Wee']);

/** A capitalised word after a person noun stands where a name does: "our manager Nimisha", "resident gardener Stan". */
function apposedName(draft: DraftText, si: number, wi: number): boolean {
  const s = draft.sentences[si]!;
  const w = s.words[wi]!;
  if (isAllUpperStart(w.text) || notPersonWord(withoutPossessive(w.lower))) return false;
  // A lower-case first name counts only as the owner of what follows it, when that is care ("gary's LL6", "priya's crown").
  if (startsLower(w.text)) {
    const owned = possessed(draft.prose, s, wi);
    return /['’]s$/.test(w.text) && owned[0] !== undefined && isCare(s.words, owned[0]);
  }
  if (PRONOUNS.has(hasApostrophe(w.lower) ? w.lower.replace(/['’](?:s|re|ve|ll|d|m)$/, '') : w.lower)) return false;
  // "Shanice you absolute queen": a vocative with an epithet names the one spoken to.
  if (vocative(draft.prose, s, wi) && EPITHET.has(s.words[wi + 2]?.lower ?? '')) return true;
  const lead = draft.prose.slice(Math.max(s.range[0], w.range[0] - 50), w.range[0]);
  // Where only a name can stand: "welcome Ifeoma", "I (Ifeoma)", "I'm Ifeoma", "ask for Ifeoma".
  if (
    /(?:^|[^A-Za-z\u00C0-\u024F])(?:welcome|welcoming|congratulations to|congrats to|say (?:hello|hi) to|meet)\s+(?:back\s+)?$/i.test(
      lead,
    ) ||
    SELF_BEFORE.test(lead.slice(-14))
  )
    return true;
  if (draft.account !== 'personal' && CONTACT_BEFORE.test(lead)) return true;
  // An age in apposition ("Bill, 84, used to work down the pit"): only a person has one.
  if (/^,\s*\d{1,3}\s*,/.test(draft.prose.slice(w.range[1], w.range[1] + 8))) return true;
  // "Priyanka's crown": a possessive that owns a care word.
  if (/['’]s$/.test(w.text)) {
    // The care word heads what is owned ("Priyanka's crown"), not a modifier ("Manchester's leading implant specialist").
    const owned = possessed(draft.prose, s, wi);
    const headWord = owned[owned.length - 1];
    if (headWord !== undefined && owned.length < 3 && isCare(s.words, headWord) && !notPersonWord(withoutPossessive(w.lower))) return true;
  }
  if (wi === 0) return false;
  if (daySlot(draft.prose, s, wi)) return true;
  // "Big Gaz", "Little Mo": a capitalised nickname's prefix before a word that is no word of the language.
  const prev = s.words[wi - 1]!;
  const bare = withoutPossessive(w.lower);
  if (
    NICKNAME_PREFIX.has(prev.text) &&
    /^[ \t]+$/.test(draft.prose.slice(prev.range[1], w.range[0])) &&
    bare.length >= 2 &&
    wordClass(bare) === 0 &&
    !NOT_SURNAME.has(bare) &&
    !notPersonWord(bare) &&
    !isThingNoun(bare)
  )
    return true;
  const head = headBefore(draft.prose, s, wi);
  if (head < 0 || head !== wi - 1 || !/^[ \t]+$/.test(draft.prose.slice(s.words[head]!.range[1], w.range[0]))) return false;
  const h = s.words[head]!;
  return startsLower(h.text) && (isPersonNoun(s.words, head) || PATIENT_NOUNS.has(h.lower) || TEAM_WORDS.has(h.lower));
}

/** Whether a word holds an apostrophe (a contraction's ending to cut); most words have none. */
const hasApostrophe = (lower: string) => lower.includes("'") || lower.includes('’');

/** "Shanice you ...", "buzzing 🥹 Shanice you ...": a name at the head of its sentence, or after an emoji, spoken to. */
function vocative(prose: string, s: Sentence, wi: number): boolean {
  const ws = s.words;
  if (ws[wi + 1]?.lower !== 'you') return false;
  const prev = ws[wi - 1];
  return (
    prev === undefined || HEAD_BREAK.test(prose.slice(prev.range[1], ws[wi]!.range[0])) || ws.slice(0, wi).every((w) => w.kind !== 'word')
  );
}
const HEAD_BREAK = /[.!?…\n]|\p{Extended_Pictographic}/u;
/** What follows "<name> you" when the name is spoken to with praise or mock abuse: "you absolute queen", "you legend". */
const EPITHET = set('absolute utter total proper actual legend star hero queen superstar warrior beauty');
/** A baby's arrival: "baby number 3 arrived", "she was born", "gave birth". */
const BIRTH = set('born arrived birth labour labor delivery');

/** A word in the vocabulary (a noun, a body part, a drug) or a known capitalised non-name is no name. */
function notPersonWord(lower: string): boolean {
  return classOf(lower) !== 0 || notNameWords().has(lower);
}

function sameName(a: string[], b: string[], kind: FoundName['kind']): boolean {
  if (kind === 'initials') return a.length === 1 && a[0] === b[0];
  if (a.join(' ') === b.join(' ')) return true;
  // A single name word joins a fuller name that has it ("Priya" or "Shah" and "Priya Shah").
  if (a.length === 1 || b.length === 1) {
    const [one, many] = a.length === 1 ? [a[0]!, b] : [b[0]!, a];
    return many.length > 1 && many.includes(one);
  }
  return false;
}

const score = (p: Person, role: PersonRole) => p.evidence.reduce((s, e) => (e.role === role ? s + e.weight : s), 0);

/**
 * The role the evidence points to. Decisive evidence (configured staff, "my patient Sam", a
 * well-known name) settles it; otherwise care that is theirs beats a weaker staff word. For
 * someone introduced as staff, care given to "his"/"her" is as likely the care they gave ("half
 * his crowns fall out"), so it counts for less.
 */
function decide(p: Person): PersonRole {
  const staff = score(p, 'staff');
  const pronounCare = p.evidence.reduce((t, e) => (e.role === 'patient' && e.why === 'own care (pronoun)' ? t + e.weight : t), 0);
  const patient = score(p, 'patient') - (staff >= 2 ? pronounCare / 2 : 0);
  const org = score(p, 'organisation');
  const pub = score(p, 'public figure');
  const other = score(p, 'other');
  const decisive = (role: PersonRole) => p.evidence.some((e) => e.role === role && e.weight >= 3);
  if (decisive('staff')) return 'staff';
  // An animal named like a person ("Bramble the therapy pony") is nobody's patient.
  if (p.evidence.some((e) => e.why === 'an animal')) return 'other';
  if (decisive('patient') && patient >= staff) return 'patient';
  if (decisive('public figure') && patient < 3) return 'public figure';
  if (decisive('organisation') && patient < 3) return 'organisation';
  if (patient >= 2 && patient > staff && patient >= org) return 'patient';
  if (org >= 2) return 'organisation';
  if (staff >= 2 && staff >= patient) return 'staff';
  if (pub >= 2) return 'public figure';
  if (patient >= 1 && patient > staff && other < 2) return 'patient';
  if (staff >= 1 && staff > patient) return 'staff';
  return 'other';
}

/** A sports team after a name: "from the Dockers U18s", "who plays for Fenton Juniors", "at Hollins RFC". */
const TEAM_AFTER =
  /^,?\s+(?:from|of|at|with|(?:who\s+)?plays?\s+for|playing\s+for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+){0,3}(?:U-?\d{1,2}s?|Under[- ]?\d{1,2}s?|Juniors?|Youth|Colts|A?FC|J?RFC|RUFC|RLFC|(?:Football|Rugby|Netball|Hockey|Cricket|Basketball)\s+(?:Club|Team))(?![\p{L}\d])/u;
const FUNDRAISING = /\b(?:rais(?:e|ed|es|ing)|fundrais\w*|sponsor\w*|donat\w*|charity)\b/i;
/** A group of staff a list of names can be in apposition to: "Chloe and Marcus, our hygiene team". */
const STAFF_GROUPS = set('team crew staff');
/** A staff role said after a list's last name that is every name's (a group, or a plural job: "our hygienists"). */
const TEAM_ROLE = 'named as a team';
/** A plural noun the vocabulary knows only as its singular ("hygienists", "receptionists"). */
const plural = (w: Word) => /s$/.test(w.lower) && wordClass(w.lower) === 0;
/** What joins two names of a list, perhaps over a name or two the name list lacks: "Chloe and Marcus", "Ana, Rashid & Cai". */
const LIST_JOIN = /^\s*(?:,\s*(?:(?:and|&)\s+)?|(?:and|&)\s+)(?:\p{Lu}[\p{L}'’-]*\s*(?:,\s*(?:(?:and|&)\s+)?|(?:and|&)\s+)){0,2}$/u;

/**
 * A handle of several words that ends in a building or a business: "@TheOldMillInn", "@harbour_view_cafe". One that
 * ends in someone's name is that person's, at the business ("@cwtch_bakery_ceri").
 */
function businessHandle(handle: string): boolean {
  const words = handleWords(handle);
  const last = words.length > 1 ? words[words.length - 1]!.toLowerCase() : '';
  if (last.length > 2 && (ORG_HEADS.has(last) || (classOf(last) & PLACE) !== 0)) return true;
  // Run together in lower case ("@millbrookbakerytq", "@harbourviewcafe"): a business word ends the last word, or comes
  // before a tag of up to three letters (a postcode area, "uk"); not when a name ends the handle ("@oakbakery_ceri").
  const word = (
    words.length > 1 && words[words.length - 1]!.length <= 3 ? words[words.length - 2] : words[words.length - 1]
  )?.toLowerCase();
  if (!word || word.length < 7 || firstNameFlags(last) !== undefined) return false;
  for (let tail = 0; tail <= 3; tail++)
    for (let cut = 3; cut <= word.length - tail - 4; cut++) {
      const end = word.slice(cut, word.length - tail);
      if (ORG_HEADS.has(end) || (wordClass(end) & PLACE) !== 0) return !opensWithName(word.slice(0, cut));
    }
  return false;
}
/** Whether run-together words open with a first name that is not also a word ("jessica" in "@jessicahall"). */
function opensWithName(run: string): boolean {
  for (let k = 3; k <= run.length; k++) {
    const f = firstNameFlags(run.slice(0, k));
    if (f !== undefined && (f & AMBIGUOUS) === 0) return true;
  }
  return false;
}
/** A handle that opens with someone's first name (not also a word) is theirs, whatever tag ends it ("@megan_runs_uk"). */
function personalHandle(handle: string): boolean {
  const first = handleWords(handle)[0]?.toLowerCase();
  const flags = first === undefined ? undefined : firstNameFlags(first);
  return flags !== undefined && (flags & AMBIGUOUS) === 0;
}
/** What stands between a name and the firm they are from: "Jo from Amelia Hartwell", "Sam from the Stroke Association". */
const FROM_FIRM = /^\s+from\s+(?:the\s+)?$/i;
/** The last word of a firm's name (not a street's, a home's or a school's: someone from there may be in care). */
const FIRM_HEADS = set('ltd limited plc group dental pharmacy healthcare medical labs laboratories supplies solutions');
const NAMED_BODY = 'a body named after someone';
/** What a maker stands after: "collections from", "frames by", "pairs of". */
const MADE_BY = set('from by of');
const PRODUCTS = set(
  'collection collections frames frame range ranges eyewear sunglasses glasses specs designs pairs pair brands label products',
);
/** The last word of a practice's name: "at Riverside Dental", "at Oakwood Physio". */
const PRACTICE_HEADS = set(
  'dental dentistry dentists pharmacy chemist chemists surgery clinic practice opticians optometrists physio physiotherapy chiropractic orthodontics',
);
/** "at (the) <Capitalised words> Dental" straight after the name at word i. */
function atPractice(s: Sentence, i: number): boolean {
  const ws = s.words;
  if (ws[i + 1]?.lower !== 'at') return false;
  let k = ws[i + 2]?.lower === 'the' ? i + 3 : i + 2;
  for (const end = k + 4; k < end && k < ws.length && startsUpper(ws[k]!.text); k++)
    if (PRACTICE_HEADS.has(ws[k]!.lower) && k > i + 2) return true;
  return false;
}
/** "from (the) <Capitalised words> Dental": a firm's name after the name at word i. */
function firmAfter(prose: string, s: Sentence, i: number): boolean {
  const next = after(prose, s, i, 6);
  if (next.length < 2 || s.words[next[0]!]!.lower !== 'from') return false;
  let k = s.words[next[1]!]!.lower === 'the' ? 2 : 1;
  for (; k < next.length && startsUpper(s.words[next[k]!]!.text); k++) if (FIRM_HEADS.has(s.words[next[k]!]!.lower) && k > 1) return true;
  return false;
}
/** Thanked for hosting or sponsoring ("@X for hosting our quiz"), or hosted by one: a venue or a business. */
const HOSTS_AFTER = /^\s+for\s+(?:hosting|sponsoring|having\s+us)\b/i;
const HOSTED_BY = /\b(?:hosted|sponsored)\s+by\s+$|\b(?:held|hosted)\s+at\s+$/i;

const ORG_HANDLE =
  /^@(?:NHS|UKHSA|GDC|HCPC|CQC|BDA|RCN|CSP|RPS|GOC|GMC|NMC|NICE|DHSC|ICB|MHRA)|(?:NHS|Trust|Gov|Council|ICB|Official|HQ|Dental|Pharmacy|Clinic|Hospital|Health|UK)$/i;

/** Evidence from the words around a name: its title, the noun before it, what follows it. */
/** Where the body's first and last non-space characters are: a sign-off is below everything else. */
function contentBounds(draft: DraftText): { first: number; last: number } {
  const body = draft.prose.slice(draft.bodyStart);
  const first = draft.bodyStart + (body.length - body.trimStart().length);
  return { first, last: draft.bodyStart + body.trimEnd().length };
}

function nameEvidence(
  draft: DraftText,
  n: FoundName,
  m: Mention,
  configured: string[][],
  bounds: { first: number; last: number },
  memo: SentenceMemo,
): void {
  const s = draft.sentences[n.sentence]!;
  const ws = s.words;
  const ev = m.person.evidence;
  const range: Range = [n.start, n.end];
  const push = (role: PersonRole, why: string, weight: number, r: Range = range) => ev.push({ role, why, range: r, weight });

  if (
    configured.some(
      (c) => c.join(' ') === n.parts.join(' ') || (n.parts.length === 1 && c.includes(n.parts[0]!)) || n.parts.every((p) => c.includes(p)),
    )
  )
    push('staff', 'listed as staff', 3);
  if (n.title && CLINICAL_TITLES.has(n.title)) push('staff', 'clinical title', 2);
  if (n.title && PUBLIC_TITLES.has(n.title)) push('public figure', 'title', 2);
  // "Sarah Denholm MP", "Cllr Jo Bell MSP": an elected office written after the name.
  if (POST_NOMINAL_OFFICE.test(draft.prose.slice(n.end, n.end + 6))) push('public figure', 'elected office', 3);
  // "Mrs P", "Mr H": a title with an initial for a surname is how a patient is spoken of.
  if (n.kind === 'title and name' && !ROLE_TITLES.has(n.title!) && n.parts.length === 1 && isOneLetter(n.parts[0]!))
    push('patient', 'title and initial', 1);

  const lists = publicLists();
  if (lists.figures.has(n.parts.join(' '))) push('public figure', 'well known', 3);
  // "the Sue Ryder shop", "frames from Tom Davies": a charity or a maker named after someone.
  if (lists.organisations.has(n.parts.join(' '))) push('organisation', NAMED_BODY, 3);
  // "the autumn collections from X", "frames by X", "pairs of X": a product's maker, not a person.
  if (n.word > 1 && !/['’]s$/.test(ws[n.lastWord]!.text) && MADE_BY.has(ws[n.word - 1]!.lower) && PRODUCTS.has(ws[n.word - 2]!.lower))
    push('organisation', 'a maker of products', 2);
  // "Gareth Pryce at Riverside Dental": a professional named at their practice works there (a hint: a patient is
  // named at one too, and their own care still decides).
  if (n.kind !== 'initials' && atPractice(s, n.lastWord)) push('staff', 'named at a practice', 1);

  const possessive = /['’]s$/.test(ws[n.lastWord]!.text);
  // "Liam from Henry Schein": a person introduced by where they are from names a firm, not a person.
  if (n.parts.length >= 2 && n.word > 2 && ws[n.word - 1]!.lower === 'from' && isCapitalised(ws[n.word - 2]!) && !possessive)
    push('organisation', 'where someone is from', 2);
  // The noun the name stands in apposition to, before it.
  const head = headBefore(draft.prose, s, n.word);
  const evidenceBefore = ev.length;
  if (head >= 0) {
    const w = ws[head]!;
    const hr = w.range;
    const two = bigram(ws, head - 1);
    if (PATIENT_NOUNS.has(w.lower.replace(/s$/, '')) || two === 'service user') push('patient', 'patient word', 3, hr);
    else if (CLINICAL_TITLES.has(w.lower) && startsUpper(w.text)) push('staff', 'clinical title', 2, hr);
    else if (lists.public.has(w.lower) || lists.public.has(two)) push('public figure', 'public role', 2, hr);
    else if (isRelation(ws, head)) push('other', 'a relation', 2, hr);
    else if (isHealthJob(ws, head) || TEAM_WORDS.has(w.lower) || supportsCare(ws, head)) push('staff', 'job title', 2, hr);
    // "our optical assistant Bronwen", "our new cleaner Dot": a job the practice's own ("our") is a colleague's.
    else if (isOccupation(ws, head) && OUR_BEFORE.test(draft.prose.slice(Math.max(s.range[0], w.range[0] - 30), w.range[0])))
      push('staff', 'job title', 2, hr);
    else if (isOccupation(ws, head)) push('other', 'occupation', 1, hr);
    else if (w.lower === 'st' || w.lower === 'saint') push('organisation', 'saint', 3, hr);
    else if (ORG_BEFORE.has(w.lower)) push('organisation', 'named as an organisation', 2, hr);
    else if (classOf(w.lower) & ANIMAL) push('other', 'an animal', 3, hr);
  }
  const placedByHead = ev.length > evidenceBefore;
  // "Our Lead Nurse for tissue viability, Rosalind Achebe": a job title with its complement before the name.
  if (!placedByHead) {
    const back = before(draft.prose, s, n.word, 7);
    const prep = back.findIndex((k) => ['for', 'of', 'in', 'at'].includes(ws[k]!.lower));
    if (prep > 0) {
      const job = back.slice(prep + 1, prep + 3).find((k) => isHealthJob(ws, k) || TEAM_WORDS.has(ws[k]!.lower));
      if (job !== undefined) push('staff', 'job title', 2, ws[job]!.range);
    }
  }
  const near = before(draft.prose, s, n.word, 3).map((k) => ws[k]!.lower);
  // "Meet Tomasz!" introduces a patient's story as often as a new colleague: a hint, where "welcome" is clear.
  // ("welcome baby Ottilie" greets a newborn, not a colleague.)
  if (near.some((w) => WELCOME.has(w)) && near[0] !== 'baby')
    push('staff', 'welcomed', near.includes('meet') && !near.some((w) => w !== 'meet' && WELCOME.has(w)) ? 1 : 2);
  if (FOR_ORG.test(draft.prose.slice(Math.max(s.range[0], n.start - 60), n.start))) push('organisation', 'money raised for', 2);
  // "After 31 years on our front desk, Pauline is retiring": a colleague leaving, on the practice's account or as "ours".
  if (
    !possessive &&
    RETIRING.test(draft.prose.slice(n.end, n.end + 24)) &&
    (draft.account === 'practice' || /\b(?:our|with us)\b/i.test(draft.prose.slice(Math.max(s.range[0], n.start - 80), n.end + 60)))
  )
    push('staff', 'retiring', 2);
  // "Graham said that to me on Thursday ... He died on Sunday night. Hospice nursing ...": someone whose death the author
  // tells, in a post about caring for them, died in their care (a colleague's is told as a colleague's, and wins a tie).
  // (Not a patron or a public figure by title: "Dame Eleanor, the hospice's founding patron, who died at 96".)
  if (!possessive && !PUBLIC_TITLES.has(n.title ?? '') && memo.deathInCare(s.paragraph)) push('patient', 'died in care', 2);
  // "Week 6 post total knee replacement and Mr Tranter has hit 110 degrees": the one named in a recovery's timeline.
  if (!possessive && memo.recoveryTimeline(n.sentence)) push('patient', 'recovery timeline', 2);
  // "our volunteer drivers, especially Keith Armitage": one of the practice's own group, named from it.
  if (!possessive && OURS_NAMED_FROM.test(draft.prose.slice(Math.max(s.range[0], n.start - 60), n.start))) push('staff', TEAM_ROLE, 2);
  // "a Punch and Judy show": a puppet, not a person.
  if (/\bPunch\s+(?:and|&)\s+$/.test(draft.prose.slice(Math.max(s.range[0], n.start - 12), n.start))) push('other', 'a character', 3);
  // "the new clinic on Bridge Street run by <name>": the one who runs a business is named for it.
  if (!possessive && RUN_BY.test(draft.prose.slice(Math.max(s.range[0], n.start - 20), n.start))) push('other', 'runs a business', 2);
  // The reader is told to ask for them, call them, e-mail them: "ask for Priya or Tom", "call Corinne on ...".
  if (draft.account !== 'personal' && CONTACT_BEFORE.test(draft.prose.slice(Math.max(s.range[0], n.start - 50), n.start)))
    push('staff', 'contact at the practice', 2);
  if (SELF_BEFORE.test(draft.prose.slice(Math.max(s.range[0], n.start - 14), n.start))) push('staff', 'the author', 2);
  // "Nadia here, one of the dispensing opticians!", "Jen here from reception": the author introducing themselves.
  if (SELF_HERE.test(draft.prose.slice(n.end, Math.min(s.range[1], n.end + 12)))) push('staff', 'the author', 2);

  // After the name.
  const next = after(draft.prose, s, n.lastWord, 6);
  const nw = next.map((k) => ws[k]!);
  const first = nw[0];
  if (first && !possessive && ORG_HEADS.has(first.lower)) push('organisation', 'organisation name', 3, first.range);
  // "Dave Barker Joinery", "Kaur Plumbing": a full name, or any name in capitals, before a trade is the firm's name.
  else if (first && !possessive && TRADES.has(first.lower) && (n.parts.length > 1 || startsUpper(first.text)))
    push('organisation', 'a firm named after someone', 3, first.range);
  // A capitalised workplace, institution or building straight after the name makes it the place's name ("Fern Hill Farm").
  else if (first && !possessive && startsUpper(first.text) && n.end === first.range[0] - 1 && classOf(first.lower) & PLACE)
    push('organisation', 'organisation name', 3, first.range);
  // "Jenny Lind Inn": a three-word "name" that ends in a workplace or building is the place's name; so is a
  // two-word one where a place stands ("worked at Willow Lodge", "lives in Elm Court").
  const lastPart = n.parts[n.parts.length - 1]!;
  const where = n.parts.length === 2 && n.kind === 'full name' && n.word > 0 && PLACE_BEFORE.has(ws[n.word - 1]!.lower);
  if ((n.parts.length >= 3 || where) && (ORG_HEADS.has(lastPart) || TRADES.has(lastPart) || classOf(lastPart) & PLACE))
    push('organisation', 'organisation name', 3);
  // "Bramble the therapy pony", "Biscuit, our practice dog": an animal named like a person.
  if (first && !possessive && saysAnimal(ws, next)) push('other', 'an animal', 3, first.range);
  // Placed in a bed, bay or room: "J.S. in bay 2", "Doris (room 12)" (a ward is where staff work too).
  const placedAfter = /^\s*(?:\(\s*|,\s*)?(?:in\s+|on\s+)?(?:bed|bay|room|cubicle|side\s+room)\s*\d{1,3}\b/i.exec(
    draft.prose.slice(n.end, Math.min(s.range[1], n.end + 24)),
  );
  if (placedAfter && !possessive && /\(|\bin\b|\bon\b/i.test(placedAfter[0]))
    push('patient', 'bed or room', 2, [n.end, n.end + placedAfter[0].length]);
  // An age in apposition ("Bill, 84,"): a mark a rule may weigh (a jigsaw's subject), no role by itself.
  if (!possessive && /^,\s*\d{1,3}\s*,/.test(draft.prose.slice(n.end, n.end + 8))) push('other', 'an age given', 0);
  // Booked in, or in for something: the appointment is the patient's ("Mrs Pemberton-Hale is booked in at 4", "Sam in for his review").
  const booked = possessive
    ? null
    : /^\s+(?:is\s+|was\s+|['’]s\s+)?(?:(booked)\s+in|in\s+for\s+(?:her|his|their|a|an)\s)/i.exec(draft.prose.slice(n.end, n.end + 30));
  if (booked) push('patient', booked[1] ? 'booked in' : 'in for care', 2);
  if (!possessive && TRUSTED_WITH.test(draft.prose.slice(n.end, n.end + 30)) && trustedWithCare(s, n.end)) push('patient', TRUSTED, 2);
  // "born 03:12 to Hannah and Chris on the birth centre": the parents of a baby born in the author's care.
  // Not a colleague's or a friend's news ("Congratulations to our nurse Amy! ... born to Amy and Tom").
  if (
    !possessive &&
    BORN_TO.test(draft.prose.slice(Math.max(s.range[0], n.start - 50), n.start)) &&
    BIRTH_PLACE.test(s.text) &&
    !CONGRATULATE.test(draft.prose)
  )
    push('patient', 'a baby born to them', 2);
  // "baby Isla-Rose, born 03:12 in the pool room": a baby named at a birth in the author's care is the one born.
  if (
    !possessive &&
    // (Not "our baby Theo": a parent's own news.)
    /(?<!\b(?:my|our)\s+)\bbaby\s+$/i.test(draft.prose.slice(Math.max(s.range[0], n.start - 12), n.start)) &&
    BORN_AFTER.test(draft.prose.slice(n.end, s.range[1])) &&
    BIRTH_PLACE.test(s.text) &&
    !CONGRATULATE.test(draft.prose)
  )
    push('patient', 'born in care', 2);
  // "Home visit with J.T.", "domiciliary visit to Mrs K": the one visited at home for their care.
  if (!possessive && HOME_VISIT_BEFORE.test(draft.prose.slice(Math.max(s.range[0], n.start - 40), n.start)))
    push('patient', 'seen in care', 2);
  // "Tom from the Dockers U18s", "Evie, who plays for Fenton Juniors": a player named with their team is singled out by it,
  // and an injury or treatment in the sentence is theirs (a clinician on the team is named by their job instead).
  // A sentence about money raised is about a fundraiser ("raised £250 for our hospice"), not their care.
  if (!possessive && TEAM_AFTER.test(draft.prose.slice(n.end, Math.min(s.range[1], n.end + 60)))) {
    push('other', 'a team they play for', 0);
    const injured = ws.some((_, k) => (isCare(ws, k) && !learnt(ws, k)) || isBody(ws, k)) || memo.careNear(n.sentence);
    if (injured && !FUNDRAISING.test(s.text)) push('patient', 'a player, with care', 2);
  }
  // "Marie Curie nurses": a plural job straight after a name is an organisation's staff.
  if (first && !possessive && /s$/.test(first.lower) && isHealthJob(ws, next[0]!) && !isHealthJob([looseWord(first.text + 's')], 0))
    push('organisation', 'organisation name', 2, first.range);
  // "Sam, our hygienist", "Sam (practice manager)", "Sam the receptionist", "Sam, lead nurse at ...".
  let k = 0;
  while (k < nw.length && (DETERMINERS.has(nw[k]!.lower) || MODIFIERS.has(nw[k]!.lower) || BE.has(nw[k]!.lower))) k++;
  const appositive =
    ws[n.lastWord]!.range[1] < (nw[0]?.range[0] ?? 0) && /^[\s,(]*$/.test(draft.prose.slice(ws[n.lastWord]!.range[1], nw[0]!.range[0]));
  if (k < nw.length && (appositive || k > 0) && !possessive) {
    const idx = next[k]!;
    const w = nw[k]!;
    const two = bigram(ws, idx);
    if (PATIENT_NOUNS.has(w.lower.replace(/s$/, '')) || two === 'service user') push('patient', 'patient word', 3, w.range);
    else if (isHealthJob(ws, idx) || TEAM_WORDS.has(w.lower) || isHealthJob(ws, idx + 1))
      push('staff', plural(w) || (isHealthJob(ws, idx + 1) && plural(ws[idx + 1]!)) ? TEAM_ROLE : 'job title', 2, w.range);
    else if (appositive && k > 0 && nw[k - 1]!.lower === 'our') {
      // "Kirsty, our oral health educator": the appositive's head may come a few words on; "our" job is the practice's staff.
      const job = next.slice(k, k + 4).find((j) => isHealthJob(ws, j) || TEAM_WORDS.has(ws[j]!.lower) || isOccupation(ws, j));
      // "Chloe and Marcus, our hygiene team": "our" team, crew or staff are the practice's, and so is every name of the list.
      const team = job === undefined ? next.slice(k, k + 4).find((j) => STAFF_GROUPS.has(ws[j]!.lower)) : undefined;
      if (job !== undefined) push('staff', plural(ws[job]!) ? TEAM_ROLE : 'job title', 2, ws[job]!.range);
      else if (team !== undefined) push('staff', TEAM_ROLE, 2, ws[team]!.range);
    }
  }
  // A parenthesis or an after-dash role: "Sam (our new hygienist)". Crosses the bracket the clause test stops at.
  const paren =
    /^\s*[(,–—-]\s*(?:our|the|a|my)?\s*(?:new\s+|lead\s+|senior\s+|head\s+)?([A-Za-z\u00C0-\u024F-]+)(?:\s+([A-Za-z\u00C0-\u024F-]+))?/.exec(
      draft.prose.slice(n.end, Math.min(s.range[1], n.end + 50)),
    );
  if (paren && !possessive) {
    const fake = (t: string): Word => looseWord(t);
    const words = [fake(paren[1]!), ...(paren[2] ? [fake(paren[2])] : [])];
    if (isHealthJob(words, 0) || isHealthJob(words, 1) || TEAM_WORDS.has(words[0]!.lower) || (words[1] && TEAM_WORDS.has(words[1].lower)))
      push('staff', 'job title', 2);
  }
  if (first && first.lower === 'from' && nw[1]) {
    const place = nw[1].lower === 'the' || nw[1].lower === 'our' ? nw[2] : nw[1];
    if (place && FROM_WORKPLACE.has(place.lower)) push('staff', 'works here', 2, place.range);
  }
  if (first && (JOIN_VERBS.has(first.lower) || (first.lower === 'has' && nw[1] && JOIN_VERBS.has(nw[1].lower)))) {
    if (nw.some((w) => w.lower === 'team' || w.lower === 'us' || w.lower === 'practice')) push('staff', 'joins the team', 2);
  }
  if (first && first.lower === 'here' && n.word === 0) push('staff', 'the author', 2);
  // "Shanice you absolute queen, baby number 3 arrived in 40 mins": the one spoken to when a baby arrives is its mother.
  if (vocative(draft.prose, s, n.word) && !possessive && ws.some((w) => w.lower === 'baby' || w.lower === 'babies')) {
    const born = ws.find((w) => BIRTH.has(w.lower));
    if (born) push('patient', 'gave birth', 2, born.range);
  }
  // Name as the subject of a care verb, or of a relative clause's ("Kerry, who helped with the jabs"): the one who gives the care.
  const verb = nw.find((w) => !['has', 'had', 'have', 'just', 'also', 'then', 'will', 'was', 'is', 'kindly', 'who'].includes(w.lower));
  if (verb && AGENT_VERBS.has(verb.lower) && !possessive) push('staff', 'gives care', 1, verb.range);

  // Signs a message the post quotes (a card, a letter, a review): its writer, not the post's author.
  const quoted = draft.quotes.length ? draft.quotes.find((q) => q.inner[0] <= n.start && n.end <= q.inner[1]) : undefined;
  if (quoted && signsQuote(draft, quoted, n) && thanksForCare(draft, quoted)) push('patient', 'thanks for their care', 2);

  // Signs off: the draft's last line is the name, with at most a valediction, a dash or a job.
  // Only the last line can sign off: look for line breaks only there.
  const nearEnd = !quoted && n.end >= bounds.last - 60;
  const lineStart = nearEnd ? draft.prose.lastIndexOf('\n', n.start - 1) + 1 : 0;
  const lineEnd = nearEnd ? (draft.prose.indexOf('\n', n.end) + 1 || draft.prose.length + 1) - 1 : 0;
  // A line of its own below the post ("– Marnie", "Love, Sam x", "Priya, Practice Manager"), not a sentence that ends the post.
  if (lineEnd >= bounds.last && lineStart > bounds.first && n.start - lineStart < 40 && lineEnd - n.end < 60) {
    const lead = draft.prose.slice(lineStart, n.start);
    const trail = draft.prose
      .slice(n.end, lineEnd)
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
    const verbless = !trail.some((w) => RECIPIENT_VERBS.has(w.toLowerCase()) || AGENT_VERBS.has(w.toLowerCase()) || /(?:ed|ing)$/.test(w));
    if (SIGN_OFF_LEAD.test(lead) && trail.length <= 3 && verbless) push('staff', 'signs off', 2);
  }

  // Media talk in the sentence: sport, television (looked for once a sentence).
  let talk = memo.mediaTalk.get(n.sentence);
  if (talk === undefined) {
    talk = null;
    for (let i = 0; i < ws.length; i++) {
      const lower = ws[i]!.lower;
      if (lists.media.has(lower) || ((lists.mediaFirsts.has(lower) || lower.includes(' ')) && lists.media.has(bigram(ws, i)))) {
        talk = ws[i]!.range;
        break;
      }
    }
    memo.mediaTalk.set(n.sentence, talk);
  }
  if (talk) push('public figure', 'media talk', 1, talk);
}

/** The name ends the quoted message, after a valediction or a dash or alone on its line: "... Love, Bernard", "— Ayesha x". */
function signsQuote(draft: DraftText, q: Quote, n: FoundName): boolean {
  if (!/^[^\p{L}\p{N}]*(?:x+[^\p{L}\p{N}]*)?$/iu.test(draft.prose.slice(n.end, q.inner[1]))) return false;
  const s = draft.sentences[n.sentence]!;
  const from = Math.max(q.inner[0], s.range[0], draft.prose.lastIndexOf('\n', n.start - 1) + 1);
  // A blockquote's later lines keep their '>' in the prose; a dash may stand for the valediction.
  if (from >= n.start) return true;
  const lead = draft.prose
    .slice(from, n.start)
    .replace(/^[\s>–—,-]+/, '')
    .trimEnd();
  // Or a valediction after the message's last clause on the same line ("..., you are angels, love Doreen"):
  // the words since the last comma or stop, when the name follows them with no comma ("thank you, Doreen" thanks her).
  const clause = /[,.!?;]\s*([^,.!?;]+)$/.exec(lead);
  return QUOTE_SIGN_LEAD.test(lead) || (clause !== null && /\p{L}$/u.test(lead) && QUOTE_SIGN_LEAD.test(clause[1]!.trim()));
}
/** "for trusting me with", "for trusting us with her care": a patient thanked for choosing the author's care. */
const TRUSTED_WITH = /^\s*,?\s+for\s+trusting\s+(?:me|us|the\s+team)\s+with\b/i;
const TRUSTED = 'trusted the author with their care';
const BORN_TO = /\bborn\b[^.!?\n]{0,25}?\bto\s+(?:\p{Lu}\p{L}+\s+(?:and|&)\s+)?$/u;
const BIRTH_PLACE =
  /\b(?:birth(?:ing)?\s+(?:centre|center|unit|suite|pool)|labour\s+ward|delivery\s+suite|maternity\s+(?:unit|ward)|in\s+the\s+pool)\b/i;
const CONGRATULATE = /\bcongrat/i;
/** "born" soon after the baby's name: "baby Isla-Rose, born at 03:12", "baby Jack was born". */
const BORN_AFTER = /^[^.!?\n]{0,12}?\bborn\b/i;
/** What they trusted the author with is care or a body part, a few words on ("with that ingrown toenail"), not a task ("with the editorial"). */
function trustedWithCare(s: Sentence, end: number): boolean {
  const ws = s.words;
  const k = ws.findIndex((w) => w.range[0] >= end && w.lower === 'with');
  if (k < 0) return false;
  for (let j = k + 1; j < ws.length && j <= k + 5; j++) if (isBody(ws, j) || (isCare(ws, j) && !learnt(ws, j))) return true;
  return false;
}
const HOME_VISIT_BEFORE = /\b(?:home|domiciliary|house)\s+visits?\s+(?:with|to|for)\s+$/i;

/** A card's or letter's valediction before the writer's name ("With love,", "Many thanks,", "Yours sincerely,"); a bare "thanks" thanks the one named. */
const QUOTE_SIGN_LEAD =
  /^(?:(?:(?:with|lots of|all (?:my|our)|much|all the|big) )?(?:love|best wishes|warm wishes|best)(?: from)?|(?:with|many) thanks(?: from)?|from|kind regards|regards|yours(?: sincerely| truly| faithfully)?|cheers|warmly|god bless)?[,.!:–—-]*$/i;

/** A care team thanked for the writer's own care, or a relative's: "thank you for getting me back on my feet", "for looking after Mum". */
function thanksForCare(draft: DraftText, q: Quote): boolean {
  let thanks = false;
  let care = false;
  let own = false;
  for (const s of draft.sentences) {
    if (s.range[1] <= q.inner[0] || s.range[0] >= q.inner[1]) continue;
    s.words.forEach((w, k) => {
      if (w.range[0] < q.inner[0] || w.range[1] > q.inner[1]) return;
      if (THANKS.has(w.lower)) thanks = true;
      else if (FIRST_PERSON.has(w.lower) || isRelation(s.words, k)) own = true;
      if (CARE_SAID.has(w.lower) || (isCare(s.words, k) && !learnt(s.words, k)) || isBody(s.words, k)) care = true;
      else if (w.lower === 'after' && /^look/.test(s.words[k - 1]?.lower ?? '')) care = true;
    });
  }
  return thanks && care && own;
}
const THANKS = set('thank thanks thankyou grateful');
/** The writer as the one cared for ("got me walking", "my knee"), not as the one who thanks ("I am grateful for the care you give"). */
const FIRST_PERSON = set('me my myself');
/** Care said without a care word ("cared for", "nursed", "looked after" below); a ward alone is also where staff train. */
const CARE_SAID = set('care cared caring nursed treated');

interface Description {
  range: Range;
  head: string;
  evidence: RoleEvidence[];
}

const AGE_NOUN = /^\d{1,3}(?:-(?:year|yr|month|week)s?-old|yo|y\/o)$/i;
const AGE_BEFORE =
  /(?:\b\d{1,3}(?:[- ]odd)?[- ]?(?:year|yr)s?[- ]old|\b\d{1,3}[- ]?(?:yo|y\/o)|\b[1-9]0[- ]?(?:something|odd|ish))(?:[ \t]+[a-z]+)?[ \t]*$/i;
const SLOT = /\b(?:my|our|the)\s+(\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)|\d{1,2}[.:]\d{2})(?![A-Za-z0-9])/gi;
const PLACED = /^\s+(?:in|on|from|off)\s+(?:bed|bay|room|cubicle|side\s+room|ward)\s*\d{1,3}\b/i;
const IN_CARE =
  /^\s+(?:in\s+(?:bed|bay|room|cubicle|resus|majors|minors|theatre|recovery|the chair|my chair|clinic)|we\s+(?:had|saw|took|picked|brought|treated|found)|on\s+(?:blood thinners|warfarin|oxygen|dialysis|the ward|end of life)|on\s+(?:her|his|their|the)\s+(?:kitchen\s+|bathroom\s+|bedroom\s+|living\s+room\s+|hall\s+)?floor\b|brought\s+in|admitted|discharged|with\s+(?:a|an|the|her|his)\s+)/i;
// "from Leeds", "at the Crown", "on Tannery Lane": a place that singles someone out (on: a street only, not "on Facebook").
// "a woman on Beckett Road who'd been on the floor since Tuesday": found fallen, a clause on.
const FOUND_FALLEN =
  /^[^.!?]{0,40}?\bwho(?:['’]d|\s+had|\s+was)?\s+(?:been\s+)?(?:on\s+(?:her|his|their|the)\s+(?:\w+\s+)?floor|fallen|collapsed)\b/i;
const WHERE_FROM =
  /^\s+(?:(?:from|of|at|off)\s+(?:out\s+)?(?:the\s+)?\p{Lu}|on\s+\p{Lu}\p{Ll}+\s+(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Crescent|Drive|Way|Grove|Terrace|Gardens|Row|Place)\b)/u;

/** Words that may begin a description ("the", "lovely", "years"); a number or an age noun may too. */
const OPENER = IS_DETERMINER | IS_MODIFIER | IS_AGE_WORD;
/** AGE_NOUN.test(text), asked only of a word that starts with a digit (as every match does). */
const ageNoun = (text: string) => {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && AGE_NOUN.test(text);
};
/** Whether the text has an ASCII digit in [from, to): what /\d/ asks, without a slice. */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** Descriptions that single someone out: a person noun with an age, a bed, a place, or care. */
function descriptionsIn(draft: DraftText, s: Sentence): Description[] {
  const out: Description[] = [];
  const ws = s.words;
  let lastOpener = -Infinity;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // A description starts with a determiner, a modifier, a number or an age in the five words
    // before: without one, the word is not looked up at all (most words of most posts).
    const introduced = i - lastOpener <= 5;
    const age = ageNoun(w.text);
    if ((bitsOf(w) & OPENER) !== 0 || w.kind === 'number' || age) lastOpener = i;
    if (!introduced) continue;
    const publicRole = i > 0 && ws[i - 1]!.lower === 'the' && publicLists().public.has(w.lower);
    // "a 4-year-old", "the 92-year-old": an age used as a noun is a person.
    if (age && i > 0 && DETERMINERS.has(ws[i - 1]!.lower) && !(ws[i + 1] && isPersonNoun(ws, i + 1))) {
      const r: Range = [ws[i - 1]!.range[0], w.range[1]];
      out.push({ range: r, head: 'person', evidence: [] });
      continue;
    }
    if (w.kind !== 'word' || !(isPersonNoun(ws, i) || publicRole) || (isAllUpper(w.text) && !publicRole)) continue;
    // "our manager Nimisha": the noun introduces the name that follows; the name is the mention.
    const following = ws[i + 1];
    if (
      following &&
      sameClause(draft.prose, w, following) &&
      startsUpper(following.text) &&
      !/,/.test(draft.prose.slice(w.range[1], following.range[0])) &&
      !publicRole
    )
      continue;
    // A plural ("600 walkers", "three gentlemen") singles nobody out: none of the tests below is asked of one.
    if (!publicRole && w.lower.endsWith('s') && wordClass(w.lower) === 0) continue;
    // Start: back over modifiers, an age and one determiner.
    let start = i;
    for (const k of before(draft.prose, s, i, 5)) {
      const b = ws[k]!;
      if (
        MODIFIERS.has(b.lower) ||
        b.kind === 'number' ||
        AGE_NOUN.test(b.text) ||
        /^[1-9]0-?(?:something|odd|ish)$/.test(b.lower) ||
        // "52yr old postie": the number and its unit written as one word.
        /^\d{1,3}(?:yrs?|years?)$/.test(b.lower) ||
        // "the lollipop lady": the first word of the phrase the noun ends.
        (k === i - 1 && opensPhraseHere(ws, k)) ||
        // "67yr old bus driver": a noun that modifies the job, after the age.
        (k > 0 && b.kind === 'word' && startsLower(b.text) && /^(?:old|\d{1,3}(?:yo|y\/o))$/i.test(ws[k - 1]!.text)) ||
        /^(?:year|yr|years|yrs|old|odd|month|months|stone|something|ish)$/.test(b.lower) ||
        isOccupation(ws, k) ||
        isPersonNoun(ws, k)
      )
        start = k;
      else if (DETERMINERS.has(b.lower)) {
        start = k;
        break;
      } else break;
    }
    const text = draft.prose.slice(ws[start]!.range[0], w.range[1]);
    const tail = draft.prose.slice(w.range[1], Math.min(s.range[1], w.range[1] + 60));
    const ev: RoleEvidence[] = [];
    const r: Range = [ws[start]!.range[0], w.range[1]];
    // An age has a digit, and the words before the noun hold the text's digits: without one, neither test is asked.
    const lead = Math.max(s.range[0], ws[start]!.range[0] - 20);
    const aged =
      hasDigit(draft.prose, lead, w.range[1]) &&
      (AGE_BEFORE.test(draft.prose.slice(lead, w.range[1]).replace(/\s+\p{L}+$/u, '')) || /\d/.test(text));
    const placed = PLACED.test(tail);
    const inCare = IN_CARE.test(tail) || FOUND_FALLEN.test(tail);
    if (placed) ev.push({ role: 'patient', why: 'bed or room', range: r, weight: 2 });
    if (inCare) ev.push({ role: 'patient', why: 'in care', range: r, weight: 2 });
    if (PATIENT_NOUNS.has(w.lower.replace(/s$/, ''))) ev.push({ role: 'patient', why: 'patient word', range: r, weight: 2 });
    if (publicRole) {
      out.push({
        range: [ws[i - 1]!.range[0], w.range[1]],
        head: w.lower,
        evidence: [{ role: 'public figure', why: 'public role', range: r, weight: 2 }],
      });
      continue;
    }
    const singled = aged || placed || WHERE_FROM.test(tail) || inCare || /^(?:the|this|that|my)$/.test(ws[start]!.lower);
    if (!singled) continue;
    if (isHealthJob(ws, i) && !ev.length) continue;
    // "welcome Dr Butt as a partner", "joins us as a receptionist": a role someone takes, not someone else.
    if (!aged && !ev.length && ws[start - 1]?.lower === 'as' && (TEAM_WORDS.has(w.lower) || isRelation(ws, i) || isOccupation(ws, i)))
      continue;
    out.push({ range: r, head: w.lower, evidence: ev });
  }
  // "my 9am", "my 10.30": an appointment slot stands for the patient in it.
  // A slot has a number: a sentence without a digit (most) has none.
  SLOT.lastIndex = 0;
  // (A sentence with no ASCII digit has no slot, whatever its words.)
  const text =
    hasDigit(draft.prose, s.range[0], s.range[1]) && s.words.some((w) => w.kind === 'number' || /\d/.test(w.text))
      ? draft.prose.slice(s.range[0], s.range[1])
      : '';
  for (let m = SLOT.exec(text); m; m = SLOT.exec(text)) {
    if (!/^(?:my|our)$/i.test(m[0].split(/\s/)[0]!)) continue;
    const r: Range = [s.range[0] + m.index, s.range[0] + m.index + m[0].length];
    out.push({ range: r, head: 'appointment', evidence: [{ role: 'patient', why: 'appointment slot', range: r, weight: 3 }] });
  }
  return out;
}

/**
 * Care that is a person's: a care word they possess ("Kayleigh's crown", "his splint" after a
 * mention of him), their recovery ("Sam is healing nicely after the extraction"), or an
 * encounter with them ("we saw Sam", "had Sam in the chair").
 */
function careEvidence(draft: DraftText, mentions: Mention[], bySentence: Mention[][], memo: SentenceMemo): void {
  // Clinical: a care word, a health job or a clinical title in the sentence.
  const clinicalMemo = new Map<number, boolean>();
  const inCareSentence = (si: number) => {
    let c = clinicalMemo.get(si);
    if (c === undefined) {
      const ws = draft.sentences[si]!.words;
      c = memo.hasCare(si) || ws.some((w, k) => isHealthJob(ws, k) || (CLINICAL_TITLES.has(w.lower) && startsUpper(w.text)));
      clinicalMemo.set(si, c);
    }
    return c;
  };
  // Ends of care words already given to their subject ("Sam is healing after his op": counted once).
  const counted = new Set<number>();
  for (const m of mentions) {
    const s = draft.sentences[m.sentence]!;
    const ws = s.words;
    const firstW = wordIndexAt(ws, m.range[0]);
    const last = Math.max(firstW, wordIndexAt(ws, m.range[1] - 1));
    const ev = m.person.evidence;
    const possessive =
      /['’]s$/.test(ws[last]?.text ?? '') || /^['’]s(?![A-Za-z0-9\u00C0-\u024F])/.test(draft.prose.slice(m.range[1], m.range[1] + 3));
    const next = after(draft.prose, s, last, 6);
    // "@megan_runs who we stretchered off Helvellyn with a shattered ankle": the one the author did something to, with an
    // injury of theirs in that clause ("with a", "with his" + a body part or a condition), was in their care.
    if (!possessive && m.kind !== 'description' && next.length > 2 && WHO.has(ws[next[0]!]!.lower) && AUTHOR.has(ws[next[1]!]!.lower)) {
      const clause = after(draft.prose, s, next[1]!, CLAUSE_WORDS);
      const w = clause.findIndex((k) => ws[k]!.lower === 'with' && WITH_OWN.has(ws[k + 1]?.lower ?? ''));
      const hurt = w < 0 ? undefined : clause.slice(w + 2, w + 5).find((k) => isBody(ws, k) || (isCare(ws, k) && !learnt(ws, k)));
      // Or the injury opens the next sentence, about no one newly named ("... off the bypass. 2 broken wrists and ...").
      const injury = hurt === undefined ? injuryNext(draft, bySentence, m.sentence, clause) : ws[hurt]!.range;
      if (injury) {
        ev.push({ role: 'patient', why: 'seen in care', range: injury, weight: 2 });
        m.person.care.push(injury);
      }
    }
    if (possessive) {
      for (const k of possessed(draft.prose, s, last)) {
        if (isCare(ws, k) && !learnt(ws, k)) {
          ev.push({ role: 'patient', why: 'own care', range: ws[k]!.range, weight: 2 });
          m.person.care.push(ws[k]!.range);
          break;
        }
        if (isBody(ws, k) && (inCareSentence(m.sentence) || memo.careNear(m.sentence))) {
          ev.push({ role: 'patient', why: 'own body, with care', range: ws[k]!.range, weight: 2 });
          m.person.care.push(ws[k]!.range);
          break;
        }
      }
    } else if (m.kind !== 'handle') {
      // The person as subject, receiving care: "Sam is healing nicely after the extraction".
      const verb = next.find(
        (k) => !['has', 'have', 'just', 'also', 'now', 'then', 'really', 'finally', 'been', 'being'].includes(ws[k]!.lower),
      );
      if (verb !== undefined && RECIPIENT_VERBS.has(ws[verb]!.lower)) {
        // The care word must be the subject's, not someone else's ("Dr Kaye is a cowboy, half his crowns ..."): no possessor between.
        const span = after(draft.prose, s, verb, 12);
        const stop = span.findIndex((k) => /['’]s$/.test(ws[k]!.text) || /,/.test(draft.prose.slice(ws[k - 1]!.range[1], ws[k]!.range[0])));
        const care = (stop < 0 ? span : span.slice(0, stop)).find((k) => isCare(ws, k) && !learnt(ws, k));
        if (care !== undefined) {
          ev.push({ role: 'patient', why: 'own care', range: ws[care]!.range, weight: 2 });
          counted.add(ws[care]!.range[1]);
          m.person.care.push(ws[care]!.range);
        }
      }
      // Spoken to about their own care: "Jodie, hope ur inhaler is helping!", "so glad you're healing well, Mrs Bryce".
      // The care may follow in the next sentence of the paragraph, when that names no one else ("Hi Bethan! Your lenses are in").
      if (m.kind !== 'description' && spokenTo(draft.prose, s, firstW, last)) {
        const t = draft.sentences[m.sentence + 1];
        const nextToo = t !== undefined && t.paragraph === s.paragraph && bySentence[m.sentence + 1]!.length === 0;
        let cw = ws;
        let yours = secondPersonCare(ws);
        if (yours < 0 && nextToo) yours = secondPersonCare((cw = t.words));
        if (yours >= 0 && !counted.has(cw[yours]!.range[1])) {
          ev.push({ role: 'patient', why: 'spoken to about their care', range: cw[yours]!.range, weight: 2 });
          counted.add(cw[yours]!.range[1]);
          m.person.care.push(cw[yours]!.range);
        }
      }
      // Met in care: "saw Sam", "we had the lovely Sam in the chair".
      const prev = before(draft.prose, s, firstW, 3).find((k) => !MODIFIERS.has(ws[k]!.lower) && !DETERMINERS.has(ws[k]!.lower));
      if (prev !== undefined) {
        const pw = ws[prev]!.lower;
        const clinical = inCareSentence(m.sentence) || memo.careNear(m.sentence);
        const inAfter = /^\s+in\b/i.test(draft.prose.slice(m.range[1], m.range[1] + 4));
        if ((ENCOUNTER_VERBS.has(pw) || (pw === 'had' && inAfter)) && (clinical || inAfter))
          ev.push({ role: 'patient', why: 'seen in care', range: ws[prev]!.range, weight: 2 });
        // "took 4 wisdom teeth out of poor sophie", "got the splinter out of Jack": what came out of someone was in their body.
        else if (pw === 'of' && prev > 1 && ws[prev - 1]!.lower === 'out') {
          const what = before(draft.prose, s, prev - 1, 5).find((k) => isBody(ws, k) || (isCare(ws, k) && !learnt(ws, k)));
          if (what !== undefined) {
            ev.push({ role: 'patient', why: 'own care', range: ws[what]!.range, weight: 2 });
            m.person.care.push(ws[what]!.range);
          }
        }
      }
    }
  }
  // Care given "with Dr Fenwick", "by Nurse Obi": the care is someone else's, the one the sentence's pronouns mean.
  // A pronoun after the clinician then means the one cared for ("with Dr Haddad and his first varifocals").
  const caredFor = new Map<Mention, Mention>();
  for (const m of mentions)
    if (m.kind === 'title and name' && CLINICAL_TITLES.has(m.title!)) {
      const had = careGivenBy(draft, bySentence, m);
      if (had) caredFor.set(m, had);
    }
  // "mr okonkwo made his own cuppa today. first time since the stroke": a time since care, said after someone is the
  // subject, is their recovery (the care is theirs, whoever else the sentence names later).
  draft.sentences.forEach((s, si) => {
    const ws = s.words;
    for (let k = 0; k + 1 < ws.length; k++) {
      if (!(bitsOf(ws[k]!) & IS_SINCE)) continue;
      const c = ws[k + 1]!.lower === 'the' ? k + 2 : k + 1;
      if (c >= ws.length || !isCare(ws, c) || learnt(ws, c) || counted.has(ws[c]!.range[1])) continue;
      const subject = subjectBefore(draft, bySentence, si, ws[k]!.range[0]);
      if (!subject) continue;
      subject.person.evidence.push({ role: 'patient', why: 'own care', range: ws[c]!.range, weight: 2 });
      subject.person.care.push(ws[c]!.range);
      counted.add(ws[c]!.range[1]);
    }
  });
  // Pronouns: "his", "her" + care word, "him" after an encounter verb, given to the nearest person before.
  draft.sentences.forEach((s, si) => {
    const ws = s.words;
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k]!;
      const bits = bitsOf(w);
      if (!(bits & (IS_POSSESSIVE_PRONOUN | IS_SUBJECT_PRONOUN | IS_PERSONAL_PRONOUN))) continue;
      const possessive = (bits & IS_POSSESSIVE_PRONOUN) !== 0;
      const subject = !possessive && (bits & IS_SUBJECT_PRONOUN) !== 0;
      const nearest = nearestBefore(draft, bySentence, w.range[0], si);
      const target = nearest && (caredFor.get(nearest) ?? nearest);
      if (!target) continue;
      const ev = target.person.evidence;
      // "Meet Rosie! She's our practice dog": the one named is an animal.
      if (subject && saysAnimal(ws, after(draft.prose, s, k, 5))) {
        ev.push({ role: 'other', why: 'an animal', range: w.range, weight: 3 });
        continue;
      }
      if (possessive) {
        // "her last shift before ...": the one whose shift it is works here.
        if (after(draft.prose, s, k, 3).some((j) => WORK_TIME.has(ws[j]!.lower)))
          ev.push({ role: 'staff', why: 'their shift', range: w.range, weight: 2 });
        for (const j of after(draft.prose, s, k, 3)) {
          if (isCare(ws, j) && learnt(ws, j)) break;
          if (isCare(ws, j)) {
            // Once a care word: the subject's own care may have been counted already.
            if (!counted.has(ws[j]!.range[1]))
              ev.push({ role: 'patient', why: 'own care (pronoun)', range: [w.range[0], ws[j]!.range[1]], weight: 2 });
            target.person.care.push([w.range[0], ws[j]!.range[1]]);
            break;
          }
          if (isBody(ws, j) && (inCareSentence(si) || memo.careNear(si))) {
            ev.push({ role: 'patient', why: 'own care (pronoun)', range: [w.range[0], ws[j]!.range[1]], weight: 2 });
            target.person.care.push([w.range[0], ws[j]!.range[1]]);
            break;
          }
          if (DETERMINERS.has(ws[j]!.lower)) break;
        }
      } else if (k > 0 && (ENCOUNTER_VERBS.has(ws[k - 1]!.lower) || cutFree(ws, k)) && (memo.careNear(si) || memo.hasCare(si))) {
        ev.push({ role: 'patient', why: 'seen in care', range: ws[k - 1]!.range, weight: 2 });
      }
    }
  });
}

/**
 * A body part or a care word in the first five words after a clause (the words left of its sentence, or the next sentence
 * of its paragraph), with no one named before it.
 */
function injuryNext(draft: DraftText, bySentence: Mention[][], si: number, clause: number[]): Range | undefined {
  const last = clause[clause.length - 1];
  if (last === undefined || clause.length >= CLAUSE_WORDS) return undefined;
  let s = draft.sentences[si]!;
  let from = last + 1;
  if (from >= s.words.length) {
    const next = draft.sentences[si + 1];
    if (!next || next.paragraph !== s.paragraph) return undefined;
    s = next;
    from = 0;
  }
  const ws = s.words;
  const named = bySentence[si + (from === 0 ? 1 : 0)]!.find((m) => m.range[0] >= ws[from]!.range[0])?.range[0] ?? Infinity;
  for (let k = from; k < Math.min(from + 5, ws.length) && ws[k]!.range[1] <= named; k++) {
    // The author's own ("my knees are shot") is not theirs.
    if (FIRST_PERSON.has(ws[k]!.lower) || AUTHOR.has(ws[k]!.lower) || ws[k]!.lower === 'our') return undefined;
    if (isBody(ws, k) || (isCare(ws, k) && !learnt(ws, k))) return ws[k]!.range;
  }
  return undefined;
}
const CLAUSE_WORDS = 16;

/** Time at work that is someone's: "her last shift", "his nights", "their placement". */
const WORK_TIME = set('shift shifts lates earlies placement rota');
/**
 * The one named as the subject of sentence si (its first word), or of the sentence before in its paragraph when si names
 * no one, with no one else named before the offset.
 */
function subjectBefore(draft: DraftText, bySentence: Mention[][], si: number, offset: number): Mention | undefined {
  let j = si;
  let here = bySentence[si]!.filter((m) => m.range[0] < offset);
  if (!here.length && si > 0 && draft.sentences[si - 1]!.paragraph === draft.sentences[si]!.paragraph) here = bySentence[(j = si - 1)]!;
  const m = here[0];
  if (!m || m.kind === 'description' || m.kind === 'self' || here.some((o) => o.person !== m.person)) return undefined;
  if (m.title !== undefined && CLINICAL_TITLES.has(m.title)) return undefined;
  return m.range[0] === draft.sentences[j]!.words[0]!.range[0] ? m : undefined;
}

/** Care that is someone's own, which a colleague has too ("Dev is off the 3rd for his knee op"). */
const OWN_CARE = new Set(['own care', 'own care (pronoun)', 'own body, with care']);

/**
 * "Shona, you've got the Sunday lates", "Dev is off the 3rd to the 10th for his knee op": the names in a paragraph about
 * the rota are the colleagues on it. Their own care does not make them patients; being placed in a bed, booked in or
 * called a patient still does, and nothing else does (a colleague on the rota is decisively staff).
 */
function rotaEvidence(draft: DraftText, mentions: Mention[]): void {
  let rota: Set<number> | undefined;
  for (const m of mentions) {
    if (m.kind === 'handle' || m.kind === 'description' || m.kind === 'self') continue;
    const ev = m.person.evidence;
    if (ev.some((e) => e.why === ON_ROTA || (e.role === 'patient' && !OWN_CARE.has(e.why)))) continue;
    // The paragraphs that speak of a rota, found once, when there is a name to ask about.
    rota ??= new Set(
      draft.sentences
        .filter((s) => s.words.some((w, k) => (bitsOf(w) & IS_ROTA) !== 0 || (w.lower === 'shift' && s.words[k + 1]?.lower === 'swap')))
        .map((s) => s.paragraph),
    );
    if (rota.has(draft.sentences[m.sentence]!.paragraph)) ev.push({ role: 'staff', why: ON_ROTA, range: m.range, weight: 3 });
  }
}
const ON_ROTA = 'on the rota';

/**
 * "Six months of aligners with Dr Fenwick later, and look at him now": care given by a clinician
 * named after "with" or "by" is had by the person a third-person pronoun of the sentence stands
 * for, the nearest named person before it in the paragraph who is not a clinician.
 */
function careGivenBy(draft: DraftText, bySentence: Mention[][], giver: Mention): Mention | undefined {
  const s = draft.sentences[giver.sentence]!;
  const ws = s.words;
  const at = wordIndexAt(ws, giver.range[0]);
  if (at < 2 || (ws[at - 1]!.lower !== 'with' && ws[at - 1]!.lower !== 'by')) return undefined;
  // The care word is in the clause before "with": "six months of clear aligners with Dr Fenwick".
  const back = before(draft.prose, s, at - 1, 6);
  const care = back.find((k) => isCare(ws, k) && !learnt(ws, k));
  // Care someone gave alongside the clinician ("ran the vaccine clinic with Dr Patel", "helped with jabs with Nurse Obi") is no one's own.
  if (care !== undefined && before(draft.prose, s, care, 4).some((k) => AGENT_VERBS.has(ws[k]!.lower) || GIVING.test(ws[k]!.lower)))
    return undefined;
  if (care === undefined || !ws.some((w) => PERSONAL_PRONOUNS.has(w.lower) || POSSESSIVE_PRONOUNS.has(w.lower))) return undefined;
  for (let si = giver.sentence; si >= 0 && si >= giver.sentence - 3; si--) {
    if (draft.sentences[si]!.paragraph !== s.paragraph) return undefined;
    const list = bySentence[si]!;
    for (let j = list.length - 1; j >= 0; j--) {
      const m = list[j]!;
      if (m.range[0] >= giver.range[0] || m.person === giver.person) continue;
      if (m.kind === 'description' || m.kind === 'self' || (m.title !== undefined && CLINICAL_TITLES.has(m.title))) continue;
      m.person.evidence.push({ role: 'patient', why: 'own care', range: ws[care]!.range, weight: 2 });
      m.person.care.push(ws[care]!.range);
      return m;
    }
  }
  return undefined;
}

/** The words after a name or a pronoun say what it is, an animal: "(is) our practice dog", "the therapy pony". */
function saysAnimal(ws: Word[], next: number[]): boolean {
  const j = next[0] !== undefined && ['is', 'was', 'are'].includes(ws[next[0]]!.lower) ? 1 : 0;
  if (next[j] === undefined || !DETERMINERS.has(ws[next[j]!]!.lower)) return false;
  // After "is", only one that owns or points at the animal: "is our practice dog", not "is a tough old bird".
  if (j === 1 && !OWNED_ANIMAL.has(ws[next[j]!]!.lower)) return false;
  // The noun may come after a few describing words, over commas: "Pip the very small, very fluffy terrier".
  for (let k = next[j]! + 1; k <= next[j]! + 6 && k < ws.length; k++) {
    const w = ws[k]!;
    if ((classOf(w.lower) & ANIMAL) !== 0) return true;
    if (w.kind !== 'word' || NOT_IN_NOUN_PHRASE.has(w.lower) || isPersonNoun(ws, k)) return false;
  }
  return false;
}

const OWNED_ANIMAL = set('our the my their his her');
/** A relative clause whose subject is the author: "(@x) who we stretchered off ...", "(Dave,) whom I found ...". */
const WHO = set('who whom');
const AUTHOR = set('we i');
/** "with a shattered ankle", "with his broken wrist": what someone has, after "with". */
const WITH_OWN = set('a an his her their');

const GIVING = /^(?:help|assist|shadow|run|lead|do|support|observ)(?:ing|ed|s|e)?$/;

/** "therapist assistant", "dental technician", "care worker": a support job named by the care it supports. */
const SUPPORT_JOBS = new Set('assistant assistants aide technician technologist practitioner worker workers'.split(' '));
const CARE_FIELDS = new Set(
  'therapy dental pharmacy nursing care healthcare physio physiotherapy rehab clinical theatre maternity health support'.split(' '),
);
function supportsCare(ws: Word[], i: number): boolean {
  const field = ws[i - 1];
  return SUPPORT_JOBS.has(ws[i]!.lower) && field !== undefined && (CARE_FIELDS.has(field.lower) || isHealthJob(ws, i - 1));
}

/** A care word at j that names a course or training (within the four words after it), not care received. */
function learnt(ws: Word[], j: number): boolean {
  return namesLearning(ws.slice(j + 1, j + 5).map((w) => w.lower));
}

const NOT_IN_NOUN_PHRASE = new Set(
  'but and or to for with is was are were the a an in on at of by from that which who so as when while after before'.split(' '),
);

/** The words of the noun phrase a possessive at word i owns: "Kayleigh's (front teeth)", up to three, no comma. */
function possessed(prose: string, s: Sentence, i: number): number[] {
  const out: number[] = [];
  for (let k = i + 1; k < s.words.length && out.length < 3; k++) {
    if (/[,;:.!?()]/.test(prose.slice(s.words[k - 1]!.range[1], s.words[k]!.range[0])) || NOT_IN_NOUN_PHRASE.has(s.words[k]!.lower)) break;
    out.push(k);
  }
  return out;
}

/** What a build asks of a sentence more than once, answered once: its care words, its media talk. */
class SentenceMemo {
  private readonly care: (boolean | undefined)[] = [];
  /** Media talk in a sentence (sport, television): the range of its first word, or null. */
  readonly mediaTalk = new Map<number, Range | null>();
  private readonly postOp: (boolean | undefined)[] = [];
  private readonly deathIn = new Map<number, boolean>();
  private caredTillEnd: boolean | undefined;
  constructor(private readonly draft: DraftText) {}
  /** A recovery's timeline in sentence si ("week 6 post knee replacement"): asked once a sentence, not once a name. */
  recoveryTimeline(si: number): boolean {
    return (this.postOp[si] ??= POST_OP.test(this.draft.sentences[si]!.text));
  }
  /** A death told in a paragraph, and the author caring till the end anywhere: once each, however many names. */
  deathInCare(paragraph: number): boolean {
    this.caredTillEnd ??= CARED_TILL_END.test(this.draft.prose);
    if (!this.caredTillEnd) return false;
    let d = this.deathIn.get(paragraph);
    if (d === undefined) this.deathIn.set(paragraph, (d = DIED.test(paragraphText(this.draft, paragraph))));
    return d;
  }
  /** A care word in sentence si. */
  hasCare(si: number): boolean {
    let c = this.care[si];
    if (c === undefined) {
      const ws = this.draft.sentences[si]!.words;
      c = this.care[si] = ws.some((_, k) => isCare(ws, k));
    }
    return c;
  }
  /** A care word in a neighbour of sentence si in the same paragraph. */
  careNear(si: number): boolean {
    const sentences = this.draft.sentences;
    const para = sentences[si]!.paragraph;
    for (const j of [si - 1, si + 1]) {
      const s = sentences[j];
      if (!s || s.paragraph !== para) continue;
      if (this.hasCare(j)) return true;
    }
    return false;
  }
}

/** The index of the word of ws holding (or first after) an offset, by binary search. */
function wordIndexAt(ws: Word[], offset: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid]!.range[1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, ws.length - 1);
}

/** The mention nearest before an offset, in the same sentence or the one before in its paragraph. */
function nearestBefore(draft: DraftText, bySentence: Mention[][], offset: number, si: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of bySentence[si]!) {
    if (m.range[1] > offset) break;
    best = m;
  }
  if (best || si === 0) return best;
  // A paragraph that opens on the pronoun ("... to our lovely Edna Pilkington! / Her dementia has ...") goes on about the
  // one the paragraph before ended on; otherwise a pronoun reaches back only within its paragraph.
  const opensParagraph = draft.sentences[si]!.words[0]?.range[0] === offset;
  if (draft.sentences[si - 1]!.paragraph !== draft.sentences[si]!.paragraph && !opensParagraph) return undefined;
  // (Back over a line of emoji alone, which holds no words.)
  let j = si - 1;
  while (opensParagraph && j > 0 && draft.sentences[j]!.words.length === 0) j--;
  const prev = bySentence[j]!;
  return prev[prev.length - 1];
}

/** Greetings and thanks that stand before the name of the one spoken to: "hi Jodie", "thanks Mr Khan". */
const GREETING = set('hi hey hiya hello dear thanks thank morning evening afternoon congrats congratulations');
/** Second person, as posts spell it. */
const YOUR = set('your ur yr');
const YOU_ARE = set("you're youre you’re ur u");

/**
 * The name at word i..last is spoken to: it opens its sentence, follows a greeting or a comma, or closes a clause
 * ("..., Jodie!"), with a break after it (a comma, ! ? . or the sentence's end).
 */
function spokenTo(prose: string, s: Sentence, i: number, last: number): boolean {
  const ws = s.words;
  const nextWord = ws[last + 1];
  const gap = prose.slice(ws[last]!.range[1], nextWord ? nextWord.range[0] : s.range[1]);
  if (nextWord && !/^\s*[,!?.…]|\p{Extended_Pictographic}/u.test(gap)) return false;
  const prev = ws[i - 1];
  if (!prev) return true;
  return GREETING.has(prev.lower) || /[,;:–—-]/.test(prose.slice(prev.range[1], ws[i]!.range[0])) || !nextWord || /^\s*[,!]/.test(gap);
}

/**
 * A care word of the reader's in the sentence, "your" or "ur" + (a modifier) + care ("ur inhaler", "your new crown"), or
 * "you're" + a recovery verb ("you're healing well"): its word index, or -1.
 */
function secondPersonCare(ws: Word[]): number {
  for (let k = 0; k + 1 < ws.length; k++) {
    const w = ws[k]!.lower;
    if (YOUR.has(w)) {
      // "your new crown", "your contact lenses": the care word heads the next two words.
      const j = MODIFIERS.has(ws[k + 1]!.lower) ? k + 2 : k + 1;
      for (const c of [j, j + 1]) if (c < ws.length && isCare(ws, c) && !learnt(ws, c)) return c;
    }
    // "you're healing nicely": the recovery is the reader's, with a care word after it or without one.
    if (YOU_ARE.has(w) && (ws[k + 1]!.lower === 'healing' || ws[k + 1]!.lower === 'recovering')) return k + 1;
  }
  return -1;
}

/** "we cut him out of his car", "cut her free": a rescue, the pronoun at k the one rescued. */
function cutFree(ws: Word[], k: number): boolean {
  return ws[k - 1]!.lower === 'cut' && (ws[k + 1]?.lower === 'out' || ws[k + 1]?.lower === 'free');
}
