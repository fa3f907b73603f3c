import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { hasChromium, launchChromium } from '../helpers/chromium.js';

// The HTML report in a real browser: Debian's Chromium driven by playwright-core, offline.
// .ci/run installs Chromium; where it is missing the browser tests say so and skip.

const identifiers = ['Margaret Hughes', '943 476 5919', '07700 900123', 'maggie@example.com', 'Hunter2024!'];

const t = tempTree({
  'posts/chair.md': 'Had the lovely Margaret Hughes in the chair today, NHS no 943 476 5919. Her daughter is on 07700 900123.\n',
  'posts/rota.md': 'As a nurse at St Mary’s I think the new rota is awful. Email maggie@example.com if you agree.\n',
  'posts/secret.md': 'Reminder team: the new practice software password is Hunter2024! so stop asking.\n',
  'posts/vote.md': 'Vote Labour on Thursday!\n',
  'posts/clean.md': 'Open evening on Thursday, all welcome.\n',
});
afterAll(t.cleanup);
const run = await runCli(['--no-config-lookup', '-f', 'html', '-o', 'report.html', 'posts'], { cwd: t.dir });
const page = () => readFileSync(join(t.dir, 'report.html'), 'utf8');

describe('--format html', () => {
  it('writes one self-contained page with no identifier in full', () => {
    expect(run.code).toBe(1);
    const html = page();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(?:script|link|img|iframe)[^>]+(?:src|href)=["']?(?:https?:)?\/\//i);
    for (const id of identifiers) expect(html, id).not.toContain(id);
  });

  describe.skipIf(!hasChromium)('in Chromium (needs /usr/bin/chromium: apt-get install chromium)', () => {
    let browser: import('playwright-core').Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => browser?.close());

    it('renders the summary and the drafts, requests nothing from elsewhere, and filters work', { timeout: 60_000 }, async () => {
      const p = await browser.newPage();
      const requests: string[] = [];
      p.on('request', (r) => requests.push(r.url()));
      const errors: string[] = [];
      p.on('pageerror', (e) => errors.push(e.message));
      await p.goto(pathToFileURL(join(t.dir, 'report.html')).href);
      expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
      expect(errors).toEqual([]);

      expect(await p.title()).toBe('socialcheck report');
      const ruleRows = await p.locator('#by-rule tbody tr').allInnerTexts();
      expect(ruleRows.some((r) => r.startsWith('patient-identifiability'))).toBe(true);
      expect(await p.locator('#by-file tbody tr').count()).toBe(4);
      expect(await p.locator('section.file').count()).toBe(4);
      expect(await p.locator('mark.sev-2').count()).toBeGreaterThan(0);
      // The summary is written after the drafts (the report streams) and shown before them.
      // Runs in the page, where `document` is the browser's (this file is type-checked without the DOM library).
      const firstInMain = await p.evaluate(() => {
        const page = globalThis as unknown as { document: { querySelector(s: string): { children: ArrayLike<{ className: string; id: string }> } | null } };
        return Array.from(page.document.querySelector('main')!.children, (e) => e.className || e.id);
      });
      expect(firstInMain.slice(0, 2)).toEqual(['summary', 'file']);
      expect(await p.locator('header #totals').innerText()).toMatch(/^\d+ problems \(\d+ errors, \d+ warnings\) in 4 of 5 files$/);

      const total = await p.locator('li.problem:visible').count();
      expect(await p.locator('#shown').innerText()).toBe(String(total));
      // Warnings off: only errors remain.
      await p.locator('input[name=severity][value="1"]').uncheck();
      const errorsOnly = await p.locator('li.problem:visible').count();
      expect(errorsOnly).toBeLessThan(total);
      expect(await p.locator('li.problem:visible .sev.warning').count()).toBe(0);
      await p.locator('input[name=severity][value="1"]').check();
      // One rule: only its problems and its file remain.
      await p.locator('#rule-filter').selectOption('party-political');
      const shown = await p.locator('li.problem:visible').allInnerTexts();
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((s) => s.includes('party-political'))).toBe(true);
      expect(await p.locator('section.file:visible').count()).toBe(1);
      expect(await p.locator('mark:not(.off)').count()).toBeGreaterThan(0);

      const text = await p.locator('body').innerText();
      for (const id of identifiers) expect(text, id).not.toContain(id);
      await p.close();
    });
  });
  if (!hasChromium) it.skip('Chromium is not installed here (/usr/bin/chromium): the browser test did not run', () => {});
});
