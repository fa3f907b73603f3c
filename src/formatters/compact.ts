import type { LintMessage, LintResult } from '../engine/results.js';
import { streamedFormatter, type Formatter, type ReportStream } from './types.js';

export const messageType = (m: LintMessage): 'Error' | 'Warning' => (m.fatal || m.severity === 2 ? 'Error' : 'Warning');

/**
 * A report of one line per problem, then the count: ESLint's compact and unix formats.
 * Paths are printed as the results give them.
 */
export function lineReport(line: (result: LintResult, m: LintMessage) => string): Formatter {
  return streamedFormatter((_context, out): ReportStream => {
    let total = 0;
    return {
      add(result) {
        total += result.messages.length;
        for (const m of result.messages) out.once(line(result, m));
      },
      end() {
        if (total > 0) out.text(`\n${total} problem${total === 1 ? '' : 's'}`);
      },
    };
  });
}

/** ESLint's compact output: one line per problem, then the count. */
const compact = lineReport(
  (result, m) =>
    `${result.filePath}: line ${m.line || 0}, col ${m.column || 0}, ${messageType(m)} - ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}\n`,
);

export default compact;
