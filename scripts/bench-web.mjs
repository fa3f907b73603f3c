#!/usr/bin/env node
// npm run bench:web: the web page (dist/web/, npm run build:web) in Chromium, opened from disk.
// Reports how soon the page is usable (navigation to the first check done), the lint after a
// keystroke in a 1,500-character draft (the page's own performance.measure of each check:
// median and 95th percentile over many keystrokes, the first checks, which warm the rules, left
// out), and the page's weight gzipped (dist/web/weight.json, written by the build).
//   node scripts/bench-web.mjs [--keys 60] [--loads 5]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const page = join(root, 'dist', 'web', 'index.html');
if (!existsSync(page)) {
  console.error('bench-web: dist/web/index.html is missing: run npm run build:web first');
  process.exit(2);
}
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : dflt);
const KEYS = opt('keys', 60);
const LOADS = opt('loads', 5);

// A practice post of about 1,500 characters with something for most rules to look at.
const sentences = [
  'Huge thanks to everyone who came to our open evening at Brightsmile Dental on Thursday.',
  'Our hygienist Sarah talked through how to look after your gums, and the children loved the giant toothbrush.',
  'I think the new NHS dental contract is a mess and the government should be ashamed of it.',
  'We are offering 20% off whitening for new patients booked before the end of March, the best price in town.',
  'Remember: if you have a dental emergency out of hours, call 111 for advice.',
  'One of our patients, a lovely lady from the village, told us she had not smiled in photos for ten years.',
  'Book online at www.brightsmile.example or call reception on 01632 960123.',
  'Our team will be at the school fete on Saturday with free goody bags.',
  'Please be kind to our reception staff: they work incredibly hard and abuse will not be tolerated.',
  '#dentist #smile #openevening #teeth',
];
let draft = '';
for (let i = 0; draft.length < 1500; i++) draft += (draft ? ' ' : '') + sentences[i % sentences.length];
draft = draft.slice(0, 1500);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

const loads = [];
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const start = Date.now();
  await p.goto(pathToFileURL(page).href);
  await p.waitForSelector('html[data-ready=true]');
  loads.push(Date.now() - start);
  await context.close();
}

/** Lint times after each of KEYS keystrokes at the end of `text`, and the problems shown at the end. */
async function typing(text) {
  const p = await browser.newPage();
  await p.goto(pathToFileURL(page).href);
  await p.waitForSelector('html[data-ready=true]');
  await p.locator('#draft').fill(text);
  const checks = () => p.evaluate(() => performance.getEntriesByName('socialcheck-lint').length);
  const settle = async (n) => p.waitForFunction((k) => performance.getEntriesByName('socialcheck-lint').length >= k, n);
  await settle(2);
  await p.locator('#draft').press('End');
  for (let i = 0; i < KEYS; i++) {
    const n = await checks();
    await p.keyboard.type(i % 2 ? 's' : 'a');
    await settle(n + 1);
  }
  const durations = await p.evaluate(() =>
    performance.getEntriesByName('socialcheck-lint').map((e) => ({ ms: e.duration, chars: e.detail?.chars ?? 0 })),
  );
  const status = await p.locator('#status').innerText();
  await p.close();
  return {
    ms: durations
      .slice(5)
      .filter((d) => d.chars >= 1500)
      .map((d) => d.ms),
    status,
  };
}
// A post full of what the slower rules look at: names, places, ages, dates, numbers, opinions.
const story = [
  'Lovely to see Margaret Hughes from Harrogate back in the chair today, she is 84 and came in on 12/03 with her daughter Susan.',
  'Her NHS number 943 476 5919 was on the form, and her husband Dr Peter Hughes rang reception on 07700 900123.',
  'I think the new contract is an absolute disgrace and the minister should be ashamed, vote them out!',
  'Guaranteed pain-free treatment, the best dentist in Yorkshire, 50% off this week only at www.brightsmile.example.',
];
let heavy = '';
for (let i = 0; heavy.length < 1500; i++) heavy += (heavy ? ' ' : '') + story[i % story.length];
heavy = heavy.slice(0, 1500);
const plain = await typing(draft);
const crowded = await typing(heavy);
// The same post with Markdown in it: the parser (markdown.js) loads and runs on each check.
const markdown = await typing(`**Open evening!**\n\n${draft.slice(0, 1480)}`);
await browser.close();

const weight = JSON.parse(readFileSync(join(root, 'dist', 'web', 'weight.json'), 'utf8'));
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const first = weight.filter((w) => ['index.html', 'style.css', 'app.js'].includes(w.file));
console.log(`page usable (navigation to first check), median of ${LOADS}: ${quantile(loads, 0.5)} ms (max ${Math.max(...loads)} ms)`);
for (const [name, r] of [
  ['plain text', plain],
  ['with Markdown', markdown],
  ['crowded with identifiers', crowded],
])
  console.log(
    `lint after a keystroke, 1,500 characters ${name}, ${r.ms.length} keystrokes: median ${quantile(r.ms, 0.5).toFixed(1)} ms, p95 ${quantile(r.ms, 0.95).toFixed(1)} ms, max ${Math.max(...r.ms).toFixed(1)} ms (page shows: ${r.status})`,
  );
console.log(
  `weight gzipped: first load ${kib(first.reduce((s, w) => s + w.gzip, 0))} (${first.map((w) => `${w.file} ${kib(w.gzip)}`).join(', ')})`,
);
for (const w of weight.filter((w) => !first.includes(w))) console.log(`  loaded on demand: ${w.file} ${kib(w.gzip)}`);
