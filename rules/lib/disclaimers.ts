import type { Draft } from '../../src/draft/types.js';
import { loadData } from './lexicon.js';
import { findQuery, phraseQuery, phraseWords, tokens, words, wordsWhere, type PhraseQuery, type Vocabulary } from './nlp.js';
import { perDraft } from './per-draft.js';

const EMPLOYER = String.raw`(?:my|our|the)\s+(?:current\s+|former\s+)?(?:employer|employers|employer['’]s|trust|trust['’]s|practice|practice['’]s|organisation|organisation['’]s|company|company['’]s|workplace|hospital|health board|board|team['’]s|surgery|clinic|pharmacy)`;
const DENIAL = new RegExp(
  String.raw`\b(?:not|n['’]t|never|nor)\b[^.!?\n]{0,40}?\b(?:reflect|represent|speak(?:ing)?\s+for|on behalf of|the (?:views?|opinions?|position) of|endorsed by)\b[^.!?\n]{0,20}?${EMPLOYER}`,
  'i',
);
const OWN_VIEWS = /\b(?:personal|own)\s+(?:opinions?|views?|thoughts?)\s*(?:only\b|[–—:-]|$)/im;

type DisclaimerList = 'views' | 'retweets' | 'advice';

// The draft's words and the phrase words they count as, looked up once per draft: the three
// lists, and the advice list without a rule's ignored ranges, all search the same words.
const wordsOf = perDraft((draft: Draft): Vocabulary => words(tokens(draft.prose)));

/** A list's phrases (the user's first) as queries, made once for each set of user phrases. */
const queries = new Map<DisclaimerList, { extra: string[]; queries: PhraseQuery[] }>();
function queriesFor(list: DisclaimerList, extra: string[]): PhraseQuery[] {
  const known = queries.get(list);
  if (known && known.extra.length === extra.length && known.extra.every((e, i) => e === extra[i])) return known.queries;
  const phrases = [...extra, ...loadData<Record<DisclaimerList, string[]>>('disclaimers.yaml')[list]];
  // Short phrases ("my views") must match exactly in order; longer ones may skip a word.
  const made = phrases.map((phrase) => phraseQuery(phrase, phraseWords(phrase).length >= 3 ? 1 : 0));
  queries.set(list, { extra: [...extra], queries: made });
  return made;
}

/** The first disclaimer of a kind in the draft (fuzzy), or null. `extra` adds user phrases. */
export function findDisclaimer(
  draft: Draft,
  list: DisclaimerList,
  extra: string[] = [],
  /** Ranges that cannot hold the disclaimer: "Ask your GP for antibiotics" is advice, not "ask your GP". */
  ignore: [number, number][] = [],
): { start: number; end: number; phrase: string } | null {
  const phrases = queriesFor(list, extra);
  // Any wording that denies speaking for the employer: "it doesn't reflect my employer's position".
  if (list === 'views') {
    const m = DENIAL.exec(draft.prose) ?? OWN_VIEWS.exec(draft.prose);
    if (m) return { start: m.index, end: m.index + m[0].length, phrase: m[0] };
  }
  const all = wordsOf(draft);
  const haystack = ignore.length ? wordsWhere(all, (t) => !ignore.some(([a, b]) => t.start >= a && t.end <= b)) : all;
  for (const q of phrases) {
    const found = findQuery(haystack, q);
    if (found) return { ...found, phrase: q.phrase };
  }
  return null;
}

/** Appends a line at the end of the draft, in its own line-ending style. */
export function appendLine(draft: Draft, line: string): { range: [number, number]; text: string } | undefined {
  // A line appended inside an unclosed code fence or HTML comment would not be read as prose,
  // so the problem would remain: offer no fix rather than one that cannot work.
  if (unclosedAtEnd(draft)) return undefined;
  const eol = draft.source.includes('\r\n') ? '\r\n' : '\n';
  const src = draft.source;
  // trimEnd strips what \s matches; /\s+$/ tried every whitespace run in the draft.
  const end = src.trimEnd().length;
  return { range: [end, src.length], text: `${eol}${eol}${line}${eol}` };
}

function unclosedAtEnd(draft: Draft): boolean {
  if (draft.format !== 'markdown') return false;
  const body = draft.source.slice(draft.bodyStart);
  const fences = body.match(/^ {0,3}(?:`{3,}|~{3,})/gm)?.length ?? 0;
  return fences % 2 === 1 || body.lastIndexOf('<!--') > body.lastIndexOf('-->');
}
