// The page: a draft box with its problems underlined and listed, the platform's counter, the
// safe fixes as buttons, a practice's settings file and a scheduler export. All checking is
// done by engine.ts in this page; nothing is sent anywhere and the draft is stored only when
// the user ticks the box.
import type { Account } from '../src/draft/types.js';
import { applyFixes } from '../src/engine/fixer.js';
import { loadScript } from './host/load-script.js';
import { PageLinter, platforms, postLength, type DraftSettings, type Problem } from './engine.js';

const STORE_KEY = 'socialcheck.draft';
const DEBOUNCE_MS = 120;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

const draft = $<HTMLTextAreaElement>('draft');
const highlights = $<HTMLDivElement>('highlights');
const account = $<HTMLSelectElement>('account');
const platform = $<HTMLSelectElement>('platform');
const consent = $<HTMLInputElement>('consent');
const consentRef = $<HTMLInputElement>('consent-ref');
const status = $<HTMLParagraphElement>('status');
const list = $<HTMLOListElement>('problems');
const counter = $<HTMLParagraphElement>('counter');
const keep = $<HTMLInputElement>('keep');

const severityWord = (s: 1 | 2) => (s === 2 ? 'Must fix' : 'Check');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function settings(): DraftSettings {
  return {
    account: account.value as Account,
    platform: platform.value || null,
    consent: consent.checked,
    consentReference: consentRef.value,
  };
}

/** The mirrored layer behind the text area: the same text, the problems' words wrapped in <mark>. */
function underline(text: string, problems: Problem[]): void {
  const marks = problems
    .filter((p) => p.end > p.start)
    .map((p) => ({ start: p.start, end: p.end, severity: p.severity }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: (Node | string)[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.end <= at) continue;
    const start = Math.max(m.start, at);
    parts.push(text.slice(at, start));
    parts.push(el('mark', { className: m.severity === 2 ? 'error' : 'warning' }, text.slice(start, m.end)));
    at = m.end;
  }
  // A trailing line break needs something after it to take up its line.
  parts.push(text.slice(at) + '\u200b');
  highlights.replaceChildren(...parts);
  // Lines wrap where the text area's do only if both are as wide: its scroll bar takes room.
  highlights.style.width = `${draft.clientWidth}px`;
  highlights.scrollTop = draft.scrollTop;
}

function fixLabel(p: Problem): string {
  const fix = p.fix!;
  if (fix.range[0] === fix.range[1]) return `Add “${fix.text.trim()}”`;
  if (fix.text === '') return 'Remove it';
  // A fix that masks characters (an NHS number's digits) says so; its text is already masked.
  return fix.text.includes('•') ? `Mask it as “${fix.text.trim()}”` : `Replace with “${fix.text.trim()}”`;
}

function renderProblems(text: string, problems: Problem[]): void {
  list.replaceChildren(
    ...problems.map((p, i) => {
      const where = el('button', { type: 'button', className: 'link', textContent: `Line ${p.line}, column ${p.column}` });
      where.setAttribute('aria-label', `Line ${p.line}, column ${p.column}: show problem ${i + 1} in the post`);
      where.addEventListener('click', () => {
        draft.focus();
        draft.setSelectionRange(p.start, p.end);
      });
      const item = el(
        'li',
        { className: `problem ${p.severity === 2 ? 'error' : 'warning'}` },
        el(
          'p',
          { className: 'head' },
          el('span', { className: 'badge', textContent: severityWord(p.severity) }),
          ' ',
          el('strong', { textContent: p.name }),
          ' · ',
          where,
        ),
        el('p', { className: 'message', textContent: p.message }),
      );
      if (p.policy.length) item.append(el('p', { className: 'policy' }, el('span', { textContent: 'Policy: ' }), p.policy.join('; ')));
      if (p.docs) {
        const a = el('a', {
          href: p.docs,
          textContent: `About the ${p.name.toLowerCase()} check (opens a new tab)`,
          rel: 'noreferrer noopener',
          target: '_blank',
        });
        item.append(el('p', { className: 'docs' }, a));
      }
      if (p.fix) {
        const b = el('button', { type: 'button', className: 'fix', textContent: fixLabel(p) });
        b.addEventListener('click', () => applyFix(p));
        item.append(el('p', {}, b));
      }
      return item;
    }),
  );
  const errors = problems.filter((p) => p.severity === 2).length;
  status.textContent = !text.trim()
    ? 'Type or paste your post to check it.'
    : problems.length
      ? `${plural(problems.length, 'problem')}: ${errors} to fix, ${problems.length - errors} to check.`
      : 'No problems found.';
}

function renderCounter(text: string): void {
  const n = postLength(text, platform.value || null);
  const limit = n?.platform.limit;
  const length = n ? n.length : [...text].length;
  counter.textContent = !n
    ? `${length.toLocaleString('en-GB')} characters. Choose a platform to see its limit.`
    : limit === undefined
      ? `${length.toLocaleString('en-GB')} characters; ${n.platform.name} has no length limit.`
      : `${length.toLocaleString('en-GB')} of ${limit.toLocaleString('en-GB')} characters, as ${n.platform.name} counts them${
          length > limit ? ` (too long by ${(length - limit).toLocaleString('en-GB')})` : ''
        }`;
  counter.classList.toggle('over', limit !== undefined && length > limit);
}

let linter: PageLinter | undefined;
let current: Problem[] = [];
let generation = 0;

async function check(): Promise<void> {
  if (!linter) return;
  const text = draft.value;
  const mine = ++generation;
  renderCounter(text);
  const start = performance.now();
  const problems = text.trim() ? await linter.lintDraft(text, settings()) : [];
  performance.measure('socialcheck-lint', { start, end: performance.now(), detail: { chars: text.length } });
  if (mine !== generation) return;
  current = problems;
  underline(text, problems);
  renderProblems(text, problems);
  save();
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(timer);
  // The underline layer follows the text at once; the check waits for a pause in typing.
  underline(
    draft.value,
    current.filter((p) => p.end <= draft.value.length),
  );
  timer = setTimeout(() => void check(), DEBOUNCE_MS);
}

function applyFix(p: Problem): void {
  const { text } = applyFixes(draft.value, [p.fix!]);
  draft.value = text;
  status.textContent = 'Fix applied. Checking again…';
  draft.focus();
  void check();
}

function save(): void {
  if (keep.checked) localStorage.setItem(STORE_KEY, draft.value);
}

function forget(): void {
  localStorage.removeItem(STORE_KEY);
  keep.checked = false;
  status.textContent = 'Your saved draft has been removed from this browser.';
}

// --- settings file and scheduler export ------------------------------------------------------

const readFile = (input: HTMLInputElement) => input.files?.[0]?.text().then((text) => ({ text, name: input.files![0]!.name }));

async function loadConfig(input: HTMLInputElement): Promise<void> {
  const out = $<HTMLParagraphElement>('config-status');
  const file = await readFile(input);
  if (!file || !linter) return;
  const r = linter.loadConfig(file.text, file.name);
  if ('error' in r) {
    out.textContent = `This settings file was not loaded: ${r.error}`;
    out.className = 'status bad';
  } else {
    const { names, staff } = linter.practice;
    out.textContent = `Using ${file.name}: ${plural(names.length, 'practice name')} and ${plural(staff.length, 'staff name')}.`;
    out.className = 'status good';
    account.value = linter.defaults.account;
    if (linter.defaults.platform) platform.value = linter.defaults.platform;
    $('config-clear').hidden = false;
  }
  await check();
}

async function checkExport(input: HTMLInputElement): Promise<void> {
  const out = $<HTMLParagraphElement>('export-status');
  const rowsList = $<HTMLOListElement>('export-rows');
  const file = await readFile(input);
  if (!file || !linter) return;
  out.textContent = `Checking ${file.name}…`;
  // The CSV and JSON readers load only now: most visits never check a file.
  await loadScript('exports.js');
  const r = await linter.checkExport(file.name, file.text, settings());
  if ('error' in r) {
    out.textContent = `${file.name} could not be checked: ${r.error}`;
    rowsList.replaceChildren();
    return;
  }
  const withProblems = r.rows.filter((row) => row.problems.length).length;
  out.textContent = `${file.name}: ${plural(r.rows.length, 'post')} checked, ${withProblems} with problems.`;
  rowsList.replaceChildren(
    ...r.rows.map((row) =>
      el(
        'li',
        { className: row.problems.length ? 'row has-problems' : 'row' },
        el(
          'p',
          { className: 'head' },
          el('strong', { textContent: `Row ${row.row}` }),
          row.platform ? ` (${row.platform})` : '',
          `: ${row.problems.length ? plural(row.problems.length, 'problem') : 'no problems'}`,
        ),
        ...(row.problems.length
          ? [
              el(
                'ul',
                {},
                ...row.problems.map((p) =>
                  el(
                    'li',
                    { className: p.severity === 2 ? 'error' : 'warning' },
                    el('span', { className: 'badge', textContent: severityWord(p.severity) }),
                    ' ',
                    el('strong', { textContent: p.name }),
                    `: ${p.message}`,
                  ),
                ),
              ),
            ]
          : []),
      ),
    ),
  );
}

// --- start -----------------------------------------------------------------------------------

for (const [id, p] of Object.entries(platforms()))
  platform.append(
    el('option', {
      value: id,
      textContent: `${p.name} (${p.limit === undefined ? 'no limit' : `up to ${p.limit.toLocaleString('en-GB')}`})`,
    }),
  );
const saved = localStorage.getItem(STORE_KEY);
if (saved !== null) {
  draft.value = saved;
  keep.checked = true;
}
draft.addEventListener('input', schedule);
draft.addEventListener('scroll', () => (highlights.scrollTop = draft.scrollTop));
for (const control of [account, platform, consent, consentRef]) control.addEventListener('change', () => void check());
consent.addEventListener('change', () => ($('consent-ref-field').hidden = !consent.checked));
keep.addEventListener('change', () => (keep.checked ? save() : forget()));
$('forget').addEventListener('click', forget);
$<HTMLInputElement>('config-file').addEventListener('change', (e) => void loadConfig(e.target as HTMLInputElement));
$('config-clear').addEventListener('click', () => {
  linter?.clearConfig();
  $<HTMLInputElement>('config-file').value = '';
  $('config-clear').hidden = true;
  const out = $<HTMLParagraphElement>('config-status');
  out.textContent = 'No settings file loaded: the recommended checks are used.';
  out.className = 'status';
  void check();
});
$<HTMLInputElement>('export-file').addEventListener('change', (e) => void checkExport(e.target as HTMLInputElement));

void PageLinter.create(() => loadScript('data-more.js')).then(async (l) => {
  linter = l;
  // For tests and the benchmark: the same engine, callable from the page.
  (globalThis as { socialcheck?: PageLinter }).socialcheck = l;
  await check();
  document.documentElement.dataset.ready = 'true';
});
