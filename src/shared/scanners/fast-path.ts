// The hand-written scanners: code that stands in for a parser, a library or an expression
// because it measurably pays. Each file here says in its header what it stands in for and the
// gain measured for it (paired runs of the 10k-draft benchmark and of a one-draft cold start),
// and has an equivalence test in test/ that holds it to what it stands in for on every fixture
// and on generated input. One that saves less than 1% of both is removed, and the general code
// does the work. Text only: nothing here imports the rest of socialcheck.

/**
 * The shape of a fast path: it answers the common case exactly as the general code would, or
 * returns null to hand the input on to it. (PhraseSet instead replaces its defining expression
 * outright, and its test holds the two to the same matches.)
 */
export type FastPath<A extends unknown[], R> = (...args: A) => R | null;
