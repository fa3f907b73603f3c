import type { Range } from '../draft/types.js';
import type { Location, Position } from '../positions.js';
import type { Fix } from './rule-types.js';

export interface LintMessage {
  ruleId: string | null;
  /** 1 = warning, 2 = error, as in ESLint. */
  severity: 1 | 2;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  fix?: Fix;
  suggestions?: { desc: string; messageId: string; fix: Fix }[];
  related?: { message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

export interface SuppressedMessage extends LintMessage {
  suppressions: { kind: 'directive' | 'file'; justification: string }[];
}

/**
 * A message as the linter makes it: where it is as offsets (UTF-16 units) into the linted
 * text, until locate() gives it lines and columns, once, where its file is known.
 */
export type OffsetMessage = Omit<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn' | 'related'> & {
  /** null: the file as a whole (line 1, column 1). */
  range: Range | null;
  related?: { message: string; range: Range }[];
};

export type OffsetSuppressedMessage = OffsetMessage & Pick<SuppressedMessage, 'suppressions'>;

/** Where a range is in its file; null for the file as a whole. */
export type Place = (range: Range | null) => Location | Position;

/** The message with its offsets turned into lines and columns by `place`, keys in the same order. */
export function locate(m: OffsetSuppressedMessage, place: Place): SuppressedMessage;
export function locate(m: OffsetMessage, place: Place): LintMessage;
export function locate(m: OffsetMessage, place: Place): LintMessage {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(m)) {
    if (key === 'range') Object.assign(out, place(m.range));
    else if (key === 'related') out.related = m.related!.map((x) => ({ message: x.message, ...place(x.range) }));
    else out[key] = value;
  }
  return out as unknown as LintMessage;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: SuppressedMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The text linted (without BOM), kept for formatters that show context. */
  source?: string;
  /** The fixed text, when --fix changed something. */
  output?: string;
}

export function countMessages(filePath: string, messages: LintMessage[], suppressed: SuppressedMessage[] = []): LintResult {
  const result: LintResult = {
    filePath,
    messages,
    suppressedMessages: suppressed,
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
  for (const m of messages) {
    if (m.severity === 2) {
      result.errorCount++;
      if (m.fatal) result.fatalErrorCount++;
      if (m.fix) result.fixableErrorCount++;
    } else {
      result.warningCount++;
      if (m.fix) result.fixableWarningCount++;
    }
  }
  return result;
}

/** A file that could not be linted at all (unreadable, binary, ...). */
export function fatalResult(filePath: string, message: string): LintResult {
  return countMessages(filePath, [{ ruleId: null, fatal: true, severity: 2, message, line: 1, column: 1 }]);
}
