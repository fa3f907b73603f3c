#!/usr/bin/env node
// Writes rules/data/tlds.json: the top-level domains X (twitter-text 3.1.0, Apache-2.0) recognises in a bare
// domain ("hello.world", "abc.ac"), so platform-limits weighs a bare link as X does. ASCII TLDs only: the
// internationalised ones are left out (a bare link with one is rare in a UK post). Run after updating twitter-text.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const list = (file) => {
  const m = require(`twitter-text/dist/regexp/${file}`);
  const re = m.default ?? m;
  return /^\(\?:\(\?:(.*)\)\(\?=/.exec(re.source)[1].split("|");
};
const ascii = (xs) => xs.filter((t) => /^[a-z0-9-]+$/.test(t));
const version = require('twitter-text/package.json').version;
const out = {
  source: `twitter-text ${version} (dist/regexp/validGTLD.js, validCCTLD.js), https://github.com/twitter/twitter-text`,
  licence: 'Apache-2.0',
  generic: ascii(list('validGTLD.js')).join(' '),
  country: ascii(list('validCCTLD.js')).join(' '),
};
writeFileSync(new URL('../rules/data/tlds.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log(`rules/data/tlds.json: ${out.generic.split(' ').length} generic, ${out.country.split(' ').length} country TLDs`);
