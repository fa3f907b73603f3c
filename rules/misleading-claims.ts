import type { Draft, Sentence } from '../src/draft/types.js';
import { defineRule, docsUrl } from '../src/engine/rule-types.js';
import { antibioticNames, claimFrames, describeEvidence } from './lib/claim-frames.js';
import { allMatches, inDraft, lexicon, loadData, phraseMatcher, type Match, type Matcher, type PhraseSet } from './lib/lexicon.js';
import { unmask } from './lib/unmask.js';

// (?<!\w), not \b: the i and u flags are both set (docs/architecture.md, "Regular expressions").

const terms = lexicon('claims.yaml');

export default defineRule({
  meta: {
    id: 'misleading-claims',
    type: 'problem',
    description:
      'Finds absolute or unevidenced health claims ("painless", "guaranteed", "cure"), prescription-only medicines promoted to the public, "specialist" titles outside the GDC specialist lists, and health misinformation about vaccines, fluoride or antibiotics.',
    policy: [
      'HCPC standards 2.11 (accurate information; no misinformation) and 9.3 (honest advertising)',
      'GDC Standards 1.3.3 and guidance on advertising ("specialist" only for those on a GDC specialist list)',
      'CAP Code 12.1 (health claims need evidence) and 12.12 (prescription-only medicines may not be advertised to the public)',
    ],
    defaultSeverity: 'error',
    options: {
      minEvidence: {
        type: 'number',
        default: 3,
        minimum: 1,
        integer: true,
        description:
          'Evidence needed to report misinformation frames: a claim counts 2; a conspiracy frame, a claim of authority or a price 1.',
      },
    },
    messages: {
      absolute: 'Promises a result no treatment can guarantee ("{{text}}"). Say what most patients can expect instead.',
      cure: 'Claims a cure ("{{text}}"). Say what the treatment can help with, not that it cures.',
      pom: 'Advertises a prescription-only medicine ("{{text}}"). That is illegal: promote a consultation, not the medicine.',
      specialist: 'Calls someone a specialist ("{{text}}") in something that is not a GDC specialty. Say "special interest in".',
      misinformation: 'Goes against NHS and UKHSA guidance on {{topic}} ("{{text}}"). Check the facts before posting.',
      misinformationProfessional:
        'Goes against NHS and UKHSA guidance on {{topic}} ("{{text}}"), and your profession lends it weight. Do not post it.',
      frames: "Reads as health misinformation: {{evidence}}. Don't post it; link NHS or UKHSA guidance.",
    },
    docs: docsUrl('misleading-claims'),
  },
  check({ draft, options, report }) {
    const found = [...absoluteClaims(draft), ...pomOffers(draft), ...specialistClaims(draft), ...misinformation(draft)];
    for (const f of found) {
      report({ messageId: f.messageId, data: { text: clip(f.text), topic: f.topic ?? '' }, range: [f.start, f.end] });
    }
    // Claims and frames weighed together: once per draft, unless a topic claim already said it.
    const frames = claimFrames(draft);
    if (
      frames &&
      frames.score >= options.minEvidence &&
      !found.some((f) => f.messageId.startsWith('misinformation') || f.messageId === 'cure')
    ) {
      report({ messageId: 'frames', data: { evidence: describeEvidence(frames, 72) }, range: [frames.at.start, frames.at.end] });
    }
  },
});

interface Finding extends Match {
  messageId: string;
  topic?: string;
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}...` : s).replace(/\s+/g, ' ');
const inSentence = (re: Matcher, draft: Draft, s: Sentence) => allMatches(re, draft.prose, s.range[0], s.range[1]);
const any = (re: Matcher, draft: Draft, from: number, to: number) => allMatches(re, draft.prose, from, to).length > 0;

// --- Absolute claims and cures -----------------------------------------------------------

const PROMISE =
  /\b(?:you['’]ll|you will|will be|will feel|guarantee\w*|completely|totally|absolutely|always|every time|in (?:just )?(?:a|one|two|three|\d+) (?:week|day|session|visit)s?)\b|100\s?%/i;
// What a guarantee promises: a result, a cure, no pain ("guaranteed results", not "a warm welcome").
const GUARANTEED_RESULT =
  /\b(?:results?|outcomes?|success|cure[sd]?|fix(?:ed|es)?|work|pain\w*|safe|straight|white|gone|permanent|lose|loss)\b/i;
// A word in quotation marks is being talked about, not claimed: We won't promise "painless".
const QUOTED = (draft: Draft, m: Match) =>
  /["“'‘]\s*$/.test(draft.source.slice(m.start - 2, m.start)) && /^\s*["”'’]/.test(draft.source.slice(m.end, m.end + 2));

// "forever", "for good": a promise only when said of a treatment or its result ("gone for good"
// is in the list on its own); "you keep that forever" in a thank-you is not a claim.
const TIME_ONLY = /^(?:for good|forever|last(?:s)? a lifetime|last(?:s)? forever)$/i;
const aboutTreatment = (draft: Draft, s: Sentence) =>
  any(terms('services'), draft, s.range[0], s.range[1]) || GUARANTEED_RESULT.test(s.text) || PRICE.test(s.text);

function absoluteClaims(draft: Draft): Finding[] {
  const out: Finding[] = [];
  for (const s of draft.sentences) {
    if (any(terms('hedges'), draft, s.range[0], s.range[1])) continue;
    const abs = inSentence(terms('absolute'), draft, s).find(
      (m) => !QUOTED(draft, m) && (!TIME_ONLY.test(m.text) || aboutTreatment(draft, s)),
    );
    if (abs) {
      out.push({ ...abs, messageId: 'absolute' });
      continue;
    }
    const guarantee = inSentence(terms('guarantee'), draft, s).find((m) => !QUOTED(draft, m) && GUARANTEED_RESULT.test(s.text));
    if (guarantee) {
      out.push({ ...guarantee, messageId: 'absolute' });
      continue;
    }
    const pain = inSentence(terms('pain'), draft, s).find((m) => !QUOTED(draft, m) && (PROMISE.test(s.text) || aboutService(draft, s, m)));
    if (pain) {
      out.push({ ...pain, messageId: 'absolute' });
      continue;
    }
    const cure = inSentence(terms('cure'), draft, s).find((m) => !QUOTED(draft, m) && curesSomething(draft, s, m));
    if (cure)
      out.push({
        start: cure.start,
        end: Math.min(s.range[1], cure.end + 40),
        text: draft.prose.slice(cure.start, Math.min(s.range[1], cure.end + 40)).trim(),
        messageId: 'cure',
      });
  }
  return out.map((f) => ({ ...f, end: f.start + f.text.length }));
}

/** "painless extractions", "our treatment is pain-free": the claim is about a service. */
function aboutService(draft: Draft, s: Sentence, m: Match): boolean {
  const after = draft.prose.slice(m.end, Math.min(s.range[1], m.end + 30));
  const before = draft.prose.slice(Math.max(s.range[0], m.start - 40), m.start);
  return (
    allMatches(terms('services'), after).some((x) => /^\s*$/.test(after.slice(0, x.start))) ||
    (allMatches(terms('services'), before).length > 0 && /(?<!\w)(?:is|are|was|were|feels?|made)\s+(?:\p{L}+\s+)?$/iu.test(before))
  );
}

/** "Our shockwave therapy cures ...", "will cure your back pain": a claim, not "is there a cure?". */
function curesSomething(draft: Draft, s: Sentence, m: Match): boolean {
  const before = draft.prose.slice(Math.max(s.range[0], m.start - 50), m.start);
  const after = draft.prose.slice(m.end, Math.min(s.range[1], m.end + 20));
  if (/^\s*rates?\b/i.test(after)) return false;
  // "one of the best-evidenced ways to prevent tooth decay", "helps prevent": a hedge, not a promise.
  if (/\b(?:ways?\s+to|helps?(?:\s+to)?|can\s+help(?:\s+to)?|to\s+help)\s+$/i.test(before)) return false;
  if (allMatches(terms('services'), before).length > 0) return true;
  // "we can prevent decay", not "the biggest killer we can prevent 🚭 Our stop smoking service": the verb has an object.
  if (
    /\b(?:will|can|guaranteed to|proven to|that)\s+$/i.test(before) &&
    /\b(?:our|we|my|i|this|these)\b/i.test(s.text) &&
    /^\s+(?:[a-z]|your\b)/.test(after)
  )
    return true;
  return /^\s+(?:your|you|it|for good|forever|in)\b/i.test(after) && /\b(?:our|we|my|i|this|these)\b/i.test(s.text);
}

// --- Prescription-only medicines ---------------------------------------------------------

const PRICE = /£\s?\d|(?<!\d)\d+\s?%\s?off\b/u;
// A stand-in between two letters ("M0unj@ro", "W3govy"): the draft may mask a name.
const MASKED = /[A-Za-z][0-9@$!][A-Za-z]/;

function pomOffers(draft: Draft): Finding[] {
  // "M0unj@ro", "B0tox": masked names read letter by letter (same offsets).
  const pom =
    allMatches(terms('pom'), draft.prose)[0] ??
    allMatches(terms('pomEuphemisms'), draft.prose)[0] ??
    (MASKED.test(draft.prose) ? allMatches(terms('pom'), unmask(draft.prose))[0] : undefined);
  if (!pom) return [];
  // Naming the medicine to inform is allowed; offering it is advertising.
  const offered = PRICE.test(draft.prose) || any(terms('offer'), draft, 0, draft.prose.length);
  return offered ? [{ ...pom, messageId: 'pom' }] : [];
}

// --- "Specialist" --------------------------------------------------------------------------

// ASCII words, no `u` flag (docs/architecture.md, "Regular expressions").
const SPECIALIST = /\bspecialists?\b/gi;

function specialistClaims(draft: Draft): Finding[] {
  const out: Finding[] = [];
  const { prose } = draft;
  const jobTitles = allMatches(terms('otherSpecialists'), prose);
  const dentalDraft = any(terms('dentalWords'), draft, 0, prose.length);
  for (const m of allMatches(SPECIALIST, prose)) {
    if (jobTitles.some((t) => t.start <= m.start && t.end >= m.end)) continue;
    const s = draft.sentences.find((x) => x.range[0] <= m.start && m.end <= x.range[1]);
    if (!s) continue;
    const before = prose.slice(Math.max(s.range[0], m.start - 45), m.start);
    const after = prose.slice(m.end, Math.min(s.range[1], m.end + 45));
    // A GDC specialty named nearby ("specialist in orthodontics", "specialist orthodontist").
    if (any(terms('specialties'), draft, Math.max(s.range[0], m.start - 45), Math.min(s.range[1], m.end + 45))) continue;
    // Sending someone to a specialist is not claiming to be one.
    if (
      /(?<!\w)(?:to|see|seeing|from|by|with|ask)\s+(?:a|an|the|your)?\s*(?:[\p{L}-]+\s+)?$/iu.test(before) &&
      !/\b(?:our|my)\b/i.test(before)
    )
      continue;
    const qualifier = before.split(/[,.;:!?–—(]/).pop() ?? '';
    const inWhat = /^\s+in\s+([^,.;:!?]+)/i.exec(after)?.[1] ?? '';
    const dentalQualifier = allMatches(terms('dentalWords'), qualifier + ' ' + inWhat).length > 0;
    const framed = allMatches(terms('specialistFraming'), before).length > 0 || /\p{Lu}\p{Ll}+,?\s+$/u.test(before);
    if (dentalQualifier || (dentalDraft && framed)) {
      const start = m.start - qualifier.trimStart().length;
      out.push({ start, end: m.end, text: prose.slice(start, m.end), messageId: 'specialist' });
    }
  }
  return out;
}

// --- Misinformation ------------------------------------------------------------------------

interface TopicData {
  topics: string[];
  claims: string[];
  predicates: string[];
  viral?: string[];
}
interface Compiled {
  viral: PhraseSet | null;
  name: string;
  topic: PhraseSet;
  claim: PhraseSet;
  predicate: PhraseSet;
  stated: RegExp;
  /** "cures colds", "shifts the flu": an effect said on a viral illness. */
  cures: RegExp | null;
}
const TOPIC_NAMES: Record<string, string> = {
  vaccines: 'vaccines',
  fluoride: 'fluoride',
  antibiotics: 'antibiotics',
  conspiracy: 'public-health bodies',
};
// Health bodies whose names are everyday words in lower case.
const BODIES = /\b(?:WHO|NICE)\b/gu;
let compiled: Compiled[] | undefined;
// "Twenty years a midwife", "30 years as a nurse".
const YEARS_AS =
  /\b(?:years?|decades?)\s+(?:as\s+)?an?\s+(?:nurse|midwife|doctor|gp|dentist|pharmacist|physio|physiotherapist|paramedic|hygienist|optometrist|optician|clinician|health visitor)\b/i;

function topicMatchers(): Compiled[] {
  return (compiled ??= Object.entries(loadData<{ misinformation: Record<string, TopicData> }>('claims.yaml').misinformation).map(
    ([name, d]) => {
      const topic = phraseMatcher(d.topics);
      const predicate = phraseMatcher(d.predicates);
      // "<topic> is/are ... <predicate>" or "<predicate> <topic>": the evaluation is said of the topic.
      const [t, p] = [topic.sourceFor('giu'), predicate.sourceFor('giu')];
      const stated = d.predicates.length
        ? new RegExp(
            `${t}\\s+(?:[\\p{L}'’]+\\s+){0,3}?(?:is|are|was|were|['’]s|['’]re)\\s+(?:[\\p{L}'’]+\\s+){0,2}?${p}|${p}\\s+(?:[\\p{L}'’]+\\s+)?${t}`,
            'giu',
          )
        : /(?!)/gu;
      const viral = d.viral ? phraseMatcher(d.viral) : null;
      const cures = viral
        ? new RegExp(
            `${CURES}\\s+(?:(?:a|the|your|my|any|that|this|up|out)\\s+){0,2}(?:(?!(?:not|no|never|or|and|but)\\s)\\p{L}+\\s+)?${viral.sourceFor('giu')}`,
            'giu',
          )
        : null;
      return { name, topic, claim: phraseMatcher(d.claims), predicate, stated, viral, cures };
    },
  ));
}

function misinformation(draft: Draft): Finding[] {
  const out: Finding[] = [];
  const { prose, sentences } = draft;
  const professional = draft.account === 'professional' || any(terms('profession'), draft, 0, prose.length) || YEARS_AS.test(prose);
  // "WHO" and "NICE" are searched once, not sentence by sentence: few drafts name either.
  const bodies = allMatches(BODIES, prose);
  for (const t of topicMatchers()) {
    // Antibiotics by name (WordNet) as well as the class words, for drafts that hold a name's ending.
    const topic = t.name === 'antibiotics' && ANTIBIOTIC_ENDING.test(prose) ? namedAntibiotics(t) : t.topic;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      // The topic searched once per draft, read per sentence.
      const hasTopic =
        inDraft(topic, draft, s.range[0], s.range[1]).length > 0 ||
        (t.name === 'conspiracy' && bodies.some((b) => s.range[0] <= b.start && b.end <= s.range[1]));
      if (!hasTopic) continue;
      // The topic's sentence and the next ("Not having the flu jab. It gives you flu.").
      const next = sentences[i + 1]?.paragraph === s.paragraph ? sentences[i + 1] : undefined;
      const to = next ? next.range[1] : s.range[1];
      if (any(terms('debunk'), draft, s.range[0], to)) continue;
      // A remedy urged for a virus may take its illness from the sentence before; if that sentence
      // denies the remedy works on it ("Antibiotics don't work on colds."), the post is correcting
      // the myth, not urging the remedy: the correction is looked for over the same span.
      const prev = sentences[i - 1]?.paragraph === s.paragraph ? sentences[i - 1]!.range[0] : s.range[0];
      const claim =
        allMatches(t.claim, prose, s.range[0], to).find(
          (m) => !deniedForVirus(t, draft, s.range[0], m) && !wished(t, prose, s.range[0], m.start),
        ) ??
        allMatches(t.stated, prose, s.range[0], to)[0] ??
        curesVirus(t, prose, s.range[0], to) ??
        (any(terms('debunk'), draft, prev, to) ? undefined : offeredForVirus(t, prose, prev, to));
      if (!claim || out.some((f) => f.start === claim.start)) continue;
      out.push({
        ...claim,
        messageId: professional ? 'misinformationProfessional' : 'misinformation',
        topic: TOPIC_NAMES[t.name] ?? t.name,
      });
    }
  }
  return out;
}

// The endings of antibiotics' names (penicillins, macrolides, tetracyclines, quinolones,
// cephalosporins): a cheap test before the list of names is built.
const ANTIBIOTIC_ENDING = /cillin|mycin|micin|cycline|floxacin|\bcef|\bceph|\bamox/i;
const namedAntibiotics = (t: Compiled) =>
  phraseMatcher([
    ...(loadData<{ misinformation: Record<string, TopicData> }>('claims.yaml').misinformation[t.name]?.topics ?? []),
    ...antibioticNames(),
  ]);

// "do nothing for", "are no good for", "never work on": the effect is denied.
// Looked for in the claim's own clause: "No need to wait: we can give you antibiotics for a cold" is not denied.
const DENIED = /(?:(?<!\w)(?:not|no|nothing|never|useless|pointless)|n['’]t)(?!\w)[^.!?,;:–—]*$/iu;
/**
 * "Antibiotics do nothing for viruses": a remedy's effect denied on an illness it does not
 * treat is the guidance itself. (Denying a remedy's effect where it does work, "vaccines don't
 * work", has no viral illness to deny it on, so it is still read.)
 */
function deniedForVirus(t: Compiled, draft: Draft, from: number, m: Match): boolean {
  return !!t.viral && allMatches(t.viral, m.text).length > 0 && DENIED.test(draft.prose.slice(from, m.start));
}

// "Streaming cold? Ask your GP for a course of amoxicillin": a remedy urged for a viral illness.
const URGED = /\b(?:ask|get|take|course of|you['’]ll|will|shift|clear|sort|knock|need|try)\b/gi;
// "don't ask for", "they won't shift it", "you never need": an urging denied is the guidance.
const NEGATED_BEFORE = /(?:(?<!\w)(?:not|no|never)|n['’]t)(?:\s+\p{L}+){0,1}\s*$/iu;
const urged = (prose: string, from: number, to: number) =>
  allMatches(URGED, prose, from, to).some((m) => !NEGATED_BEFORE.test(prose.slice(Math.max(from, m.start - 24), m.start)));
function offeredForVirus(t: Compiled, prose: string, from: number, to: number): Match | undefined {
  if (!t.viral || !allMatches(t.viral, prose, from, to).length || !urged(prose, from, to)) return undefined;
  return allMatches(t.topic, prose, from, to).find((m) => !wished(t, prose, from, m.end));
}

// Verbs of an effect on an illness ("antibiotics cure colds", "amoxicillin shifts a cough").
const CURES = String.raw`(?<!\w)(?:cures?|cured|fix(?:es)?|kills?|clears?|shifts?|sorts?|knocks?|beats?|works?\s+(?:for|on))`;
/**
 * "Antibiotics cure colds": the remedy, just before, given an effect on a viral illness, and not
 * denied in its clause ("antibiotics won't shift a cold"). Honey that "cures a cold better than
 * antibiotics" does not have the remedy before it.
 */
function curesVirus(t: Compiled, prose: string, from: number, to: number): Match | undefined {
  if (!t.cures) return undefined;
  return allMatches(t.cures, prose, from, to).find((m) => {
    const remedy = allMatches(t.topic, prose, Math.max(from, m.start - 40), m.start).at(-1);
    return !!remedy && !/[.!?,;:–—]/.test(prose.slice(remedy.end, m.start)) && !DENIED.test(prose.slice(remedy.end, m.start));
  });
}

// "Gloria - wants antibiotics for a cold", "he demanded amoxicillin": what someone else wants or
// asked for is reported, not claimed to work. Third-person and past forms only: "ask for
// antibiotics" urges it.
const WISHED =
  /(?<!\w)(?:wants|wanted|wanting|asks|asked|asking|demands|demanded|demanding|expects|expected|expecting|requests|requested|requesting|begged|begging|insists\s+on|insisted\s+on|came\s+in\s+for|hoping\s+for|after)\s+(?:for\s+)?(?:some\s+|more\s+|a\s+course\s+of\s+|the\s+)?$/i;
/** The remedy named last before `at`, in the sentence from `from`, is the object of someone's wish or request. */
function wished(t: Compiled, prose: string, from: number, at: number): boolean {
  if (!t.viral) return false;
  const before = allMatches(t.topic, prose, Math.max(from, at - 60), at).at(-1);
  return !!before && WISHED.test(prose.slice(Math.max(from, before.start - 40), before.start));
}
