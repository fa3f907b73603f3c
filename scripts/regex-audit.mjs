#!/usr/bin/env node
// Checks every regular expression socialcheck runs on a draft with recheck (ReDoS detection)
// and writes test/data/regex-audit.json, which test/regex-safety.test.ts holds the code to.
// Slow (a few minutes): run it after changing a regex or a lexicon.
//   npm run build && node scripts/regex-audit.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { checkSync } from 'recheck';
import { dynamicRegexes, fixtureDrafts, lexiconMatchers, regexLiterals } from './regexes.mjs';

const built = await dynamicRegexes(async () => {
  const { lintText } = await import('../dist/src/api.js');
  for (const text of fixtureDrafts()) await lintText(text, { noConfigLookup: true, filePath: 'draft.md' });
});
const all = [...regexLiterals(), ...(await lexiconMatchers()), ...built];
const out = [];
for (const r of all) {
  const t = performance.now();
  const res = checkSync(r.source, r.flags, { timeout: 20000 });
  out.push({
    where: r.where,
    source: r.source,
    flags: r.flags,
    status: res.status,
    complexity: res.complexity?.type ?? null,
    attack: res.attack ? res.attack.pattern : null,
    ms: Math.round(performance.now() - t),
  });
  process.stderr.write(`${res.status.padEnd(10)} ${(res.complexity?.type ?? '').padEnd(11)} ${r.where}\n`);
}
mkdirSync(new URL('../test/data/', import.meta.url), { recursive: true });
writeFileSync(new URL('../test/data/regex-audit.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
const worst = out.filter((x) => x.complexity === 'exponential');
console.log(
  `${out.length} expressions: ${out.filter((x) => x.status === 'safe').length} safe, ${out.filter((x) => x.complexity === 'polynomial').length} polynomial, ${worst.length} exponential, ${out.filter((x) => x.status === 'unknown').length} unknown`,
);
