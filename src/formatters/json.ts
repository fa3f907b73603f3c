import type { Formatter } from './types.js';

/**
 * ESLint's json output, one object per file with ESLint's keys in ESLint's order, except
 * `source`: a draft may hold patient details, so its text is never echoed. `output` (the
 * fixed text from --fix-dry-run) is kept because asking for it is the point of that flag.
 */
const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages,
      suppressedMessages: r.suppressedMessages,
      errorCount: r.errorCount,
      fatalErrorCount: r.fatalErrorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.output !== undefined ? { output: r.output } : {}),
      usedDeprecatedRules: [],
    })),
  );

export default json;
