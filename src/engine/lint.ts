import { buildDraft, startDraft } from '../draft/build.js';
import { loadedMarkdownParser, loadMarkdownParser } from '../draft/markdown.js';
import type { Draft } from '../draft/types.js';
import type { LinterConfig } from './linter-config.js';
import { parseDirectives, suppressor, unknownRuleProblems, type Directive } from './directives.js';
import { isRule } from './registry.js';
import { redactor } from './redact.js';
import { describeInternalError } from '../errors.js';
import { applyFixes } from './fixer.js';
import type { Range } from '../draft/types.js';
import {
  countMessages,
  locate,
  type LintResult,
  type OffsetMessage,
  type OffsetSuppressedMessage,
  type Place,
} from './results.js';
import type { Report, Rule } from './rule-types.js';
import { onNewRun } from '../run-state.js';

export interface LintOptions {
  /** Report directives that suppress nothing. */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
  /** Apply fixes (in passes) and return the fixed text as `output`. */
  fix?: boolean;
  /** false: socialcheck-disable comments do nothing (--no-inline-config), and each says so. */
  allowInlineConfig?: boolean;
}

const MARKDOWN_EXT = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mdx']);

/** A path's extension as node:path's extname gives it (this module also runs in a browser); a backslash separates, as on Windows. */
function extname(filePath: string): string {
  const path = filePath.replace(/[/\\]+$/, '');
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 && base !== '..' ? base.slice(dot) : '';
}

export function formatOf(filePath: string): 'markdown' | 'text' {
  const ext = extname(filePath).toLowerCase();
  // Standard input without a name is taken as Markdown, the common case for drafts.
  return MARKDOWN_EXT.has(ext) || ext === '' ? 'markdown' : 'text';
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
/**
 * A message template cut at its placeholders once (text, key, placeholder, text, ...): templates
 * are the rules' own few messages, and a replace() with a callback per message cost ~6 µs.
 */
const templateParts = new Map<string, string[]>();
function partsOf(template: string): string[] {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = [];
    let at = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      parts.push(template.slice(at, m.index), m[1]!, m[0]);
      at = m.index + m[0].length;
    }
    parts.push(template.slice(at));
    templateParts.set(template, parts);
  }
  return parts;
}

/** template.replace(PLACEHOLDER, (all, key) => (key in data ? String(data[key]) : all)). */
function interpolate(template: string, data: Record<string, string | number> = {}): string {
  const parts = partsOf(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i]!;
    out += (key in data ? String(data[key]) : parts[i + 1]!) + parts[i + 2]!;
  }
  return out;
}

interface Pass {
  draft: Draft;
  messages: OffsetMessage[];
  suppressed: OffsetSuppressedMessage[];
}

async function lintOnce(
  raw: string,
  filePath: string,
  config: LinterConfig,
  rules: Map<string, Rule>,
  options: LintOptions,
): Promise<Pass> {
  const format = formatOf(filePath);
  const parseStart = timing ? performance.now() : 0;
  const build = { format, account: config.account, platform: config.platform, staff: config.practice.staff };
  // The parser loads only for the first draft that has Markdown in it; the draft's first step
  // is kept across the wait, so it is built once.
  const start = startDraft(raw, format);
  const parser = start.needsParser ? await loadMarkdownParser() : loadedMarkdownParser();
  const draft = buildDraft(raw, filePath, parser ? { ...build, parseMarkdown: parser } : build, start);
  const { lines } = draft;
  const messages: OffsetMessage[] = [];
  if (timing) addTime('(parse)', parseStart);

  if (draft.frontMatter?.error) {
    const { message, range } = draft.frontMatter.error;
    messages.push({
      ruleId: null,
      severity: 2,
      message: `Front matter is not valid YAML: ${message}. The body was still checked.`,
      range,
    });
  }

  // Text quoted from the draft into messages is masked (see redact.ts); built on first use.
  let redactFn: ((text: string) => string) | undefined;
  const redact = () => (redactFn ??= redactor(draft));
  const redactData = (data: Report['data']) =>
    data && Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? redact()(v) : v]));

  for (const [id, setting] of Object.entries(config.rules)) {
    const rule = rules.get(id);
    if (!rule) continue;
    const report = (r: Report): void => {
      const template = rule.meta.messages[r.messageId];
      if (template === undefined) throw new Error(`rule ${id} reported unknown messageId "${r.messageId}"`);
      const severity = setting.severity === 'error' && !r.lesser ? 2 : 1;
      const m: OffsetMessage = {
        ruleId: id,
        severity,
        message: interpolate(template, redactData(r.data)),
        messageId: r.messageId,
        range: r.range,
      };
      if (r.fix) m.fix = r.fix;
      if (r.suggestions?.length) {
        m.suggestions = r.suggestions.map((s) => ({
          desc: interpolate(rule.meta.messages[s.messageId] ?? s.messageId, s.data),
          messageId: s.messageId,
          fix: s.fix,
        }));
      }
      if (r.related?.length)
        m.related = r.related.map((x) => ({ message: redact()(x.message), range: x.range }));
      messages.push(m);
    };
    const ruleStart = timing ? performance.now() : 0;
    try {
      rule.check({ draft, options: setting.options, settings: { practice: config.practice }, report });
      if (timing) addTime(id, ruleStart);
    } catch (e) {
      messages.push({
        ruleId: id,
        fatal: true,
        severity: 2,
        message: `socialcheck internal error in rule ${id}, please report it: ${describeInternalError(e).split('\n').slice(0, 2).join(' ').replace(/\s+/g, ' ')}`,
        range: null,
      });
    }
  }

  const written = parseDirectives(draft.comments, lines);
  const inline = options.allowInlineConfig !== false && !config.noInlineConfig;
  const directives = inline ? written : [];
  const offBy = options.allowInlineConfig === false ? '--no-inline-config' : 'noInlineConfig in the config';
  if (!inline)
    for (const d of written)
      messages.push({
        ruleId: null,
        severity: 1,
        message: `socialcheck-${d.kind} has no effect: inline directives are turned off (${offBy}).`,
        range: d.range,
      });
  // The name is the draft's own text: said only when it is shaped like a rule id, and masked.
  for (const { directive, rule } of unknownRuleProblems(directives, isRule))
    messages.push({
      ruleId: null,
      severity: 2,
      message: `Definition for rule ${/^[a-z][a-z0-9-]{0,60}$/.test(rule) ? `"${redact()(rule)}"` : '(not a rule id)'} was not found: socialcheck-${directive.kind} names a rule socialcheck does not have (see --list-rules).`,
      range: directive.range,
    });
  const kept: OffsetMessage[] = [];
  const suppressed: OffsetSuppressedMessage[] = [];
  const used = new Set<Directive>();
  for (const m of messages) {
    const d = m.fatal ? undefined : suppressor(directives, lines, { ruleId: m.ruleId, line: m.range ? lines.toPosition(m.range[0]).line : 1 });
    if (d) {
      used.add(d);
      suppressed.push({ ...m, suppressions: [{ kind: 'directive', justification: d.justification }] });
    } else kept.push(m);
  }
  const unused = options.reportUnusedDisableDirectives ?? 'off';
  if (unused !== 'off') {
    for (const d of directives) {
      if (d.kind === 'enable' || used.has(d)) continue;
      kept.push({
        ruleId: null,
        severity: unused === 'error' ? 2 : 1,
        message: `Unused socialcheck-${d.kind} directive (no problems were reported${d.rules ? ` from ${d.rules.join(', ')}` : ''}).`,
        range: d.range,
        fix: { range: d.range, text: '' },
      });
    }
  }
  // By where each starts (offsets order as lines and columns do, once clamped to the text), then rule.
  const startOf = (m: OffsetMessage) => (m.range ? Math.max(0, Math.min(m.range[0], draft.source.length)) : 0);
  const order = (a: OffsetMessage, b: OffsetMessage) => startOf(a) - startOf(b) || String(a.ruleId).localeCompare(String(b.ruleId));
  return { draft, messages: kept.sort(order), suppressed: suppressed.sort(order) };
}

const MAX_FIX_PASSES = 10;

// TIMING=1, as in ESLint: time spent per rule (and in building the draft), printed by the CLI.
let timing = Boolean(globalThis.process?.env.TIMING);
const times = new Map<string, number>();
onNewRun(() => {
  timing = Boolean(globalThis.process?.env.TIMING);
  times.clear();
});
function addTime(key: string, start: number) {
  times.set(key, (times.get(key) ?? 0) + performance.now() - start);
}
export function ruleTimes(): Map<string, number> | null {
  return timing ? times : null;
}

/** What lintToOffsets() gives: messages whose places are offsets into `draft.source`. */
export interface OffsetResult {
  draft: Draft;
  messages: OffsetMessage[];
  suppressed: OffsetSuppressedMessage[];
  /** The fixed text, when `fix` changed something. */
  output?: string;
}

/** Lints one draft's text; with `fix`, applies fixes in passes as ESLint does, then lints once more. */
export async function lintSource(
  raw: string,
  filePath: string,
  config: LinterConfig,
  rules: Map<string, Rule>,
  options: LintOptions = {},
): Promise<LintResult> {
  const linted = await lintToOffsets(raw, filePath, config, rules, options);
  const { lines } = linted.draft;
  const place: Place = (range: Range | null) => (range ? lines.toLocation(range[0], range[1]) : { line: 1, column: 1 });
  const result = countMessages(
    filePath,
    linted.messages.map((m) => locate(m, place)),
    linted.suppressed.map((m) => locate(m, place)),
  );
  result.source = linted.draft.source;
  if (linted.output !== undefined) result.output = linted.output;
  return result;
}

/** lintSource() before lines and columns: for a caller that moves the places first (posts in a file). */
export async function lintToOffsets(
  raw: string,
  filePath: string,
  config: LinterConfig,
  rules: Map<string, Rule>,
  options: LintOptions = {},
): Promise<OffsetResult> {
  let pass = await lintOnce(raw, filePath, config, rules, options);
  let output: string | undefined;
  if (options.fix) {
    const bom = pass.draft.bom ? '\uFEFF' : '';
    let text = pass.draft.source;
    const seen = new Set([text]);
    // A fix whose problem is still reported after it was applied did not take (a disclaimer
    // appended inside an unclosed <!-- comment): that pass is undone and the fix not tried again.
    const key = (m: OffsetMessage) => `${m.ruleId}\u0000${m.messageId}\u0000${m.fix!.text}`;
    const ineffective = new Set<string>();
    let previous: { text: string; pass: typeof pass; keys: Set<string> } | undefined;
    for (let i = 0; i < MAX_FIX_PASSES; i++) {
      if (pass.messages.some((m) => m.fatal)) break;
      const fixable = pass.messages.filter((m) => m.fix && !ineffective.has(key(m)));
      const repeated = previous ? fixable.filter((m) => previous!.keys.has(key(m))) : [];
      if (previous && repeated.length) {
        for (const m of repeated) ineffective.add(key(m));
        ({ text, pass } = previous);
        previous = undefined;
        continue;
      }
      if (!fixable.length) break;
      const { text: next, used } = applyFixes(
        text,
        fixable.map((m) => m.fix!),
      );
      // Stop when nothing changes or a fix undoes an earlier one.
      if (next === text || seen.has(next)) break;
      seen.add(next);
      previous = { text, pass, keys: new Set(fixable.filter((m) => used.has(m.fix!)).map(key)) };
      text = next;
      pass = await lintOnce(bom + text, filePath, config, rules, options);
    }
    if (text !== pass.draft.source || seen.size > 1) output = bom + text;
  }
  return { draft: pass.draft, messages: pass.messages, suppressed: pass.suppressed, ...(output !== undefined && output !== raw ? { output } : {}) };
}
