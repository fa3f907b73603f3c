// natural's submodules we import directly (never the package root, which reads .env and prints
// to stdout); the package types only its root and folder indexes.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(word: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  const JaroWinklerDistance: (a: string, b: string) => number;
  export default JaroWinklerDistance;
}
