import type { Comment, Range } from '../draft/types.js';
import type { LineIndex } from '../positions.js';

// Inline directives in HTML comments, as ESLint has them in JS comments:
//   <!-- socialcheck-disable-next-line rule-a, rule-b -- reason -->
//   <!-- socialcheck-disable-line rule -->
//   <!-- socialcheck-disable rule --> ... <!-- socialcheck-enable rule -->
//   <!-- socialcheck-disable-file rule -->  (or a bare disable with no enable)

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
  /** Rule ids, or null for every rule. */
  rules: string[] | null;
  justification: string;
  range: Range;
  line: number;
}

const FORM = /^socialcheck-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([\s\S]*))?$/;

export function parseDirectives(comments: Comment[], lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = FORM.exec(c.value);
    if (!m) continue;
    const [listPart, ...why] = (m[2] ?? '').split(/\s--\s|^--\s|\s--$/);
    const rules = (listPart ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    out.push({
      kind: m[1] as Directive['kind'],
      rules: rules.length ? rules : null,
      justification: why.join(' -- ').trim(),
      range: c.range,
      line: lines.toPosition(c.range[0]).line,
    });
  }
  return out;
}

interface Problem {
  ruleId: string | null;
  line: number;
}

/** Which directive (if any) suppresses a problem; also tracks which directives were used. */
export function suppressor(directives: Directive[], lines: LineIndex, p: Problem): Directive | undefined {
  if (p.ruleId === null) return undefined;
  const covers = (d: Directive) => d.rules === null || d.rules.includes(p.ruleId!);
  let found: Directive | undefined;
  for (const d of directives) {
    if (!covers(d)) continue;
    if (d.kind === 'disable-file') return d;
    if (d.kind === 'disable-line' && lines.toPosition(d.range[1]).line === p.line) return d;
    if (d.kind === 'disable-next-line' && lines.toPosition(d.range[1]).line + 1 === p.line) return d;
  }
  // Block directives: the last disable/enable before the problem's line decides.
  for (const d of directives) {
    if ((d.kind !== 'disable' && d.kind !== 'enable') || !covers(d)) continue;
    if (d.line > p.line) break;
    found = d.kind === 'disable' ? d : undefined;
  }
  return found;
}

/**
 * Directives that name a rule socialcheck does not have (a typo disables nothing): one problem
 * each, as ESLint's "Definition for rule ... was not found".
 */
export function unknownRuleProblems(directives: Directive[], isRule: (id: string) => boolean): { directive: Directive; rule: string }[] {
  const out: { directive: Directive; rule: string }[] = [];
  for (const d of directives) for (const rule of d.rules ?? []) if (!isRule(rule)) out.push({ directive: d, rule });
  return out;
}
