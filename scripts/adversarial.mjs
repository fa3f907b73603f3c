#!/usr/bin/env node
// Benchmark-style check that no input makes socialcheck's matching blow up. Feeds the whole
// linter (every rule) two kinds of adversarial draft and compares each with a plain draft of
// the same length:
//   1. recheck's attack string for every expression it flagged as super-linear
//      (test/data/regex-audit.json, from scripts/regex-audit.mjs);
//   2. long runs of the characters our patterns repeat (spaces, tabs, "!", ".", "*", quotes,
//      digits, "<!--", emoji ...).
// Fails (exit 1) when an input takes more than BUDGET_RATIO times the plain draft plus a
// fixed allowance. Run by .ci/run; `npm run check:adversarial`.
import { readFileSync } from 'node:fs';
import { lintText, ConfigResolver } from '../dist/src/api.js';

const SIZE = Number(process.env.ADVERSARIAL_SIZE ?? 200_000);
const BUDGET_RATIO = 4;
const ALLOWANCE_MS = 1500;

const resolver = await ConfigResolver.create({ cwd: new URL('..', import.meta.url).pathname, noLookup: true });
const time = async (text) => {
  const t = performance.now();
  await lintText(text, { filePath: 'adversarial.md' }, resolver);
  return performance.now() - t;
};
const fit = (s) => (s.length >= SIZE ? s.slice(0, SIZE) : s.repeat(Math.ceil(SIZE / Math.max(1, s.length))).slice(0, SIZE));

const inputs = [];
const audit = JSON.parse(readFileSync(new URL('../test/data/regex-audit.json', import.meta.url), 'utf8'));
for (const r of audit) {
  if (r.status !== 'vulnerable' || !r.attack) continue;
  // recheck writes its attack as a JavaScript expression over string literals and .repeat().
  const attack = new Function(`return (${r.attack});`)();
  inputs.push({ name: `attack on ${r.where}`, text: attack.length > SIZE ? attack.slice(0, SIZE) : attack });
}
for (const run of [
  ' ',
  '\t',
  '\n',
  '\r\n',
  '!',
  '.',
  '…',
  '-',
  '*',
  '_',
  '#',
  '@',
  '$',
  '£1',
  '%',
  '"',
  "'",
  '’',
  '‘',
  '“',
  '(',
  ')',
  '[',
  '](',
  '<!--',
  '> ',
  '- ',
  '1. ',
  '`',
  '0',
  '07',
  'a',
  'A',
  'Aa ',
  'a.',
  // Lines that each carry on the sentence before: the sentence splitter once rescanned the
  // whole sentence at every line break.
  'd\n',
  'word\r\n',
  // Under 10,000 lines, so read as Markdown: one paragraph of 8,000 plain lines.
  'a line of plain words goes\n',
  'a@',
  '@a',
  '#a',
  'Dr ',
  'NHS ',
  'the ',
  'as ',
  '😀',
  '👩🏽‍⚕️',
  'é',
  '\u0301',
  '\u2028',
  'f*',
  "'A",
  // The people layer: one person named thousands of times in one sentence, described people,
  // pronouns, contact details beside a name, picture placeholders (each was once quadratic).
  'Priya Shah Priya Shah Dr Shah ',
  'Mrs Smith saw him and his crown, ',
  'the lady in bed 6 had her op. ',
  'he she his her him ',
  'Call Jo on 07700 900123 or jo@x.co. ',
  '[photo]\n\n',
  '9:00 Mr A UR6 ext\n',
]) {
  inputs.push({ name: `run of ${JSON.stringify(run)}`, text: fit(run) });
}

await time('warm up the rules and their data.');
let failed = 0;
const rows = [];
for (const { name, text } of inputs) {
  const plain = await time(fit('Plain words in a plain draft. '.slice(0, Math.max(1, Math.min(30, text.length)))).slice(0, text.length));
  const ms = await time(text);
  const budget = plain * BUDGET_RATIO + ALLOWANCE_MS;
  const ok = ms <= budget;
  if (!ok) failed++;
  rows.push(
    `${ok ? 'ok  ' : 'SLOW'} ${String(Math.round(ms)).padStart(6)} ms (plain ${String(Math.round(plain)).padStart(5)} ms, ${String(text.length).padStart(7)} chars)  ${name}`,
  );
}
console.log(rows.join('\n'));
console.log(
  `${inputs.length} adversarial drafts of up to ${SIZE} characters: ${failed ? `${failed} over budget` : 'all within budget'} (${BUDGET_RATIO}x a plain draft + ${ALLOWANCE_MS} ms).`,
);
process.exit(failed ? 1 : 0);
