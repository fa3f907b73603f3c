import type { Draft } from '../../src/draft/types.js';
import { lexicon, within } from './lexicon.js';
import { perDraft } from './per-draft.js';
import { isThingNoun } from './insults.js';
import { namesLearning, wordsAfter } from '../../src/shared/learning.js';

// Whether a patient is in view, per sentence: a patient word ("patient", "my lady in bay 4"),
// an encounter ("came in", "treated"), or clinical detail.

const terms = lexicon('patient-context.yaml');

export interface SentenceContext {
  /** A specific patient or service user ("my patient", "the man in bed 4"): not "patients" in general. */
  patient: boolean;
  /** Patients in general ("lots of patients ask"). */
  patientsInGeneral: boolean;
  encounter: boolean;
  clinical: boolean;
}

// "the results came through", "the parcel came in": a thing that arrives is no patient seen.
const ARRIVES = /^(?:came|come|comes|coming)\s+(?:in|through)$/i;
const ARRIVING_THINGS = new Set(['results', 'result', 'delivery', 'deliveries', 'funding', 'approval', 'paperwork', 'package', 'stock', 'order']);
function thingArrives(prose: string, m: { start: number; text: string }): boolean {
  if (!ARRIVES.test(m.text)) return false;
  // In lower case: "Dave from Henry Street came in" is a person, named with their street.
  const subject = /(?<!\p{L})(\p{Ll}+)\s+$/u.exec(prose.slice(Math.max(0, m.start - 30), m.start))?.[1];
  return subject !== undefined && (ARRIVING_THINGS.has(subject) || isThingNoun(subject));
}

// "who came in on Saturday to cut hair", "came in to talk to the kids": someone who came to do a job is a visitor, not
// one met in care ("came in to have it out", "to get it checked", "to see us" are still care).
const CAME_TO = /^(?:\s+(?:on|this|last|today|yesterday|early|late)\b[^.!?,;]{0,20}?)?\s+to\s+([a-z]+)/i;
const CARE_PURPOSES = new Set(['have', 'get', 'be', 'see', 'show', 'ask', 'collect', 'pick', 'book', 'check', 'say']);
function cameToWork(prose: string, m: { end: number; text: string }): boolean {
  if (!/^(?:came|come|comes|coming)\s+in$/i.test(m.text)) return false;
  const verb = CAME_TO.exec(prose.slice(m.end, m.end + 48))?.[1]?.toLowerCase();
  return verb !== undefined && !CARE_PURPOSES.has(verb);
}

const LEARNING_WORD =
  /course|training|module|exam|qualification|certificate|diploma|degree|cpd|wor[k\u212a]shop|webinar|lecture|teaching|masterclass|conference/i;

/** Per sentence of the draft (computed once per draft, shared by the rules that ask). */
export const sentenceContexts = perDraft((draft: Draft): SentenceContext[] => {
  const { prose } = draft;
  // "a wound care module", "her sedation exam": care words naming what staff learn put no patient in view.
  // Asked only of a draft with a word of src/shared/learning.ts's list in it: most have none (wordsAfter() was 90 ms on
  // the 10k bench). The Kelvin sign lower-cases to the k of "workshop".
  let learning: boolean | undefined;
  const notLearning = (m: { end: number }) => !(learning ??= LEARNING_WORD.test(prose)) || !namesLearning(wordsAfter(prose, m.end));
  // Each list searched once over the draft, its matches read per sentence (within()).
  const [patient, encounter, clinical] = [terms('patient'), terms('encounter'), terms('clinical')];
  const [patientAll, encounterAll, clinicalAll] = [patient, encounter, clinical].map((set) => set.find(prose, 0, prose.length));
  return draft.sentences.map((s) => {
    const [from, to] = s.range;
    const patientHits = within(patient, patientAll!, prose, from, to);
    const general = patientHits.filter((m) => /^(?:patients|pts|clients|service users|residents|carers)$/i.test(m.text));
    return {
      patient: patientHits.length > general.length,
      patientsInGeneral: general.length > 0,
      // The cheap tests first.
      encounter: within(encounter, encounterAll!, prose, from, to).some(
        (m) => !thingArrives(prose, m) && !cameToWork(prose, m) && notLearning(m),
      ),
      clinical: within(clinical, clinicalAll!, prose, from, to).some(notLearning),
    };
  });
});

/** A patient is in view around sentence i: it or a neighbour in the same paragraph names one or an encounter. */
export function patientNear(draft: Draft, i: number, opts: { clinical?: boolean; general?: boolean } = {}): boolean {
  const ctx = sentenceContexts(draft);
  const para = draft.sentences[i]?.paragraph;
  for (const j of [i, i - 1, i + 1]) {
    const c = ctx[j];
    if (!c || (j !== i && draft.sentences[j]!.paragraph !== para)) continue;
    if (c.patient || c.encounter || (opts.clinical && c.clinical) || (opts.general && c.patientsInGeneral)) return true;
  }
  return false;
}

/** One particular patient around sentence i: "my patient", "the man in bed 4", not "no appointment needed". */
export function particularPatientNear(draft: Draft, i: number): boolean {
  const ctx = sentenceContexts(draft);
  const para = draft.sentences[i]?.paragraph;
  return [i, i - 1, i + 1].some((j) => ctx[j]?.patient === true && draft.sentences[j]!.paragraph === para);
}

/** Any sentence of the draft puts a patient (or clinical care) in view. */
export function patientInDraft(draft: Draft): boolean {
  return sentenceContexts(draft).some((c) => c.patient || c.encounter || c.patientsInGeneral || c.clinical);
}
