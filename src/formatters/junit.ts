import { basename, dirname, extname, join } from 'node:path';
import type { LintResult } from '../engine/results.js';
import { messageType } from './compact.js';
import { streamedFormatter } from './types.js';
import { xmlEscape } from './xml.js';

// ESLint's class name for a file: its path without the extension.
const pathWithoutExt = (filePath: string): string => join(dirname(filePath), basename(filePath, extname(filePath)));

/** One file's testsuite: a failing testcase per problem, or one passing testcase. */
function testsuite(result: LintResult): string {
  const name = xmlEscape(result.filePath);
  const classname = xmlEscape(pathWithoutExt(result.filePath));
  const { messages } = result;
  if (!messages.length) {
    return (
      `<testsuite package="org.socialcheck" time="0" tests="1" errors="0" name="${name}">\n` +
      `<testcase time="0" name="${name}" classname="${classname}" />\n` +
      '</testsuite>\n'
    );
  }
  let output = `<testsuite package="org.socialcheck" time="0" tests="${messages.length}" errors="${messages.length}" name="${name}">\n`;
  for (const m of messages) {
    const element = m.fatal ? 'error' : 'failure';
    const body = `line ${m.line || 0}, col ${m.column || 0}, ${messageType(m)} - ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}`;
    output += `<testcase time="0" name="org.socialcheck.${xmlEscape(m.ruleId ?? 'unknown')}" classname="${classname}">`;
    output += `<${element} message="${xmlEscape(m.message)}">${xmlEscape(body)}</${element}>`;
    output += '</testcase>\n';
  }
  return `${output}</testsuite>\n`;
}

/**
 * ESLint's junit output: a testsuite per file, a failing testcase per problem (an `<error>`
 * for a fatal one, as ESLint does), and one passing testcase for a file without problems.
 * Totals are per testsuite only, so the report is written a file at a time.
 */
const junit = streamedFormatter((_context, out) => {
  out.text('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n');
  return {
    add: (result) => out.once(testsuite(result)),
    end: () => out.text('</testsuites>\n'),
  };
});

export default junit;
