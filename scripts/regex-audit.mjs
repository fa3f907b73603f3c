#!/usr/bin/env node
// Checks every regular expression socialcheck runs on a draft with recheck (ReDoS detection)
// and writes test/data/regex-audit.json, which test/quality/regex-safety.test.ts holds the code to.
// Run it after changing a regex or a lexicon. Expressions already in the audit (same source and
// flags) keep their verdict; --all checks every one again (a few minutes).
//   npm run build && node scripts/regex-audit.mjs [--all]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { checkSync } from 'recheck';
import { dynamicRegexes, fixtureDrafts, lexiconMatchers, regexLiterals } from './regexes.mjs';

const built = await dynamicRegexes(async () => {
  const { lintText } = await import('../dist/src/api.js');
  for (const text of fixtureDrafts()) await lintText(text, { noConfigLookup: true, filePath: 'draft.md' });
});
const all = [...regexLiterals(), ...(await lexiconMatchers()), ...built];
const auditFile = new URL('../test/data/regex-audit.json', import.meta.url);
const key = (r) => `/${r.source}/${r.flags}`;
const previous = new Map(
  !process.argv.includes('--all') && existsSync(auditFile) ? JSON.parse(readFileSync(auditFile, 'utf8')).map((r) => [key(r), r]) : [],
);
const out = [];
for (const r of all) {
  const known = previous.get(key(r));
  if (known) {
    out.push({ ...known, where: r.where });
    continue;
  }
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
writeFileSync(auditFile, `${JSON.stringify(out, null, 1)}\n`);
const worst = out.filter((x) => x.complexity === 'exponential');
console.log(
  `${out.length} expressions: ${out.filter((x) => x.status === 'safe').length} safe, ${out.filter((x) => x.complexity === 'polynomial').length} polynomial, ${worst.length} exponential, ${out.filter((x) => x.status === 'unknown').length} unknown`,
);
