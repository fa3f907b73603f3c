import type { Account } from '../draft/types.js';
import type { LinterConfig } from '../engine/linter-config.js';
import type { Severity } from '../engine/rule-types.js';

/** A rule's setting as written: `warn`, `2`, or `[error, {maxWords: 40}]`. */
export interface RuleSetting {
  severity: Severity;
  options?: Record<string, unknown>;
}

export interface ConfigOverride {
  files: string[];
  account?: Account;
  platform?: string;
  rules: Record<string, RuleSetting>;
}

/** One config file, validated. */
export interface ConfigFile {
  /** Absolute path of the file, or '<cli>' / '<default>'. */
  path: string;
  /** Folder that relative globs in `overrides` and `ignore` are resolved from. */
  dir: string;
  extends: string[];
  account?: Account;
  platform?: string;
  practice: { names: string[]; staff: string[] };
  rules: Record<string, RuleSetting>;
  overrides: ConfigOverride[];
  ignore: string[];
  /** true: socialcheck-disable comments in drafts do nothing (ESLint's noInlineConfig). */
  noInlineConfig?: boolean;
}

/** What applies to one file after presets, overrides and command-line rules are merged: what the linter takes. */
export type ResolvedConfig = LinterConfig;
