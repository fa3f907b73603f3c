import type { LintResult } from '../engine/results.js';

/** What the exit code depends on, counted over a run's results. */
export class ProblemTally {
  fatal = 0;
  errors = 0;
  warnings = 0;

  add(r: LintResult): void {
    this.fatal += r.fatalErrorCount;
    this.errors += r.errorCount;
    this.warnings += r.warningCount;
  }

  /** ESLint's exit codes: 2 when a file could not be linted, 1 for errors or too many warnings, else 0. */
  exitCode(maxWarnings: number): number {
    if (this.fatal > 0) return 2;
    if (this.errors > 0) return 1;
    if (maxWarnings >= 0 && this.warnings > maxWarnings) return 1;
    return 0;
  }
}
