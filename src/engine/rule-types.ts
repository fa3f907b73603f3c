import type { Draft, Range } from '../draft/types.js';

export type Severity = 'off' | 'warn' | 'error';

/** One option a rule accepts, with its default. */
export type OptionSpec =
  | { type: 'number'; default: number; minimum?: number; maximum?: number; integer?: boolean; description: string }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'string'; default: string; enum?: string[]; description: string }
  | { type: 'string[]'; default: string[]; description: string };

type ValueOf<T extends OptionSpec['type']> = T extends 'number'
  ? number
  : T extends 'boolean'
    ? boolean
    : T extends 'string'
      ? string
      : string[];

export type OptionValues<S extends Record<string, OptionSpec>> = {
  [K in keyof S]: ValueOf<S[K]['type']>;
};

export interface RuleMeta {
  id: string;
  type: 'problem' | 'suggestion';
  description: string;
  /** Policy clauses enforced, by the short names in the seeds index. */
  policy: string[];
  defaultSeverity: Exclude<Severity, 'off'>;
  /** Included in the `strict` preset only (off in `recommended`). */
  strictOnly?: boolean;
  /** What this rule reports is itself sensitive (a patient's name, a password): reports that show the draft mask it. */
  sensitive?: boolean;
  options: Record<string, OptionSpec>;
  /** Message templates by messageId, with {{placeholders}}. */
  messages: Record<string, string>;
  fixable?: boolean;
  hasSuggestions?: boolean;
  docs: string;
}

export interface Fix {
  range: Range;
  text: string;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  range: Range;
  /** Report at warning level even when the rule is configured as an error. */
  lesser?: boolean;
  fix?: Fix;
  suggestions?: { messageId: string; data?: Record<string, string | number>; fix: Fix }[];
  /** Related places, e.g. the details that together identify a patient. */
  related?: { range: Range; message: string }[];
}

/** Settings every rule can read: where the draft will be published and by whom. */
interface Settings {
  practice: { names: string[]; staff: string[] };
}

export interface RuleContext<O = Record<string, unknown>> {
  draft: Draft;
  options: O;
  settings: Settings;
  report(report: Report): void;
}

// `any` by default: the registry holds rules of every options shape, and each rule's create reads its own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Rule<O = any> {
  meta: RuleMeta;
  check(context: RuleContext<O>): void;
}

/** Identity helper that keeps a rule's option types. */
export function defineRule<S extends Record<string, OptionSpec>>(rule: {
  meta: RuleMeta & { options: S };
  check(context: RuleContext<OptionValues<S>>): void;
}): Rule<OptionValues<S>> {
  return rule;
}

export const docsUrl = (id: string): string => `https://github.com/socialcheck/socialcheck/blob/main/docs/rules/${id}.md`;
