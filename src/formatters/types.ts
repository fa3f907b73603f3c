import type { LintResult } from '../engine/results.js';
import type { RuleMeta } from '../engine/rule-types.js';

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

export interface Formatter {
  (results: LintResult[], context: FormatContext): string;
  /** The same report as UTF-8 bytes, where a formatter can write them faster (undefined: use the string). */
  bytes?: (results: LintResult[], context: FormatContext) => Uint8Array | undefined;
}
