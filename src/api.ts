import { resolve } from 'node:path';
import { ConfigResolver, type ResolverOptions } from './config/resolve.js';
import type { ConfigFile, RuleSetting } from './config/types.js';
import { expandPatterns, IgnoreList } from './files/expand.js';
import { readDraft } from './files/read.js';
import type { LintCache } from './files/cache.js';
import { lintSource, type LintOptions } from './engine/lint.js';
import { lintFileText, type FileLintOptions } from './engine/lint-file.js';
import { LintPool, workerCount, type Concurrency } from './engine/lint-pool.js';
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

/** Lints one draft's text. `filePath` names it (its extension picks Markdown or plain text, its folder the config). */
export async function lintText(
  text: string,
  options: Options & { filePath?: string } = {},
  resolver?: ConfigResolver,
): Promise<LintResult> {
  const r = resolver ?? (await ConfigResolver.create(resolverOptions(options)));
  const filePath = options.filePath ? resolve(r.cwd, options.filePath) : '<text>';
  const configPath = options.filePath ? filePath : resolve(r.cwd, 'stdin.md');
  return lintSource(text, filePath, r.resolve(configPath), r.ruleMap, options);
}

/** Lints files, folders and globs. Unreadable inputs become fatal results; the rest are still linted. */
export async function lintFiles(patterns: string[], options: Options = {}, resolver?: ConfigResolver): Promise<LintResult[]> {
  const r = resolver ?? (await ConfigResolver.create(resolverOptions(options)));
  const targets = await expandPatterns(patterns, r.cwd);
  const cliIgnore = new IgnoreList(r.cwd, options.ignorePatterns ?? []);
  const fileOptions: FileLintOptions = {
    ...(options.fix ? { fix: true } : {}),
    ...(options.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: options.reportUnusedDisableDirectives } : {}),
    ...(options.column ? { column: options.column } : {}),
    ...(options.field ? { field: options.field } : {}),
  };
  const workers = workerCount(options.concurrency ?? 'off', targets.length);
  const pool = workers ? await LintPool.create(workers, r.options, fileOptions) : null;
  // In input order; a promise while a worker has the file.
  const results: (LintResult | Promise<LintResult>)[] = [];
  let done = 0;
  const finished = () => options.onProgress?.(++done, targets.length);
  options.onProgress?.(0, targets.length);
  try {
    // Reads run ahead of linting (a window of 16 files), so linting never waits on the disk in
    // turn.
    const reads = new Map<number, ReturnType<typeof readDraft>>();
    for (const [i, t] of targets.entries()) {
      for (let j = i; j < Math.min(targets.length, i + 16); j++)
        if (!reads.has(j) && !targets[j]!.problem) reads.set(j, readDraft(targets[j]!.path));
      const pending = reads.get(i);
      reads.delete(i);
      if (t.problem) {
        results.push(fatalResult(t.path, t.problem));
        finished();
        continue;
      }
      if (options.ignore !== false) {
        const ignored = cliIgnore.ignores(t.path) || r.isIgnoredByConfig(t.path);
        if (ignored) {
          if (t.explicit) {
            // As ESLint does: a file named on the command line but ignored gets a warning, not silence.
            const message = 'File ignored because of a matching ignore pattern. Use --no-ignore to lint it.';
            results.push(countMessages(t.path, [{ ruleId: null, severity: 1, message, line: 1, column: 1 }]));
          }
          finished();
          continue;
        }
      }
      const read = await (pending ?? readDraft(t.path));
      if (!read.ok) {
        results.push(fatalResult(t.path, read.message));
        finished();
        continue;
      }
      const config = r.resolve(t.path);
      const cache = options.fix ? undefined : options.cache;
      // The column and field chosen for post files change the result too.
      const keys = cache && {
        content: cache.contentKey(read.text),
        config: `${cache.configKey(config)}:${options.column ?? ''}:${options.field ?? ''}`,
      };
      const cached = keys && cache.get(t.path, keys.content, keys.config);
      if (cached) {
        results.push(cached);
        finished();
        continue;
      }
      const linted = pool ? (await pool.lint(t.path, read.text)).result : lintFileText(t.path, read.text, config, r.ruleMap, fileOptions);
      const stored = linted.then((result) => {
        if (keys) cache.set(t.path, keys.content, keys.config, result);
        finished();
        return result;
      });
      results.push(pool ? stored : await stored);
    }
    return await Promise.all(results);
  } finally {
    await pool?.close();
  }
}

export { ConfigResolver };
