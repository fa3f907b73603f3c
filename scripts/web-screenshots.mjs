#!/usr/bin/env node
// Writes docs/web-desktop.png and docs/web-phone.png: the built page (npm run build:web) with
// a made-up draft, at laptop and phone width. Rerun after changing the page.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const url = pathToFileURL(join(root, 'dist', 'web', 'index.html')).href;
const draft =
  'Lovely to see Margaret Hughes back in the chair today, NHS number 943 476 5919. She was so brave!\n\nAs a nurse I think the new hospital parking charges are a disgrace and the trust should scrap them.';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, viewport] of [
  ['web-desktop.png', { width: 1280, height: 900 }],
  ['web-phone.png', { width: 360, height: 780 }],
]) {
  const p = await browser.newPage({ viewport });
  await p.goto(url);
  await p.waitForSelector('html[data-ready=true]');
  await p.selectOption('#account', 'professional');
  await p.selectOption('#platform', 'x');
  await p.fill('#draft', draft);
  await p.waitForFunction(() => /problems?:/.test(globalThis.document.getElementById('status').textContent));
  await p.screenshot({ path: join(root, 'docs', name), fullPage: name === 'web-phone.png' });
  await p.close();
}
await browser.close();
