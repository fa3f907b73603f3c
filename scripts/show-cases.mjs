#!/usr/bin/env node
// Shows chosen corpus cases with what socialcheck reports on each: for working on the rules.
//   node scripts/show-cases.mjs CORPUS.yaml... -- id1 id2 ...
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { lintText } from '../dist/src/api.js';

const at = process.argv.indexOf('--');
const files = process.argv.slice(2, at < 0 ? undefined : at);
const ids = at < 0 ? null : new Set(process.argv.slice(at + 1));
for (const c of files.flatMap((f) => parse(readFileSync(f, 'utf8')))) {
  if (ids && !ids.has(c.id)) continue;
  const r = await lintText(c.text, { noConfigLookup: true, filePath: `${c.id}.${c.ext ?? 'md'}` });
  console.log(`\n== ${c.id}  expect [${(c.expect ?? []).join(', ')}]${c.allow ? ` allow [${c.allow.join(', ')}]` : ''}`);
  console.log(c.text.trimEnd().replace(/^/gm, '   | '));
  for (const m of r.messages) console.log(`   -> ${m.line}:${m.column} ${m.ruleId} ${m.messageId}: ${m.message.slice(0, 110)}`);
}
