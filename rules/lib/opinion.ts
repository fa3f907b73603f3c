import type { Draft } from '../../src/draft/types.js';
import { allMatches, loadData, type Match, type Matcher } from './lexicon.js';

// Opinion and comment: a stance marker ("I think", "in my view"), or clearly evaluative words
// (AFINN-165, |score| >= 2) adding up to a view rather than one passing "great".

let afinn: Map<string, number> | undefined;
// (?<!\w), not \b: the i and u flags are both set (docs/architecture.md, "Regular expressions").
const STANCE =
  /(?<!\w)(?:i|we)\s+(?:\p{L}+\s+)?(?:think|feel|believe|reckon|reckoned|thought|felt)\b|(?:^|[.!?]\s+)(?:genuinely|honestly|really|truly|firmly)\s+(?:believe|think|feel)\b|(?<!\w)imo\b|(?<!\w)imho\b|(?<!\w)in my (?:view|opinion|experience)\b/giu;

function afinnScore(word: string): number {
  afinn ??= new Map(Object.entries(loadData<{ words: Record<string, number> }>('afinn.json').words));
  return afinn.get(word.toLowerCase()) ?? 0;
}

// A judgement said of something: "the funding is an insult", "the discharge push is dangerous",
// "head office knows it". The evaluative word is AFINN's (|score| >= 2).
// ASCII words, no `u` flag (docs/architecture.md, "Regular expressions").
const PREDICATION =
  /\b(?:is|are|was|were|['’]s|['’]re|(?:is|are|was|were)n['’]t)\s+(?:(?:an?|the|so|just|totally|completely|utterly|frankly|really|absolutely|pure|beyond|not|never)\s+){0,2}([A-Za-z-]+)/gi;
const KNOWS_IT =
  /\b(?:knows?|knew)\s+it\b|\b(?:i['’]ll|i will|i['’]m going to)\s+say it\b|\b(?:honest|hot)\s+take\b|\bsaid what every\b|\bi(?:['’]m| am)\s+(?:(?:more|so|now|totally|fully|even more)\s+)*convinced\b|\bmore harm than good\b|\b(?:not|never)\s+proud\s+of\b|\bashamed\s+of\b/gi;

// The standards a service is held to, which AFINN leaves unscored: denying one ("not safe",
// "isn't sustainable") is a judgement on the service.
const STANDARDS = new Set([
  'safe',
  'sustainable',
  'acceptable',
  'appropriate',
  'adequate',
  'enough',
  'ok',
  'okay',
  'fit',
  'viable',
  'realistic',
  'right',
]);

/** An evaluation said of a subject, or a stance marker: the stronger signs of an opinion. */
export function findJudgement(draft: Draft, skip: (offset: number) => boolean = () => false): Match | null {
  const stance = [...allMatches(STANCE, draft.prose), ...allMatches(KNOWS_IT, draft.prose)].find((m) => !skip(m.start));
  if (stance) return stance;
  for (const m of allMatches(PREDICATION, draft.prose)) {
    // Courtesies score +2 ("you are welcome"): praise must be stronger than that to be a view.
    if (!skip(m.start) && verdict(m) !== null) return m;
  }
  return null;
}

/** What a predication says of its subject: a criticism, strong praise, or neither. */
function verdict(m: Match): 'critical' | 'praise' | null {
  const word = /([A-Za-z-]+)$/.exec(m.text)?.[1] ?? '';
  const score = afinnScore(word);
  // A good quality denied is a verdict: "caseloads like these are not safe", "it isn't fair".
  if ((score >= 1 || STANDARDS.has(word.toLowerCase())) && /(?:\bnot|\bnever|n['’]t)\s/i.test(m.text)) return 'critical';
  if (score <= -2) return 'critical';
  return score >= 3 ? 'praise' : null;
}

/** Where the draft gives an opinion, if it does: a stance marker, a judgement, a lexicon hit, or strong evaluative words. */
export function findOpinion(draft: Draft, lexicon: Matcher, skip: (offset: number) => boolean = () => false): Match | null {
  const stance = findJudgement(draft, skip);
  if (stance) return stance;
  const word = allMatches(lexicon, draft.prose).find((m) => !skip(m.start));
  if (word) return word;
  for (const s of draft.sentences) {
    if (skip(s.range[0])) continue;
    let weight = 0;
    for (const [i, w] of s.words.entries()) {
      // A greeting ("Happy World Radiography Day", "happy birthday") wishes, it judges nothing.
      if (GREETING.has(w.lower) && greeted(s.words[i + 1]?.text)) continue;
      weight += Math.abs(afinnScore(w.lower));
    }
    if (weight >= 5) return { start: s.range[0], end: s.range[1], text: s.text };
  }
  return null;
}

const GREETING = new Set(['happy', 'merry']);
const GREETED = /^(?:\p{Lu}|birthday|new|christmas|xmas|easter|holidays?|retirement|anniversary|friday|weekend)/u;
/** The word after "happy" names an occasion: a capitalised day or a greeting's usual word. */
function greeted(next: string | undefined): boolean {
  return next !== undefined && GREETED.test(next);
}

// A ranking claim about a place or team: "the best ED in the region", "the worst trust going".
const RANKING = /\b(?:the\s+)?(?:best|worst|finest|greatest)\s+(?:[A-Za-z&-]+\s+){0,4}?(?:in|of|going|around|anywhere)\b/gi;

/**
 * A contested view: a stance marker, a blunt judgement, a ranking claim, or a criticism said of
 * a subject ("is a disgrace", "is not safe"). Warmth alone ("delighted to welcome", "brilliant
 * additions", "we will miss her") is not one.
 */
export function findContestedView(draft: Draft, skip: (offset: number) => boolean = () => false): Match | null {
  const stance = [...allMatches(STANCE, draft.prose), ...allMatches(KNOWS_IT, draft.prose), ...allMatches(RANKING, draft.prose)].find(
    (m) => !skip(m.start),
  );
  if (stance) return stance;
  // A criticism said of a subject; a sad word alone ("we will miss her") is warmth, not a verdict.
  return allMatches(PREDICATION, draft.prose).find((m) => !skip(m.start) && verdict(m) === 'critical') ?? null;
}
