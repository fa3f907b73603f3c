import { buildDraft, tryBuildDraft } from '../draft/build.js';
import { loadedMarkdownParser, loadMarkdownParser } from '../draft/markdown.js';
import type { Draft } from '../draft/types.js';
import type { LinterConfig } from './linter-config.js';
import { parseDirectives, suppressor, unknownRuleProblems, type Directive } from './directives.js';
import { isRule } from './registry.js';
import { redactor } from './redact.js';
import { describeInternalError } from '../errors.js';
import { applyFixes } from './fixer.js';
import { countMessages, type LintMessage, type LintResult, type SuppressedMessage } from './results.js';
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

function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, key: string) => (key in data ? String(data[key]) : all));
}

interface Pass {
  draft: Draft;
  messages: LintMessage[];
  suppressed: SuppressedMessage[];
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
  // The parser loads only for the first draft that has Markdown in it.
  const parsed = loadedMarkdownParser();
  const draft =
    tryBuildDraft(raw, filePath, parsed ? { ...build, parseMarkdown: parsed } : build) ??
    buildDraft(raw, filePath, { ...build, parseMarkdown: await loadMarkdownParser() });
  const { lines } = draft;
  const messages: LintMessage[] = [];
  if (timing) addTime('(parse)', parseStart);

  if (draft.frontMatter?.error) {
    const { message, range } = draft.frontMatter.error;
    messages.push({
      ruleId: null,
      severity: 2,
      message: `Front matter is not valid YAML: ${message}. The body was still checked.`,
      ...lines.toLocation(range[0], range[1]),
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
      const m: LintMessage = {
        ruleId: id,
        severity,
        message: interpolate(template, redactData(r.data)),
        messageId: r.messageId,
        ...lines.toLocation(r.range[0], r.range[1]),
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
        m.related = r.related.map((x) => ({ message: redact()(x.message), ...lines.toLocation(x.range[0], x.range[1]) }));
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
        line: 1,
        column: 1,
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
        ...lines.toLocation(d.range[0], d.range[1]),
      });
  // The name is the draft's own text: said only when it is shaped like a rule id, and masked.
  for (const { directive, rule } of unknownRuleProblems(directives, isRule))
    messages.push({
      ruleId: null,
      severity: 2,
      message: `Definition for rule ${/^[a-z][a-z0-9-]{0,60}$/.test(rule) ? `"${redact()(rule)}"` : '(not a rule id)'} was not found: socialcheck-${directive.kind} names a rule socialcheck does not have (see --list-rules).`,
      ...lines.toLocation(directive.range[0], directive.range[1]),
    });
  const kept: LintMessage[] = [];
  const suppressed: SuppressedMessage[] = [];
  const used = new Set<Directive>();
  for (const m of messages) {
    const d = m.fatal ? undefined : suppressor(directives, lines, m);
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
        ...lines.toLocation(d.range[0], d.range[1]),
        fix: { range: d.range, text: '' },
      });
    }
  }
  const order = (a: LintMessage, b: LintMessage) =>
    a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId));
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

/** Lints one draft's text; with `fix`, applies fixes in passes as ESLint does, then lints once more. */
export async function lintSource(
  raw: string,
  filePath: string,
  config: LinterConfig,
  rules: Map<string, Rule>,
  options: LintOptions = {},
): Promise<LintResult> {
  let pass = await lintOnce(raw, filePath, config, rules, options);
  let output: string | undefined;
  if (options.fix) {
    const bom = pass.draft.bom ? '\uFEFF' : '';
    let text = pass.draft.source;
    const seen = new Set([text]);
    // A fix whose problem is still reported after it was applied did not take (a disclaimer
    // appended inside an unclosed <!-- comment): that pass is undone and the fix not tried again.
    const key = (m: LintMessage) => `${m.ruleId}\u0000${m.messageId}\u0000${m.fix!.text}`;
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
  const result = countMessages(filePath, pass.messages, pass.suppressed);
  result.source = pass.draft.source;
  if (output !== undefined && output !== raw) result.output = output;
  return result;
}
