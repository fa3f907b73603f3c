import { lineReport, messageType } from './compact.js';

/** ESLint's unix output, `path:line:column: message [Type/rule]`, which editors' error parsers read. */
const unix = lineReport(
  (result, m) => `${result.filePath}:${m.line || 0}:${m.column || 0}: ${m.message} [${messageType(m)}${m.ruleId ? `/${m.ruleId}` : ''}]\n`,
);

export default unix;
