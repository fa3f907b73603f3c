import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketNames, nameFlags } from '../../rules/lib/name-table.js';
import { randomText, rng } from '../helpers/equivalence.js';

// First names are looked up in groups by their first two letters instead of one parsed object
// of 8,000 keys. Every lookup must answer as the object did.

const names = (
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'rules', 'data', 'first-names.json'), 'utf8')) as { names: Record<string, number> }
).names;
const table = Object.setPrototypeOf({ ...names }, null) as Record<string, number>;

describe('nameFlags', () => {
  it('answers as the table does for every name, near-names and words that are no names', () => {
    const r = rng(5);
    const words = [
      ...Object.keys(names),
      ...Object.keys(names).map((n) => `${n}s`),
      ...Object.keys(names).map((n) => n.slice(0, -1)),
      'constructor',
      '__proto__',
      'tostring',
      'hasownproperty',
      '',
      'a',
      'x',
      ...Array.from({ length: 5000 }, () => randomText(r, ['a', 'e', 'm', 'ma', 'ry', 'jo', 'é', '\t', '\n', "'", '-'], 6)),
    ];
    let found = 0;
    for (const w of words) {
      expect(nameFlags(w), w).toBe(table[w]);
      if (table[w] !== undefined) found++;
    }
    expect(found).toBeGreaterThan(8000);
    expect(Object.values(names).some((f) => f > 0)).toBe(true);
  });

  it('groups names so that the build copy holds every one of them', () => {
    const buckets = bucketNames(names);
    const lines = Object.values(buckets).flatMap((b) => b.split('\n'));
    expect(lines).toHaveLength(Object.keys(names).length);
  });
});
