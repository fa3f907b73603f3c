import { createHash } from 'node:crypto';
import { slashPath } from './paths.js';
import type { Formatter } from './types.js';

/**
 * GitLab Code Quality report (the `codequality` artifact of a CI job): a JSON array of issues
 * with a description, check name, severity, location and a fingerprint that stays the same
 * while the problem does, so merge requests show new and fixed problems. The fingerprint hashes
 * the path, rule, (already masked) message and the text position's occurrence, never the draft.
 */
const gitlab: Formatter = (results, context) => {
  const issues: unknown[] = [];
  for (const result of results) {
    const path = slashPath(result.filePath, context.cwd);
    const seen = new Map<string, number>();
    for (const m of result.messages) {
      const base = `${path}\u0000${m.ruleId ?? 'fatal'}\u0000${m.message}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      issues.push({
        type: 'issue',
        description: m.message,
        check_name: m.ruleId ?? 'socialcheck/fatal',
        severity: m.fatal ? 'blocker' : m.severity === 2 ? 'major' : 'minor',
        categories: ['Style'],
        fingerprint: createHash('sha256').update(`${base}\u0000${n}`).digest('hex').slice(0, 32),
        location: {
          path,
          positions: { begin: { line: m.line, column: m.column }, end: { line: m.endLine ?? m.line, column: m.endColumn ?? m.column } },
        },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};

export default gitlab;
