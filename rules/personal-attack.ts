import type { Draft, Sentence } from '../src/draft/types.js';
import { defineRule, docsUrl, type Report } from '../src/engine/rule-types.js';
import { allMatches, lexicon, type Match } from './lib/lexicon.js';
import { findNames } from './lib/people.js';
import { attackEvidence, namesShop, type Evidence } from './lib/attack-evidence.js';
import { modifiesThing, verbOfThing } from './lib/insults.js';
import type { Target as DraftTarget } from '../src/draft/targets.js';
import { thresholdOption } from './lib/threshold.js';

const terms = lexicon('attacks.yaml');

type TargetKind = 'name' | 'handle' | 'role' | 'group' | 'business' | 'you' | 'pronoun';
interface Target extends Match {
  kind: TargetKind;
}

const WHO: Record<TargetKind, string> = {
  name: 'a named person',
  handle: 'someone you tag by @handle',
  role: 'an identifiable colleague or person',
  group: 'an identifiable group of people',
  business: 'a competitor',
  you: 'the person you are addressing',
  pronoun: 'the person this post is about',
};

export default defineRule({
  meta: {
    id: 'personal-attack',
    type: 'problem',
    description:
      'Finds insulting, disparaging or defamatory remarks about an identifiable person or group (a colleague, patient, competitor or @handle), including wishing them harm. Criticism of an organisation or a policy is not an attack.',
    policy: [
      'CSP "Criticism and personal attacks" (criticise ideas, not people; personal attacks can be defamatory)',
      'Practice policy ("derogatory ... remarks about colleagues, patients or competitors")',
      'CODE policy summary (no bullying, harassment or disparagement)',
    ],
    defaultSeverity: 'error',
    options: {
      threshold: thresholdOption(
        'How much evidence (insults, harm wished, mockery of people in care, exposure, gloating; each weighed) a sentence needs before it is reported (a paragraph, for mockery).',
      ),
    },
    messages: {
      aimed: '{{what}} ({{who}}). Criticise what was done, not the person: take this out.',
      contempt: 'Mocks people in your care: {{what}}. Patients and residents keep their dignity online too: take this out.',
      exposure: 'Singles out colleagues for others to target: {{what}}. Raise concerns with your manager, not online.',
      gloat: "Gloats over a colleague's discipline: {{what}}. A colleague's HR matters stay off social media.",
      insult:
        'Disparages {{who}} ("{{text}}"). Criticise what was done, not the person: this can be defamatory. Raise concerns through your manager.',
      harm: 'Wishes harm on {{who}} ("{{text}}"). Take it out: it attacks a person, whatever they did.',
    },
    docs: docsUrl('personal-attack'),
  },
  check({ draft, report, options }) {
    const reported = new Set<number>();
    const sentenceOf = (offset: number) => draft.sentences.findIndex((s) => s.range[0] <= offset && offset < s.range[1]);
    const inner = report;
    report = (r) => {
      reported.add(sentenceOf(r.range[0]));
      inner(r);
    };
    phraseChecks(draft, report);
    weighEvidence(draft, options.threshold, reported, report);
  },
});

const WHO_TARGET: Record<DraftTarget['kind'], string> = {
  you: 'the person you are speaking to',
  'all-of-you': 'everyone you address',
  vocative: 'the person you are speaking to',
  described: 'a person you describe',
  group: 'a group of people',
  protected: 'a group of people',
  named: 'a named person',
  pronoun: 'someone in the post',
};

function namedTargets(draft: Draft): DraftTarget[] {
  return findNames(draft).map((n) => ({
    kind: 'named',
    range: [n.start, n.end],
    text: n.text,
    sentence: draft.sentences.indexOf(n.sentence),
    cared: false,
    plural: false,
  }));
}

/** Evidence weighed per sentence (per paragraph for contempt, which builds up over a caption). */
function weighEvidence(draft: Draft, threshold: number, reported: Set<number>, report: (r: Report) => void) {
  const evidence = attackEvidence(draft, () => namedTargets(draft));
  const byParagraph = new Map<number, Evidence[]>();
  for (let i = 0; i < evidence.length; i++) {
    const p = draft.sentences[i]!.paragraph;
    for (const e of evidence[i]!) if (e.kind === 'contempt') byParagraph.set(p, [...(byParagraph.get(p) ?? []), e]);
  }
  for (let i = 0; i < evidence.length; i++) {
    if (reported.has(i)) continue;
    const ev = evidence[i]!.filter((e) => e.kind !== 'contempt');
    const sum = ev.reduce((a, e) => a + e.weight, 0);
    if (sum < threshold || !ev.length) continue;
    const best = [...ev].sort((a, b) => b.weight - a.weight)[0]!;
    const who = best.target ? WHO_TARGET[best.target.kind] : 'someone';
    if (best.kind === 'harm') report({ messageId: 'harm', data: { who, text: best.what }, range: best.range });
    else report({ messageId: best.kind === 'insult' ? 'aimed' : best.kind, data: { what: capitalise(best.what), who }, range: best.range });
    reported.add(i);
  }
  for (const [p, ev] of byParagraph) {
    const sum = ev.reduce((a, e) => a + e.weight, 0);
    if (sum < threshold) continue;
    const first = draft.sentences.findIndex((s) => s.paragraph === p && s.range[0] <= ev[0]!.range[0] && ev[0]!.range[0] < s.range[1]);
    if (reported.has(first)) continue;
    const named = nameContempt(ev);
    report({ messageId: 'contempt', data: { what: named }, range: ev[0]!.range });
  }
}

/** 'remarks on their bodies ("25-stone", "showers"), "natural selection"': two kinds, two words each at most. */
function nameContempt(ev: Evidence[]): string {
  const byLabel = new Map<string, string[]>();
  for (const e of ev) {
    // 'remarks on their bodies ("sweat")' -> label and quoted word (the evidence's own strings, short).
    const open = e.what.indexOf(' ("');
    const [label, text] = open > 0 && e.what.endsWith('")') ? [e.what.slice(0, open), e.what.slice(open + 2, -1)] : ['', e.what];
    const texts = byLabel.get(label) ?? [];
    if (texts.length < 2 && !texts.includes(text)) texts.push(text);
    byLabel.set(label, texts);
  }
  return [...byLabel]
    .slice(0, 2)
    .map(([label, texts]) => (label ? `${label} (${texts.join(', ')})` : texts.join(', ')))
    .join(', ');
}

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** The phrase-list checks: idioms, listed insults and wished harm near a target. */
function phraseChecks(draft: Draft, report: (r: Report) => void) {
  // Each check needs a listed word somewhere in the draft (a sentence's match is a match in the
  // whole text): most drafts have none, and need no targets found.
  const { prose } = draft;
  const listed = (list: string) => allMatches(terms(list), prose).length > 0;
  if (
    !(HOPE_ANYWHERE.test(prose) && listed('harm')) &&
    !listed('idioms') &&
    !listed('insultNouns') &&
    !listed('thingOrPersonNouns') &&
    !listed('insultAdjectives')
  )
    return;
  {
    const targets = findTargets(draft);
    if (!targets.length) return;
    // "@someone you're a fraud", or an open letter: "To the bloke who screamed at me: you're ...".
    const addressed =
      targets.some((t) => t.kind === 'handle') ||
      /^\s*(?:to\s+(?:the|whoever|my|our|that|all)|dear)\b/i.test(draft.prose.slice(draft.bodyStart));
    for (let i = 0; i < draft.sentences.length; i++) {
      const s = draft.sentences[i]!;
      const inSentence = targets.filter((t) => t.start >= s.range[0] && t.end <= s.range[1]);
      const you = addressed ? allMatches(YOU, draft.prose, s.range[0], s.range[1]).map((m) => ({ ...m, kind: 'you' as const })) : [];
      const earlier = earlierTarget(draft, targets, i);
      const pronouns = earlier ? allMatches(PRONOUN, draft.prose, s.range[0], s.range[1]).map((m) => ({ ...m, kind: earlier.kind })) : [];
      const aimedAt = [...inSentence, ...you, ...pronouns];
      if (!aimedAt.length) continue;

      const harm = wishedHarm(draft, s, aimedAt);
      if (harm) {
        report({ messageId: 'harm', data: { who: WHO[harm.target.kind], text: harm.text }, range: [harm.start, harm.end] });
        continue;
      }
      const insult = insultIn(draft, s, aimedAt);
      if (insult)
        report({ messageId: 'insult', data: { who: WHO[insult.target.kind], text: insult.text }, range: [insult.start, insult.end] });
    }
  }
}

// ASCII words, no `u` flag (docs/architecture.md, "Regular expressions").
const YOU = /\b(?:you|you['’]re|you['’]ve|your|u|ur)\b/gi;
const PRONOUN = /\b(?:he|she|him|her|his|he['’]s|she['’]s|they|them|they['’]re)\b/gi;
// (?<!\w), not \b: the i and u flags are both set (docs/architecture.md, "Regular expressions").
const DETERMINER = /(?<!\w)(?:our|my|the|that|this|these|those|their|your|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
const BUSINESS_PLACE =
  /^\s+(?:down the road|up the road|over the road|across the road|round the corner|around the corner|next door|on (?:the )?\p{Lu}|in \p{Lu}|at \p{Lu}|opposite)/u;
// A business is named by a word like these after one or two capitalised words ("Smile Dental").
// The words are looked for in the draft before the expression, which is slow, is run.
const BUSINESS_WORDS = [
  'Dental',
  'Dentistry',
  'Dentist',
  'Pharmacy',
  'Chemist',
  'Opticians',
  'Optometrists',
  'Eyecare',
  'Physio',
  'Physiotherapy',
  'Clinic',
  'Smiles',
  'Orthodontics',
  'Aesthetics',
];
const BUSINESS_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}'’]+(?:\s+\p{Lu}[\p{L}'’]+)?\s+(?:${BUSINESS_WORDS.join('|')})\b`,
  'gu',
);
const TITLED = /\b(?:Dr|Doctor|Prof|Professor|Sister|Nurse|Matron|Mr|Mrs|Ms|Miss)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?/gu;
const PATIENT_GROUP =
  /\b(?:[Pp]atients|[Pp]eople|[Ff]amilies|[Pp]arents|[Rr]esidents|[Cc]lients)\s+(?:from|on|at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’]+(?:\s+(?:estate|road|street|area|ward|unit|home|school|lane|avenue|park))?/gu;

const STAFFED_POST = /\b(?:on|at|behind|manning|running)\s+(?:the|that|our|their)\s+(?:front desk|switchboard|reception desk)\b/gi;

function findTargets(draft: Draft): Target[] {
  const { prose } = draft;
  const out: Target[] = [];
  for (const n of findNames(draft)) out.push({ start: n.start, end: n.end, text: n.text, kind: 'name' });
  // Names lib/people skips as staff ("Dr Phil Barker") are people too.
  for (const m of allMatches(TITLED, prose)) out.push({ ...m, kind: 'name' });
  for (const w of draft.words) if (w.kind === 'mention') out.push({ start: w.range[0], end: w.range[1], text: w.text, kind: 'handle' });
  for (const m of allMatches(terms('roles'), prose)) {
    // A role is someone in particular only with a determiner: "our new receptionist", "that locum".
    if (DETERMINER.test(prose.slice(Math.max(0, m.start - 40), m.start))) out.push({ ...m, kind: 'role' });
  }
  // Whoever staffs a post ("the one on the front desk") is one particular person. Not in the roles
  // list: its expression is at recheck's time limit already.
  for (const m of allMatches(STAFFED_POST, prose)) out.push({ ...m, kind: 'role' });
  for (const m of allMatches(terms('businesses'), prose)) {
    const before = prose.slice(Math.max(0, m.start - 40), m.start);
    if (/(?<!\w)(?:the|that)\s+(?:[\p{L}'’-]+\s+)?$/iu.test(before) && BUSINESS_PLACE.test(prose.slice(m.end, m.end + 40)))
      out.push({ ...m, kind: 'business' });
  }
  if (BUSINESS_WORDS.some((w) => prose.includes(w))) for (const m of allMatches(BUSINESS_NAME, prose)) out.push({ ...m, kind: 'business' });
  for (const m of allMatches(PATIENT_GROUP, prose)) out.push({ ...m, kind: 'group' });
  return out;
}

/** A person named in one of the two sentences before, in the same paragraph, for "he"/"she" to refer to. */
function earlierTarget(draft: Draft, targets: Target[], i: number): Target | undefined {
  const para = draft.sentences[i]!.paragraph;
  for (const j of [i - 1, i - 2]) {
    const s = draft.sentences[j];
    if (!s || s.paragraph !== para) continue;
    const t = targets.find((x) => x.start >= s.range[0] && x.end <= s.range[1] && x.kind !== 'business');
    if (t) return t;
  }
  return undefined;
}

const NEGATED =
  /(?:(?<!\w)not|(?<!\w)never|n['’]t|(?<!\w)no|(?<!\w)hardly|(?<!\w)far from|(?<!\w)anything but)\s+(?:(?:a|an|the|at all|so|that|very|remotely)\s+)?$/iu;
// Words after an adjective that show it describes a person or is said of one ("lazy woman", "rude, filthy and").
const PERSONISH =
  /^(?:[,.;:!?–—-]|$|\s+(?:and|or|but|as|to|at|with|in|on|of|for|i|from|when|who|than|ever|person|people|woman|women|man|men|guy|guys|bloke|lady|girl|lad|individual|human|colleague|one|of them|lot|git|idiot|little)\b)/iu;

// An insulting noun is said of someone: "an absolute butcher", "are cowboys", "you fraud", "that
// stupid cow" (not "harass or bully").
const NOUN_FRAME =
  /(?:(?<!\w)(?:a|an|the|that|this|these|those|absolute|total|complete|utter|proper|right|such|real|massive|of|is|are|was|were|you|what|bloody|like|and)|['’]s|['’]re|[,–—:-])\s+(?:[\p{L}'’-]+\s+)?$/iu;

interface Found extends Match {
  target: Target;
}

function insultIn(draft: Draft, s: Sentence, aimedAt: Target[]): Found | undefined {
  const { prose } = draft;
  const near = (m: Match) => aimedAt.find((t) => Math.abs(t.start - m.start) < 160 && !(m.start >= t.start && m.end <= t.end));
  // "not lazy", "far from useless"; "Never had a patient say the hygienist was rude".
  const notNegated = (m: Match) =>
    !NEGATED.test(prose.slice(Math.max(0, m.start - 25), m.start)) && !/^\s*(?:never|no one|nobody|not once)\b/i.test(s.text);
  for (const m of allMatches(terms('idioms'), prose, s.range[0], s.range[1])) {
    const t = near(m);
    if (t && notNegated(m)) return { ...m, target: t };
  }
  for (const m of allMatches(terms('insultNouns'), prose, s.range[0], s.range[1])) {
    const t = near(m);
    if (!t || !notNegated(m) || isRoleWord(m, aimedAt) || !NOUN_FRAME.test(prose.slice(Math.max(0, m.start - 40), m.start))) continue;
    // "He picked the dinosaur sticker": the noun modifies a thing after it, and is said of no one.
    if (modifiesThing(prose, m.end)) continue;
    // "from the butchers": a trade's shop, not a name for anyone.
    if (namesShop(prose, m.start, m.end)) continue;
    // "the inflammation creeps downwards": the verb of a thing, not a name for people.
    if (verbOfThing(prose, m.start, m.end)) continue;
    // "the new contract is a joke": after "is/are/was", the noun is said of the subject, which must be the person.
    if (COPULA_BEFORE_NOUN.test(prose.slice(Math.max(s.range[0], m.start - 25), m.start)) && !saidOfTarget(prose, s, m, aimedAt)) continue;
    return { ...m, target: t };
  }
  // "the shortage is beyond a joke", "what a nightmare": said of a thing unless said of the person,
  // as what they are ("Dr Hale is a joke", "you're an embarrassment").
  for (const m of allMatches(terms('thingOrPersonNouns'), prose, s.range[0], s.range[1])) {
    const t = near(m);
    if (!t || !notNegated(m) || isRoleWord(m, aimedAt) || modifiesThing(prose, m.end)) continue;
    const from = Math.max(s.range[0], m.start - 40);
    const before = prose.slice(from, m.start);
    if (SAID_TO_YOU.test(before)) return { ...m, target: t };
    // The nearest verb, a few words before: "Margaret's rota is a joke" is said of the rota.
    const verb = allMatches(PREDICATE_VERB, before).pop();
    // "that's a joke", "it is a nightmare": a thing, whoever is near.
    if (
      verb &&
      /^\s+(?:[a-z-]+\s+){0,3}$/i.test(before.slice(verb.end)) &&
      !/\b(?:that|this|it|which|what)\s*$/i.test(before.slice(0, verb.start)) &&
      subjectIsTarget(prose, s, from + verb.start, aimedAt)
    )
      return { ...m, target: t };
  }
  for (const m of allMatches(terms('insultAdjectives'), prose, s.range[0], s.range[1])) {
    const t = near(m);
    if (!t || !notNegated(m)) continue;
    // "their best (worst?) moustaches": an aside in brackets qualifies the word after it, here no person.
    const aside = /^[?!]*\)/.exec(prose.slice(m.end, m.end + 4));
    const end = aside ? m.end + aside[0].length : m.end;
    // "the worst form I have ever used" criticises a form; "the laziest woman" a person.
    const after = prose.slice(end, Math.min(s.range[1], end + 30)).replace(/^\s*$/, '');
    if (aside && !PERSON_NOUN_NEXT.test(after) && !rolesAt(after)) continue;
    if (!PERSONISH.test(after) && !rolesAt(after)) continue;
    if (!rolesAt(after) && !PERSON_NOUN_NEXT.test(after) && !saidOfTarget(prose, s, m, aimedAt)) continue;
    return { ...m, target: t };
  }
  return undefined;
}

const PERSON_NOUN_NEXT = /^\s+(?:person|people|woman|women|man|men|guy|guys|bloke|lady|girl|lad|individual|human|colleague)\b/i;
const COPULA_BEFORE_NOUN =
  /(?:\b(?:is|was|are|were)|['’]s)\s+(?:(?:a|an|the|such|an absolute|a total|a complete|an utter|a proper|a right|a real)\s+)?(?:[a-z-]+\s+)?$/i;
// "is a", "is such an", "is beyond a", "has become a total": a verb, then up to three words and the noun.
const PREDICATE_VERB = /\b(?:is|was|are|were|be|being|become|becoming)\b|['’](?:s|re)\b/gi;
// "you joke", "you're a total embarrassment", "what an embarrassment you are" is left out.
const SAID_TO_YOU =
  /\b(?:you|ya|u)(?:['’]re|\s+are|\s+were)?\s+(?:(?:a|an|such|absolute|total|complete|utter|proper|right|bloody|massive)\s+){0,3}$/i;
const COPULA = /(?:\b(?:is|was|are|were|am|be|being|seems?|looks?|so|such)|['’]s|['’]re)\b/gi;
// What may stand between a target and its verb: nothing, or where they are ("at Oakfield Surgery", "in clinic today").
const PLACE_AFTER = /^(?:\s*|\s+(?:at|from|in|on|of|with|down|up|over|across|near|for)\b[^.!?;:]*)$/iu;
const OBJECT_BEFORE =
  /\b(?:from|of|by|for|with|about|to|against)\s+(?:(?:our|the|my|their|his|her|that|this|a|an|your)\s+)?(?:[a-z-]+\s+)?$/i;
const SUBJECT_WORD = /^(?:he|she|they|you|u|him|her|them|who|that|lot|both|all)$/i;

/** "Dr Jones said the system was useless": the adjective is said of the word before "was", which must be the target. */
function saidOfTarget(prose: string, s: Sentence, m: Match, aimedAt: Target[]): boolean {
  const before = prose.slice(s.range[0], m.start);
  const copulas = allMatches(COPULA, before);
  const cop = copulas[copulas.length - 1];
  if (!cop) return true;
  return subjectIsTarget(prose, s, s.range[0] + cop.start, aimedAt);
}

/** The subject of the verb at `verbAt` is the target, a pronoun for a person, or a role. */
function subjectIsTarget(prose: string, s: Sentence, verbAt: number, aimedAt: Target[]): boolean {
  const subject = /([\p{L}'’-]+)\s*$/u.exec(prose.slice(s.range[0], verbAt));
  if (!subject) return true;
  const subjectEnd = verbAt;
  // The target is the subject: right before the verb, or with a place after it ("the practice manager at Oakfield Surgery is").
  // Not one after a preposition: "the rota from our practice manager is" is said of the rota.
  const subjectTarget = (t: Target) =>
    t.end <= subjectEnd &&
    subjectEnd - t.end <= 45 &&
    PLACE_AFTER.test(prose.slice(t.end, subjectEnd)) &&
    !OBJECT_BEFORE.test(prose.slice(Math.max(s.range[0], t.start - 30), t.start));
  if (aimedAt.some(subjectTarget)) return true;
  if (SUBJECT_WORD.test(subject[1]!)) return true;
  const subjectAt = s.range[0] + subject.index;
  return (
    allMatches(terms('roles'), subject[1]!).length > 0 && !OBJECT_BEFORE.test(prose.slice(Math.max(s.range[0], subjectAt - 40), subjectAt))
  );
}

const rolesAt = (after: string) => allMatches(terms('roles'), after).some((r) => /^\s*$/.test(after.slice(0, r.start)));
const isRoleWord = (m: Match, targets: Target[]) => targets.some((t) => t.start <= m.start && t.end >= m.end);

const HOPE = /\b(?:hope|hoping|wish|praying|pray|karma|can['’]t wait (?:for|till|until))\b/gi;
const HOPE_ANYWHERE = new RegExp(HOPE.source, 'i');

function wishedHarm(draft: Draft, s: Sentence, aimedAt: Target[]): Found | undefined {
  const { prose } = draft;
  for (const h of allMatches(HOPE, prose, s.range[0], s.range[1])) {
    // The target, then the harm, within a few words of "hope": "hope that locum ... breaks something".
    const window: [number, number] = [h.start, Math.min(s.range[1], h.end + 120)];
    const harm = allMatches(terms('harm'), prose, ...window)[0];
    if (!harm) continue;
    const between = prose.slice(h.end, harm.start);
    if (/\bnot\b|n['’]t\b|\bnever\b|\bno\b/i.test(between)) continue;
    const t = aimedAt.find((x) => x.start >= h.end && x.start <= harm.end + 20);
    if (t) return { start: h.start, end: harm.end, text: prose.slice(h.start, harm.end).replace(/\s+/g, ' ').slice(0, 50), target: t };
  }
  return undefined;
}
