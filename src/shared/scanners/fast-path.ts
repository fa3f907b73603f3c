/**
 * A hand-written scanner that answers the common case faster than the general code it stands
 * in for (a parser, a library, an expression) and exactly as that code would, or returns null
 * to hand the input on to it. Every scanner in this folder is one; each says in its header
 * what it stands in for and the gain measured for it (paired runs of the 10k-draft benchmark
 * and of a one-draft cold start), and has an equivalence test in test/ that holds it to the
 * general code on every fixture and on generated input. One that saves less than 1% of either
 * is removed, and the general code does the work.
 */
export type FastPath<A extends unknown[], R> = (...args: A) => R | null;
