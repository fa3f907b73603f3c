import { basename, dirname, extname, join } from 'node:path';
import { messageType } from './compact.js';
import type { Formatter } from './types.js';
import { xmlEscape } from './xml.js';

// ESLint's class name for a file: its path without the extension.
const pathWithoutExt = (filePath: string): string => join(dirname(filePath), basename(filePath, extname(filePath)));

/**
 * ESLint's junit output: a testsuite per file, a failing testcase per problem (an `<error>`
 * for a fatal one, as ESLint does), and one passing testcase for a file without problems.
 */
const junit: Formatter = (results) => {
  let output = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
  for (const result of results) {
    const name = xmlEscape(result.filePath);
    const classname = xmlEscape(pathWithoutExt(result.filePath));
    const { messages } = result;
    if (!messages.length) {
      output += `<testsuite package="org.socialcheck" time="0" tests="1" errors="0" name="${name}">\n`;
      output += `<testcase time="0" name="${name}" classname="${classname}" />\n`;
      output += '</testsuite>\n';
      continue;
    }
    output += `<testsuite package="org.socialcheck" time="0" tests="${messages.length}" errors="${messages.length}" name="${name}">\n`;
    for (const m of messages) {
      const element = m.fatal ? 'error' : 'failure';
      const body = `line ${m.line || 0}, col ${m.column || 0}, ${messageType(m)} - ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}`;
      output += `<testcase time="0" name="org.socialcheck.${xmlEscape(m.ruleId ?? 'unknown')}" classname="${classname}">`;
      output += `<${element} message="${xmlEscape(m.message)}">${xmlEscape(body)}</${element}>`;
      output += '</testcase>\n';
    }
    output += '</testsuite>\n';
  }
  return `${output}</testsuites>\n`;
};

export default junit;
