/**
 * A pure function of a word, remembered: most words of a run are words seen before (hundreds of
 * times over a few thousand drafts), and one look-up costs less than the lists and endings it
 * stands for. Bounded, because a long run meets new words (names, typos) without end.
 */
export function memoWords<V>(compute: (word: string) => V, max = 50_000): (word: string) => V {
  const seen = new Map<string, V>();
  return (word) => {
    if (seen.has(word)) return seen.get(word)!;
    const v = compute(word);
    if (seen.size >= max) seen.clear();
    seen.set(word, v);
    return v;
  };
}
