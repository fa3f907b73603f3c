import { createHash } from 'node:crypto';
import type { LintResult } from '../engine/results.js';
import { slashPath } from './paths.js';
import { prettyJsonArray, streamedFormatter } from './types.js';

/** One file's issues, each with a fingerprint numbered by the occurrence of the same problem. */
function issues(result: LintResult, cwd: string): unknown[] {
  const path = slashPath(result.filePath, cwd);
  const seen = new Map<string, number>();
  return result.messages.map((m) => {
    const base = `${path}\u0000${m.ruleId ?? 'fatal'}\u0000${m.message}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
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
    };
  });
}

/**
 * GitLab Code Quality report (the `codequality` artifact of a CI job): a JSON array of issues
 * with a description, check name, severity, location and a fingerprint that stays the same
 * while the problem does, so merge requests show new and fixed problems. The fingerprint hashes
 * the path, rule, (already masked) message and the text position's occurrence, never the draft.
 */
const gitlab = streamedFormatter((context, out) => {
  const array = prettyJsonArray(out, 0);
  return {
    add: (result) => {
      for (const issue of issues(result, context.cwd)) array.add(issue);
    },
    end: () => {
      array.end();
      out.text('\n');
    },
  };
});

export default gitlab;
