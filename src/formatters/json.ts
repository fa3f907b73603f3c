import type { LintResult } from '../engine/results.js';
import type { OutputSink } from './output-sink.js';
import { streamedFormatter, type ReportStream } from './types.js';

/**
 * ESLint's json output, one object per file with ESLint's keys in ESLint's order, except
 * `source`: a draft may hold patient details, so its text is never echoed. `output` (the
 * fixed text from --fix-dry-run) is kept because asking for it is the point of that flag.
 */
const shape = (r: LintResult) => ({
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
});

/** The array JSON.stringify would give, an element at a time. */
function jsonStream(out: OutputSink): ReportStream {
  let first = true;
  return {
    add(r) {
      out.text(first ? '[' : ',');
      first = false;
      out.once(JSON.stringify(shape(r)));
    },
    end() {
      out.text(first ? '[]' : ']');
    },
  };
}

const json = streamedFormatter((_context, out) => jsonStream(out));

export default json;
