/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, json, ROOT, tempTree } from '../helpers/cli.js';
import { hasChromium, launchChromium } from '../helpers/chromium.js';
import { hasShared, noSharedReason, SHARED } from '../helpers/reference-data.js';

// The web page (npm run build:web) in Debian's Chromium, opened from disk as a user would,
// driven by playwright-core. Built here from the compiled engine (npm test builds that first).

const PAGE_DIR = join(ROOT, 'dist', 'web');
const PAGE = pathToFileURL(join(PAGE_DIR, 'index.html')).href;
// A made-up patient, and an NHS number whose check digit is valid (so it is always an NHS number).
const NHS = '943 476 5919';
const DRAFT = `Lovely to see Margaret Hughes in the chair today, NHS number ${NHS}. She was so brave!`;

describe.skipIf(!hasChromium)('the web page in Chromium (needs /usr/bin/chromium: apt-get install chromium)', () => {
  let browser: import('playwright-core').Browser;
  const requests: string[] = [];
  const errors: string[] = [];
  const t = tempTree({});

  beforeAll(async () => {
    const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-web.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    t.cleanup();
  });

  async function open(viewport = { width: 1280, height: 900 }): Promise<import('playwright-core').Page> {
    const context = await browser.newContext({ viewport });
    const p = await context.newPage();
    // Every request of the page and of any tab it opens.
    context.on('request', (r) => requests.push(r.url()));
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => {
      // A Content-Security-Policy refusal is reported on the console.
      if (m.type() === 'error') errors.push(m.text());
    });
    await p.goto(PAGE);
    await p.waitForSelector('html[data-ready=true]', { timeout: 30_000 });
    return p;
  }

  /** Waits for the debounced check of the current text to be shown. */
  async function checked(p: import('playwright-core').Page, status: RegExp): Promise<void> {
    await p.waitForFunction((re) => new RegExp(re).test(document.getElementById('status')!.textContent ?? ''), status.source, {
      timeout: 15_000,
    });
  }

  it('lists a named patient masked, underlines the words, and a fix masks the number', { timeout: 60_000 }, async () => {
    const page = await open();
    expect(await page.title()).toMatch(/socialcheck/);
    await page.locator('#draft').click();
    await page.keyboard.type(DRAFT, { delay: 0 });
    await checked(page, /^\d+ problems?:/);

    const problems = await page.locator('#problems > li').allInnerTexts();
    const nhs = problems.find((p) => p.includes('NHS number 943 ••• ••••'));
    expect(nhs).toBeDefined();
    expect(nhs).toContain('Must fix');
    expect(nhs).toContain('Patient identifiability');
    expect(nhs).toMatch(/Policy: .*GDC/);
    expect(problems.some((p) => p.includes('M••••••• H•••••'))).toBe(true);
    // Identifiers appear in full only in the draft itself (and its underline layer), never in a message.
    const listed = await page.locator('.results').innerText();
    for (const id of [NHS, 'Margaret', 'Hughes']) expect(listed).not.toContain(id);
    // The rule's docs are a page of the site: they open from disk, offline, in a new tab.
    const [docs] = await Promise.all([page.context().waitForEvent('page'), page.locator('#problems a').first().click()]);
    await docs.waitForLoadState();
    expect(docs.url()).toBe(new URL('rules/patient-identifiability.html', PAGE).href);
    expect(await docs.locator('h1').innerText()).toBe('patient-identifiability');
    await docs.close();

    const marks = await page.locator('#highlights mark').allTextContents();
    expect(marks).toContain(NHS);
    expect(marks).toContain('Margaret Hughes');
    // The mark sits where the words are in the text area (the layer mirrors it).
    const box = await page.locator('#highlights mark', { hasText: NHS }).boundingBox();
    const area = await page.locator('#draft').boundingBox();
    expect(box!.y).toBeGreaterThan(area!.y);
    expect(box!.y + box!.height).toBeLessThan(area!.y + area!.height);

    await page.getByRole('button', { name: /^Mask it as “943 ••• ••••”$/ }).click();
    await checked(page, /problem/);
    await page.waitForFunction(() => !document.getElementById('problems')!.textContent!.includes('NHS number'));
    expect(await page.locator('#draft').inputValue()).toBe(DRAFT.replace(NHS, '943 ••• ••••'));
  });

  it('offers the disclaimer as a fix on a professional account, used from the keyboard alone', { timeout: 60_000 }, async () => {
    const p = await open();
    await p.keyboard.press('Tab'); // skip link
    await p.keyboard.press('Tab'); // account
    await p.keyboard.press('ArrowDown'); // professional
    expect(await p.locator('#account').inputValue()).toBe('professional');
    await p.locator('#draft').focus();
    await p.keyboard.type('As a nurse I think the new hospital parking charges are a disgrace and the trust should scrap them.');
    await checked(p, /problem/);
    const fix = p.getByRole('button', { name: /^Add “Views are my own/ });
    await fix.focus();
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => (document.getElementById('draft') as HTMLTextAreaElement).value.includes('Views are my own'));
    await checked(p, /./);
    await p.waitForFunction(() => !document.querySelector('#problems')!.textContent!.includes('Views disclaimer'));
    await p.close();
  });

  it("counts the post as the platform does, as platform-limits' own message does", { timeout: 60_000 }, async () => {
    const p = await open();
    await p.locator('#platform').selectOption('x');
    // X weighs an emoji as two and any link as 23, whatever its length.
    const post = `Smile day at the practice 😁 book at https://example.com/a/very/long/booking/page/for/our/open/day ${'and bring the family '.repeat(12)}`;
    await p.locator('#draft').fill(post);
    await checked(p, /problem/);
    const counter = await p.locator('#counter').innerText();
    const counted = /^([\d,]+) of 280 characters, as X counts them \(too long by ([\d,]+)\)$/.exec(counter);
    expect(counted, counter).not.toBeNull();
    expect(Number(counted![1]!.replace(',', ''))).not.toBe([...post.trim()].length);
    const message = (await p.locator('#problems').innerText()).match(/This post is (\d+) characters as X counts them/);
    expect(message?.[1]).toBe(counted![1]!.replace(',', ''));
    await p.close();
  });

  it(
    'records consent with a control: a patient named with consent is no longer reported, the NHS number still is',
    { timeout: 60_000 },
    async () => {
      const p = await open();
      await p.locator('#draft').fill(DRAFT);
      await checked(p, /^2 problems/);
      await p.locator('#consent').check();
      await expect.poll(() => p.locator('#problems').innerText(), { timeout: 15_000 }).not.toContain('M••••••• H•••••');
      expect(await p.locator('#problems').innerText()).toContain('NHS number 943 ••• ••••');
      await p.close();
    },
  );

  it("loads a practice's settings file, and refuses a wrong one with the CLI's message", { timeout: 60_000 }, async () => {
    const p = await open();
    await p.locator('#draft').fill('Margaret Hughes came in for her new crown this morning and loved it.');
    await checked(p, /problem/);
    const before = await p.locator('#problems').innerText();
    expect(before).toContain('M••••••• H•••••');

    const good =
      'practice:\n  names: [Brightsmile Dental]\n  staff: [Margaret Hughes]\nrules:\n  copyright-excerpt: [warn, {maxWords: 30}]\n';
    await p.locator('#config-file').setInputFiles({ name: '.socialpolicyrc.yaml', mimeType: 'text/yaml', buffer: Buffer.from(good) });
    await expect
      .poll(() => p.locator('#config-status').innerText(), { timeout: 15_000 })
      .toBe('Using .socialpolicyrc.yaml: 1 practice name and 1 staff name.');
    // A member of staff by name is not a patient.
    await expect.poll(() => p.locator('#problems').innerText(), { timeout: 15_000 }).not.toContain('M••••••• H•••••');

    const bad = 'rules:\n  patient-identifiabilty: warn\n';
    const dir = tempTree({ '.socialpolicyrc.yaml': bad, 'post.md': 'Hello\n' });
    const run = cli(['post.md'], { cwd: dir.dir });
    dir.cleanup();
    expect(run.code).toBe(2);
    // The CLI names the file by its path; the page by its name. The rest is the same message.
    const cliMessage = run.stderr.trim().replace(/^socialcheck: .*?\.socialpolicyrc\.yaml/, '.socialpolicyrc.yaml');
    expect(cliMessage).toContain('did you mean "patient-identifiability"');
    await p.locator('#config-file').setInputFiles({ name: '.socialpolicyrc.yaml', mimeType: 'text/yaml', buffer: Buffer.from(bad) });
    await expect
      .poll(() => p.locator('#config-status').innerText(), { timeout: 15_000 })
      .toBe(`This settings file was not loaded: ${cliMessage}`);
    await p.close();
  });

  it("checks a scheduler's CSV export row by row, masked", { timeout: 60_000 }, async () => {
    const p = await open();
    const csv = [
      'Date,Network,Message',
      '2026-03-01,Facebook,"Open evening on Thursday, all welcome."',
      `2026-03-02,Twitter,"Lovely to see Margaret Hughes in the chair today, NHS number ${NHS}."`,
      '2026-03-03,Instagram,Vote Labour on Thursday!',
    ].join('\n');
    await p.locator('#export-file').setInputFiles({ name: 'buffer-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect
      .poll(() => p.locator('#export-status').innerText(), { timeout: 15_000 })
      .toMatch(/^buffer-export\.csv: 3 posts checked, 2 with problems\.$/);
    const rows = await p.locator('#export-rows > li').allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/no problems/);
    expect(rows[1]).toContain('NHS number 943 ••• ••••');
    expect(rows[1]).toContain('Patient identifiability');
    expect(rows[2]).toContain('Party political');
    expect(rows.join('\n')).not.toContain(NHS);

    // A JSON export: its posts' own platforms, problems masked.
    const posts = [
      { text: 'Open evening on Thursday, all welcome.', network: 'facebook' },
      { text: `Margaret Hughes came in today, NHS number ${NHS}.`, network: 'x' },
    ];
    await p
      .locator('#export-file')
      .setInputFiles({ name: 'later.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(posts, null, 2)) });
    await expect
      .poll(() => p.locator('#export-status').innerText(), { timeout: 15_000 })
      .toBe('later.json: 2 posts checked, 1 with problems.');
    const jsonRows = await p.locator('#export-rows > li').allInnerTexts();
    expect(jsonRows[1]).toContain('NHS number 943 ••• ••••');
    expect(jsonRows.join('\n')).not.toContain(NHS);
    await p.close();
  });

  it('stores the draft only when asked, and forgets it', { timeout: 60_000 }, async () => {
    const p = await open();
    await p.locator('#draft').fill('A draft to keep');
    await checked(p, /./);
    expect(await p.evaluate(() => Object.keys(localStorage))).toEqual([]);
    // A plain draft like this one needs neither the Markdown parser nor the extra data.
    expect(
      await p.evaluate(() => ['socialcheckMarkdown', 'socialcheckMoreData', 'socialcheckExports'].filter((g) => g in globalThis)),
    ).toEqual([]);
    await p.locator('#keep').check();
    expect(await p.evaluate(() => localStorage.getItem('socialcheck.draft'))).toBe('A draft to keep');
    await p.locator('#forget').click();
    expect(await p.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(await p.locator('#keep').isChecked()).toBe(false);
    await p.close();
  });

  it('has no serious accessibility violations (axe-core), at laptop and phone width, and fits 320 px', { timeout: 60_000 }, async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 320, height: 640 },
    ]) {
      const p = await open(viewport);
      await p.locator('#draft').fill(DRAFT);
      await checked(p, /problem/);
      // Injected through the DevTools protocol: the page's CSP rightly refuses any other script.
      await p.evaluate(axe);
      const violations = await p.evaluate(async () => {
        const r = await (
          globalThis as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; impact: string }[] }> } }
        ).axe.run({ preload: false });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      // A rule's docs page too (the longest, with a table).
      await p.goto(new URL('rules/advice-disclaimer.html', PAGE).href);
      await p.evaluate(axe);
      const docViolations = await p.evaluate(async () => {
        const r = await (
          globalThis as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; impact: string }[] }> } }
        ).axe.run({
          preload: false,
        });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact }));
      });
      expect(docViolations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await p.close();
    }
  });

  if (!hasShared) it.skip(`compares the real-style corpus with the CLI too: ${noSharedReason}`);
  it('gives the same problems as the CLI for every fixture draft and the real-style corpus', { timeout: 120_000 }, async () => {
    const drafts: Record<string, string> = {};
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const file = join(dir, f);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.(?:md|txt)$/.test(f) && !/README/.test(f)) drafts[relative(join(ROOT, 'fixtures'), file)] = readFileSync(file, 'utf8');
      }
    };
    walk(join(ROOT, 'fixtures'));
    if (hasShared) {
      const entries = parse(readFileSync(join(SHARED, 'corpus', 'real-style.yaml'), 'utf8')) as { id: string; text: string }[];
      for (const e of entries) drafts[`real-style/${e.id}.md`] = e.text;
    }
    expect(Object.keys(drafts).length).toBeGreaterThan(50);
    const tree = tempTree(drafts);
    const cliResults = json(cli(['--no-config-lookup', '-f', 'json', '.'], { cwd: tree.dir }));
    tree.cleanup();
    const key = (m: { ruleId: string | null; severity: number; line: number; column: number; endLine?: number; endColumn?: number }) =>
      `${m.ruleId} ${m.severity} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
    const expected = Object.fromEntries(cliResults.map((r) => [relative(tree.dir, r.filePath), r.messages.map(key).sort()]));
    // A fresh page: drafts that need data-more.js meet it unloaded, and are linted again once it is.
    const p = await open();
    const actual = await p.evaluate(async (all) => {
      const linter = (globalThis as unknown as { socialcheck: { lintText(t: string, n: string): Promise<{ messages: never[] }> } })
        .socialcheck;
      const out: Record<string, unknown[]> = {};
      for (const [name, text] of Object.entries(all)) out[name] = (await linter.lintText(text, name.split('/').pop()!)).messages;
      return out;
    }, drafts);
    const got = Object.fromEntries(Object.entries(actual).map(([n, ms]) => [n, (ms as Parameters<typeof key>[0][]).map(key).sort()]));
    expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
    expect(got).toEqual(expected);
    // Something was reported: the comparison is not of empty lists.
    expect(Object.values(got).flat().length).toBeGreaterThan(50);
  });

  it('requested nothing but its own files, and the CSP refused nothing', () => {
    expect(requests.length).toBeGreaterThan(0);
    const own = pathToFileURL(PAGE_DIR).href + '/';
    expect(requests.filter((u) => !u.startsWith(own))).toEqual([]);
    const files = new Set(requests.map((u) => basename(new URL(u).pathname)));
    for (const f of ['index.html', 'style.css', 'app.js', 'patient-identifiability.html']) expect(files).toContain(f);
    // markdown.js loads once a draft has Markdown in it, exports.js once a file is checked,
    // data-more.js once a rule needs place names or opinion weights; rules/*.html are the docs.
    const known = ['index.html', 'style.css', 'app.js', 'markdown.js', 'exports.js', 'data-more.js'];
    expect(requests.filter((u) => !known.includes(basename(new URL(u).pathname)) && !/\/rules\/[a-z-]+\.html$/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
if (!hasChromium) it.skip('Chromium is not installed here (/usr/bin/chromium): the web page tests did not run', () => {});
