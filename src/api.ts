import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigResolver, type ResolverOptions } from './config/resolve.js';
import type { ConfigFile, ResolvedConfig, RuleSetting } from './config/types.js';
import { expandPatterns, IgnoreList } from './files/expand.js';
import { readDraft } from './files/read.js';
import type { FileStat, LintCache } from './files/cache.js';
import { lintSource, type LintOptions } from './engine/lint.js';
import { lintFileText, type FileLintOptions } from './engine/lint-file.js';
import { LintPool, WORKER_MAX_CHARS, workerCount, type Concurrency } from './engine/lint-pool.js';
import { countMessages, fatalResult, type LintResult } from './engine/results.js';

export type { LintMessage, LintResult } from './engine/results.js';
export type { ConfigFile, RuleSetting } from './config/types.js';
export type { Rule, RuleMeta, Severity } from './engine/rule-types.js';

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

function resolverOptions(o: Options): ResolverOptions {
  const r: ResolverOptions = { cwd: o.cwd ?? process.cwd() };
  if (o.configFile) r.configFile = o.configFile;
  if (o.config) r.config = o.config as ResolverOptions['config'];
  if (o.noConfigLookup) r.noLookup = true;
  if (o.rules) r.cliRules = o.rules;
  return r;
}

/**
 * Lints one draft's text. `filePath` names it: its extension picks Markdown or plain text, or a
 * file of scheduled posts (.csv, .tsv, .json, .jsonl, .xlsx) read row by row as lintFiles()
 * reads one; its folder picks the config.
 */
export async function lintText(
  text: string,
  options: Options & { filePath?: string } = {},
  resolver?: ConfigResolver,
): Promise<LintResult> {
  const r = resolver ?? (await ConfigResolver.create(resolverOptions(options)));
  if (!options.filePath) return lintSource(text, '<text>', r.resolve(resolve(r.cwd, 'stdin.md')), r.ruleMap, options);
  const filePath = resolve(r.cwd, options.filePath);
  return lintFileText(filePath, text, r.resolve(filePath), r.ruleMap, options);
}

/** Lints files, folders and globs. Unreadable inputs become fatal results; the rest are still linted. */
export async function lintFiles(patterns: string[], options: Options = {}, resolver?: ConfigResolver): Promise<LintResult[]> {
  const results: LintResult[] = [];
  await lintFilesInOrder(patterns, (result) => results.push(result), options, resolver);
  return results;
}

// Marks a place in the input order whose result is still to come.
const PENDING = Symbol('pending');

/**
 * Lints as lintFiles() does, but hands each result to `onResult` as soon as it and every
 * result before it in input order are done, and keeps none: a run's memory does not grow with
 * its number of files.
 */
export async function lintFilesInOrder(
  patterns: string[],
  onResult: (result: LintResult) => void,
  options: Options = {},
  resolver?: ConfigResolver,
): Promise<void> {
  const r = resolver ?? (await ConfigResolver.create(resolverOptions(options)));
  const targets = await expandPatterns(patterns, r.cwd, options.errorOnUnmatchedPattern !== false);
  const cliIgnore = new IgnoreList(r.cwd, options.ignorePatterns ?? []);
  const fileOptions: FileLintOptions = {
    ...(options.fix ? { fix: true } : {}),
    ...(options.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: options.reportUnusedDisableDirectives } : {}),
    ...(options.allowInlineConfig === false ? { allowInlineConfig: false } : {}),
    ...(options.column ? { column: options.column } : {}),
    ...(options.field ? { field: options.field } : {}),
  };
  const workers = workerCount(options.concurrency ?? 'off', targets.length);
  // Started on the first file that needs linting: a warm --cache run needs no workers.
  let pool: LintPool | null | undefined = workers ? undefined : null;
  // In input order, until handed on: PENDING while the file is being read or linted.
  const results: (LintResult | typeof PENDING | undefined)[] = [];
  let handedOn = 0;
  const handOn = () => {
    for (let next = results[handedOn]; next !== PENDING && next !== undefined; next = results[handedOn]) {
      results[handedOn++] = undefined;
      onResult(next);
    }
  };
  const settle = (at: number, result: LintResult) => {
    results[at] = result;
    if (at === handedOn) handOn();
  };
  let done = 0;
  const total = targets.length;
  const finished = () => options.onProgress?.(++done, total);
  options.onProgress?.(0, total);
  const cache = options.fix ? undefined : options.cache;
  // The column and field chosen for post files change the result too, and so does --no-inline-config.
  const configKeys = new Map<ResolvedConfig, string>();
  const configKey = (config: ResolvedConfig) => {
    let key = configKeys.get(config);
    if (key === undefined)
      configKeys.set(
        config,
        (key = `${cache!.configKey(config)}:${options.column ?? ''}:${options.field ?? ''}:${options.allowInlineConfig === false ? 'no-inline' : ''}`),
      );
    return key;
  };

  // First what needs no reading: missing and ignored files, and (with --cache) files whose
  // size and modification time are unchanged.
  type Job = { at: number; path: string; config: ResolvedConfig; stat?: FileStat };
  const jobs: Job[] = [];
  for (const t of targets) {
    if (t.problem) {
      settle(results.length, fatalResult(t.path, t.problem));
      finished();
      continue;
    }
    if (options.ignore !== false && (cliIgnore.ignores(t.path) || r.isIgnoredByConfig(t.path))) {
      if (t.explicit) {
        // As ESLint does: a file named on the command line but ignored gets a warning, not silence.
        const message = 'File ignored because of a matching ignore pattern. Use --no-ignore to lint it.';
        settle(results.length, countMessages(t.path, [{ ruleId: null, severity: 1, message, line: 1, column: 1 }]));
      }
      finished();
      continue;
    }
    const config = r.resolve(t.path);
    const stat = cache ? statOf(t.path) : undefined;
    const hit = stat && cache!.getByStat(t.path, stat, configKey(config));
    if (hit) {
      settle(results.length, hit);
      finished();
      continue;
    }
    jobs.push({ at: results.length, path: t.path, config, ...(stat ? { stat } : {}) });
    results.push(PENDING);
  }
  // What is held per file is let go as the run goes (targets now, each job once read): a run of
  // 100k drafts otherwise kept ~20 MB of paths and jobs alive to the end, and V8 sizes its heap
  // from what is alive.
  targets.length = 0;

  const inWorkers = new Set<Promise<void>>();
  try {
    // Reads run ahead of linting (a window of 16 files), so linting never waits on the disk in
    // turn.
    const reads = new Map<number, ReturnType<typeof readDraft>>();
    for (const [i, job] of jobs.entries()) {
      for (let j = i; j < Math.min(jobs.length, i + 16); j++) if (!reads.has(j)) reads.set(j, readDraft(jobs[j]!.path));
      const read = await reads.get(i)!;
      reads.delete(i);
      (jobs as (Job | undefined)[])[i] = undefined;
      if (!read.ok) {
        settle(job.at, fatalResult(job.path, read.message));
        finished();
        continue;
      }
      const keys = cache && { content: cache.contentKey(read.text), config: configKey(job.config) };
      const cached = keys && cache!.get(job.path, keys.content, keys.config, job.stat);
      if (cached) {
        settle(job.at, cached);
        finished();
        continue;
      }
      if (pool === undefined) pool = await LintPool.create(workers, r.options, fileOptions);
      // Let the workers' replies in and the queued jobs out (both wait for the event loop),
      // so the queues' state is current and this thread lints only while they are full.
      if (pool) await new Promise<void>((resume) => setImmediate(resume));
      // A very long draft is linted here: a worker's heap is kept small (lint-pool.ts). So is
      // any draft that comes while every worker's queue is full: this thread would only wait.
      const local = !pool || read.text.length > WORKER_MAX_CHARS || pool.saturated();
      const linted = !local
        ? (await pool!.lint(job.path, read.text)).result
        : lintFileText(job.path, read.text, job.config, r.ruleMap, fileOptions);
      const stored = linted.then((result) => {
        if (keys) cache!.set(job.path, keys.content, keys.config, result, job.stat);
        finished();
        settle(job.at, result);
      });
      if (local) await stored;
      else {
        // Awaited at the end; a failure is handled there, not reported as unhandled meanwhile.
        inWorkers.add(stored);
        stored.then(
          () => inWorkers.delete(stored),
          () => {},
        );
      }
    }
    await Promise.all(inWorkers);
  } finally {
    await pool?.close();
  }
}

/** Size and modification time, or undefined when the file cannot be stat'ed (reading reports why). */
function statOf(path: string): FileStat | undefined {
  try {
    const { size, mtimeMs } = statSync(path);
    return { size, mtimeMs };
  } catch {
    return undefined;
  }
}

export { ConfigResolver };
