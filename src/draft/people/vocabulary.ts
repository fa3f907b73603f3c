import { loadData } from '../../shared/data.js';

// The people layer's words (rules/data/people-vocab.json, built from WordNet 3.1 by
// scripts/build-people-vocab.mjs): which words name a person, a job, a relation, a part of the
// body, a condition, a procedure or a medicine. The file keeps its 15,000 words grouped by
// their first two letters, one string per group; a run splits only the groups a draft's words
// start with, so a short post pays for a few hundred words, not the table.

export const PERSON = 1;
export const OCCUPATION = 2;
export const RELATION = 4;
export const BODY = 8;
export const CONDITION = 16;
export const PROCEDURE = 32;
export const MEDICINE = 64;
/** A health or care job: staff words ("nurse", "hygienist", "paramedic"). */
export const HEALTH = 128;
/** An animal (WordNet noun.animal): "Bramble the pony", "our practice dog Bella" is no patient. */
export const ANIMAL = 256;
/** A workplace, institution, building or business: a capitalised one after a name makes it a place's ("Fern Hill Farm"). */
export const PLACE = 512;
/** Care given or suffered: a condition, a procedure or a medicine. */
export const CARE = CONDITION | PROCEDURE | MEDICINE;

let buckets: Record<string, string> | undefined;
const groups = new Map<string, Map<string, number>>();

/** Every word asked so far, with its class: one look-up for a word seen before (most are, many times a draft). */
const known = new Map<string, number>();

/** The class bits of a lower-cased word or two-word phrase (0 when it is none of them). */
export function wordClass(lower: string): number {
  const seen = known.get(lower);
  if (seen !== undefined) return seen;
  const key = lower.slice(0, 2);
  let group = groups.get(key);
  if (!group) {
    buckets ??= loadData<{ buckets: Record<string, string> }>('people-vocab.json').buckets;
    group = new Map();
    const text = Object.hasOwn(buckets, key) ? buckets[key]! : '';
    for (const line of text ? text.split('\n') : []) {
      const tab = line.indexOf('\t');
      group.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
    groups.set(key, group);
  }
  const bits = group.get(lower) ?? 0;
  // Bounded: a run over many drafts meets new words (names, typos) without end.
  if (known.size > 50_000) known.clear();
  known.set(lower, bits);
  return bits;
}

/** wordClass of a word, or of its singular ("molars", "stitches", "nans"). */
export function classOf(lower: string): number {
  const c = wordClass(lower);
  if (c || lower.length < 4 || !lower.endsWith('s')) return c;
  return wordClass(lower.slice(0, -1)) || (lower.endsWith('es') ? wordClass(lower.slice(0, -2)) : 0);
}
