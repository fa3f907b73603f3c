import { Chalk, type ChalkInstance } from 'chalk';
import type { LintMessage, LintResult } from '../engine/results.js';
import { ByteSink, StringSink, type OutputSink } from './output-sink.js';
import { pathDisplayer } from './paths.js';
import { streamAll, type FormatContext, type Formatter, type ReportStream } from './types.js';

const plural = (word: string, count: number): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The escape codes chalk puts around a plain piece of text (no line breaks or escapes in it). */
function codes(style: (s: string) => string): [string, string] {
  const [open = '', close = ''] = style('\u0000').split('\u0000');
  return [open, close];
}

// ESLint drops one final full stop (after anything but a space): 1 when it does, else 0.
const finalStop = (m: string) => (m.length > 1 && m.endsWith('.') && m[m.length - 2] !== ' ' ? 1 : 0);

/** ESLint's stylish output: a table of problems under each file's path, then a summary. */
const stylish: Formatter = (results, context) => {
  const sink = new StringSink();
  const report = stylishStream(context, sink);
  streamAll(report, results);
  // Leave the terminal's colour as it was found.
  return report.reported() ? report.chalk.reset(sink.toString()) : '';
};

/**
 * The same report as UTF-8 bytes, which is what the CLI writes; undefined with colours on
 * (chalk's reset wraps every line of the finished text: use the string then).
 */
export function stylishBytes(results: LintResult[], context: FormatContext): Buffer | undefined {
  if (context.color) return undefined;
  // Room for the usual report at once: growing the buffer copies what was written.
  let size = 1024;
  for (const r of results) for (const m of r.messages) size += 2 * m.message.length + 64;
  const sink = new ByteSink(size);
  const report = stylishStream(context, sink);
  streamAll(report, results);
  return report.reported() ? sink.bytes() : Buffer.alloc(0);
}

/**
 * Writes the report a file at a time. Nothing at all when there is nothing to report; with
 * colours, the caller wraps the finished text in `chalk.reset`.
 */
function stylishStream(context: FormatContext, out: OutputSink): ReportStream & { chalk: ChalkInstance; reported(): boolean } {
  // An explicit level, so colour follows --color/--no-color and never chalk's own detection.
  const c = new Chalk({ level: context.color ? 1 : 0 });
  // A report on 10k files has ~30k rows: chalk's codes are taken once, not five calls per row.
  const [dimOn, dimOff] = codes(c.dim);
  const error = c.red('error');
  const warning = c.yellow('warning');
  const shownPath = pathDisplayer(context.cwd);
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  let anyError = false;
  let lines: string[] = [];
  let columns: string[] = [];
  let stops: number[] = [];
  let started = false;

  const add = (result: LintResult) => {
    const messages: LintMessage[] = result.messages;
    const n = messages.length;
    if (!n) return;
    if (!started) out.text('\n');
    started = true;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;

    // Column widths as text-table measures them (UTF-16 length of the uncoloured text).
    let wLine = 0;
    let wColumn = 0;
    let wType = 0;
    let wMessage = 0;
    if (lines.length < n) [lines, columns, stops] = [new Array<string>(n), new Array<string>(n), new Array<number>(n)];
    for (let i = 0; i < n; i++) {
      const m = messages[i]!;
      const isError = Boolean(m.fatal) || m.severity === 2;
      if (isError) anyError = true;
      const line = String(m.line || 0);
      const column = String(m.column || 0);
      const stop = finalStop(m.message);
      lines[i] = line;
      columns[i] = column;
      stops[i] = stop;
      if (line.length > wLine) wLine = line.length;
      if (column.length > wColumn) wColumn = column.length;
      if ((isError ? 5 : 7) > wType) wType = isError ? 5 : 7;
      if (m.message.length - stop > wMessage) wMessage = m.message.length - stop;
    }

    out.text(c.underline(shownPath(result.filePath)));
    out.text('\n');
    for (let i = 0; i < n; i++) {
      const m = messages[i]!;
      const isError = Boolean(m.fatal) || m.severity === 2;
      const line = lines[i]!;
      const column = columns[i]!;
      const stop = stops[i]!;
      const ruleId = m.ruleId ?? '';
      const type = isError ? error : warning;
      const typePad = wType - (isError ? 5 : 7);
      const messagePad = wMessage - (m.message.length - stop);
      if (ruleId && !/[\s\u001b]/u.test(ruleId)) {
        // "  line:column" with the line right-aligned and the column left-aligned, as ESLint prints it.
        out.text('  ');
        out.text(dimOn);
        out.spaces(wLine - line.length);
        out.text(line);
        out.text(':');
        out.text(column);
        out.text(dimOff);
        out.spaces(wColumn - column.length + 2);
        out.text(type);
        out.spaces(typePad + 2);
        out.text(m.message, stop);
        out.spaces(messagePad + 2);
        out.text(dimOn);
        out.text(ruleId);
        out.text(dimOff);
        out.text('\n');
      } else {
        // Nothing printed after the message (a fatal one has no rule id): ESLint trims the row.
        const position = `${dimOn}${line.padStart(wLine)}:${column}${dimOff}${' '.repeat(wColumn - column.length)}`;
        const text = stop ? m.message.slice(0, -1) : m.message;
        out.text(`  ${position}  ${type}${' '.repeat(typePad)}  ${text}${' '.repeat(messagePad)}  ${c.dim(ruleId)}`.trimEnd());
        out.text('\n');
      }
    }
    out.text('\n');
  };

  const end = () => {
    const total = errors + warnings;
    if (total === 0) return;
    const summary = anyError ? c.red.bold : c.yellow.bold;
    out.text(summary(`\u2716 ${plural('problem', total)} (${plural('error', errors)}, ${plural('warning', warnings)})\n`));
    if (fixableErrors > 0 || fixableWarnings > 0) {
      out.text(
        summary(
          `  ${plural('error', fixableErrors)} and ${plural('warning', fixableWarnings)} potentially fixable with the \`--fix\` option.\n`,
        ),
      );
    }
  };
  return { add, end, chalk: c, reported: () => errors + warnings > 0 };
}

stylish.bytes = stylishBytes;
stylish.stream = stylishStream;

export default stylish;
