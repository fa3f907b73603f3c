import type { Draft } from '../../src/draft/types.js';
import { allMatches, loadData, type Match, type Matcher } from './lexicon.js';

// Opinion and comment: a stance marker ("I think", "in my view"), or clearly evaluative words
// (AFINN-165, |score| >= 2) adding up to a view rather than one passing "great".

let afinn: Map<string, number> | undefined;
// (?<!\w) is \b before a word: with both the i and u flags, V8 tests \b the slow way at every position.
const STANCE =
  /(?<!\w)(?:i|we)\s+(?:\p{L}+\s+)?(?:think|feel|believe|reckon|reckoned|thought|felt)\b|(?:^|[.!?]\s+)(?:genuinely|honestly|really|truly|firmly)\s+(?:believe|think|feel)\b|(?<!\w)imo\b|(?<!\w)imho\b|(?<!\w)in my (?:view|opinion|experience)\b/giu;

function afinnScore(word: string): number {
  afinn ??= new Map(Object.entries(loadData<{ words: Record<string, number> }>('afinn.json').words));
  return afinn.get(word.toLowerCase()) ?? 0;
}

/** Where the draft gives an opinion, if it does: a stance marker, a lexicon hit, or strong evaluative words. */
export function findOpinion(draft: Draft, lexicon: Matcher, skip: (offset: number) => boolean = () => false): Match | null {
  const stance = allMatches(STANCE, draft.prose).find((m) => !skip(m.start));
  if (stance) return stance;
  const word = allMatches(lexicon, draft.prose).find((m) => !skip(m.start));
  if (word) return word;
  for (const s of draft.sentences) {
    if (skip(s.range[0])) continue;
    let weight = 0;
    for (const w of s.words) weight += Math.abs(afinnScore(w.lower));
    if (weight >= 5) return { start: s.range[0], end: s.range[1], text: s.text };
  }
  return null;
}
