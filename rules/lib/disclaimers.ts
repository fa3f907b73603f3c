import type { Draft } from '../../src/draft/types.js';
import { loadData } from './lexicon.js';
import { findPhrase, tokens, type Token } from './nlp.js';

type DisclaimerList = 'views' | 'retweets' | 'advice';

const draftTokens = new WeakMap<Draft, Token[]>();

function tokensOf(draft: Draft): Token[] {
  let t = draftTokens.get(draft);
  if (!t) {
    t = tokens(draft.prose);
    draftTokens.set(draft, t);
  }
  return t;
}

/** The first disclaimer of a kind in the draft (fuzzy), or null. `extra` adds user phrases. */
export function findDisclaimer(
  draft: Draft,
  list: DisclaimerList,
  extra: string[] = [],
): { start: number; end: number; phrase: string } | null {
  const phrases = [...extra, ...loadData<Record<DisclaimerList, string[]>>('disclaimers.yaml')[list]];
  const haystack = tokensOf(draft);
  for (const phrase of phrases) {
    // Short phrases ("my views") must match exactly in order; longer ones may skip a word.
    const found = findPhrase(haystack, phrase, tokens(phrase).length >= 3 ? 1 : 0);
    if (found) return { ...found, phrase };
  }
  return null;
}

/** Appends a line at the end of the draft, in its own line-ending style. */
export function appendLine(draft: Draft, line: string): { range: [number, number]; text: string } {
  const eol = draft.source.includes('\r\n') ? '\r\n' : '\n';
  const src = draft.source;
  const trimmed = src.replace(/[\s]+$/u, '');
  const end = trimmed.length;
  return { range: [end, src.length], text: `${eol}${eol}${line}${eol}` };
}
