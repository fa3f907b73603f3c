import { loadData } from '../shared/data.js';
import { singular } from './targets.js';

// Nouns that name things, not people (rules/data/thing-nouns.json, from WordNet and SCOWL):
// "sticker", "cakes", "keynote". The people layer asks it of a word that stands where a name
// might, and the rules of what a word of abuse or of arrival is said about.

interface ThingNouns {
  words: string;
  services: string;
}
let data: ThingNouns | undefined;
let thingNouns: Set<string> | undefined;

/** The list as built: thing nouns, and the nouns that name a service or a product. */
export const thingNounData = (): ThingNouns => (data ??= loadData<ThingNouns>('thing-nouns.json'));

/** A noun that names a thing: "sticker", "cakes", "bee". */
export function isThingNoun(lower: string): boolean {
  const set = (thingNouns ??= new Set(thingNounData().words.split(' ')));
  return set.has(lower) || !!singular(lower, (x) => set.has(x));
}
