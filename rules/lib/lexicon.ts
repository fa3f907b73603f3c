import type { Draft } from '../../src/draft/types.js';
import { loadData } from '../../src/shared/data.js';
import { perDraft } from './per-draft.js';
import { execAll, PhraseSet, phraseSource, type Match } from '../../src/shared/scanners/phrase-set.js';

export { PhraseSet, type Match };

// Lexicons are data (rules/data/*.yaml), compiled on first use into one matcher each; the
// files are read through src/shared/data.ts (JSON copies from the build when fresh).

export { loadData };

/**
 * A matcher for a list of phrases: longest first, case-insensitive, spaces match any run of
 * whitespace, and a phrase matches only as whole words. `*` at a phrase's end matches any word
 * ending ("extract*" -> extracted, extraction). No regex to compile: phraseSource() is its
 * definition, for other flags or for embedding.
 */
export function phraseMatcher(phrases: string[]): PhraseSet {
  // One matcher per list of phrases, however often a rule asks (per draft, for names from its
  // options): a list's index is built once, and every list built joins the shared vocabulary
  // for good.
  const key = phrases.join('\u0000');
  let set = matchers.get(key);
  if (!set) matchers.set(key, (set = new PhraseSet(phrases)));
  return set;
}
const matchers = new Map<string, PhraseSet>();

/** The expression for a phrase list with other flags ('gu': case matters). */
export function phraseRegExp(phrases: string[], flags: string): RegExp {
  return new RegExp(phraseSource(phrases, flags), flags);
}

/** What allMatches() takes: a global expression or a phrase list. */
export type Matcher = RegExp | PhraseSet;

export function allMatches(re: Matcher, text: string, from = 0, to = text.length): Match[] {
  return re instanceof PhraseSet ? re.find(text, from, to) : execAll(re, text, from, to);
}

/** A lexicon file of named lists of phrases, each list compiled once. */
export function lexicon(file: string): (list: string) => PhraseSet {
  const compiled = new Map<string, PhraseSet>();
  return (list) => {
    let re = compiled.get(list);
    if (!re) {
      const data = loadData<Record<string, unknown>>(file);
      const entries = data[list];
      if (!Array.isArray(entries)) throw new Error(`${file}: no list "${list}"`);
      re = new PhraseSet(entries.map((e) => (typeof e === 'string' ? e : String((e as { phrase: string }).phrase))));
      compiled.set(list, re);
    }
    return re;
  };
}

/**
 * allMatches(set, text, from, to), read from the matches over the whole text where it can be:
 * rules search a draft sentence by sentence, and a search per sentence cost more than one per
 * draft (sentenceContexts: 280 ms of find() on the 10k bench, measured). Where whitespace (or
 * the text's end) stands on both sides of the slice and no whole-text match crosses either end,
 * the slice's matches are exactly the whole text's inside it: a slice between spaces cuts no
 * word, and a phrase that fits in it matches there as in the whole text. Otherwise the slice
 * is searched (test/unit/lexicon-within.test.ts compares the two).
 */
export function within(set: PhraseSet, whole: Match[], text: string, from: number, to: number): Match[] {
  if ((from > 0 && !spaceAt(text, from - 1)) || (to < text.length && !spaceAt(text, to))) return set.find(text, from, to);
  // Whole-text matches do not overlap: starts and ends are both in order.
  let lo = 0;
  let hi = whole.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (whole[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  let out: Match[] | undefined;
  for (let i = lo; i < whole.length; i++) {
    const m = whole[i]!;
    if (m.start >= to) break;
    if (m.start < from || m.end > to) return set.find(text, from, to);
    (out ??= []).push(m);
  }
  return out ?? [];
}

/** JavaScript's \s at text[i]. */
function spaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : SPACE.test(text[i]!);
}
const SPACE = /\s/;

/** Each list's matches over the draft's whole prose, found on first use. */
const wholeMatches = perDraft((): Map<PhraseSet, Match[]> => new Map());

/** allMatches(set, draft.prose, from, to) by within(), the list searched once per draft. */
export function inDraft(set: PhraseSet, draft: Draft, from: number, to: number): Match[] {
  const known = wholeMatches(draft);
  let whole = known.get(set);
  if (!whole) known.set(set, (whole = set.find(draft.prose, 0, draft.prose.length)));
  return within(set, whole, draft.prose, from, to);
}
