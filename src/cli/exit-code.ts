import type { LintResult } from '../engine/results.js';

/** ESLint's exit codes: 2 when a file could not be linted, 1 for errors or too many warnings, else 0. */
export function exitCodeOf(results: LintResult[], maxWarnings: number): number {
  if (results.some((r) => r.fatalErrorCount > 0)) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) return 1;
  return 0;
}
