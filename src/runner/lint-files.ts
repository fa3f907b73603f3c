import { ConfigResolver } from '../config/resolve.js';
import type { ResolvedConfig } from '../config/types.js';
import { countMessages, fatalResult, type LintResult } from '../engine/results.js';
import { expandPatterns, IgnoreList, type Target } from '../files/expand.js';
import type { FileStat } from '../files/cache.js';
import { readDraft } from '../files/read.js';
import { CachedResults } from './cached-results.js';
import { InOrder } from './in-order.js';
import { lintFileText } from './lint-file.js';
import { LintPool, WORKER_MAX_CHARS, workerCount } from './lint-pool.js';
import { fileLintOptions, resolverOptions, type Options } from './options.js';

/** Lints files, folders and globs. Unreadable inputs become fatal results; the rest are still linted. */
export async function lintFiles(patterns: string[], options: Options = {}, resolver?: ConfigResolver): Promise<LintResult[]> {
  const results: LintResult[] = [];
  await lintFilesInOrder(patterns, (result) => results.push(result), options, resolver);
  return results;
}

/** A file to read and lint, in its place in the input order. */
interface Job {
  at: number;
  path: string;
  config: ResolvedConfig;
  stat?: FileStat;
}

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
  const fileOptions = fileLintOptions(options);
  const workers = workerCount(options.concurrency ?? 'off', targets.length);
  // Started on the first file that needs linting: a warm --cache run needs no workers.
  let pool: LintPool | null | undefined = workers ? undefined : null;
  const results = new InOrder(onResult);
  let done = 0;
  const total = targets.length;
  const finished = () => options.onProgress?.(++done, total);
  options.onProgress?.(0, total);
  const cache = !options.fix && options.cache ? new CachedResults(options.cache, options) : undefined;

  // A target becomes a job to read, or a result that needs no reading: a missing or ignored
  // file, or (with --cache) one whose size and modification time are unchanged. Done as the
  // reads come, each target let go once planned: a run holds its compact list of drafts
  // (expand.ts), not a job for every file (100k drafts' jobs were ~15 MB alive at once, and V8
  // sizes its heap from that).
  const plan = (t: Target): Job | undefined => {
    if (t.problem) {
      results.add(fatalResult(t.path, t.problem));
      finished();
      return undefined;
    }
    if (options.ignore !== false && (cliIgnore.ignores(t.path) || r.isIgnoredByConfig(t.path))) {
      if (t.explicit) {
        // As ESLint does: a file named on the command line but ignored gets a warning, not silence.
        const message = 'File ignored because of a matching ignore pattern. Use --no-ignore to lint it.';
        results.add(countMessages(t.path, [{ ruleId: null, severity: 1, message, line: 1, column: 1 }]));
      }
      finished();
      return undefined;
    }
    const config = r.resolve(t.path);
    const stat = cache?.stat(t.path);
    const hit = cache?.byStat(t.path, stat, config);
    if (hit) {
      results.add(hit);
      finished();
      return undefined;
    }
    return { at: results.reserve(), path: t.path, config, ...(stat ? { stat } : {}) };
  };

  // Every config file that applies is read before any draft: a broken one stops the run before
  // its report begins (each folder's is looked up once).
  for (const t of targets.onePerFolder()) if (!t.problem) r.configFor(t.path);

  const inWorkers = new Set<Promise<void>>();
  try {
    // Reads run ahead of linting (a window of 16 files), so linting never waits on the disk in
    // turn.
    const ahead: { job: Job; read: ReturnType<typeof readDraft> }[] = [];
    const readAhead = () => {
      for (let t; ahead.length < 16 && (t = targets.take()); ) {
        const job = plan(t);
        if (job) ahead.push({ job, read: readDraft(job.path) });
      }
    };
    for (readAhead(); ahead.length; readAhead()) {
      const { job, read: reading } = ahead.shift()!;
      const read = await reading;
      if (!read.ok) {
        results.settle(job.at, fatalResult(job.path, read.message));
        finished();
        continue;
      }
      const cached = cache?.byContent(job.path, read.text, job.config, job.stat);
      if (cached?.hit) {
        results.settle(job.at, cached.hit);
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
        cached?.keep(result);
        finished();
        results.settle(job.at, result);
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
