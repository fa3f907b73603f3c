import type { Draft, Sentence } from '../../src/draft/types.js';
import { allMatches, lexicon, loadData, phraseMatcher, type Match, type PhraseSet } from './lexicon.js';
import { perDraft } from './per-draft.js';

// Misinformation as claims and frames, not sentences. Word classes (rules/data/claims.yaml
// `frames`, with WordNet's killing, cancer, vaccine and antibiotic classes) meet in a sentence to
// make a claim: a harm pinned on an intervention, a population said to be culled, a germ or an
// intervention denied, a remedy said to cure. The conspiracy frames (suppression, profit,
// staging, "wake up") and a claim of professional authority add weight. A draft is reported
// when the evidence adds up, and the finding names it.

type FrameList =
  | 'interventions'
  | 'harms'
  | 'causes'
  | 'protects'
  | 'populations'
  | 'killing'
  | 'institutions'
  | 'suppression'
  | 'profit'
  | 'staging'
  | 'awakening'
  | 'denial'
  | 'remedies'
  | 'cured'
  | 'authorityRoles';

export type ClaimKind = 'harm' | 'cull' | 'denial' | 'cure';
export type FrameKind = 'suppression' | 'profit' | 'staging' | 'awakening';

export interface Evidence {
  kind: ClaimKind | FrameKind | 'authority' | 'offer';
  match: Match;
  weight: number;
}

export interface FrameFinding {
  /** Where to report: the strongest claim, else the first frame. */
  at: Match;
  evidence: Evidence[];
  score: number;
}

interface WordNetClasses {
  classes: Record<'killing' | 'cancers' | 'vaccines' | 'antibiotics', string[]>;
}

const claims = lexicon('claims.yaml');
const affiliation = lexicon('affiliation.yaml');
let sets: Record<FrameList, PhraseSet> | undefined;

function frameSets(): Record<FrameList, PhraseSet> {
  if (sets) return sets;
  const data = loadData<{ frames: Record<FrameList, string[]> }>('claims.yaml').frames;
  const wn = loadData<WordNetClasses>('claims-wordnet.json').classes;
  const out = {} as Record<FrameList, PhraseSet>;
  for (const [name, list] of Object.entries(data) as [FrameList, string[]][]) {
    const extra = name === 'killing' ? wn.killing : name === 'harms' ? wn.cancers : name === 'interventions' ? wn.vaccines : [];
    out[name] = phraseMatcher([...new Set([...list, ...extra])]);
  }
  return (sets = out);
}

/** WordNet's antibiotics by name (amoxicillin, doxycycline, ...), for the misuse of a course. */
export function antibioticNames(): string[] {
  return loadData<WordNetClasses>('claims-wordnet.json').classes.antibiotics;
}

const find = (list: FrameList, draft: Draft, from: number, to: number) => allMatches(frameSets()[list], draft.prose, from, to);

// The lists every draft is searched for, joined into one: a draft is searched once, and each
// list only inside what the joined one found (most drafts hold none of these words).
const DRAFT_LISTS: FrameList[] = [
  'suppression',
  'profit',
  'staging',
  'awakening',
  'interventions',
  'populations',
  'institutions',
  'denial',
  'cured',
];
let joined: PhraseSet | undefined;
function joinedSet(): PhraseSet {
  if (joined) return joined;
  const data = loadData<{ frames: Record<FrameList, string[]> }>('claims.yaml').frames;
  const wn = loadData<WordNetClasses>('claims-wordnet.json').classes;
  return (joined = phraseMatcher([...new Set([...DRAFT_LISTS.flatMap((l) => data[l]), ...wn.vaccines])]));
}
/** A draft-level list's matches: the list searched only where the joined list matched. */
function inHits(list: FrameList, draft: Draft, hits: Match[]): Match[] {
  const out: Match[] = [];
  for (const h of hits) out.push(...find(list, draft, h.start, h.end));
  return out;
}

// "Locum GP, 15 yrs", "22 yrs a nurse", "31 yrs catching babies", "midwife here", "as a nurse",
// "trust me I'm a pharmacist", "consultant surgeon explains".
const SERVICE = /^[\s,.:–—-]*(?:of\s+|for\s+)?(?:\d+\s*\+?\s*(?:yrs?|years?)\b|here\b|explains\b|reveals\b|says\b)/i;
const SERVICE_BEFORE = /(?:\d+\s*\+?\s*(?:yrs?|years?)\s+(?:as\s+)?an?\s+|(?<!\w)(?:as|i['’]?m|i am)\s+an?\s+(?:\p{L}+\s+)?)$/iu;

function authority(draft: Draft): Match | undefined {
  const stated = allMatches(claims('profession'), draft.prose)[0];
  if (stated) return stated;
  const roles = [...allMatches(affiliation('roles'), draft.prose), ...find('authorityRoles', draft, 0, draft.prose.length)];
  for (const r of roles.sort((a, b) => a.start - b.start)) {
    const after = draft.prose.slice(r.end, r.end + 20);
    const before = draft.prose.slice(Math.max(0, r.start - 30), r.start);
    if (SERVICE.test(after) || SERVICE_BEFORE.test(before)) return r;
  }
  // "31 yrs catching babies", "Sonographer 14 yrs." opening a line: length of service as credentials.
  return (
    allMatches(/(?<!\w)\d+\s*\+?\s*(?:yrs?|years?)\s+(?:(?:a|as a|in|catching|nursing|qualified)\b)/giu, draft.prose)[0] ??
    allMatches(SELF_INTRODUCTION, draft.prose)[0]
  );
}

// A line that opens with a word or two and a length of service: "Sonographer 14 yrs.", "Band 5, 6 years".
const SELF_INTRODUCTION = /^[ \t]*[A-Za-z][A-Za-z-]*(?:[ \t]+[A-Za-z0-9][A-Za-z-]*)?,?[ \t]+\d{1,2}\+?[ \t]*(?:yrs?|years?)\b/gim;

const PRICE = /£\s?\d|(?<!\d)\d+\s?%\s?off\b/u;

/** The claims one sentence makes. */
interface InDraft {
  intervention: boolean;
  awakening: boolean;
  /** A harm claim needs an intervention or "do your research" in the draft. */
  harm: boolean;
  /** A cull needs a population, and an institution or a conspiracy frame, in the draft. */
  cull: boolean;
}

/** The claims one sentence makes, given each trigger class's matches in the draft. */
function sentenceClaims(draft: Draft, s: Sentence, inDraft: InDraft, t: Triggers): Evidence[] {
  const [from, to] = s.range;
  const out: Evidence[] = [];
  const here = (ms: Match[]) => ms.filter((m) => from <= m.start && m.end <= to);
  const harms = here(t.harms);
  if (harms.length && !find('protects', draft, from, to).length) {
    const linked = find('interventions', draft, from, to).length > 0 && find('causes', draft, from, to).length > 0;
    const listed = new Set(harms.map((h) => h.text.toLowerCase())).size >= 2 && (inDraft.intervention || inDraft.awakening);
    if (linked || listed) out.push({ kind: 'harm', match: harms[0]!, weight: 2 });
  }
  const killing = here(t.killing);
  if (killing.length && find('populations', draft, from, to).length) out.push({ kind: 'cull', match: killing[0]!, weight: 2 });
  const denial = here(t.denial);
  if (denial.length && (find('interventions', draft, from, to).length || /(?<!\w)(?:virus|germs?|pandemic|covid)\b/iu.test(s.text)))
    out.push({ kind: 'denial', match: denial[0]!, weight: 2 });
  const cured = here(t.cured);
  if (cured.length && find('remedies', draft, from, to).length) out.push({ kind: 'cure', match: cured[0]!, weight: 2 });
  return out;
}

/** Each claim's trigger words in the whole draft: searched once, so that only their sentences are read. */
interface Triggers {
  harms: Match[];
  killing: Match[];
  denial: Match[];
  cured: Match[];
}

/** The frames and claims of misinformation in a draft, weighed (the rule compares the score with its threshold); null when nothing is there. */
export const claimFrames = perDraft((draft: Draft): FrameFinding | null => {
  const { prose } = draft;
  const hits = allMatches(joinedSet(), prose);
  if (!hits.length) return null;
  const all = (list: FrameList) => inHits(list, draft, hits);
  const debunked = (m: Match) => {
    const s = draft.sentences.find((x) => x.range[0] <= m.start && m.end <= x.range[1]);
    return s !== undefined && allMatches(claims('debunk'), prose, s.range[0], s.range[1]).length > 0;
  };
  const evidence: Evidence[] = [];
  for (const kind of ['suppression', 'profit', 'staging', 'awakening'] as const) {
    const m = all(kind).find((x) => !debunked(x));
    if (m) evidence.push({ kind, match: m, weight: 1 });
  }
  const frames = evidence.length;
  const intervention = all('interventions').length > 0;
  const awakening = evidence.some((e) => e.kind === 'awakening');
  const inDraft: InDraft = {
    intervention,
    awakening,
    harm: intervention || awakening,
    // A cull is a claim when an institution is accused or a conspiracy frame is in the draft:
    // "flu kills older people every winter" is a health message.
    cull: all('populations').length > 0 && (frames > 0 || all('institutions').length > 0),
  };
  // Most drafts can hold no claim at all, and search no sentence.
  if (!inDraft.harm && !inDraft.cull && !all('denial').length && !all('cured').length && frames < 3) return null;
  // The harm and killing classes hold WordNet's long lists: searched only where a claim can stand.
  const t: Triggers = {
    harms: inDraft.harm ? find('harms', draft, 0, prose.length) : [],
    killing: inDraft.cull ? find('killing', draft, 0, prose.length) : [],
    denial: all('denial'),
    cured: all('cured'),
  };
  const triggered = [...t.harms, ...t.killing, ...t.denial, ...t.cured];
  const seen = new Set<ClaimKind>();
  for (const s of draft.sentences) {
    if (!triggered.some((m) => s.range[0] <= m.start && m.end <= s.range[1])) continue;
    if (allMatches(claims('debunk'), prose, s.range[0], s.range[1]).length) continue;
    for (const c of sentenceClaims(draft, s, inDraft, t)) {
      if (seen.has(c.kind as ClaimKind)) continue;
      seen.add(c.kind as ClaimKind);
      evidence.push(c);
    }
  }
  if (!seen.size && frames < 3) return null;
  const who = authority(draft);
  if (who) evidence.push({ kind: 'authority', match: who, weight: 1 });
  const price = seen.has('cure') ? allMatches(/£\s?\d+|(?<!\d)\d+\s?%\s?off\b/gu, prose)[0] : undefined;
  if (price && PRICE.test(price.text)) evidence.push({ kind: 'offer', match: price, weight: 1 });
  const score = evidence.reduce((n, e) => n + e.weight, 0);
  const claim = evidence.find((e) => e.weight === 2) ?? evidence[0]!;
  return { at: claim.match, evidence, score };
});

const LABEL: Record<Evidence['kind'], string> = {
  harm: 'a harm pinned on a treatment',
  cull: 'people said to be culled',
  denial: 'a germ or treatment denied',
  cure: 'a cure claimed',
  suppression: 'a cover-up',
  profit: 'someone profiting',
  staging: 'a staged crisis',
  awakening: '"do your research"',
  authority: 'your profession',
  offer: 'a price',
};

/** "a cure claimed ("sorted my"), your profession ("As a nurse")": the evidence, short. */
export function describeEvidence(f: FrameFinding, max = 90): string {
  const parts = f.evidence
    .slice()
    .sort((a, b) => b.weight - a.weight)
    .map((e) => `${LABEL[e.kind]} ("${e.match.text.replace(/\s+/g, ' ').slice(0, 18)}")`);
  let out = '';
  for (const p of parts) {
    const next = out ? `${out}, ${p}` : p;
    if (next.length > max) continue;
    out = next;
  }
  return out || parts[0]!;
}
