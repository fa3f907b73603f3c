import type { LintResult } from '../engine/results.js';
import type { RuleMeta } from '../engine/rule-types.js';
import { StringSink, type OutputSink } from './output-sink.js';

export interface FormatContext {
  /** Folder paths are shown relative to. */
  cwd: string;
  /** Metadata of every rule, for help text and links (SARIF, JUnit). */
  rulesMeta: Map<string, RuleMeta>;
  /** Colours on (stylish only). */
  color: boolean;
  /** socialcheck's version, for SARIF's tool.driver. */
  version: string;
}

/** A report written a file at a time. */
export interface ReportStream {
  /** Writes one file's part of the report. */
  add(result: LintResult): void;
  /** Writes what comes after the last file (a summary, a closing bracket). */
  end(): void;
}

export interface Formatter {
  (results: LintResult[], context: FormatContext): string;
  /**
   * The same report written to `out` as results come, a file at a time, which is how the CLI
   * writes every report: a run on any number of files holds none of their results.
   */
  stream: (context: FormatContext, out: OutputSink) => ReportStream;
}

/** Writes every result to `out` through a formatter's stream. */
export function streamAll(stream: ReportStream, results: LintResult[]): void {
  for (const r of results) stream.add(r);
  stream.end();
}

/** A formatter whose report is its stream's, gathered into one string. */
export function streamedFormatter(stream: (context: FormatContext, out: OutputSink) => ReportStream): Formatter {
  const format = (results: LintResult[], context: FormatContext): string => {
    const sink = new StringSink();
    streamAll(stream(context, sink), results);
    return sink.toString();
  };
  return Object.assign(format, { stream });
}

/**
 * A JSON array written an element at a time, laid out as `JSON.stringify(array, null, 2)` lays
 * it out `depth` levels deep: the caller writes what comes before the array and after `end()`.
 */
export function prettyJsonArray(out: OutputSink, depth: number): { add(value: unknown): void; end(): void } {
  // JSON strings hold no raw line breaks, so every one in an element's text is its layout's.
  const indent = `\n${'  '.repeat(depth + 1)}`;
  let first = true;
  return {
    add(value) {
      out.text(first ? `[${indent}` : `,${indent}`);
      first = false;
      out.once(JSON.stringify(value, null, 2).replaceAll('\n', indent));
    },
    end() {
      out.text(first ? '[]' : `\n${'  '.repeat(depth)}]`);
    },
  };
}
