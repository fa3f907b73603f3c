import type { LintMessage } from '../engine/results.js';
import type { Formatter } from './types.js';

export const messageType = (m: LintMessage): 'Error' | 'Warning' => (m.fatal || m.severity === 2 ? 'Error' : 'Warning');

/** ESLint's compact output: one line per problem, then the count. Paths are printed as the results give them. */
const compact: Formatter = (results) => {
  let output = '';
  let total = 0;
  for (const result of results) {
    total += result.messages.length;
    for (const m of result.messages) {
      output += `${result.filePath}: line ${m.line || 0}, col ${m.column || 0}, ${messageType(m)} - ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}\n`;
    }
  }
  if (total > 0) output += `\n${total} problem${total === 1 ? '' : 's'}`;
  return output;
};

export default compact;
