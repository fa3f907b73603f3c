import { messageType } from './compact.js';
import type { Formatter } from './types.js';

/** ESLint's unix output, `path:line:column: message [Type/rule]`, which editors' error parsers read. */
const unix: Formatter = (results) => {
  let output = '';
  let total = 0;
  for (const result of results) {
    total += result.messages.length;
    for (const m of result.messages) {
      output += `${result.filePath}:${m.line || 0}:${m.column || 0}: ${m.message} [${messageType(m)}${m.ruleId ? `/${m.ruleId}` : ''}]\n`;
    }
  }
  if (total > 0) output += `\n${total} problem${total === 1 ? '' : 's'}`;
  return output;
};

export default unix;
