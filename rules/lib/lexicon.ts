import { loadData } from '../../src/shared/data.js';
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
