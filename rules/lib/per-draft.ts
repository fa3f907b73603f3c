/**
 * Memoises a function of the draft being linted (or of another object made for it), keeping only
 * the latest key. Drafts are linted one at a time, so rules that ask about the same draft share
 * one answer, and nothing is kept once the next draft arrives.
 *
 * Not a WeakMap: V8's young-generation GC (Node 20) keeps a WeakMap's entries alive until a full
 * GC, so every draft's derived data was copied and promoted. Four such maps made ~40% of all
 * bytes promoted over a 3k-draft run, and most of the scavenges' cost.
 */
export function perDraft<K extends object, V>(compute: (key: K) => V): (key: K) => V {
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
