import type { ResolverOptions } from '../config/resolve.js';
import type { ConfigFile, RuleSetting } from '../config/types.js';
import type { LintOptions } from '../engine/lint.js';
import type { LintCache } from '../files/cache.js';
import type { FileLintOptions } from './lint-file.js';
import type { Concurrency } from './lint-pool.js';

/** What lintText() and lintFiles() take (the public API's Options). */
export interface Options extends LintOptions {
  /** Folder that relative paths and config lookup start from (default: process.cwd()). */
  cwd?: string;
  /** A config file to use instead of looking one up. */
  configFile?: string;
  /** Config given directly, as the keys of a .socialpolicyrc file. */
  config?: Partial<Omit<ConfigFile, 'path' | 'dir' | 'rules'>> & { rules?: Record<string, unknown> };
  /** Do not look for .socialpolicyrc files. */
  noConfigLookup?: boolean;
  /** Rule settings applied last, like --rule. */
  rules?: Record<string, RuleSetting>;
  /** Extra gitignore-style patterns, relative to cwd. */
  ignorePatterns?: string[];
  /** Set false to lint files that ignore patterns would skip. */
  ignore?: boolean;
  /** In CSV files of scheduled posts, the column holding the post text (default: found by header). */
  column?: string;
  /** In JSON and JSON Lines files of posts, the field holding the post text. */
  field?: string;
  /** Set false to let a folder or glob that matches no drafts pass (ESLint's errorOnUnmatchedPattern). */
  errorOnUnmatchedPattern?: boolean;
  /** Set false to ignore socialcheck-disable comments in drafts (ESLint's allowInlineConfig). */
  allowInlineConfig?: boolean;
  /** Called after each file with how many are done and how many there are. */
  onProgress?: (done: number, total: number) => void;
  /** Reuse results for unchanged files (see --cache). Not used with `fix`. */
  cache?: LintCache;
  /**
   * Worker threads for many files: 'off' (the default here), 'auto' (one per core, up to 4,
   * when there are enough files to pay for starting them) or a number. Results are the same.
   */
  concurrency?: Concurrency;
}

export function resolverOptions(o: Options): ResolverOptions {
  const r: ResolverOptions = { cwd: o.cwd ?? process.cwd() };
  if (o.configFile) r.configFile = o.configFile;
  if (o.config) r.config = o.config as ResolverOptions['config'];
  if (o.noConfigLookup) r.noLookup = true;
  if (o.rules) r.cliRules = o.rules;
  return r;
}

/** What linting one file takes from the options: plain data, copied to each worker. */
export function fileLintOptions(options: Options): FileLintOptions {
  return {
    ...(options.fix ? { fix: true } : {}),
    ...(options.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: options.reportUnusedDisableDirectives } : {}),
    ...(options.allowInlineConfig === false ? { allowInlineConfig: false } : {}),
    ...(options.column ? { column: options.column } : {}),
    ...(options.field ? { field: options.field } : {}),
  };
}
