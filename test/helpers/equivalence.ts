import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// Shared by the tests that hold a scan to the expression or parser it replaced: the texts of
// every fixture draft, and a seeded generator for made-up ones.

const root = join(__dirname, '..', '..');

/** The text of every draft in fixtures/corpus and fixtures/blind. */
export function fixtureTexts(): string[] {
  const texts: string[] = [];
  for (const dir of [join(root, 'fixtures', 'corpus'), join(root, 'fixtures', 'blind')]) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      for (const d of parse(readFileSync(join(dir, f), 'utf8')) as { text: string }[]) texts.push(d.text);
    }
  }
  return texts;
}

/** A seeded random number generator (mulberry32): the same cases on every run. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A string of `1..max+1` pieces picked at random. */
export function randomText(r: () => number, pieces: string[], max: number): string {
  let s = '';
  for (let k = Math.floor(r() * max); k >= 0; k--) s += pieces[Math.floor(r() * pieces.length)]!;
  return s;
}

/** Every phrase list of rules/data's YAML files, with where it is (file.key.key). */
export function lexiconLists(): { where: string; phrases: string[] }[] {
  const out: { where: string; phrases: string[] }[] = [];
  const walk = (where: string, v: unknown) => {
    if (
      Array.isArray(v) &&
      v.length &&
      v.every((x) => typeof x === 'string' || (x && typeof (x as { phrase?: unknown }).phrase === 'string'))
    )
      out.push({ where, phrases: v.map((x) => (typeof x === 'string' ? x : (x as { phrase: string }).phrase)) });
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(`${where}.${k}`, x);
  };
  const dir = join(root, 'rules', 'data');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) walk(f, parse(readFileSync(join(dir, f), 'utf8')));
  return out;
}
