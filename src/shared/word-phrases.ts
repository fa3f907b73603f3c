// Phrases of whole words (["good", "riddance"]), found at a word by its first word: one map
// lookup per word instead of comparing every phrase of a list at every word. Phrase lists in the
// rules hold tens to hundreds of phrases, and every sentence of every draft is read against them.
// A "*" after the first word stands for any one word ("run * over").

/** A word as phrase lists compare it: lower case, apostrophes straightened. */
export interface KeyedWord {
  key: string;
}

export class WordPhrases<T = undefined> {
  private readonly byFirst = new Map<string, { phrase: readonly string[]; value: T }[]>();

  /** Entries in order of preference: `at` returns the first that matches. */
  constructor(entries: Iterable<readonly [readonly string[], T]>) {
    for (const [phrase, value] of entries) {
      const first = phrase[0];
      if (first === undefined || first === '*') throw new Error(`a phrase must start with a word: "${phrase.join(' ')}"`);
      let list = this.byFirst.get(first);
      if (!list) this.byFirst.set(first, (list = []));
      list.push({ phrase, value });
    }
  }

  /** Phrases without values. */
  static of(phrases: Iterable<readonly string[]>): WordPhrases {
    return new WordPhrases([...phrases].map((p) => [p, undefined] as const));
  }

  /** The first phrase (in the order given) that starts at word i, with its value. */
  at(ws: readonly KeyedWord[], i: number): { phrase: readonly string[]; value: T } | undefined {
    const list = this.byFirst.get(ws[i]?.key ?? '');
    if (!list) return undefined;
    for (const entry of list) if (matchesAt(ws, i, entry.phrase)) return entry;
    return undefined;
  }

  /** The first phrase that starts at word i. */
  phraseAt(ws: readonly KeyedWord[], i: number): readonly string[] | undefined {
    return this.at(ws, i)?.phrase;
  }

  /** Whether a phrase starts with this word (a cheap test before the whole match). */
  startsWith(key: string): boolean {
    return this.byFirst.has(key);
  }
}

function matchesAt(ws: readonly KeyedWord[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > ws.length) return false;
  for (let k = 1; k < phrase.length; k++) if (phrase[k] !== '*' && ws[i + k]!.key !== phrase[k]) return false;
  return true;
}
