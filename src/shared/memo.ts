/**
 * A pure function of a word, remembered: most words of a run are words seen before (hundreds of
 * times over a few thousand drafts), and one look-up costs less than the lists and endings it
 * stands for. Bounded, because a long run meets new words (names, typos) without end.
 */
const NONE: unique symbol = Symbol('none');

export function memoWords<V>(compute: (word: string) => V, max = 50_000): (word: string) => V {
  // One look-up per word: a value that is undefined is remembered as NONE.
  const seen = new Map<string, V | typeof NONE>();
  return (word) => {
    const known = seen.get(word);
    if (known !== undefined) return known === NONE ? (undefined as V) : known;
    const v = compute(word);
    if (seen.size >= max) seen.clear();
    seen.set(word, v === undefined ? NONE : v);
    return v;
  };
}
