import { Chalk } from 'chalk';
import type { LintMessage, LintResult } from '../engine/results.js';
import type { OutputSink } from './output-sink.js';
import { pathDisplayer } from './paths.js';
import { streamedFormatter, type FormatContext, type ReportStream } from './types.js';

const plural = (word: string, count: number): string => `${count} ${word}${count === 1 ? '' : 's'}`;

// ESLint drops one final full stop (after anything but a space): 1 when it does, else 0.
const finalStop = (m: string) => (m.length > 1 && m.endsWith('.') && m[m.length - 2] !== ' ' ? 1 : 0);

const RESET = '\u001b[0m';

/**
 * `chalk.reset` over a report written in pieces, as ESLint wraps its finished stylish text:
 * a reset before the first piece, around every line break, and after the last, so the
 * terminal's colour is left as it was found. (A carriage return before a line break stays
 * inside the resets, as chalk keeps it; stylish never splits one from its line break.)
 */
class ResetWrapped implements OutputSink {
  private started = false;
  constructor(private readonly out: OutputSink) {}
  private start(): void {
    if (this.started) return;
    this.started = true;
    this.out.text(RESET);
  }
  private static wrap(s: string): string {
    return s.includes('\n') ? s.replace(/\r?\n/g, (lf) => `${RESET}${lf}${RESET}`) : s;
  }
  text(s: string, drop = 0): void {
    this.start();
    this.out.text(ResetWrapped.wrap(s), drop);
  }
  spaces(n: number): void {
    this.start();
    this.out.spaces(n);
  }
  once(s: string): void {
    this.start();
    this.out.once(ResetWrapped.wrap(s));
  }
  end(): void {
    if (this.started) this.out.text(RESET);
  }
}

/**
 * ESLint's stylish output, a file at a time: a table of problems under each file's path, then
 * a summary. Nothing at all when there is nothing to report.
 */
function stylishStream(context: FormatContext, sink: OutputSink): ReportStream {
  const wrapped = context.color ? new ResetWrapped(sink) : undefined;
  const out: OutputSink = wrapped ?? sink;
  // An explicit level, so colour follows --color/--no-color and never chalk's own detection.
  const c = new Chalk({ level: context.color ? 1 : 0 });
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
        out.text(c.dim(`${line.padStart(wLine)}:${column}`));
        out.spaces(wColumn - column.length + 2);
        out.text(type);
        out.spaces(typePad + 2);
        out.text(m.message, stop);
        out.spaces(messagePad + 2);
        out.text(c.dim(ruleId));
        out.text('\n');
      } else {
        // Nothing printed after the message (a fatal one has no rule id): ESLint trims the row.
        const position = `${c.dim(`${line.padStart(wLine)}:${column}`)}${' '.repeat(wColumn - column.length)}`;
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
  return {
    add,
    end() {
      end();
      wrapped?.end();
    },
  };
}

const stylish = streamedFormatter(stylishStream);

export default stylish;
