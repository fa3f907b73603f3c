import type { Draft, Range } from '../src/draft/types.js';
import { defineRule, docsUrl, type Report } from '../src/engine/rule-types.js';
import { particularPatientNear, patientInDraft, patientNear, sentenceAt, sentenceContexts } from './lib/context.js';
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
import { findNames, firstNameFlags, isPublicFigure, staffNames } from './lib/people.js';
import { findPlaces } from './lib/places.js';

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
  return aliases[kind].some((a) => scope.includes(a));
}

function mask(f: Found): string {
  return /\d/.test(f.text) ? maskDigits(f.text.replace(/\s+/g, ' '), f.kind === 'phone number' ? 4 : 2) : maskWords(f.text);
}

/** Quasi-identifier weights: two "points" of detail with a patient in view can identify them. */
const WEIGHTS = {
  age: 1,
  'age band': 0.5,
  occupation: 1,
  town: 1,
  place: 0.5,
  time: 0.5,
  event: 1,
  sex: 0.5,
  'bed or bay': 1,
  date: 0.5,
} as const;
const JIGSAW_THRESHOLD = 2.5;

export default defineRule({
  meta: {
    id: 'patient-identifiability',
    type: 'problem',
    sensitive: true,
    description:
      'Finds details that identify, or together could identify, a patient: NHS and hospital numbers, names, dates of birth, contact details, photos, and combinations of details.',
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
        description: 'How much combined detail about one patient (age, job, town, time, event...) is reported as identifying.',
      },
    },
    messages: {
      nhsNumber: 'NHS number {{masked}} identifies a patient. Remove it: an NHS number must never be posted, even with consent.',
      recordNumber: 'This {{kind}} ({{masked}}) identifies a patient. Remove it.',
      name: 'The {{kind}} "{{masked}}" in a post about a patient can identify them. Remove it, or record the patient\'s consent in the front matter (consent:).',
      detail:
        'This post is about a patient and includes their {{kind}} ({{masked}}), which can identify them. Remove it unless the patient agreed (consent: in the front matter).',
      photo:
        "This image looks like a photo of a patient ({{why}}). Post it only with the patient's recorded consent (consent: {scope: [photo]} in the front matter).",
      jigsaw:
        'Together, these details could identify the patient: {{details}}. Remove some of them: people can be recognised from a combination of details.',
    },
    fixable: true,
    docs: docsUrl('patient-identifiability'),
  },
  check({ draft, settings, options, report }) {
    const { prose } = draft;
    const anyContext = patientInDraft(draft);
    // A person's own clinical detail in the sentence ("after her hip replacement", "his warfarin"):
    // whoever is named or reachable there is a patient, even with no patient word.
    const ownClinical = (i: number) => sentenceContexts(draft)[i]?.clinical === true && OWN.test(draft.sentences[i]!.text);
    const reported: Range[] = [];
    const add = (r: Report) => {
      reported.push(r.range);
      report(r);
    };
    const overlaps = (s: number, e: number) => reported.some(([a, b]) => s < b && a < e);

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

    // Names in patient context, unless they are staff, public figures, or consented.
    if (!consentCovers(draft, 'name')) {
      const names = findNames(draft);
      const staff = staffNames(draft, names, settings.practice.staff);
      for (const n of names) {
        if (overlaps(n.start, n.end)) continue;
        if (staff.has(n.parts.join(' ')) || (n.parts.length === 1 && staff.has(n.parts[0]!)) || n.parts.every((p) => staff.has(p)))
          continue;
        if (isPublicFigure(draft, n)) continue;
        const i = draft.sentences.indexOf(n.sentence);
        if (!patientNear(draft, i) && !(n.kind !== 'first name' && ownClinical(i))) continue;
        // A lone first name needs the patient in its own sentence.
        if (n.kind === 'first name' && !(sentenceContexts(draft)[i]!.patient || sentenceContexts(draft)[i]!.encounter)) continue;
        add({ messageId: 'name', data: { kind: n.kind, masked: maskWords(n.text) }, range: [n.start, n.end] });
      }
    }

    // Dates of birth, contact details and addresses, where a patient is in view.
    if (!consentCovers(draft, 'details')) {
      for (const d of datesOfBirth(prose)) {
        if (/^d\.?o\.?b|date of birth/i.test(d.text) || anyContext)
          add({ messageId: 'detail', data: { kind: d.kind, masked: maskDigits(d.text, 0) }, range: [d.start, d.end] });
      }
      const practiceOwn = (f: Found) =>
        draft.account === 'practice' &&
        /\b(?:call|ring|phone|text|contact|email|e-mail|find|visit)\s+us\b|\bour\s+(?:number|address|email)/i.test(
          prose.slice(Math.max(0, f.start - 60), f.start),
        );
      const contact = [...phones(prose), ...emails(prose), ...postcodes(prose), ...addresses(prose)];
      for (const f of contact.sort((a, b) => a.start - b.start)) {
        if (overlaps(f.start, f.end) || practiceOwn(f)) continue;
        const i = sentenceAt(draft, f.start);
        // On the practice's own page, its contact details are its own unless one particular patient is in view.
        if (draft.account === 'practice' ? !particularPatientNear(draft, i) && !ownClinical(i) : !patientNear(draft, i) && !ownClinical(i))
          continue;
        add({ messageId: 'detail', data: { kind: f.kind, masked: mask(f) }, range: [f.start, f.end] });
      }
      // A handle addressed with clinical detail about that person ("@jess so glad the extraction site is healing"),
      // not a source credited ("via @OptomNewsUK").
      for (const h of handles(prose)) {
        // An organisation's handle is not a patient's: "@NHSEngland", "@LeedsTeachingNHS".
        if (ORG_HANDLE.test(h.text)) continue;
        const i = sentenceAt(draft, h.start);
        const c = sentenceContexts(draft)[i];
        if (!c || !patientNear(draft, i, { clinical: true })) continue;
        const aboutThem = ownClinical(i);
        const s = draft.sentences[i]!;
        if (/\b(?:via|by|from|h\/t|cc|rt|thanks to|credit|@)\s*:?\s*$/i.test(prose.slice(Math.max(s.range[0], h.start - 12), h.start)))
          continue;
        const addressed =
          aboutThem ||
          h.start === s.range[0] ||
          /\b(?:you|your|you're|you've)\b/i.test(s.text) ||
          /\b(?:hi|hey|dear|thanks|thank you)\s*,?\s*$/i.test(prose.slice(s.range[0], h.start));
        if (!addressed) continue;
        add({ messageId: 'detail', data: { kind: h.kind, masked: h.text.slice(0, 2) + '•••' }, range: [h.start, h.end] });
      }
    }

    // Photos of patients.
    if (!consentCovers(draft, 'photo')) {
      for (const img of draft.images) {
        const file = decodeURIComponent(img.url.split(/[?#]/)[0]!.split('/').pop() ?? '');
        const described = `${img.alt} ${img.title} ${file.replace(/[-_.]+/g, ' ')}`;
        const patientWord = allMatches(context('patient'), described).length > 0;
        const beforeAfter = /\bbefore\b.*\bafter\b|\bafter\b.*\bbefore\b|\bresult\b|\btransformation\b|\bsmile makeover\b/i.test(described);
        const named =
          /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+\p{Lu}/u.test(described) ||
          described.split(/\s+/).some((w) => {
            const f = firstNameFlags(w.replace(/['’]s$/, '').toLowerCase());
            return f !== undefined && !(f & 1);
          });
        if (!patientWord && !beforeAfter && !named) continue;
        const why = patientWord
          ? 'its description mentions a patient'
          : named
            ? "its name or description includes a person's name"
            : 'a before-and-after or result picture';
        add({ messageId: 'photo', data: { why }, range: img.range });
      }
    }

    // Jigsaw identification: several details about one patient.
    if (reported.length || consentCovers(draft, 'details')) return;
    // One particular patient must be in view: "my patient", or an encounter with a person ("saw a 34-year-old", "her filling").
    const ctx = sentenceContexts(draft);
    const person = (i: number) => {
      const s = draft.sentences[i]!;
      return ages(s.text).length > 0 || allMatches(quasi('sex'), prose, s.range[0], s.range[1]).length > 0;
    };
    if (!ctx.some((c, i) => c.patient || (c.encounter && person(i)))) return;
    const details: { kind: keyof typeof WEIGHTS; start: number; end: number; text: string }[] = [];
    // (?<!\w) is \b before a word: with both the i and u flags, V8 tests \b the slow way at every position.
    const author = (start: number) =>
      /(?<!\w)(?:as\s+an?|i'?m\s+an?|i\s+am\s+an?|work(?:ing)?\s+as\s+an?|our|my|fellow)\s+(?:\p{L}+\s+)?$/iu.test(
        prose.slice(Math.max(0, start - 30), start),
      );
    for (const a of ages(prose)) details.push({ kind: a.band ? 'age band' : 'age', start: a.start, end: a.end, text: a.text });
    for (const m of allMatches(quasi('occupation'), prose)) if (!author(m.start)) details.push({ kind: 'occupation', ...m });
    for (const p of findPlaces(draft)) {
      if (
        !author(p.start) &&
        !/\b(?:at|work(?:ing|s)? (?:at|in)|based in|practice in|surgery in)\s+(?:\p{Lu}\p{L}+\s+){0,3}$/u.test(
          prose.slice(Math.max(0, p.start - 40), p.start),
        )
      ) {
        details.push({ kind: p.region ? 'place' : 'town', start: p.start, end: p.end, text: p.text });
      }
    }
    for (const m of allMatches(quasi('place'), prose)) if (!author(m.start)) details.push({ kind: 'place', ...m });
    for (const m of allMatches(quasi('time'), prose)) details.push({ kind: 'time', ...m });
    for (const d of dates(prose)) details.push({ kind: 'date', start: d.start, end: d.end, text: d.text });
    for (const m of allMatches(quasi('event'), prose)) details.push({ kind: 'event', ...m });
    for (const b of bedNumbers(prose)) details.push({ kind: 'bed or bay', start: b.start, end: b.end, text: b.text });
    const sex = allMatches(quasi('sex'), prose);
    if (sex.length) details.push({ kind: 'sex', ...sex[0]! });

    // Each kind counts once, at its strongest.
    const best = new Map<string, (typeof details)[number]>();
    for (const d of details.sort((a, b) => a.start - b.start)) if (!best.has(d.kind)) best.set(d.kind, d);
    const score = [...best.values()].reduce((s, d) => s + WEIGHTS[d.kind], 0);
    const specific = [...best.keys()].some((k) => WEIGHTS[k as keyof typeof WEIGHTS] >= 1);
    if (score < options.jigsawThreshold || !specific) return;
    const kinds = [...best.values()].filter((d) => d.kind !== 'sex' || best.size > 2);
    // Report on the sentence that holds the most of them.
    const counts = draft.sentences.map((s) => kinds.filter((d) => s.range[0] <= d.start && d.end <= s.range[1]).length);
    const at = draft.sentences[counts.indexOf(Math.max(...counts))]!;
    report({
      messageId: 'jigsaw',
      data: { details: kinds.map((d) => d.kind).join(', ') },
      range: at.range,
      related: kinds.map((d) => ({ range: [d.start, d.end], message: `${d.kind}` })),
    });
  },
});

const ORG_HANDLE =
  /^@(?:NHS|UKHSA|GDC|HCPC|CQC|BDA|RCN|CSP|RPS|GOC|GMC|NMC|NICE|DHSC|ICB|MHRA)|(?:NHS|Trust|Gov|Council|ICB|Official|HQ|Dental|Pharmacy|Clinic|Hospital|Health)$/i;

const OWN = /\b(?:her|his|their|she['’]s|he['’]s)\b/i;
