import { expect, it, describe } from 'vitest';
import { lintSource } from '../../src/engine/lint.js';
import type { LintMessage } from '../../src/engine/results.js';
import { loadRule } from '../../src/engine/registry.js';
import { resolveOptions } from '../../src/config/rule-options.js';

// RuleTester in the manner of ESLint's: valid drafts report nothing from the rule; invalid
// ones report the listed messageIds (and positions, and fixed output, where given).

export interface Invalid {
  code: string;
  errors: ({ messageId: string; line?: number; column?: number; endLine?: number; endColumn?: number; severity?: 1 | 2 } | string)[];
  output?: string | null;
  filename?: string;
  options?: Record<string, unknown>;
  practice?: { names?: string[]; staff?: string[] };
}
export interface Valid {
  code: string;
  filename?: string;
  options?: Record<string, unknown>;
  practice?: { names?: string[]; staff?: string[] };
}

export async function runRule(
  id: string,
  code: string,
  opts: { filename?: string; options?: Record<string, unknown>; practice?: { names?: string[]; staff?: string[] }; fix?: boolean } = {},
) {
  const rule = await loadRule(id);
  const res = resolveOptions(rule.meta, opts.options);
  if ('error' in res) throw new Error(res.error);
  const config = {
    account: 'personal' as const,
    platform: null,
    practice: { names: opts.practice?.names ?? [], staff: opts.practice?.staff ?? [] },
    rules: { [id]: { severity: rule.meta.defaultSeverity, options: res.options } },
  };
  return lintSource(code, opts.filename ?? 'draft.md', config, new Map([[id, rule]]), { fix: opts.fix ?? false });
}

const show = (ms: LintMessage[]) => ms.map((m) => `${m.line}:${m.column} ${m.messageId} ${m.message}`).join('\n');

export function ruleTester(id: string, cases: { valid: (string | Valid)[]; invalid: Invalid[] }): void {
  describe(id, () => {
    for (const v of cases.valid) {
      const c = typeof v === 'string' ? { code: v } : v;
      it(`valid: ${c.code.slice(0, 70).replace(/\n/g, '⏎')}`, async () => {
        const r = await runRule(id, c.code, c);
        const mine = r.messages.filter((m) => m.ruleId === id || m.fatal);
        expect(mine, show(mine)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.code.slice(0, 70).replace(/\n/g, '⏎')}`, async () => {
        const r = await runRule(id, c.code, c);
        const mine = r.messages.filter((m) => m.ruleId === id || m.fatal);
        expect(
          mine.map((m) => m.messageId),
          show(mine),
        ).toEqual(c.errors.map((e) => (typeof e === 'string' ? e : e.messageId)));
        c.errors.forEach((e, i) => {
          if (typeof e === 'string') return;
          const { messageId: _, ...where } = e;
          expect(mine[i]).toMatchObject(where);
        });
        if (c.output !== undefined) {
          const fixed = await runRule(id, c.code, { ...c, fix: true });
          expect(fixed.output ?? null).toBe(c.output === null ? null : c.output);
        }
      });
    }
  });
}
