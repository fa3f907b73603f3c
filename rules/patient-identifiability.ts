import { LOWER_CASE_NAME, type Mention, type Person } from '../src/draft/people/index.js';
import type { Draft, Range } from '../src/draft/types.js';
import { looseWord } from '../src/draft/words.js';
import { startsUpper } from '../src/shared/letters.js';
import { defineRule, docsUrl, type Report } from '../src/engine/rule-types.js';
import { attachments } from './lib/attachments.js';
import { particularPatientNear, patientInDraft, patientNear, sentenceContexts } from './lib/context.js';
import {
  addresses,
  ages,
  bedNumbers,
  datesOfBirth,
  dates,
  emails,
  handles,
  hospitalNumbers,
  nhsNumbers,
  phones,
  postcodes,
  type Found,
} from './lib/identifiers.js';
import { allMatches, lexicon } from './lib/lexicon.js';
import { maskDigits, maskWords } from './lib/nhs-number.js';
import { firstNameFlags } from './lib/people.js';
import { findPlaces, isPlaceName } from './lib/places.js';
import { classAt, handleWords, isHealthJob, TEAM_WORDS } from '../src/draft/people/words.js';
import { BODY, CARE } from '../src/draft/people/vocabulary.js';
import { careWords, dentalNotation, roadNumbers, schools, streets, weekdays } from './lib/care-details.js';

const quasi = lexicon('quasi-identifiers.yaml');
const context = lexicon('patient-context.yaml');

type ConsentKind = 'name' | 'photo' | 'quote' | 'details';

function consentCovers(draft: Draft, kind: ConsentKind): boolean {
  const { given, scope } = draft.consent;
  if (!given) return false;
  if (scope === null || scope.includes('all')) return true;
  const aliases: Record<ConsentKind, string[]> = {
    name: ['name', 'names', 'identity', 'full name'],
    photo: ['photo', 'photos', 'image', 'images', 'picture', 'video', 'photograph'],
    quote: ['quote', 'quotes', 'testimonial', 'review'],
    details: ['details', 'story', 'case', 'age', 'location', 'dob', 'date of birth', 'contact'],
  };
  // Consent to be named is consent to be identified: it covers the lesser details (an age, a
  // town) that could only identify the patient together.
  if (kind === 'details' && aliases.name.some((a) => scope.includes(a))) return true;
  return aliases[kind].some((a) => scope.includes(a));
}

// "Shared with Edna's permission", "with their consent": the draft says consent was given, but
// no record of it is in the front matter. Names are then a warning to record it, not an error.
const CONSENT_IN_TEXT =
  /(?<![A-Za-z\u00C0-\u024F])(?:with|has given|have given|gave|given)\s+(?:(?:[A-Za-z\u00C0-\u024F]+['’]s?|their|his|her|the family['’]s|kind|full|written)\s+){0,4}(?:permission|consent)|(?<![A-Za-z\u00C0-\u024F])(?:permission|consent)\s+(?:given|to share)|shared with permission|(?<![A-Za-z\u00C0-\u024F])consented\b/i;

// Each alternative above holds one of these words: most drafts have neither, and the expression's look-behinds
// were tried at every character (50 ms on the 10k bench).
const CONSENT_WORD = /permission|consent/i;

function mask(f: Found): string {
  // A house number keeps its two digits under maskDigits: the street's words must go too.
  if (f.kind === 'home address') return maskWords(f.text.replace(/\s+/g, ' '));
  return /\d/.test(f.text) ? maskDigits(f.text.replace(/\s+/g, ' '), f.kind === 'phone number' ? 4 : 2) : maskWords(f.text);
}

/** Evidence weights of the details that together can identify someone; options may change them. */
const WEIGHTS = {
  age: 1,
  'age band': 0.5,
  occupation: 1,
  town: 1,
  place: 0.5,
  street: 1,
  road: 0.5,
  school: 1,
  time: 0.5,
  day: 0.5,
  event: 1,
  condition: 0.5,
  medicine: 0.5,
  sex: 0.5,
  'bed or bay': 1,
  date: 0.5,
  /** The author says the person will know it is them ("you know who you are"): one particular person, recognisable. */
  recognisable: 1,
} as const;
type DetailKind = keyof typeof WEIGHTS;
const JIGSAW_THRESHOLD = 2.5;
/** Lines of a day list: each a time with a name, a tooth or a treatment. */
const LIST_MIN_LINES = 2;

const isNamed = (m: Mention) => m.kind !== 'description' && m.kind !== 'self';

export default defineRule({
  meta: {
    id: 'patient-identifiability',
    type: 'problem',
    sensitive: true,
    description:
      'Finds details that identify, or together could identify, a patient: NHS and hospital numbers, names, dates of birth, contact details, photos, day lists, and combinations of details.',
    policy: [
      'GDC guidance (Standard 4.2.3)',
      'HCPC 5.1, 2.12',
      'CSP "Privacy and consent"',
      'Practice policy ("Never identify a patient ... by name without permission")',
    ],
    defaultSeverity: 'error',
    options: {
      jigsawThreshold: {
        type: 'number',
        default: JIGSAW_THRESHOLD,
        minimum: 1,
        maximum: 10,
        description: 'How much combined detail about one patient (age, job, town, day, event...) is reported as identifying.',
      },
      listMinLines: {
        type: 'number',
        default: LIST_MIN_LINES,
        minimum: 1,
        maximum: 20,
        description: 'How many lines of times with names, teeth or treatments make an appointment or day list.',
      },
    },
    messages: {
      nhsNumber: 'NHS number {{masked}} identifies a patient. Remove it: an NHS number must never be posted, even with consent.',
      recordNumber: 'This {{kind}} ({{masked}}) identifies a patient. Remove it.',
      name: 'The {{kind}} "{{masked}}" belongs to a patient ({{why}}) and can identify them. Remove it, or record the patient\'s consent in the front matter (consent:).',
      detail:
        'This post is about a patient and includes their {{kind}} ({{masked}}), which can identify them. Remove it unless the patient agreed (consent: in the front matter).',
      photo:
        "This picture can show a patient ({{why}}). Post it only with the patient's recorded consent (consent: {scope: [photo]} in the front matter).",
      described:
        '{{who}} is someone readers can pick out ({{how}}), and the post gives their health details. Remove the details, or who they are.',
      list: 'This looks like an appointment or day list ({{lines}} lines of times with {{what}}): it identifies the patients on it. Remove it.',
      jigsaw:
        'Together, these details could identify the patient: {{details}}. Remove some of them: people can be recognised from a combination of details.',
    },
    fixable: true,
    docs: docsUrl('patient-identifiability'),
  },
  check({ draft, options, report }) {
    const { prose, people } = draft;
    const anyContext = patientInDraft(draft);
    const ctx = sentenceContexts(draft);
    // What is reported, kept sorted: a later finding inside an earlier one is not reported again.
    // Reports can overlap (a jigsaw's sentence holds a name), so each range is kept in a list sorted by start.
    const reported: Range[] = [];
    let longest = 0;
    const add = (r: Report) => {
      insertByStart(reported, r.range);
      longest = Math.max(longest, r.range[1] - r.range[0]);
      report(r);
    };
    const overlaps = (s: number, e: number) => overlapsSorted(reported, s, e, longest);
    const consentSaid = CONSENT_WORD.test(prose) && CONSENT_IN_TEXT.test(prose);
    const patients = people.patients();
    // A person cared for is in view: the people layer says so, or a sentence does ("my patient", "came in").
    const someoneInCare = patients.length > 0 || ctx.some((c) => c.patient || c.encounter);

    // Always: NHS numbers (valid check digit) and labelled record numbers; consent never covers them.
    for (const n of nhsNumbers(prose)) {
      if (!n.labelled && !n.grouped && !anyContext) continue;
      add({
        messageId: 'nhsNumber',
        data: { masked: maskDigits(n.text) },
        range: [n.start, n.end],
        fix: { range: [n.start, n.end], text: maskDigits(n.text) },
      });
    }
    for (const h of hospitalNumbers(prose)) {
      if (overlaps(h.start, h.end)) continue;
      add({
        messageId: 'recordNumber',
        data: { kind: h.kind, masked: maskDigits(h.text, 0).replace(/•+/g, '•••') },
        range: [h.start, h.end],
      });
    }

    // A number in a picture's description, title or file name is posted with it (consent never covers one).
    if (draft.images.length)
      for (const a of attachments(draft))
        for (const n of nhsNumbers(a.described)) {
          if (overlaps(a.range[0], a.range[1])) break;
          add({ messageId: 'nhsNumber', data: { masked: maskDigits(n.text) }, range: a.range });
        }

    // Appointment and day lists: lines of times with names, teeth or treatments (the names on it are the list's).
    dayList(draft, options.listMinLines, add, overlaps);

    // Names of patients: the people layer's, and names of others said in a patient's sentence.
    if (!consentCovers(draft, 'name')) {
      const whyOf = new Map<Person, string | undefined>();
      for (const m of people.mentions) {
        if (!isNamed(m) || m.kind === 'handle' || overlaps(m.range[0], m.range[1])) continue;
        // A patient's reason is theirs, once; someone unplaced is judged mention by mention.
        if (m.person.role === 'patient' && !whyOf.has(m.person)) whyOf.set(m.person, patientName(draft, m));
        const why = m.person.role === 'patient' ? whyOf.get(m.person) : patientName(draft, m);
        if (!why) continue;
        add({
          messageId: 'name',
          data: { kind: m.kind, masked: maskWords(m.text), why },
          range: m.range,
          // Consent said in the text but not recorded, or evidence that is only a hint: a warning.
          lesser: consentSaid || why === 'a title with an initial',
        });
      }
    }

    // Someone described, not named, whom readers can still pick out, with their care: "the PM ... took his BP".
    if (!consentCovers(draft, 'details')) {
      // A ward named in a sentence, asked once a sentence (a run-on "sentence" can hold thousands of beds).
      const wards = new Map<number, boolean>();
      const wardNamed = (i: number) => {
        let w = wards.get(i);
        if (w === undefined) wards.set(i, (w = WARD_NAMED.test(draft.sentences[i]!.text)));
        return w;
      };
      for (const p of people.persons) {
        if (p.role !== 'patient' && p.role !== 'other') continue;
        const d = p.mentions.find((m) => m.kind === 'description');
        if (!d || p.named || overlaps(d.range[0], d.range[1])) continue;
        const tail = prose.slice(d.range[1], d.range[1] + 40);
        // A bed on a named ward ("the lady in bed 6 on Ward 23") is one patient to anyone who knows the ward,
        // and being in it is health information itself.
        const onWard =
          p.role === 'patient' && p.evidence.some((e) => e.why === 'bed or room') && (BED_ON_WARD.test(tail) || wardNamed(d.sentence));
        const onStreet = p.role === 'patient' && ON_STREET.test(tail);
        const how = onWard
          ? 'a bed on a named ward'
          : p.evidence.find((e) => e.role === 'public figure')
            ? 'a public role'
            : UNIQUE_OF.test(tail)
              ? 'a role at a named place'
              : onStreet
                ? 'the street they were on'
                : LOCAL_ROLE.test(d.text) && d.parts[0] !== 'person'
                  ? 'the one in the area'
                  : undefined;
        if (!how) continue;
        // Their own care, or met in care: an encounter beside them ("in my chair this morning... only the landlord of ...")
        // with care in the same sentence ("finally got that lower molar out").
        const met = [d.sentence, d.sentence - 1].some(
          (j) => ctx[j]?.encounter && draft.sentences[j]!.paragraph === draft.sentences[d.sentence]!.paragraph,
        );
        // Or the one care is done to or for, in a clinical sentence ("dressed the leg ulcer of the lollipop lady").
        const cared = /\b(?:of|for)\s+$/i.test(prose.slice(Math.max(0, d.range[0] - 5), d.range[0]));
        // (A patient found on a named street is in care there, as one in a bed on a named ward is.)
        if (!onStreet && !onWard && !p.care.length && !((met || cared) && ctx[d.sentence]!.clinical)) continue;
        add({ messageId: 'described', data: { who: capitalise(d.text), how }, range: d.range });
      }
    }

    // Dates of birth, contact details and addresses, where a patient is in view.
    if (!consentCovers(draft, 'details')) {
      const ownClinical = (i: number) => ctx[i]?.clinical === true && OWN.test(draft.sentences[i]!.text);
      for (const d of datesOfBirth(prose)) {
        // Labelled, or "born <date>" beside a person named in its sentence whom the draft does not place as staff
        // or as someone's relation ("baby Noah, born ...", a colleague's news).
        const bornTo =
          /^born/i.test(d.text) &&
          people
            .inSentence(sentenceIndex(draft, d.start))
            .some(
              (m) =>
                isNamed(m) && (m.person.role === 'patient' || (m.person.role === 'other' && !m.person.evidence.some((e) => e.weight >= 2))),
            );
        if (/^d\.?o\.?b|date of birth/i.test(d.text) || anyContext || bornTo)
          add({ messageId: 'detail', data: { kind: d.kind, masked: maskDigits(d.text, 0) }, range: [d.start, d.end] });
      }
      const before = (f: Found) => prose.slice(Math.max(0, f.start - 60), f.start);
      const practiceOwn = (f: Found) => draft.account === 'practice' && OURS.test(before(f));
      const para = (i: number) => draft.sentences[i]!.paragraph;
      const clinicalNear = (i: number) => [i, i - 1, i + 1].some((j) => ctx[j]?.clinical === true && para(j) === para(i));
      // A home the author was sent to at work (a call-out, a shift), with a complaint beside it, is the patient's home.
      let atWorkHere: boolean | undefined;
      const attendedHome = (i: number) => (atWorkHere ??= allMatches(context('at work'), prose).length > 0) && clinicalNear(i);
      // Where someone lives, on a personal account: one patient near, or an encounter with care beside it ("sent to
      // 9 Larch Grove ... same fall"), not an encounter word alone ("come and sit in the ambulance at 4 Mill Lane").
      const homeInView = (i: number) =>
        particularPatientNear(draft, i) || ownClinical(i) || (patientNear(draft, i) && clinicalNear(i)) || attendedHome(i);
      const contact = [...phones(prose), ...emails(prose), ...postcodes(prose), ...addresses(prose)];
      for (const f of contact.sort((a, b) => a.start - b.start)) {
        if (overlaps(f.start, f.end) || practiceOwn(f) || GENERIC_MAILBOX.test(f.text)) continue;
        const i = sentenceIndex(draft, f.start);
        // A contact detail that is a named person's, on a clinical or practice account, whatever the other words.
        const owner = contactOwner(draft, f, i);
        // With no one's name on it, a number the reader is asked to call is the poster's, on any account.
        const inView =
          owner !== undefined ||
          (!READER_ASKED.test(before(f)) &&
            (draft.account === 'practice'
              ? particularPatientNear(draft, i) || ownClinical(i)
              : f.kind === 'home address' || f.kind === 'postcode'
                ? homeInView(i)
                : patientNear(draft, i) || ownClinical(i)));
        if (!inView) continue;
        add({ messageId: 'detail', data: { kind: f.kind, masked: mask(f) }, range: [f.start, f.end] });
      }
      // A handle addressed with clinical detail about that person ("@jess so glad the extraction site is healing"),
      // not a source credited ("via @OptomNewsUK").
      for (const h of handles(prose)) {
        const person = people.mentionAt(h.start)?.person;
        if (person && (person.role === 'organisation' || person.role === 'staff' || person.role === 'public figure')) continue;
        const i = sentenceIndex(draft, h.start);
        const c = ctx[i];
        if (!c || !(person?.role === 'patient' || patientNear(draft, i, { clinical: true }))) continue;
        const s = draft.sentences[i]!;
        // A patient thanked ("thanks to @x for trusting me with ...") is no source credited.
        // Nor is one thanked and spoken to about their care ("thanks to @x for the chocolates, just for sorting out your meds").
        // Or thanked for keeping up their own care ("thanks to @x for sticking with the hamstring rehab").
        const spokenToAboutCare =
          c.clinical && (SECOND_PERSON.test(s.text) || THANKED_FOR_EFFORT.test(prose.slice(h.end, Math.min(s.range[1], h.end + 30))));
        if (
          person?.role !== 'patient' &&
          !spokenToAboutCare &&
          /\b(?:via|by|from|h\/t|cc|rt|thanks to|credit|@)\s*:?\s*$/i.test(prose.slice(Math.max(s.range[0], h.start - 12), h.start))
        )
          continue;
        const addressed =
          person?.role === 'patient' ||
          ownClinical(i) ||
          h.start === s.range[0] ||
          SECOND_PERSON.test(s.text) ||
          /\b(?:hi|hey|dear|thanks|thank you|cheers)(?:\s+to)?\s*,?\s*$/i.test(prose.slice(s.range[0], h.start));
        // (A town's account is not thanked for a gift and told about its own care.)
        if (!addressed || (townHandle(h.text) && !spokenToAboutCare)) continue;
        // A reply that guesses at a stranger's problem from what they wrote ("@x sounds like a dry socket"), with no
        // care given in the draft, is advice to a member of the public (advice-disclaimer's), not a patient named.
        if (person?.role !== 'patient' && !ctx.some((x) => x.encounter) && AT_A_DISTANCE.test(s.text)) continue;
        add({ messageId: 'detail', data: { kind: h.kind, masked: h.text.slice(0, 2) + '•••' }, range: [h.start, h.end] });
      }
    }

    // Pictures of patients, and of their records.
    if (!consentCovers(draft, 'photo')) {
      // Asked only of a draft with a picture: these lists are compiled on first use.
      const pictures = attachments(draft);
      const careSetting = pictures.length > 0 && allMatches(context('care setting'), prose).length > 0;
      const patientsAtAll = someoneInCare || ctx.some((c) => c.patientsInGeneral);
      const atWork = pictures.length > 0 && (allMatches(context('at work'), prose).length > 0 || /🚑/u.test(prose));
      for (const a of pictures) {
        const why =
          RECORD.test(a.described) && patientsAtAll
            ? 'a picture of patient records or scans'
            : photoWhy(a.described, a.kind, someoneInCare || careSetting, draft);
        if (why) add({ messageId: 'photo', data: { why }, range: a.range });
        // At work, with someone in view who is not staff ("found him in a hedge", "the scene"): it may show them. A warning.
        else if (atWork && thirdPerson(draft))
          add({ messageId: 'photo', data: { why: 'a picture taken at work, of someone or a scene' }, range: a.range, lesser: true });
      }
    }

    // Jigsaw identification: several details about one patient.
    if (consentCovers(draft, 'details')) return;
    if (reported.length) return;
    jigsaw(draft, options.jigsawThreshold, report, patients);
  },
});

// "sounds like", "could be a ...": a diagnosis guessed at from what someone wrote, not made in the chair (not "looks
// like it's healing" or "could be sore", said to one's own patient).
const AT_A_DISTANCE = /\bsounds?\s+(?:to\s+me\s+)?like\b|\b(?:might|could|may)\s+(?:well\s+)?be\s+(?:a|an)\s/i;
// "a woman on Beckett Road who'd been on the floor": a patient placed on a named street, to the neighbours.
const ON_STREET =
  /^\s+on\s+\p{Lu}\p{Ll}+\s+(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Crescent|Drive|Way|Grove|Terrace|Gardens|Row|Place)\b/u;
const THANKED_FOR_EFFORT = /^\s+for\s+(?:sticking|working|keeping|persevering|pushing|putting|doing)\b/i;
const SECOND_PERSON = /\b(?:you|your|you're|you've)\b/i;
const WEEKLY_AFTER = /^(?:s\b|\s+(?:mornings|afternoons|evenings|nights)\b)/;
const STREET_IN_TOWN = /^,?\s+in\s+(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)/u;
// "the landlord of the Crown", "the head of Oakfield", "the fella who runs the chippy on Dale Street", "the lollipop man
// who does the crossing outside St Aidan's": a role at a named place has one holder.
const UNIQUE_OF =
  /^\s+(?:of|at)\s+(?:the\s+)?\p{Lu}|^\s+(?:who|that)\s+(?:runs|owns|manages|does|keeps|works)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,3}(?:on|in|at|of|outside|near|by)\s+(?:the\s+)?\p{Lu}/u;
// "in bed 6 on Ward 23", "bay 4, ward 10": a bed with its ward named.
const BED_ON_WARD = /^\s+(?:in|on)\s+(?:bed|bay|room|side\s+room)\s*\d{1,3},?\s+(?:(?:on|of)\s+)?(?:the\s+)?(?:ward|unit)\s+\w/i;
// "... brought the whole of Ward 7 a cake": the ward named elsewhere in the bed's sentence.
const WARD_NAMED = /\b(?:[Ww]ard|[Uu]nit)\s+\d{1,3}[a-z]?\b|\b\p{Lu}\p{Ll}+\s+Ward\b/u;
// "the local vicar", "our village postie": a role that one person holds in a place.
const LOCAL_ROLE = /(?<!\w)(?:local|village|town's|area's)\s+\p{L}/iu;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Why a named mention is a patient's, or undefined when it is not. */
function patientName(draft: Draft, m: Mention): string | undefined {
  const p = m.person;
  if (p.role === 'patient') {
    const strong = p.evidence.filter((e) => e.role === 'patient').sort((a, b) => b.weight - a.weight)[0]!;
    return strong.why === 'title and initial' ? 'a title with an initial' : (WHY[strong.why] ?? strong.why);
  }
  if (p.role !== 'other' || m.kind === 'initials') return undefined;
  // Someone the layer could not place, named in a sentence about one patient ("Mrs Dawson ... Patient left his glasses"):
  // a full name or a title needs a patient near; a first name alone needs one in its own sentence.
  const i = m.sentence;
  const c = sentenceContexts(draft)[i]!;
  if (p.evidence.some((e) => e.role === 'other' && e.weight >= 2)) return undefined;
  // A name found in lower case ("amy wilson came in ...") is one only with care of their own: not for being near a patient.
  if (p.evidence.some((e) => e.why === LOWER_CASE_NAME)) return undefined;
  if (m.kind === 'first name') return c.patient || c.encounter ? 'named where a patient is' : undefined;
  if (patientNear(draft, i)) return 'named where a patient is';
  return undefined;
}

const WHY: Record<string, string> = {
  'own care': 'the care described is theirs',
  'own care (pronoun)': 'the care described is theirs',
  'own body, with care': 'the care described is theirs',
  'patient word': 'called a patient or resident',
  'seen in care': 'seen in care',
  'in care': 'described in care',
  'bed or room': 'in a bed or room',
  'appointment slot': 'an appointment',
  'booked in': 'booked in for an appointment',
  'in for care': 'in for their care',
  'thanks for their care': 'signs a thank-you for their care',
  'trusted the author with their care': 'thanked for trusting you with their care',
  'a player, with care': 'named with their team and their care',
  'gave birth': 'spoken to as a baby arrived',
  'a baby born to them': 'a parent of a baby born in your care',
  'born in care': 'born in your care',
  'recovery timeline': 'named in the timeline of their recovery',
  'died in care': 'died in your care',
};

/** The named person a contact detail belongs to, on a clinical or practice account: in its sentence, or in the address itself. */
function contactOwner(draft: Draft, f: Found, i: number): Person | undefined {
  if (draft.account === 'personal') return undefined;
  const placed = (p: Person) => p.role === 'patient' || p.role === 'other';
  const here = draft.people.inSentence(i).find((m) => isNamed(m) && m.kind !== 'handle' && placed(m.person));
  if (here) return here.person;
  if (f.kind !== 'e-mail address') return undefined;
  // Or the address is made of their name: "a.kettering@...".
  const local = f.text.split('@')[0]!.toLowerCase();
  return draft.people.persons.find(
    (p) => p.named && placed(p) && [...nameParts(p)].some((part) => part.length > 2 && local.includes(part)),
  );
}

const partsOf = new WeakMap<Person, Set<string>>();
/** A person's name words, once a person. */
function nameParts(p: Person): Set<string> {
  let parts = partsOf.get(p);
  if (!parts) {
    parts = new Set(p.mentions.filter((m) => m.kind !== 'handle' && m.kind !== 'description').flatMap((m) => m.parts));
    partsOf.set(p, parts);
  }
  return parts;
}

/**
 * "@BrightSmileLeeds", "@RoseandCrownTiverton": a handle of three or more words that ends in a town, with no first
 * name or title in it, is a business's (asked only of a handle about to be reported: the town list loads then).
 */
function townHandle(handle: string): boolean {
  const words = handleWords(handle);
  const town = words[words.length - 1];
  if (words.length < 3 || !town || !isPlaceName(town.charAt(0).toUpperCase() + town.slice(1))) return false;
  return words.slice(0, -1).every((w) => firstNameFlags(w.toLowerCase()) === undefined && !HANDLE_TITLE.test(w));
}
const HANDLE_TITLE = /^(?:dr|mr|mrs|ms|miss|mx|nurse|prof)$/i;

// A number or address the reader is asked to use, right before it ("call 01632 ...", "book on ...",
// "email the surgery at"), is the poster's own on any account: a patient's is "her number", "ring him on".
const READER_ASKED =
  /\b(?:call|ring|phone|text|whatsapp|contact|email|e-mail|book|bookings|enquiries|appointments)(?:\s+(?:us|the\s+(?:practice|surgery|clinic|pharmacy|team|office|ward|unit)|reception))?(?:\s+(?:on|at)|\s*:)?\s*$/i;
// On a practice account, its own details: "call us", "find us", "our number".
const OURS = /\b(?:call|ring|phone|text|contact|email|e-mail|find|visit)\s+us\b|\bour\s+(?:number|address|email)/i;

// "jobs@", "info@", "reception@": a mailbox of the practice, not a person's address.
const GENERIC_MAILBOX =
  /^(?:jobs|careers|recruitment|info|enquiries|hello|contact|admin|reception|office|team|bookings|appointments|practice|pharmacy|surgery|care|hr|vacancies)@/i;

// What a picture's description says of it.
const RECORD =
  /\b(?:handover|notes|records?|chart|obs|prescription|x-?rays?|scans?|ct|mri|radiographs?|opg|referral|wristband|whiteboard)\b/i;
const BEFORE_AFTER = /\bbefore\b.*\bafter\b|\bafter\b.*\bbefore\b|\bresult\b|\btransformation\b|\bsmile makeover\b/i;

function photoWhy(described: string, kind: 'image' | 'placeholder', someoneInCare: boolean, draft: Draft): string | undefined {
  const patientWord = allMatches(context('patient'), described).length > 0;
  // A name in the description counts unless it is introduced as staff, as in the draft ("Dr Hannah Reid, dental nurse Lucy Tran").
  const words = described.split(/[\s,;]+/);
  // Back over the names of a list before it ("our dispensary team Harriet and Sunil"): the role or team is every name's.
  const asStaff = (i: number) => {
    let j = i;
    while (
      j > 1 &&
      (LIST_AND.has(words[j - 1]!) || (startsUpper(words[j - 1]!) && firstNameFlags(words[j - 1]!.toLowerCase()) !== undefined))
    )
      j--;
    return [j - 1, j - 2].some((k) => {
      const b = words[k]?.replace(/\.$/, '').toLowerCase();
      return (
        b !== undefined &&
        (STAFF_TITLE.test(b) || isHealthJob([looseWord(b)], 0) || TEAM_WORDS.has(b) || (k === j - 1 && STAFF_GROUP.has(b)))
      );
    });
  };
  // The first names in it, each with whether it is introduced as staff there (the alt text's "our receptionist Kirsty"
  // speaks for the file name's "kirsty-at-the-desk").
  const names = new Map<string, boolean>();
  words.forEach((w, i) => {
    const lower = w.replace(/['’]s$/, '').toLowerCase();
    const f = firstNameFlags(lower);
    if (f !== undefined && !(f & 1)) names.set(lower, names.get(lower) === true || asStaff(i));
  });
  // Or the draft introduces them as staff ("Meet Kirsty, our new receptionist" above a picture of her).
  const staff = names.size ? new Set(draft.people.staff().flatMap((p) => p.mentions.flatMap((m) => m.parts))) : undefined;
  const named =
    /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+\p{Lu}/u.test(described) || [...names].some(([name, asStaffHere]) => !asStaffHere && !staff!.has(name));
  if (patientWord) return 'its description mentions a patient';
  if (named) return "its name or description includes a person's name";
  if (BEFORE_AFTER.test(described)) return 'a before-and-after or result picture';
  if (RECORD.test(described) && someoneInCare) return 'a picture of patient records or scans';
  // A placeholder the author will replace with a picture, in a post about someone in their care.
  if (someoneInCare && (kind === 'placeholder' || RECORD.test(described))) return 'a picture in a post about someone in your care';
  return undefined;
}

const STAFF_TITLE = /^(?:dr|doctor|prof|professor|sister|nurse|matron)$/;
/** A group of staff a picture's names stand in apposition to: "our dispensary team Harriet and Sunil". */
const STAFF_GROUP = new Set(['team', 'staff', 'crew']);
const LIST_AND = new Set(['and', '&']);

const THIRD_PERSON = new Set(['he', 'him', 'she', 'her', 'his', 'they', 'them']);

/** Whether the person named nearest before `offset` (in its sentence or up to three before, in its paragraph) is staff, a public figure or an organisation. */
function pronounsStaff(draft: Draft, i: number, offset: number): boolean {
  const para = draft.sentences[i]!.paragraph;
  const placed = (p: Person) => p.role === 'staff' || p.role === 'public figure' || p.role === 'organisation';
  // '"...," she said': a pronoun that attributes speech means the one named saying something before it
  // ("Lead nurse Jo Bell said ..."), not whoever was named last (the thing she spoke about).
  if (SAYS_AFTER.test(draft.prose.slice(offset, offset + 24)))
    for (let j = i; j >= 0 && j >= i - 3 && draft.sentences[j]!.paragraph === para; j--) {
      const speakers = draft.people
        .inSentence(j)
        .filter((m) => isNamed(m) && m.range[1] <= offset && SAYS_AFTER.test(`x${draft.prose.slice(m.range[1], m.range[1] + 60)}`));
      if (speakers.length) return placed(speakers[speakers.length - 1]!.person);
    }
  for (let j = i; j >= 0 && j >= i - 3 && draft.sentences[j]!.paragraph === para; j--) {
    const before = draft.people.inSentence(j).filter((m) => m.kind !== 'handle' && m.range[1] <= offset);
    const last = before[before.length - 1];
    if (last) return placed(last.person);
  }
  return false;
}
/** A word (a pronoun, a name's last word) followed by a verb of saying: "she said", "Jo Bell, lead nurse, said". */
const SAYS_AFTER = /^\p{L}+(?:,[^,\n]{1,40},)?\s+(?:said|says|added|adds|explained|explains|told|tells|commented|comments)(?!\p{L})/u;

/** Someone in the draft who is not staff, an organisation or a public figure: a pronoun with no such antecedent, a description, a scene. */
function thirdPerson(draft: Draft): boolean {
  const { people } = draft;
  if (people.mentions.some((m) => m.kind === 'description' && (m.person.role === 'patient' || m.person.role === 'other'))) return true;
  if (/\bthe scene\b/i.test(draft.prose)) return true;
  return draft.sentences.some((s, i) =>
    s.words.some((w) => {
      if (!THIRD_PERSON.has(w.lower)) return false;
      const before = people.inSentence(i).filter((m) => m.range[1] <= w.range[0]);
      const antecedent = before[before.length - 1] ?? people.inSentence(i - 1).at(-1);
      return !antecedent || antecedent.person.role === 'patient' || antecedent.person.role === 'other';
    }),
  );
}

const TIME = /(?<![A-Za-z0-9])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d\s?(?:am|pm)?|\s?(?:am|pm))(?![A-Za-z0-9])/i;

/** Lines of a list that each pair a time with a name, a tooth in dental notation or a treatment. */
function dayList(draft: Draft, minLines: number, add: (r: Report) => void, overlaps: (s: number, e: number) => boolean): void {
  const lines: { range: Range; what: Set<string> }[] = [];
  const text = draft.prose;
  // One walk over the lines, the mentions and the care words, all in order.
  const named = draft.people.mentions.filter((m) => isNamed(m) && m.kind !== 'handle' && m.person.role !== 'staff');
  // Care words are looked up only for a draft with a time on some line.
  if (!TIME.test(text.slice(draft.bodyStart))) return;
  const care = careWords(draft, draft.bodyStart, text.length);
  let mi = 0;
  let ci = 0;
  let start = draft.bodyStart;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    while (mi < named.length && named[mi]!.range[0] < start) mi++;
    while (ci < care.length && care[ci]!.start < start) ci++;
    const line = text.slice(start, end);
    if (TIME.test(line)) {
      const what = new Set<string>();
      if (mi < named.length && named[mi]!.range[1] <= end) what.add('names');
      if (dentalNotation(line).length) what.add('teeth');
      if (ci < care.length && care[ci]!.end <= end) what.add('treatments');
      if (what.size && (what.has('names') || what.has('teeth') || what.size > 1)) lines.push({ range: [start, end], what });
    }
    start = end + 1;
  }
  const withNames = lines.filter((l) => l.what.has('names') || l.what.has('teeth'));
  if (lines.length < minLines || withNames.length === 0) return;
  const first = lines[0]!.range;
  const last = lines[lines.length - 1]!.range;
  if (overlaps(first[0], last[1])) return;
  const what = [...new Set(lines.flatMap((l) => [...l.what]))].join(', ');
  add({
    messageId: 'list',
    data: { lines: String(lines.length), what },
    range: [first[0] + (text.slice(first[0], first[1]).length - text.slice(first[0], first[1]).trimStart().length), last[1]],
    related: lines.map((l) => ({ range: l.range, message: [...l.what].join(', ') })),
  });
}

interface Detail {
  kind: DetailKind;
  start: number;
  end: number;
  text: string;
}

/** Care in sentence i or a neighbour in its paragraph: clinical words, an encounter, a condition, a procedure, a medicine or a body part. */
function aboutCare(draft: Draft, i: number): boolean {
  const ctx = sentenceContexts(draft);
  const para = draft.sentences[i]!.paragraph;
  return [i, i - 1, i + 1].some((j) => {
    const s = draft.sentences[j];
    if (!s || s.paragraph !== para) return false;
    if (ctx[j]!.clinical || ctx[j]!.encounter) return true;
    return s.words.some((_, k) => (classAt(s.words, k) & (CARE | BODY)) !== 0);
  });
}

/** Several details about one patient, weighed together. */
function jigsaw(draft: Draft, threshold: number, report: (r: Report) => void, patients: Person[]): void {
  const { prose } = draft;
  const ctx = sentenceContexts(draft);
  // One particular patient must be in view: the people layer's, "my patient", or an encounter with a person.
  // Asked of a sentence and its neighbours: each sentence's answer is kept.
  const personIn: (boolean | undefined)[] = [];
  const person = (i: number) => (personIn[i] ??= personAt(i));
  const personAt = (i: number) => {
    const s = draft.sentences[i]!;
    if (ages(s.text).length > 0) return true;
    const sex = allMatches(quasi('sex'), prose, s.range[0], s.range[1]);
    // Only "his", "her": a pronoun for a colleague named before ("Dr Hammond is retiring ... His last clinic is Friday").
    return sex.length > 0 && !(sex.every((m) => THIRD_PERSON.has(m.text.toLowerCase())) && pronounsStaff(draft, i, sex[0]!.start));
  };
  // An encounter with someone the people layer placed as staff or a public figure ("our MP visited") is no patient's.
  const others = (i: number) =>
    draft.people.inSentence(i).some((m) => m.person.role !== 'patient' && m.person.role !== 'other' && m.kind !== 'handle');
  // Where the one patient is: the sentences that place them. Details count only in those sentences' paragraphs
  // (and a paragraph that goes on about them), not pooled over a post about several things.
  const about = new Set<number>();
  for (const p of patients) {
    for (const m of p.mentions) about.add(m.sentence);
    for (const r of p.care) about.add(sentenceIndex(draft, r[0]));
  }
  // Or someone singled out by age ("the 14yo", "a 4-year-old") or placed as a patient, in a sentence about care
  // ("specs on a 4-year-old from ...").
  for (const m of draft.people.mentions)
    if (
      m.kind === 'description' &&
      (m.person.role === 'patient' || (m.person.role === 'other' && /\d/.test(m.text))) &&
      aboutCare(draft, m.sentence)
    )
      about.add(m.sentence);
  // Or the author at work (a shift, a call-out) meets someone singled out by an age ("40-something farmer", "Bill, 84,"):
  // a clinician's account of a job is about the person the job was for.
  if (allMatches(context('at work'), prose).length > 0)
    for (const m of draft.people.mentions)
      if (
        m.person.role === 'other' &&
        (m.kind === 'description' ? /\d/.test(m.text) : m.person.evidence.some((e) => e.why === 'an age given'))
      )
        about.add(m.sentence);
  // "(u know who u are)" with an age: the author points at one particular person, whom readers can place.
  const recognisable = RECOGNISABLE.exec(prose);
  const pointedAt = recognisable !== null && ages(prose).length > 0;
  if (pointedAt) {
    about.add(sentenceIndex(draft, recognisable.index));
    for (const a of ages(prose)) about.add(sentenceIndex(draft, a.start));
  }
  // The one met may be singled out in the sentence beside the encounter, in its paragraph ("male in his 80s on the floor ... off to A&E").
  const para = (i: number) => draft.sentences[i]!.paragraph;
  const metHere = (i: number) => [i, i - 1, i + 1].some((j) => j >= 0 && j < ctx.length && para(j) === para(i) && person(j) && !others(j));
  ctx.forEach((c, i) => {
    if (c.patient || (c.encounter && metHere(i))) about.add(i);
  });
  if (!about.size) return;
  const paragraphs = new Set([...about].map(para));
  // A paragraph that opens by going on about someone ("He's 91 now, ...") is about the one before it.
  draft.sentences.forEach((s, i) => {
    if (i === 0 || para(i - 1) === s.paragraph || !paragraphs.has(para(i - 1))) return;
    const named = draft.people.inSentence(i).find((m) => isNamed(m))?.range[0] ?? Infinity;
    if (s.words.some((w) => w.range[0] < named && THIRD_PERSON.has(w.lower.replace(/['’](?:s|d|ll|re)$/, '')))) paragraphs.add(s.paragraph);
  });
  const inScope = (start: number) => paragraphs.has(para(sentenceIndex(draft, start)));
  // Care words count where a patient is: their own sentence, or one that names an encounter.
  const careSentence = (start: number) => {
    const i = sentenceIndex(draft, start);
    return (
      ctx[i]?.patient ||
      ctx[i]?.encounter ||
      draft.people.inSentence(i).some((m) => m.person.role === 'patient') ||
      // The sentence that points at one person ("you know who you are") is about them.
      (pointedAt && i === sentenceIndex(draft, recognisable.index))
    );
  };
  const details: Detail[] = [];
  // (?<!\w), not \b: the i and u flags are both set (docs/architecture.md, "Regular expressions").
  const author = (start: number) =>
    /(?<!\w)(?:as\s+an?|i'?m\s+an?|i\s+am\s+an?|work(?:ing)?\s+as\s+an?|our|my|fellow)\s+(?:\p{L}+\s+)?$/iu.test(
      prose.slice(Math.max(0, start - 30), start),
    );
  // A job that is a staff member's: inside their mention, or their title ("trainee nurse Molly").
  const staffAt = (start: number, end = start) =>
    draft.people.mentionAt(start)?.person.role === 'staff' || draft.people.mentionAt(end + 1)?.person.role === 'staff';
  for (const a of ages(prose)) details.push({ kind: a.band ? 'age band' : 'age', start: a.start, end: a.end, text: a.text });
  // A bare age that opens a description ("17, apprentice joiner"): the people layer's, where ages() wants "yrs" or "aged".
  for (const m of draft.people.mentions) {
    const bare = m.kind === 'description' ? /^\d{1,3}(?=,)/.exec(m.text) : null;
    if (bare && Number(bare[0]) <= 110) details.push({ kind: 'age', start: m.range[0], end: m.range[0] + bare[0].length, text: bare[0] });
  }
  for (const m of allMatches(quasi('occupation'), prose))
    if (!author(m.start) && !staffAt(m.start, m.end)) details.push({ kind: 'occupation', ...m });
  // "at <town>" is where the author or the practice is only in their own sentence ("we're at Frome on Fridays"),
  // not in one about someone else ("used to work down the pit at Ashington").
  const ownSentence = (start: number) =>
    draft.account === 'practice' || /\b(?:i|i'm|we|we're|us|our|my)\b/i.test(draft.sentences[sentenceIndex(draft, start)]?.text ?? '');
  for (const p of findPlaces(draft)) {
    const lead = prose.slice(Math.max(0, p.start - 40), p.start);
    if (
      !author(p.start) &&
      !/\b(?:work(?:ing|s)? (?:at|in)|based in|practice in|surgery in)\s+(?:\p{Lu}\p{L}+\s+){0,3}$/u.test(lead) &&
      !(/\bat\s+(?:\p{Lu}\p{L}+\s+){0,3}$/u.test(lead) && ownSentence(p.start))
    ) {
      details.push({ kind: p.region ? 'place' : 'town', start: p.start, end: p.end, text: p.text });
    }
  }
  const streetsNamed = streets(prose);
  // A street's own word ("Tern Close") is the street, not a second place.
  const inStreet = (m: { start: number; end: number }) => streetsNamed.some((st) => st.start <= m.start && m.end <= st.end);
  for (const m of allMatches(quasi('place'), prose)) if (!author(m.start) && !inStreet(m)) details.push({ kind: 'place', ...m });
  for (const m of streetsNamed) {
    details.push({ kind: 'street', ...m });
    // "Marsh Lane in Hexley": the town a street is said to be in, on the list of places or not.
    const town = STREET_IN_TOWN.exec(prose.slice(m.end, m.end + 40));
    if (town) {
      const start = m.end + town.index + town[0].length - town[1]!.length;
      details.push({ kind: 'town', start, end: start + town[1]!.length, text: town[1]! });
    }
  }
  for (const m of roadNumbers(prose)) details.push({ kind: 'road', ...m });
  for (const m of schools(prose)) if (!author(m.start)) details.push({ kind: 'school', ...m });
  // "on Wednesday mornings", "Tuesdays": a weekly service, no day anything happened.
  const weekly = (end: number) => WEEKLY_AFTER.test(prose.slice(end, end + 12));
  const times = allMatches(quasi('time'), prose).filter((m) => !(/day$/i.test(m.text) && weekly(m.end)));
  for (const m of times) details.push({ kind: 'time', ...m });
  // A day inside a time ("on Wednesday") is the same detail once.
  for (const m of weekdays(prose))
    if (!weekly(m.end) && !times.some((t) => t.start <= m.start && m.end <= t.end)) details.push({ kind: 'day', ...m });
  for (const d of dates(prose)) details.push({ kind: 'date', start: d.start, end: d.end, text: d.text });
  for (const m of allMatches(quasi('event'), prose)) details.push({ kind: 'event', ...m });
  for (const c of careWords(draft, draft.bodyStart, prose.length))
    if (careSentence(c.start)) details.push({ kind: c.medicine ? 'medicine' : 'condition', ...c });
  if (recognisable)
    details.push({
      kind: 'recognisable',
      start: recognisable.index,
      end: recognisable.index + recognisable[0].length,
      text: recognisable[0],
    });
  for (const b of bedNumbers(prose)) details.push({ kind: 'bed or bay', start: b.start, end: b.end, text: b.text });
  for (const m of allMatches(quasi('sex'), prose)) details.push({ kind: 'sex', ...m });

  // Each kind counts once, at its first where the patient is.
  const best = new Map<DetailKind, Detail>();
  for (const d of details.sort((a, b) => a.start - b.start)) if (!best.has(d.kind) && inScope(d.start)) best.set(d.kind, d);
  const score = [...best.values()].reduce((s, d) => s + WEIGHTS[d.kind], 0);
  const specific = [...best.keys()].some((k) => WEIGHTS[k] >= 1);
  if (score < threshold || !specific) return;
  const kinds = [...best.values()].filter((d) => d.kind !== 'sex' || best.size > 2);
  // Report on the sentence that holds the most of them; the others ride along as related places.
  const counts = draft.sentences.map((s) => kinds.filter((d) => s.range[0] <= d.start && d.end <= s.range[1]).length);
  const at = draft.sentences[counts.indexOf(Math.max(...counts))]!;
  report({
    messageId: 'jigsaw',
    data: { details: kinds.map((d) => `${d.kind} (${maskDetail(d)})`).join(', ') },
    range: at.range,
    related: kinds.map((d) => ({ range: [d.start, d.end], message: `${d.kind}` })),
  });
}

/** A detail as the message names it: kinds that can identify on their own are masked. */
function maskDetail(d: Detail): string {
  const text = d.text.replace(/\s+/g, ' ').trim();
  if (d.kind === 'town' || d.kind === 'street' || d.kind === 'school' || d.kind === 'date' || d.kind === 'bed or bay')
    return maskWords(text);
  return text.length > 30 ? `${text.slice(0, 27)}…` : text;
}

const RECOGNISABLE = /\b(?:you|u|ya)\s+know\s+who\s+(?:you|u|ya)\s+(?:are|r)\b/i;

const OWN = /\b(?:her|his|their|she['’]s|he['’]s)\b/i;

function insertByStart(list: Range[], r: Range): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![0] < r[0]) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, r);
}

/** Whether [s, e) overlaps a range of the list (sorted by start; none longer than `longest`). */
function overlapsSorted(list: Range[], s: number, e: number, longest: number): boolean {
  // Ranges starting before e and after s - longest are the only ones that can reach [s, e).
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![0] < s - longest) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i]![0] < e; i++) if (s < list[i]![1]) return true;
  return false;
}

/** The sentence holding an offset (or the last before it), by binary search. */
function sentenceIndex(draft: Draft, offset: number): number {
  let lo = 0;
  let hi = draft.sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (draft.sentences[mid]!.range[0] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
