import type { Draft } from '../../src/draft/types.js';
import { loadData } from './lexicon.js';
import { perDraft } from './per-draft.js';
import { memoWords } from '../../src/shared/memo.js';

// Evidence that a post makes a work matter or a case public (rules/data/work-matters.yaml):
// each class of words has a weight; what a paragraph holds is found once per draft and shared
// by confidential-info, safeguarding-concern and patient-boundaries, which each add up the
// classes they care about and report at their threshold.

export interface Found {
  kind: string;
  text: string;
  weight: number;
  range: [number, number];
}

interface Lists {
  [kind: string]: { weight: number; phrases: string[] };
}

interface Compiled {
  kind: string;
  weight: number;
  /** Phrases of words by their first word ("#" for a number or a single letter, "*" for any word). */
  byFirst: Map<string, string[][]>;
  /** Phrases whose first word is a pattern ("# yr old girl"), tried at every word. */
  patterned: string[][];
  /** Phrases with brackets, quotation marks or "£": searched for in the source text. */
  literal: string[];
}

let compiled: Compiled[] | undefined;

function lists(): Compiled[] {
  if (compiled) return compiled;
  const data = loadData<Lists>('work-matters.yaml');
  compiled = Object.entries(data).map(([kind, { weight, phrases }]) => {
    const byFirst = new Map<string, string[][]>();
    const patterned: string[][] = [];
    const literal: string[] = [];
    for (const p of phrases.map((x) => String(x).toLowerCase())) {
      if (/["“”[\]£]/.test(p)) {
        literal.push(p);
        continue;
      }
      const words = p.split(/\s+/);
      if (words[0]!.includes('#') || words[0] === '*') patterned.push(words);
      else byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
    }
    return { kind, weight, byFirst, patterned, literal };
  });
  return compiled;
}

/** A kind's weight (work-matters.yaml), for evidence a rule finds by structure rather than by phrase. */
export const kindWeight = (kind: string): number => lists().find((l) => l.kind === kind)?.weight ?? 0;

interface Candidate {
  list: number;
  phrase: string[];
}
let indexed:
  | {
      patternedFirsts: Set<string>;
      literalMarks: RegExp;
      /** Every list's phrases by first word, in list order and each list's phrase order. */
      phrasesByFirst: Map<string, Candidate[]>;
      patternedPhrases: Candidate[];
    }
  | undefined;
/** The first words of every list's phrases, and the marks that start a literal phrase ("[", "£", quotes). */
function index() {
  if (indexed) return indexed;
  const patternedFirsts = new Set<string>();
  const phrasesByFirst = new Map<string, Candidate[]>();
  const patternedPhrases: Candidate[] = [];
  const all = lists();
  // A word's finds are kept as bits, one per list.
  if (all.length > 31) throw new Error(`work-matters.yaml: ${all.length} lists, at most 31`);
  all.forEach((list, i) => {
    for (const [w, phrases] of list.byFirst) {
      const c = phrasesByFirst.get(w) ?? [];
      phrasesByFirst.set(w, [...c, ...phrases.map((phrase) => ({ list: i, phrase }))]);
    }
    for (const p of list.patterned) {
      patternedFirsts.add(p[0]!);
      patternedPhrases.push({ list: i, phrase: p });
    }
  });
  return (indexed = { patternedFirsts, literalMarks: /[[\]"“”£]/, phrasesByFirst, patternedPhrases });
}

/** A word with its runs of digits as "#" ("A&E 4hr" -> "#hr"), as patterns write numbers. */
const hashedOf = (token: string) => (/\d/.test(token) ? token.replace(/\d+/g, '#') : token);
function wordFits(token: string, hashed: string, pattern: string): boolean {
  if (pattern === '*') return true;
  if (pattern === '#') return hashed === '#' || (token.length === 1 && token >= 'a' && token <= 'z');
  return token === pattern || (pattern.includes('#') && hashed === pattern);
}
/** Whether a word fits any of the patterns that start phrases (the same test as wordFits, by look-up). */
function fitsAnyStart(token: string, hashed: string, patterned: Set<string>): boolean {
  if (patterned.size === 0) return false;
  if (patterned.has('*') || patterned.has(token) || patterned.has(hashed)) return true;
  return patterned.has('#') && wordFits(token, hashed, '#');
}

/** What phrases a word may start: those listed by it, and whether a patterned one may. Remembered per word. */
const startsAt = memoWords((key: string): { listed: Candidate[] | undefined; patterned: boolean } => {
  const { patternedFirsts, phrasesByFirst } = index();
  return { listed: phrasesByFirst.get(key), patterned: fitsAnyStart(key, hashedOf(key), patternedFirsts) };
});

const WISHED = new Set(['hope', 'hoping', 'wish', 'should', 'deserve', 'deserves', 'ought', 'needs', 'must', 'would', 'if']);

/** At most two different phrases of a kind count in a paragraph: a repeated word is not more evidence. */
const PER_KIND = 2;

/** Work-matter evidence per paragraph (computed once per draft). */
/** Adds a find to its paragraph's, unless the kind has enough or has it already. */
function addFound(found: Found[], f: Found): void {
  const same = found.filter((x) => x.kind === f.kind);
  // "CQC report" inside "draft CQC report" is the same evidence, found twice.
  const overlaps = same.some((x) => x.range[0] < f.range[1] && f.range[0] < x.range[1]);
  if (same.length < PER_KIND && !overlaps && !same.some((x) => x.text.toLowerCase() === f.text.toLowerCase())) found.push(f);
}

/** Work-matter evidence per paragraph (computed once per draft). */
export const workMatters = perDraft((draft: Draft): Map<number, Found[]> => {
  const out = new Map<number, Found[]>();
  const all = lists();
  const { literalMarks, patternedPhrases } = index();
  for (const s of draft.sentences) {
    const found = out.get(s.paragraph) ?? [];
    out.set(s.paragraph, found);
    const add = (f: Found) => addFound(found, f);
    const ws = s.words;
    const n = ws.length;
    // A word's digits as "#", made only for words a phrase may start at.
    const hws: (string | undefined)[] = new Array(n);
    const hashedAt = (k: number) => (hws[k] ??= hashedOf(ws[k]!.key));
    const fitsAt = (i: number, p: string[]) => {
      if (i + p.length > n) return false;
      for (let k = 0; k < p.length; k++) if (!wordFits(ws[i + k]!.key, hashedAt(i + k), p[k]!)) return false;
      return true;
    };
    // Each list's first phrase at each word, found for all lists at once: most words start no
    // phrase, one look-up each. The finds are then added list by list, in word order.
    const hits: { list: number; i: number; phrase: string[] }[] = [];
    for (let i = 0; i < n; i++) {
      const { listed, patterned } = startsAt(ws[i]!.key);
      if (!patterned && !listed) continue;
      // The lists that have found their phrase at this word, as bits (index() allows 31 lists).
      let done = 0;
      const tryPhrase = (c: Candidate) => {
        if (done & (1 << c.list) || !fitsAt(i, c.phrase)) return;
        done |= 1 << c.list;
        hits.push({ list: c.list, i, phrase: c.phrase });
      };
      listed?.forEach(tryPhrase);
      if (patterned) patternedPhrases.forEach(tryPhrase);
    }
    const literals = literalMarks.test(draft.source.slice(s.range[0], s.range[1]));
    if (!hits.length && !literals) continue;
    // Stable: by list, then in word order.
    hits.sort((a, b) => a.list - b.list);
    const lower = literals ? draft.source.slice(s.range[0], s.range[1]).toLowerCase() : '';
    let next = 0;
    all.forEach((list, li) => {
      for (; next < hits.length && hits[next]!.list === li; next++) {
        const { i, phrase } = hits[next]!;
        const end = ws[i + phrase.length - 1]!.range[1];
        // "hope he gets struck off" wishes it; it does not tell of it.
        if (list.kind === 'discipline' && ws.slice(0, i).some((x) => WISHED.has(x.key))) continue;
        add({ kind: list.kind, text: draft.prose.slice(ws[i]!.range[0], end), weight: list.weight, range: [ws[i]!.range[0], end] });
      }
      for (const p of literals ? list.literal : []) {
        // "£" counts only before a sum ("£50"), and bracketed notes are read from the source.
        for (let at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + 1)) {
          if (p === '£' && !/\d/.test(lower[at + 1] ?? '')) continue;
          const from = s.range[0] + at;
          add({ kind: list.kind, text: draft.source.slice(from, from + p.length), weight: list.weight, range: [from, from + p.length] });
          break;
        }
      }
    });
  }
  return out;
});

/** The evidence of a paragraph in the given kinds, its total, and whether a core kind is there. */
export function weigh(
  found: Found[],
  kinds: readonly string[],
  core: readonly string[],
): { total: number; evidence: Found[]; hasCore: boolean } {
  const evidence = found.filter((f) => kinds.includes(f.kind));
  return {
    total: evidence.reduce((a, f) => a + f.weight, 0),
    evidence,
    hasCore: evidence.some((f) => core.includes(f.kind)),
  };
}

const SINGLES_OUT = new Set(['colleague', 'vulnerableAdult', 'family', 'identifying', 'minor']);

/** The evidence named in a message: the two weightiest finds, quoted. */
export function nameEvidence(evidence: Found[]): string {
  const chosen: Found[] = [];
  // Weightiest first; a find that overlaps one already named ("[screenshot]", "screenshot") is the same evidence.
  // Finds that single someone out ("Mr H", "room 12", "Dr M") are never quoted back.
  for (const f of [...evidence].filter((x) => !SINGLES_OUT.has(x.kind)).sort((a, b) => b.weight - a.weight || a.range[0] - b.range[0])) {
    if (chosen.length === 2) break;
    if (chosen.some((c) => f.range[0] < c.range[1] && c.range[0] < f.range[1])) continue;
    chosen.push(f);
  }
  return chosen.map((f) => `"${f.text.replace(/\s+/g, ' ').slice(0, 30)}"`).join(' and ');
}
