import type { LintMessage, LintResult } from '../engine/results.js';
import { maskWords } from '../shared/mask.js';
import { maskShaped } from '../engine/redact.js';
import { LineIndex } from '../positions.js';
import { slashPath } from './paths.js';
import { streamedFormatter, type FormatContext } from './types.js';

// One self-contained page a practice manager can open: a summary by rule and by file, each
// draft with its problems highlighted in place, filters by severity and rule. Nothing is
// loaded from elsewhere (a Content-Security-Policy forbids it), and the draft text is masked
// where it matters: what sensitive rules report (names, numbers, passwords) and anything shaped
// like a phone number, NHS number, e-mail address, date or handle.

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

interface Span {
  start: number;
  end: number;
  messages: LintMessage[];
}

/** Cuts the text at every message boundary, so overlapping problems each keep their marks. */
function spans(text: string, ranges: { start: number; end: number; m: LintMessage }[]): Span[] {
  const cuts = new Set([0, text.length]);
  for (const r of ranges) cuts.add(r.start).add(r.end);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out: Span[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i]!, points[i + 1]!];
    out.push({ start, end, messages: ranges.filter((r) => r.start <= start && end <= r.end && r.start < r.end).map((r) => r.m) });
  }
  return out;
}

function draftHtml(result: LintResult, context: FormatContext): string {
  const text = result.source;
  if (text === undefined) return '';
  const lines = new LineIndex(text);
  const ranges = result.messages
    .filter((m) => !m.fatal && m.line > 0)
    .map((m) => ({ start: lines.toOffset(m.line, m.column), end: lines.toOffset(m.endLine ?? m.line, m.endColumn ?? m.column), m }));
  let html = '';
  for (const s of spans(text, ranges)) {
    const piece = text.slice(s.start, s.end);
    const sensitive = s.messages.some((m) => m.ruleId && context.rulesMeta.get(m.ruleId)?.sensitive);
    const shown = esc(sensitive ? maskWords(piece) : maskShaped(piece));
    if (!s.messages.length) {
      html += shown;
      continue;
    }
    const severity = Math.max(...s.messages.map((m) => m.severity));
    const rules = [...new Set(s.messages.map((m) => m.ruleId ?? 'fatal'))];
    html += `<mark class="sev-${severity}" data-rules="${esc(rules.join(' '))}" data-severities="${esc([...new Set(s.messages.map((m) => m.severity))].join(' '))}" title="${esc(s.messages.map((m) => m.message).join('\n'))}">${shown}</mark>`;
  }
  return `<pre class="draft">${html}</pre>`;
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d3557;color:#fff;padding:16px 24px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0}
main{padding:16px 24px;max-width:1100px}
section{background:#fff;border:1px solid #dde1e7;border-radius:6px;padding:12px 16px;margin:0 0 16px}
h2{font-size:16px;margin:0 0 8px}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eef0f3}
.filters{display:flex;gap:16px;flex-wrap:wrap;align-items:center}
pre.draft{white-space:pre-wrap;word-break:break-word;background:#fbfbfc;border:1px solid #eef0f3;padding:8px;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace}
mark.sev-2{background:#ffd6d6;border-bottom:2px solid #c1121f}mark.sev-1{background:#fff1c2;border-bottom:2px solid #b08900}
mark.off{background:none;border:0}
li.problem{margin:2px 0}li.problem.hidden,section.file.hidden{display:none}
.sev{font-weight:600}.sev.error{color:#c1121f}.sev.warning{color:#8a6d00}.rule{color:#5a6270;font-size:13px}
`;

// Our own few lines of script, inline: filters hide problems and their marks.
const SCRIPT = `
(function () {
  // The summary is written after the drafts (it is known only at the end): shown first, with
  // the totals under the title.
  var summary = document.getElementById('summary');
  var main = document.querySelector('main');
  main.insertBefore(summary, main.firstChild);
  document.getElementById('to-summary').replaceWith(document.getElementById('totals'));
  var sevBoxes = document.querySelectorAll('input[name=severity]');
  var ruleSelect = document.getElementById('rule-filter');
  function visible(severity, rule) {
    var sevOn = document.querySelector('input[name=severity][value="' + severity + '"]').checked;
    return sevOn && (ruleSelect.value === '' || ruleSelect.value === rule);
  }
  function apply() {
    document.querySelectorAll('li.problem').forEach(function (li) {
      li.classList.toggle('hidden', !visible(li.dataset.severity, li.dataset.rule));
    });
    document.querySelectorAll('mark').forEach(function (m) {
      var rules = m.dataset.rules.split(' '), sevs = m.dataset.severities.split(' ');
      var on = rules.some(function (r) { return sevs.some(function (s) { return visible(s, r); }); });
      m.classList.toggle('off', !on);
    });
    document.querySelectorAll('section.file').forEach(function (f) {
      f.classList.toggle('hidden', !f.querySelector('li.problem:not(.hidden)'));
    });
    document.getElementById('shown').textContent = document.querySelectorAll('li.problem:not(.hidden)').length;
  }
  sevBoxes.forEach(function (b) { b.addEventListener('change', apply); });
  ruleSelect.addEventListener('change', apply);
  apply();
})();
`;

// Whatever a drafts section needs to be listed in the summary, kept while the drafts stream by.
interface FileRow {
  index: number;
  path: string;
  errors: number;
  warnings: number;
}

function problemItem(m: LintMessage): string {
  const sev = m.severity === 2 ? 'error' : 'warning';
  return `<li class="problem" data-severity="${m.severity}" data-rule="${esc(m.ruleId ?? 'fatal')}"><span class="sev ${sev}">${sev}</span> ${m.line}:${m.column} ${esc(maskShaped(m.message))} <span class="rule">${esc(m.ruleId ?? '')}</span></li>`;
}

function summaryHtml(files: number, rows: FileRow[], byRule: Map<string, { errors: number; warnings: number }>): string {
  let errors = 0;
  let warnings = 0;
  for (const c of byRule.values()) {
    errors += c.errors;
    warnings += c.warnings;
  }
  const total = errors + warnings;
  const ruleRows = [...byRule]
    .sort((a, b) => b[1].errors - a[1].errors || a[0].localeCompare(b[0]))
    .map(([rule, c]) => `<tr><td>${esc(rule)}</td><td>${c.errors}</td><td>${c.warnings}</td></tr>`)
    .join('');
  const fileRows = rows
    .map((r) => `<tr><td><a href="#f${r.index}">${esc(r.path)}</a></td><td>${r.errors}</td><td>${r.warnings}</td></tr>`)
    .join('');
  const options = [...byRule.keys()]
    .sort()
    .map((r) => `<option value="${esc(r)}">${esc(r)}</option>`)
    .join('');
  return `<div id="summary">
<p id="totals">${total} problems (${errors} errors, ${warnings} warnings) in ${rows.length} of ${files} files</p>
<section><h2>Filter</h2><div class="filters">
<label><input type="checkbox" name="severity" value="2" checked> errors</label>
<label><input type="checkbox" name="severity" value="1" checked> warnings</label>
<label>rule <select id="rule-filter"><option value="">all rules</option>${options}</select></label>
<span><span id="shown">${total}</span> shown</span></div></section>
<section><h2>By rule</h2><table id="by-rule"><thead><tr><th>Rule</th><th>Errors</th><th>Warnings</th></tr></thead><tbody>${ruleRows}</tbody></table></section>
<section><h2>By file</h2><table id="by-file"><thead><tr><th>File</th><th>Errors</th><th>Warnings</th></tr></thead><tbody>${fileRows}</tbody></table></section>
</div>`;
}

/**
 * The page is written a draft at a time, so a large run holds no draft's text: the summary,
 * known only at the end, comes after the drafts and the page's script moves it to the top.
 */
const html = streamedFormatter((context, out) => {
  out.text(`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>socialcheck report</title><style>${STYLE}</style></head>
<body><header><h1>socialcheck report</h1><p id="to-summary"><a href="#summary">Summary</a></p></header>
<main>
`);
  const rows: FileRow[] = [];
  const byRule = new Map<string, { errors: number; warnings: number }>();
  let files = 0;
  return {
    add(r) {
      const index = files++;
      if (!r.messages.length) return;
      const path = slashPath(r.filePath, context.cwd);
      rows.push({ index, path, errors: r.errorCount, warnings: r.warningCount });
      for (const m of r.messages) {
        const k = m.ruleId ?? 'fatal';
        const c = byRule.get(k) ?? { errors: 0, warnings: 0 };
        if (m.severity === 2) c.errors++;
        else c.warnings++;
        byRule.set(k, c);
      }
      out.once(
        `<section class="file" id="f${index}"><h2>${esc(path)}</h2><ul>${r.messages.map(problemItem).join('')}</ul>${draftHtml(r, context)}</section>\n`,
      );
    },
    end() {
      out.once(`${summaryHtml(files, rows, byRule)}\n</main><script>${SCRIPT}</script></body></html>\n`);
    },
  };
});

export default html;
