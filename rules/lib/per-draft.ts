import type { Draft } from '../../src/draft/types.js';

/**
 * A function of the draft being linted, computed once per draft and kept on the draft
 * (Draft.derived): rules that ask about the same draft share one answer, and it goes when the
 * draft does. Drafts linted side by side (the API, the web page) each keep their own.
 */
export function perDraft<V>(compute: (draft: Draft) => V): (draft: Draft) => V {
  const key = {};
  return (draft) => draft.derived(key, compute);
}

/**
 * Memoises a function of an object made while linting a draft (a token list searched phrase
 * after phrase), keeping only the latest: the object is not a draft, and is asked about many
 * times in a row, then never again.
 *
 * Not a WeakMap: V8's young-generation GC (Node 20) keeps a WeakMap's entries alive until a full
 * GC, so every draft's derived data was copied and promoted.
 */
export function lastOf<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  let lastKey: K | undefined;
  let lastValue: V;
  return (key) => {
    if (key !== lastKey) {
      lastValue = compute(key);
      lastKey = key;
    }
    return lastValue!;
  };
}
