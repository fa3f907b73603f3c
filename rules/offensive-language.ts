import type { Draft } from '../src/draft/types.js';
import { defineRule, docsUrl } from '../src/engine/rule-types.js';
import { allMatches, lexicon, loadData, type Match, type PhraseSet } from './lib/lexicon.js';
import { maskTokens } from './lib/mask-tokens.js';
import { ObscenityMatcher } from './lib/obscenity-matcher.js';
import { isPlaceName } from './lib/places.js';
import { acronymOf, guardedWord, isBodyWord, LOOKS_LIKE, profanityOf, slurSaidOfPerson, unmask } from './lib/insults.js';
import { perDraft } from './lib/per-draft.js';
import { firstNameFlags } from './lib/people.js';
import { BODY, classOf, CONDITION } from '../src/draft/people/vocabulary.js';
import { bodyMaskedWords } from './lib/attack-evidence.js';
import { groupHostility, type Framing } from './lib/group-hostility.js';
import { thresholdOption } from './lib/threshold.js';

const terms = lexicon('offensive.yaml');

interface Hit {
  start: number;
  end: number;
  word: string;
  tier: 'obscene' | 'mild' | 'slur';
}

export default defineRule({
  meta: {
    id: 'offensive-language',
    type: 'problem',
    description:
      'Finds profanity (also masked, in leetspeak or in initials; mild as a warning), slurs, and hostility to groups with a protected characteristic: stereotypes, dehumanising words, exclusion, approval of violence and conspiracy tropes.',
    policy: [
      'Practice policy ("Using offensive language", "discriminatory ... comments")',
      'HCPC standards 1.6 (treat people fairly; do not discriminate)',
      'CODE policy summary (offensive or discriminatory content)',
    ],
    defaultSeverity: 'error',
    options: {
      threshold: thresholdOption(
        'How much evidence of hostility to a protected group (hostile framings, each weighed) a paragraph needs before it is reported.',
      ),
    },
    messages: {
      hostility: 'Hostile to a protected group ({{group}}): {{evidence}}. This is discriminatory (HCPC 1.6): take it out.',
      quoted: 'Quotes swearing ("{{masked}}"). Fine when you are quoting abuse to call it out; otherwise reword it.',
      obscene: 'Obscene language ("{{masked}}") on an account linked to your work breaks the practice policy. Remove it.',
      mild: 'Swearing ("{{masked}}") looks unprofessional on an account linked to your work. Consider rewording.',
      slur: 'This is a slur ("{{masked}}"). Slurs about race, religion, nationality, sexuality, gender identity or disability are discriminatory (HCPC 1.6). Remove it.',
      stereotype:
        'This generalises about {{group}} ("{{text}}"). Stereotypes about a protected group are discriminatory (HCPC 1.6) and bring the profession into disrepute. Remove it.',
      pejorative:
        'This uses a protected characteristic as an insult ("{{text}}"). It is discriminatory (HCPC 1.6) and hurts colleagues and patients who read it. Reword it.',
      exclusion:
        'This is an exclusionary remark ("{{text}}") aimed at people for their nationality or language. It is discriminatory (HCPC 1.6). Remove it.',
    },
    docs: docsUrl('offensive-language'),
  },
  check({ draft, report, options }) {
    const hits = dedupe([...obscenityHits(draft), ...lexiconHits(draft), ...maskedHits(draft), ...profanityHits(draft)]);
    for (const h of hits) {
      if (h.tier === 'mild' && !swearing(draft, h)) continue;
      // Abuse quoted to call it out ("we were called '...' eleven times"): a warning.
      if (h.tier !== 'slur' && draft.quotes.some((q) => q.kind === 'quotation' && q.inner[0] <= h.start && h.end <= q.inner[1])) {
        report({ messageId: 'quoted', data: { masked: mask(h.word) }, range: [h.start, h.end], lesser: true });
        continue;
      }
      report({ messageId: h.tier, data: { masked: mask(h.word) }, range: [h.start, h.end], lesser: h.tier === 'mild' });
    }
    const reportedHostility = new Set<number>();
    for (const { paragraph, groups, found } of groupHostility(draft)) {
      // Which groups a framing needs: removal is said of people by where they are from or what
      // they believe ("send them back" about pensioners' prescriptions is not it); calling
      // disabled people ill, or a danger to others, may describe them; denying who someone is
      // ("blokes in wigs", "real women") is the trope about trans people, not a panto post's
      // porters "in heels".
      const has = (...c: string[]) => groups.some((g) => c.includes(g.characteristic!));
      const notOnlyDisability = groups.some((g) => g.characteristic !== 'disability');
      const needs: Partial<Record<Framing, boolean>> = {
        exclusion: has('race', 'religion'),
        denial: has('gender reassignment'),
        pathologising: notOnlyDisability,
        'danger to others': notOnlyDisability,
      };
      const counted = found.filter((f) => !f.needsGroup || (needs[f.framing] ?? groups.length > 0));
      const sum = counted.reduce((a, f) => a + f.weight, 0);
      if (sum < options.threshold || !counted.length) continue;
      const first = [...counted].sort((a, b) => b.weight - a.weight || a.range[0] - b.range[0])[0]!;
      const evidence = describeAll(counted);
      const group = groups[0] ? groups[0].characteristic! : 'unnamed, by a coded trope';
      reportedHostility.add(paragraph);
      report({ messageId: 'hostility', data: { group, evidence }, range: first.range });
    }
    for (const s of stereotypes(draft))
      report({ messageId: 'stereotype', data: { group: s.group, text: s.text }, range: [s.start, s.end] });
    for (const m of allMatches(terms('pejorative'), draft.prose))
      report({ messageId: 'pejorative', data: { text: m.text }, range: [m.start, m.end] });
    for (const m of allMatches(terms('exclusion'), draft.prose))
      report({ messageId: 'exclusion', data: { text: m.text }, range: [m.start, m.end] });
  },
});

const DESCRIBE: Record<Framing, string> = {
  dehumanising: 'dehumanising words',
  exclusion: 'wants them gone',
  confinement: 'wants them locked up or kept out',
  denial: 'denies who they are',
  pathologising: 'calls who they are an illness',
  'danger to children': 'casts them as a danger to children',
  'danger to others': 'casts them as a danger to others',
  'collective blame': 'blames them all',
  'approval of violence': 'approves of violence',
  'conspiracy trope': 'a conspiracy trope',
  disclaimer: 'a disclaimer before a generalisation',
};
/** 'dehumanising words ("vermin"); wants them gone ("send the lot back")': two framings, two words each at most. */
function describeAll(found: { framing: Framing; text: string; weight: number }[]): string {
  const byFraming = new Map<Framing, string[]>();
  for (const f of [...found].sort((a, b) => b.weight - a.weight)) {
    const texts = byFraming.get(f.framing) ?? [];
    const text = `"${f.text.replace(/\s+/g, ' ').slice(0, 25)}"`;
    if (texts.length < 2 && !texts.includes(text)) texts.push(text);
    byFraming.set(f.framing, texts);
  }
  return [...byFraming]
    .slice(0, 2)
    .map(([f, texts]) => `${DESCRIBE[f]} (${texts.join(', ')})`)
    .join('; ');
}

/**
 * Profanity from the compiled lists (cuss with sureness, WordNet, hand): whole words that are
 * sure profanity or slurs, acronyms ("TTFO"), and masked spellings matched letter by letter.
 */
function profanityHits(draft: Draft): Hit[] {
  const out: Hit[] = [];
  const tierOf = (strength: string): Hit['tier'] => (strength === 'slur' ? 'slur' : strength === 'mild' ? 'mild' : 'obscene');
  const words = draft.words;
  for (let j = 0; j < words.length; j++) {
    const w = words[j]!;
    if (w.kind !== 'word' && w.kind !== 'hashtag') continue;
    const lower = w.kind === 'hashtag' ? w.lower.slice(1) : w.lower;
    const acronym = acronymOf(lower);
    if (acronym) {
      out.push({ start: w.range[0], end: w.range[1], word: w.text, tier: tierOf(acronym.strength) });
      continue;
    }
    if (w.kind !== 'word') continue;
    const p = profanityOf(lower);
    if (!p) continue;
    // An ordinary word that is also a slur ("fairy", "queen", "nip") is one only when said of a person.
    const ordinarySlur = p.strength === 'slur' && p.sureness === 1;
    if (ordinarySlur && !slurSaidOfPerson(wordsBefore(draft, j), draft.prose, w.range[1])) continue;
    // Otherwise sure words only: cuss rates 0-1 the words that are usually innocent ("beaver", "knockers").
    if (!ordinarySlur && p.sureness < 2) continue;
    // "asses" in "assess", "butch" in "butcher": a dictionary word built on a profane stem is not profanity.
    if (p.word !== lower && guardedWord(lower)) continue;
    if (notObscene(draft, w.range[0], w.range[1], w.text)) continue;
    out.push({ start: w.range[0], end: w.range[1], word: w.text, tier: tierOf(p.strength) });
  }
  for (const m of bodyMaskedWords(draft)) {
    const u = unmask(m.text);
    if (u) out.push({ start: m.start, end: m.end, word: m.text, tier: tierOf(u.strength) });
  }
  return out;
}

/** The keys of the words before the one starting at `start`, in its sentence, up to four. */
function keysBefore(draft: Draft, start: number): string[] {
  const j = draft.words.findIndex((w) => w.range[0] >= start);
  return j < 0 ? [] : wordsBefore(draft, j);
}

/** The keys of the words before words[j] in its sentence, up to four. */
function wordsBefore(draft: Draft, j: number): string[] {
  const w = draft.words[j]!;
  const s = draft.sentences.find((x) => x.range[0] <= w.range[0] && w.range[0] < x.range[1]);
  const out: string[] = [];
  for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
    const x = draft.words[k]!;
    if (s && x.range[0] < s.range[0]) break;
    out.unshift(x.key);
  }
  return out;
}

// Enough to find the word in the draft, without printing it again.
const mask = (word: string) => word[0] + '•'.repeat(Math.max(1, [...word].length - 1));

// --- Obscenities -------------------------------------------------------------------------

let matcher: ObscenityMatcher | undefined;

/** The `obscenity` English dataset: it handles leetspeak, repeated letters and confusables. */
function obscenityHits(draft: Draft): Hit[] {
  matcher ??= new ObscenityMatcher();
  const out: Hit[] = [];
  for (const m of matcher.getAllMatches(draft.prose)) {
    const [start, end] = wordAround(draft.source, m.startIndex, m.endIndex + 1);
    const word = draft.source.slice(start, end);
    if (notObscene(draft, start, end, word)) continue;
    out.push({ start, end, word, tier: mildWords().has(word.toLowerCase()) ? 'mild' : 'obscene' });
  }
  return out;
}

function lexiconHits(draft: Draft): Hit[] {
  const out: Hit[] = [];
  for (const tier of ['obscene', 'mild', 'slur'] as const) {
    for (const m of allMatches(terms(tier === 'slur' ? 'slurs' : tier), draft.prose)) {
      if (notObscene(draft, m.start, m.end, m.text)) continue;
      out.push({ start: m.start, end: m.end, word: m.text, tier });
    }
  }
  return out;
}

interface Maskable {
  strong: string[];
  mild: string[];
}
let maskableSlurs: string[] | undefined;
/** Slurs as masked words can hide them ("p*ki", "r*tarded"): the listed forms, wildcard dropped. */
const slurWords = () =>
  (maskableSlurs ??= loadData<{ slurs: string[] }>('offensive.yaml')
    .slurs.filter((w) => !/\s/.test(w))
    .map((w) => w.replace(/\*$/, '')));
let mildSet: Set<string> | undefined;
const mildWords = () =>
  (mildSet ??= new Set([
    ...loadData<{ mild: string[] }>('offensive.yaml').mild,
    ...loadData<{ maskable: Maskable }>('offensive.yaml').maskable.mild,
  ]));

// What a masking character can stand for: any letter, or the letter it looks like (as in
// insults.ts, but '+' and '7' here mask any letter: "c+++", not "t").
const { '+': _plus, '7': _seven, ...STANDS_FOR } = LOOKS_LIKE;

/** Masked words ("f***", "b*****d", "c**p"): Markdown may read the stars as emphasis, so read the source. */
function maskedHits(draft: Draft): Hit[] {
  const { strong, mild } = loadData<{ maskable: Maskable }>('offensive.yaml').maskable;
  const out: Hit[] = [];
  for (const m of maskTokens(draft.source, draft.bodyStart)) {
    // Masked words are short; a long run is not one (and is not worth scanning again).
    if (m.text.length > 40) continue;
    let text = m.text.replace(/!+$/, '');
    if (!/^\p{L}/u.test(text) || !/[*#$]/.test(text)) continue;
    // Only prose: letters the prose view kept (not code, URLs or front matter).
    if (draft.prose[m.start] !== draft.source[m.start]) continue;
    text = text.toLowerCase();
    const slur = slurWords().find((w) => unmasks(text, w) || unmasks(text, `${w}ed`));
    if (slur) {
      out.push({ start: m.start, end: m.start + text.length, word: m.text.slice(0, text.length), tier: 'slur' });
      continue;
    }
    const found = strong.find((w) => unmasks(text, w)) ?? mild.find((w) => unmasks(text, w));
    if (found)
      out.push({
        start: m.start,
        end: m.start + text.length,
        word: m.text.slice(0, text.length),
        tier: strong.includes(found) ? 'obscene' : 'mild',
      });
  }
  return out;
}

function unmasks(masked: string, word: string): boolean {
  // A compound starts with the masked word: "sh*tshow", "f*ckwit".
  if (masked.length > word.length && /^[\p{L}]{3,}$/u.test(masked.slice(word.length)) && /[*#$]/.test(masked.slice(0, word.length)))
    masked = masked.slice(0, word.length);
  if (masked.length !== word.length || masked === word) return false;
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i]!;
    if (c === word[i] || c === '*' || c === '#' || STANDS_FOR[c] === word[i]) continue;
    return false;
  }
  return true;
}

/** The whole word around a fragment the matcher found ("Penistone" around "penis"). */
function wordAround(text: string, start: number, end: number): [number, number] {
  const part = /[\p{L}\p{N}\p{M}*#$@!'’]/u;
  // No word is longer than this: a run of "f*f*f*..." must not be walked once per match.
  const floor = Math.max(0, start - 40);
  const ceiling = Math.min(text.length, end + 40);
  while (start > floor && part.test(text[start - 1]!)) start--;
  while (end < ceiling && part.test(text[end]!)) end++;
  while (end > start && /[!'’]/.test(text[end - 1]!)) end--;
  return [start, end];
}

let whitelist: PhraseSet | undefined;
let idioms: PhraseSet | undefined;

/** Anatomy, clinical terms, places, names, birds and food that contain or look like obscenities. */
function notObscene(draft: Draft, start: number, end: number, word: string): boolean {
  whitelist ??= terms('notObscene');
  idioms ??= terms('idioms');
  // The listed phrase covers the hit: "penis", "blue tits", "cum laude", "Shitterton", "taking the mickey".
  const around = draft.prose.slice(Math.max(0, start - 20), Math.min(draft.prose.length, end + 20));
  const offset = Math.max(0, start - 20);
  const covers = (m: Match) => m.start + offset <= start && m.end + offset >= end;
  if (allMatches(whitelist, around).some(covers) || allMatches(idioms, around).some(covers)) return true;
  if (isPlaceName(word)) return true;
  // An ordinary word that is also a slur ("chink" in a fence, "fag" for a cigarette), not said of a person.
  const ordinary = profanityOf(word.toLowerCase());
  if (ordinary?.strength === 'slur' && ordinary.sureness === 1 && !slurSaidOfPerson(keysBefore(draft, start), draft.prose, end))
    return true;
  // A dictionary word that holds a profane string ("analgesic", "assorted"), or a typo of one.
  const lower = word.toLowerCase();
  if (/^[a-z]+$/.test(lower) && !profanityOf(lower) && guardedWord(lower)) return true;
  // A name: the draft uses the word as someone's name ("Gladys Dick", "Dr Butt", Richard "Dick"
  // Hammond), so it is that name wherever it is capitalised; or a thing named after someone ("the Dick test").
  if (/^\p{Lu}\p{Ll}+$/u.test(word) && (namesOf(draft).has(lower) || eponymAfter(draft, end))) return true;
  // A common first name in the middle of a sentence, not after "a", "what a", "you": "Happy retirement Dick!".
  if (/^\p{Lu}\p{Ll}+$/u.test(word) && ((firstNameFlags(lower) ?? 0) & COMMON_NAME) !== 0 && usedAsName(draft, start)) return true;
  // A body part in a health frame ("check your balls", "boob check ... breast cancer"): clinical.
  if (isBodyWord(lower) && healthFrame(draft, start, end)) return true;
  // A capitalised name beside another capitalised word: "Dick Whittington", "Moby Dick".
  if (/^\p{Lu}\p{Ll}+$/u.test(word)) {
    const next = /^\s+(\p{Lu}\p{Ll}+)/u.exec(draft.prose.slice(end, end + 30));
    const prev = /(\p{Lu}\p{Ll}+)\s+$/u.exec(draft.prose.slice(Math.max(0, start - 30), start));
    if (next || prev) return true;
  }
  return false;
}

const TITLE_BEFORE =
  /(?<!\w)(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Nurse|Sister|Sir|Dame|Lady|Lord)\.?\s+(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}+)/gu;
// A nickname in quotes between a first name and a surname: Richard "Dick" Hammond.
const NICKNAME = /\p{Lu}\p{Ll}+\s+["“‘'](\p{Lu}\p{Ll}+)["”’']\s+\p{Lu}\p{Ll}+/gu;

/** Lower-cased words the draft uses as people's names: the people layer's full names and titled names, titles, nicknames. */
const namesOf = perDraft((draft: Draft): Set<string> => {
  const out = new Set<string>();
  for (const m of draft.people.mentions) if (m.kind === 'full name' || m.kind === 'title and name') for (const p of m.parts) out.add(p);
  for (const re of [TITLE_BEFORE, NICKNAME]) for (const m of draft.prose.matchAll(re)) out.add(m[1]!.toLowerCase());
  return out;
});

const COMMON_NAME = 4;
// Words before a noun that make it an insult, not a name ("what a Dick", "you absolute Dick").
const INSULT_BEFORE =
  /(?:^|\s)(?:a|an|the|what|such|you|ya|u|total|absolute|proper|complete|utter|massive|big|little|bloody|some|that|this|like)\s+$/iu;
/** Not the first word of its sentence, and not after a determiner or an intensifier. */
function usedAsName(draft: Draft, start: number): boolean {
  const s = draft.sentences.find((x) => x.range[0] <= start && start < x.range[1]);
  if (!s || s.words[0]?.range[0] === start) return false;
  return !INSULT_BEFORE.test(draft.prose.slice(Math.max(s.range[0], start - 30), start));
}

let eponymHeads: Set<string> | undefined;
/** The word after is a thing named after a person: "test", "sign", "syndrome". */
function eponymAfter(draft: Draft, end: number): boolean {
  eponymHeads ??= new Set(loadData<{ eponymHeads: string[] }>('offensive.yaml').eponymHeads);
  const next = /^(?:['’]s)?\s+(\p{Ll}+)/u.exec(draft.prose.slice(end, end + 30));
  return !!next && eponymHeads.has(next[1]!);
}

/** The paragraph around the word examines the body or raises awareness, and names a body part or a condition besides it. */
function healthFrame(draft: Draft, start: number, end: number): boolean {
  const para = draft.paragraphs.find((p) => p[0] <= start && end <= p[1]) ?? [0, draft.prose.length];
  if (!allMatches(terms('healthFrame'), draft.prose, para[0], para[1]).length) return false;
  return draft.words.some(
    (w) =>
      w.range[0] >= para[0] &&
      w.range[1] <= para[1] &&
      (w.range[1] <= start || w.range[0] >= end) &&
      w.kind === 'word' &&
      !isBodyWord(w.lower) &&
      (classOf(w.lower) & (BODY | CONDITION)) !== 0,
  );
}

/** "Bloody diarrhoea" describes blood; "bloody timewasters" swears. */
function swearing(draft: Draft, h: Hit): boolean {
  // "Cow" is name-calling, not swearing: said of a person it is personal-attack's.
  if (/^cows?$/i.test(h.word)) return false;
  if (!/^bloody$/i.test(h.word)) return true;
  const next = /^\s+([\p{L}'’-]+)/u.exec(draft.prose.slice(h.end, h.end + 40));
  if (!next) return true;
  return !allMatches(terms('bloodyClinical'), next[1]!).some((m) => m.start === 0 && m.end === next[1]!.length);
}

function dedupe(hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const h of hits.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      // Overlapping finds of one word: keep the most serious.
      const rank = { slur: 3, obscene: 2, mild: 1 };
      if (rank[h.tier] > rank[last.tier]) out[out.length - 1] = { ...h, start: last.start, end: Math.max(last.end, h.end) };
      continue;
    }
    out.push(h);
  }
  return out;
}

// --- Stereotypes -------------------------------------------------------------------------

// "Typical Polish builders", "the Muslim lot": the construction itself lumps people together.
// Built once. (?<!\w), not \b: the i and u flags are both set (docs/architecture.md, "Regular expressions").
let lumpedGroupRe: RegExp | undefined;
function lumpedGroup(): RegExp {
  if (!lumpedGroupRe) {
    const groups = terms('groups').sourceFor('iu');
    lumpedGroupRe = new RegExp(`(?<!\\w)typical\\s+(?:${groups})|(?<!\\w)the\\s+(?:${groups})\\s+lot\\b`, 'iu');
  }
  return lumpedGroupRe;
}

// "Not all ...", "it's a myth that ...": the post argues against the stereotype.
const COUNTERED =
  /\bnot all\b|\bmyths?\b|\bstereotyp\w*|\bisn['’]t true\b|\bis not true\b|\bunfair\b|\bdon['’]t assume\b|\bshouldn['’]t assume\b|\bassumptions?\b|\bprejudice\b/i;
// Clinical hedges: "some", "may", "can become" describe risk, not a whole group.
const HEDGED = /\b(?:some|sometimes|may|might|can become|can be|at risk|more likely|less likely)\b/i;
const STRONG_GENERALISER = /\b(?:all|always|never|every)\b/i;

interface Stereotype extends Match {
  group: string;
}

function stereotypes(draft: Draft): Stereotype[] {
  const out: Stereotype[] = [];
  const { prose, sentences } = draft;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const group = allMatches(terms('groups'), prose, s.range[0], s.range[1])[0];
    if (!group) continue;
    // The sentence, and the next one in its paragraph ("... for everything. Every single time.").
    const next = sentences[i + 1]?.paragraph === s.paragraph ? sentences[i + 1] : undefined;
    const to = next ? next.range[1] : s.range[1];
    const text = prose.slice(s.range[0], to);
    if (COUNTERED.test(text)) continue;
    const lumped = lumpedGroup().test(prose.slice(s.range[0], s.range[1]));
    if (lumped) {
      out.push({ start: s.range[0], end: s.range[1], text: s.text.trim().slice(0, 80), group: group.text });
      continue;
    }
    const trait = allMatches(terms('stereotypes'), prose, s.range[0], to)[0];
    const generaliser = allMatches(terms('generalisers'), prose, s.range[0], to)[0];
    if (!trait || !generaliser) continue;
    if (HEDGED.test(text) && !STRONG_GENERALISER.test(text)) continue;
    out.push({ start: s.range[0], end: s.range[1], text: s.text.trim().slice(0, 80), group: group.text });
  }
  return out;
}
