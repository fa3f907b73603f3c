import { compiledData, loadData } from './data.js';

// The 8,000 first names (rules/data/first-names.json), looked up by a draft's capitalised
// words. Parsing them as one object of 8,000 keys took ~8 ms of every run's start, so the
// build also writes them grouped by their first two letters, one string per group
// (dist/data/first-names.buckets.json); a run splits only the groups its words start with.

interface NameData {
  names: Record<string, number>;
}
/** Names by first two letters: "name" or "name\tflags" lines, flags 0 left out. */
export type NameBuckets = Record<string, string>;

const keyOf = (name: string) => name.slice(0, 2);

/** Groups a name table as the build writes it. */
export function bucketNames(names: Record<string, number>): NameBuckets {
  const lines: Record<string, string[]> = {};
  for (const [name, flags] of Object.entries(names)) (lines[keyOf(name)] ??= []).push(flags ? `${name}\t${flags}` : name);
  const out: NameBuckets = {};
  for (const [key, list] of Object.entries(lines)) out[key] = list.join('\n');
  return out;
}

const BUCKETS_FILE = 'first-names.buckets.json';

/** The build's grouped copy, when it is at least as new as the names it was made from. */
const compiledBuckets = () => compiledData<{ buckets: NameBuckets }>('first-names.json', BUCKETS_FILE)?.buckets;

let buckets: NameBuckets | undefined;
/** Groups by their key's two UTF-16 units as one number: no two-letter string made and hashed per look-up. */
const groups = new Map<number, Map<string, number>>();
const codeOf = (s: string) => (s.length >= 2 ? s.charCodeAt(0) * 0x10000 + s.charCodeAt(1) : s.length === 1 ? -1 - s.charCodeAt(0) : -0x20000);

/** A first name's flags, or undefined when it is not in the list. */
export function nameFlags(lower: string): number | undefined {
  const code = codeOf(lower);
  let group = groups.get(code);
  if (!group) {
    const key = keyOf(lower);
    buckets ??= compiledBuckets() ?? bucketNames(loadData<NameData>('first-names.json').names);
    group = new Map();
    const text = Object.hasOwn(buckets, key) ? buckets[key]! : '';
    for (const line of text ? text.split('\n') : []) {
      const tab = line.indexOf('\t');
      if (tab < 0) group.set(line, 0);
      else group.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
    groups.set(code, group);
  }
  return group.get(lower);
}

/**
 * Writes the grouped copy (part of the build: scripts/compile-data.mjs and build-web.mjs).
 * @public
 */
export function grouped(names: Record<string, number>): string {
  return JSON.stringify({ source: 'rules/data/first-names.json, grouped by first two letters', buckets: bucketNames(names) });
}
