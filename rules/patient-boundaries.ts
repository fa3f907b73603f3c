import { defineRule, docsUrl } from '../src/engine/rule-types.js';
import { allMatches, lexicon, loadData, phraseMatcher, type Match, type PhraseSet } from './lib/lexicon.js';
import { patientNear, sentenceContexts } from './lib/context.js';
import { ownPromotion } from './lib/promotion.js';
import { BODY, CARE, PROCEDURE, classOf } from '../src/draft/people/vocabulary.js';
import type { Word } from '../src/draft/types.js';
import { nameEvidence, weigh, workMatters } from './lib/work-matters.js';
import { thresholdOption } from './lib/threshold.js';

const terms = lexicon('boundaries.yaml');
const clinicalTerms = lexicon('patient-context.yaml');
let treatmentRe: RegExp | undefined;
// (?<!\w), not \b: the i and u flags are both set (docs/architecture.md, "Regular expressions").
const yourTreatment = () =>
  (treatmentRe ??= new RegExp(`(?<!\\w)(?:your|ur|yer|yr)\\s+(?:\\p{L}+\\s+)?${terms('treatment').sourceFor('giu')}`, 'giu'));
const YOUR = new Set(['your', 'ur', 'yer', 'yr']);
/**
 * "ur new retainer's back", "your splint": "your" and, a word on at most, something made or done
 * in care (the vocabulary's procedures), beyond the listed treatments.
 */
function yourProcedure(ws: readonly Word[]): Match | undefined {
  for (let i = 0; i < ws.length; i++) {
    if (!YOUR.has(ws[i]!.key)) continue;
    for (const w of ws.slice(i + 1, i + 3)) {
      if (w.kind === 'word' && classOf(w.key.replace(/'s$/, '')) & PROCEDURE)
        return { start: ws[i]!.range[0], end: w.range[1], text: `${ws[i]!.text} ${w.text}` };
    }
  }
  return undefined;
}
const PATIENT = /\b(?:patients?|pts?|service users?|clients?|my lady|my man|my regulars|regulars|customers)\b/i;
// "I politely declined": the post tells of keeping the boundary, not crossing it.
const DECLINED =
  /\b(?:declin\w*|refused|turned (?:it |her |him |them )?down|said no|ignored it|didn['’]t accept|did not accept|won['’]t accept|never accept)\b/i;

interface Made {
  findVerbs: string[];
  contactPersons: string[];
  socialPlaces: string[];
  sendVerbs: string[];
  messageNouns: string[];
  askVerbs: string[];
  askHow: string[];
  privateVerbs: string[];
  privateWhere: string[];
}
let made: { reached: PhraseSet; asked: PhraseSet } | undefined;
/** The phrases made from the word classes of boundaries.yaml: reaching someone on social media, and asking for a private message. */
function madePhrases() {
  if (made) return made;
  const d = loadData<Made>('boundaries.yaml');
  const reached: string[] = [];
  for (const who of d.contactPersons) {
    for (const v of d.findVerbs)
      for (const place of d.socialPlaces) {
        reached.push(`${v} ${who} on ${place}`);
        // A phrasal verb parts round its object: "looked you up on Facebook".
        const [verb, particle] = v.split(' ');
        if (particle) reached.push(`${verb} ${who} ${particle} on ${place}`);
      }
    for (const v of d.sendVerbs) for (const n of d.messageNouns) reached.push(`${v} ${who} a ${n}`);
  }
  const asked: string[] = [];
  for (const v of d.askVerbs)
    for (const how of ['', ...d.askHow]) for (const n of d.messageNouns) asked.push(`${v} me a ${how ? `${how} ` : ''}${n}`);
  for (const v of d.privateVerbs) for (const where of d.privateWhere) asked.push(`${v} me ${where}`);
  return (made = { reached: phraseMatcher(reached), asked: phraseMatcher(asked) });
}

const SPOUSE = /\b(?:husband|wife|hubby|wifey|fianc[eé]e?|spouse|other half)\b/i;
// One patient, not patients in general: "one of my patients", "a client", "my patient".
const ONE_PATIENT =
  /\b(?:a|my|one of (?:my|our|the)|an? (?:ex-?|former))\s+(?:[a-z'’-]+\s+)?(?:patients?|clients?|service users?|residents?|customers?)\b/i;
// How they met: through care ("someone I met when he came in for ...", "a man I treated").
const MET = /\b(?:met|meeting|treated|treating|looked after|cared for|came in for|was in for|in my chair|on my list|on my caseload)\b/i;
const THIRD_PERSON = /\b(?:he|she|him|her|his|they|them|someone|somebody)\b/i;

// The author's own relationship: "I", "me", "my" or "we" a few words before, or the phrase is first
// in its sentence, an adverb or two aside ("Started seeing someone ..."); not "Mum's new boyfriend", "her boyfriend".
const FIRST_PERSON_BEFORE = /(?<!\w)(?:i|i['’]m|i['’]ve|i['’]d|me|my|we|we['’]re|we['’]ve|us)\s+(?:\S+\s+){0,2}$/i;
function authorsOwn(prose: string, sentenceStart: number, m: { start: number; text: string }): boolean {
  if (/^(?:my|took me|taking me)\b/i.test(m.text)) return true;
  const before = prose.slice(Math.max(sentenceStart, m.start - 40), m.start);
  // Nothing before it in the sentence but an adverb or two ("Officially off the market", "So, finally got together").
  if (/^[\s\p{P}\p{S}]*(?:(?:\p{L}+ly|just|so|now)[\s,]+){0,2}$/iu.test(prose.slice(sentenceStart, m.start))) return true;
  return FIRST_PERSON_BEFORE.test(before) && !/(?:['’]s|(?<!\w)(?:her|his|their|your))\s+$/i.test(before);
}

/** "@gdcuk your case examiners are ...": the reply is to an organisation about its people, not about someone's care. */
function addressesAGroup(text: string): boolean {
  return /(?<!\w)your\s+(?:\p{L}+\s+)?(?:examiners|staff|team|members|managers|people|panel|board|officers|inspectors|lot)(?!\w)/iu.test(
    text,
  );
}

/** Thanks before a handle that opens the sentence: "Thanks @tony", "big thank you to @x". */
const THANKED = /^\W{0,3}(?:(?:big|huge|massive)\s+)?(?:thanks|thank\s+you|cheers|ta)(?:\s+(?:so\s+much|again))?(?:\s+to)?\s*$/i;

export default defineRule({
  meta: {
    id: 'patient-boundaries',
    type: 'problem',
    sensitive: true,
    description:
      "Finds posts that blur professional boundaries with patients: friend requests, inviting patients to private messages, and discussing a patient's treatment with them on social media.",
    policy: [
      'GDC guidance ("think carefully before accepting friend requests from patients"; no discussions with patients about their care on social media)',
      'HCPC 1.9-1.12',
      'CSP "Receiving friend requests from patients"',
    ],
    defaultSeverity: 'error',
    options: {
      threshold: thresholdOption(
        'How much evidence of money or gifts from someone in your care (a sum, "slipped me", a resident; each weighed) a paragraph needs.',
      ),
    },
    messages: {
      gift: "Tells of money or a gift from someone in your care ({{evidence}}). Follow your gifts policy, tell your manager, don't post it.",
      connection:
        'Describes a social-media connection with a patient ("{{text}}"). Keep boundaries: politely decline patients\' friend requests.',
      relationship:
        'Tells of a romantic relationship with someone met through your care ("{{text}}"). Keep boundaries with patients (HCPC 1.12).',
      privateChannel:
        'Invites patients to contact you privately ("{{text}}"). Patients should use the practice\'s own channels, not your messages.',
      treatment:
        'Discusses someone\'s own care with them in public ({{who}}: "{{text}}"). Talk to patients about their care through the practice.',
    },
    docs: docsUrl('patient-boundaries'),
  },
  check({ draft, report, options }) {
    const { prose } = draft;
    // Money from someone in care: "Mr H in room 12 slipped me another £50".
    for (const [paragraph, found] of workMatters(draft)) {
      const w = weigh(found, ['money', 'givenMe', 'vulnerableAdult'], ['givenMe']);
      const given = found.some((f) => f.kind === 'money') && found.some((f) => f.kind === 'vulnerableAdult');
      // Cheap tests first: asking every paragraph about every sentence is quadratic in a long draft.
      if (w.total < options.threshold || !w.hasCore || !given) continue;
      if (draft.sentences.some((s) => s.paragraph === paragraph && DECLINED.test(s.text))) continue;
      const taken = w.evidence.find((e) => e.kind === 'givenMe')!;
      const s = draft.sentences.find((x) => x.range[0] <= taken.range[0] && taken.range[0] < x.range[1]);
      report({ messageId: 'gift', data: { evidence: nameEvidence(w.evidence) }, range: s ? s.range : taken.range });
      break;
    }
    const ctx = sentenceContexts(draft);
    const patientIn = (from: number, to: number) => PATIENT.test(prose.slice(from, to));
    // Someone in care the draft describes ("the gent from bed 4") is a patient in view too.
    const caredIn = (para: number | undefined) =>
      draft.targets.all.some((t) => t.cared && t.kind === 'described' && draft.sentences[t.sentence]!.paragraph === para);
    // A draft addressed to someone by their care ("To my Tuesday hip replacement lady") speaks to a patient throughout.
    const careIn = (i: number) =>
      !!ctx[i]?.clinical || !!draft.sentences[i]?.words.some((w) => w.kind === 'word' && (classOf(w.lower) & (BODY | CARE)) !== 0);
    const paragraphOf = (offset: number) => draft.sentences.find((s) => s.range[0] <= offset && offset <= s.range[1])?.paragraph;
    // Who is in view is asked only of a draft that speaks of a connection or a private channel: most do neither.
    const personal = draft.account !== 'practice';
    const connections = personal ? [...allMatches(terms('connection'), prose), ...allMatches(madePhrases().reached, prose)] : [];
    const channels = personal ? [...allMatches(terms('private'), prose), ...allMatches(madePhrases().asked, prose)] : [];
    const addressedPatient = (connections.length > 0 || channels.length > 0) && draft.targets.addressed && careIn(0);
    const anyPatient = () =>
      addressedPatient ||
      patientIn(0, prose.length) ||
      ctx.some((c) => c.patient || c.encounter) ||
      draft.targets.all.some((t) => t.cared && t.kind === 'described');

    if ((connections.length > 0 || channels.length > 0) && anyPatient()) {
      for (const m of connections) {
        const para = paragraphOf(m.start);
        const sameParagraph = draft.sentences.filter((s) => s.paragraph === para);
        // A patient in the paragraph: a patient word, or someone the author treated ("cute guy I treated").
        if (
          !addressedPatient &&
          !caredIn(para) &&
          !sameParagraph.some((s) => patientIn(s.range[0], s.range[1]) || ctx[draft.sentences.indexOf(s)]?.encounter)
        )
          continue;
        if (sameParagraph.some((s) => DECLINED.test(s.text))) continue;
        report({ messageId: 'connection', data: { text: m.text }, range: [m.start, m.end] });
        break;
      }
      // Inviting private messages is a boundary problem when patients are the audience, not buyers of a side business.
      // Or the reader's own care is in the post ("DM me and I'll tell you what your X-rays showed").
      const readersCare = draft.sentences.some((_, i) => careIn(i)) && allMatches(yourTreatment(), prose).length > 0;
      const patientsAddressed = patientIn(0, prose.length) || ctx.some((c) => c.patient) || addressedPatient || readersCare;
      // A sales pitch ("message me for prices", "join my team") invites buyers: commercial-promotion's
      // to report, unless a particular patient or the reader's own care is in it.
      const selling = channels.length > 0 && !!ownPromotion(draft) && !ctx.some((c) => c.patient) && !readersCare;
      for (const m of patientsAddressed && !selling ? channels : []) {
        report({ messageId: 'privateChannel', data: { text: m.text }, range: [m.start, m.end] });
        break;
      }
    }
    // "Started seeing someone I met when he came in for his crown": a relationship with someone met through care.
    if (personal)
      for (const m of allMatches(terms('romance'), prose)) {
        const i = draft.sentences.findIndex((s) => s.range[0] <= m.start && m.start < s.range[1]);
        const para = draft.sentences[i]?.paragraph;
        if (i < 0 || !authorsOwn(prose, draft.sentences[i]!.range[0], m)) continue;
        // Someone met through care: a patient word, or an encounter with a third person in the
        // sentence ("someone I met when he came in"), not the author's own spouse after a shift.
        const text = draft.sentences[i]!.text;
        if (SPOUSE.test(text)) continue;
        // A patient word counts when it names the partner, after the phrase ("going out with one of my patients").
        const [, sentenceEnd] = draft.sentences[i]!.range;
        const met =
          ONE_PATIENT.test(prose.slice(m.end, Math.min(sentenceEnd, m.end + 80))) ||
          (patientNear(draft, i) && THIRD_PERSON.test(text) && MET.test(text));
        if (!met) continue;
        if (draft.sentences.some((s) => s.paragraph === para && DECLINED.test(s.text))) continue;
        report({ messageId: 'relationship', data: { text: m.text }, range: [m.start, m.end] });
        break;
      }
    // "@jo your crown is ready Tuesday": a handle and their own treatment in one sentence.
    // A draft that opens on a handle speaks to that person throughout ("@jo lovely to see you ... your crown's back").
    // So does one it opens by thanking ("Cheers @mandy for the flapjacks! That verruca is nearly gone ...").
    const first = draft.sentences[0];
    const firstHandle = first?.words.find((w) => w.kind === 'mention');
    const opensOn =
      firstHandle !== undefined && (first!.words[0] === firstHandle || THANKED.test(prose.slice(first!.range[0], firstHandle.range[0])));
    const opener = opensOn && ctx.some((c) => c.encounter || c.clinical) ? firstHandle : undefined;
    const told = new Set<unknown>();
    for (const s of draft.sentences) {
      const handle = s.words.find((w) => w.kind === 'mention') ?? opener;
      if (!handle) continue;
      // A clinician's own account ("@DrMartinWellerDDS") is no patient of the author's.
      if (draft.people.mentionAt(handle.range[0])?.person.role === 'staff') continue;
      // Or a reply that opens on the handle (or thanks it) and talks about their medicine or care ("@daz glad the
      // sertraline's settling", "thanks @tony ... that toenail won't give you any more grief").
      const spokenTo = handle === opener && !s.words.includes(handle);
      const reply =
        (spokenTo || handle.range[0] === s.range[0] || THANKED.test(prose.slice(s.range[0], handle.range[0]))) &&
        ctx[draft.sentences.indexOf(s)]?.clinical &&
        /\b(?:you|your|you['’]d|you['’]re|glad|hope)\b/i.test(s.text) &&
        !addressesAGroup(s.text);
      const procedure = yourProcedure(s.words);
      const t = [
        ...allMatches(yourTreatment(), prose, s.range[0], s.range[1]),
        ...(procedure ? [procedure] : []),
        ...allMatches(terms('followUp'), prose, s.range[0], s.range[1]),
        ...(reply ? allMatches(clinicalTerms('clinical'), prose, s.range[0], s.range[1]) : []),
      ].sort((a, b) => a.start - b.start)[0];
      // One report per person spoken to.
      if (!t || told.has(handle)) continue;
      told.add(handle);
      report({
        messageId: 'treatment',
        data: { who: handle.text.slice(0, 2) + '•••', text: t.text },
        range: [handle.range[0] >= s.range[0] ? handle.range[0] : t.start, t.end],
      });
    }
  },
});
