import type { Draft, Word } from '../../src/draft/types.js';
import { loadData } from './lexicon.js';
import { perDraft } from './per-draft.js';

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
  /** The phrase's place among those its list may find at a word: listed ones in order, then patterned ones. */
  rank: number;
  /** Which of its words the phrase is indexed by (see index()). */
  anchor: number;
}
let indexed:
  | {
      literalMarks: RegExp;
      /** Every phrase by its anchor word: a plain word of it (the longest, the rarest as a rule of thumb). */
      byAnchor: Map<string, Candidate[]>;
      /** Phrases of patterns only ("# #"), tried at every word. */
      everywhere: Candidate[];
    }
  | undefined;
/**
 * The phrases by a word they must hold, not by their first: a word like "the", "a" or "not"
 * starts dozens of phrases and was tried against each of them at every use (the anchor's
 * offset gives where the phrase would start). Which phrase a list finds at a word is unchanged:
 * its first by rank among those that fit there (workMatters 300 -> ~130 ms over the 10k bench).
 */
function index() {
  if (indexed) return indexed;
  const byAnchor = new Map<string, Candidate[]>();
  const everywhere: Candidate[] = [];
  const all = lists();
  all.forEach((list, i) => {
    let rank = 0;
    const add = (phrase: string[]) => {
      let anchor = -1;
      phrase.forEach((w, k) => {
        if (w !== '*' && !w.includes('#') && (anchor < 0 || w.length > phrase[anchor]!.length)) anchor = k;
      });
      const c = { list: i, phrase, rank: rank++, anchor };
      if (anchor < 0) everywhere.push(c);
      else byAnchor.set(phrase[anchor]!, [...(byAnchor.get(phrase[anchor]!) ?? []), c]);
    };
    for (const phrases of list.byFirst.values()) phrases.forEach(add);
    list.patterned.forEach(add);
  });
  return (indexed = { literalMarks: /[[\]"“”£]/g, byAnchor, everywhere });
}

/** A word with its runs of digits as "#" ("A&E 4hr" -> "#hr"), as patterns write numbers. */
const hashedOf = (token: string) => (/\d/.test(token) ? token.replace(/\d+/g, '#') : token);
function wordFits(token: string, pattern: string): boolean {
  if (pattern === '*' || token === pattern) return true;
  if (pattern === '#') return hashedOf(token) === '#' || (token.length === 1 && token >= 'a' && token <= 'z');
  return pattern.includes('#') && hashedOf(token) === pattern;
}
function fitsAt(ws: readonly Word[], i: number, p: string[]): boolean {
  if (i < 0 || i + p.length > ws.length) return false;
  for (let k = 0; k < p.length; k++) if (!wordFits(ws[i + k]!.key, p[k]!)) return false;
  return true;
}

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
  const { literalMarks, byAnchor, everywhere } = index();
  // Where the next mark that starts a literal phrase is, from the sentence on (sentences run in order).
  let mark = -1;
  let from = 0;
  for (const s of draft.sentences) {
    const found = out.get(s.paragraph) ?? [];
    out.set(s.paragraph, found);
    const add = (f: Found) => addFound(found, f);
    const ws = s.words;
    const n = ws.length;
    // Each list's first phrase (by rank) at each word, found for all lists at once: most words
    // anchor no phrase, one look-up each. The finds are then added list by list, in word order.
    const hits: Candidate[] = [];
    const starts: number[] = [];
    const hit = (c: Candidate, i: number) => {
      if (!fitsAt(ws, i, c.phrase)) return;
      hits.push(c);
      starts.push(i);
    };
    for (let j = 0; j < n; j++) {
      const anchored = byAnchor.get(ws[j]!.key);
      if (anchored) for (const c of anchored) hit(c, j - c.anchor);
      for (const c of everywhere) hit(c, j);
    }
    if (mark < s.range[0] || s.range[0] < from) {
      from = literalMarks.lastIndex = s.range[0];
      mark = literalMarks.exec(draft.source)?.index ?? Infinity;
    }
    const literals = mark < s.range[1];
    if (!hits.length && !literals) continue;
    // By list, then in word order, then by rank: the first of each list and word is its find.
    const order = hits
      .map((_, k) => k)
      .sort((a, b) => hits[a]!.list - hits[b]!.list || starts[a]! - starts[b]! || hits[a]!.rank - hits[b]!.rank);
    const lower = literals ? draft.source.slice(s.range[0], s.range[1]).toLowerCase() : '';
    let next = 0;
    all.forEach((list, li) => {
      for (; next < order.length && hits[order[next]!]!.list === li; next++) {
        const k = order[next]!;
        const i = starts[k]!;
        if (next > 0 && hits[order[next - 1]!]!.list === li && starts[order[next - 1]!] === i) continue;
        const { phrase } = hits[k]!;
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
