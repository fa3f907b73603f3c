// Part of the build: converts the YAML lexicons in rules/data/ to JSON in dist/data/, since
// JSON.parse reads them about ten times faster than a YAML parser (a cold start reads them
// all). rules/lib/lexicon.ts uses a JSON copy only when it is newer than its YAML.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist', 'data');
mkdirSync(out, { recursive: true });
for (const file of readdirSync(join(root, 'rules', 'data')).filter((f) => f.endsWith('.yaml'))) {
  const data = parse(readFileSync(join(root, 'rules', 'data', file), 'utf8'));
  writeFileSync(join(out, file.replace(/\.yaml$/, '.json')), JSON.stringify(data));
}

// First names grouped by their first two letters (rules/lib/name-table.ts says why).
const { grouped } = await import(join(root, 'dist', 'src', 'shared', 'name-table.js'));
const firstNames = JSON.parse(readFileSync(join(root, 'rules', 'data', 'first-names.json'), 'utf8')).names;
writeFileSync(join(out, 'first-names.buckets.json'), grouped(firstNames));
