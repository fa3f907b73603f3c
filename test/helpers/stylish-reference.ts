import { Chalk } from 'chalk';
import type { LintMessage, LintResult } from '../../src/engine/results.js';
import { isAbsolute, relative } from 'node:path';
import type { FormatContext } from '../../src/formatters/types.js';

const plural = (word: string, count: number): string => `${count} ${word}${count === 1 ? '' : 's'}`;

// jscpd:ignore-start -- a frozen copy of what the source did, for the equivalence test to hold it to.
/** displayPath as it was, before its shortcut for paths under cwd. */
export function referenceDisplayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return rel === '' || isAbsolute(rel) ? filePath : rel;
}
// jscpd:ignore-end
const displayPath = referenceDisplayPath;

// The chalk-built stylish formatter as it was before it wrote its pieces directly: the reference
// the faster one is held to (test/equivalence/stylish-equivalence.test.ts). A whole report only: it never streams.
const stylish = (results: LintResult[], context: FormatContext): string => {
  // An explicit level, so colour follows --color/--no-color and never chalk's own detection.
  const c = new Chalk({ level: context.color ? 1 : 0 });
  // Pieces joined once at the end: appending to one string builds a rope that printing must
  // flatten, which took ~60 ms for a report on 10k files.
  const output: string[] = ['\n'];
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  let anyError = false;

  for (const result of results) {
    if (!result.messages.length) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;

    const rows = result.messages.map((m: LintMessage) => {
      const isError = Boolean(m.fatal) || m.severity === 2;
      if (isError) anyError = true;
      return {
        line: String(m.line || 0),
        column: String(m.column || 0),
        isError,
        type: isError ? 'error' : 'warning',
        // ESLint drops one final full stop.
        message: m.message.replace(/([^ ])\.$/u, '$1'),
        ruleId: m.ruleId ?? '',
      };
    });
    // Column widths as text-table measures them (UTF-16 length of the uncoloured text).
    const width = (pick: (r: (typeof rows)[number]) => string) => Math.max(...rows.map((r) => pick(r).length));
    const wLine = width((r) => r.line);
    const wColumn = width((r) => r.column);
    const wType = width((r) => r.type);
    const wMessage = width((r) => r.message);

    output.push(`${c.underline(displayPath(result.filePath, context.cwd))}\n`);
    for (const r of rows) {
      // "  line:column" with the line right-aligned and the column left-aligned, as ESLint prints it.
      const position = c.dim(`${r.line.padStart(wLine)}:${r.column}`) + ' '.repeat(wColumn - r.column.length);
      const type = (r.isError ? c.red('error') : c.yellow('warning')) + ' '.repeat(wType - r.type.length);
      const message = r.message + ' '.repeat(wMessage - r.message.length);
      const row = `  ${position}  ${type}  ${message}  ${c.dim(r.ruleId)}`;
      output.push(`${row.trimEnd()}\n`);
    }
    output.push('\n');
  }

  const total = errors + warnings;
  if (total === 0) return '';
  const summary = anyError ? c.red.bold : c.yellow.bold;
  output.push(summary(`\u2716 ${plural('problem', total)} (${plural('error', errors)}, ${plural('warning', warnings)})\n`));
  if (fixableErrors > 0 || fixableWarnings > 0) {
    output.push(
      summary(
        `  ${plural('error', fixableErrors)} and ${plural('warning', fixableWarnings)} potentially fixable with the \`--fix\` option.\n`,
      ),
    );
  }
  // Leave the terminal's colour as it was found.
  return c.reset(output.join(''));
};

export default stylish;
