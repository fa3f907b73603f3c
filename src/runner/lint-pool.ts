import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { ResolverOptions } from '../config/resolve.js';
import { packageRoot } from '../package-root.js';
import type { FileLintOptions } from './lint-file.js';
import type { LintResult } from '../engine/results.js';

// Worker threads for large inputs: each loads the one-file build (bin/lint-worker.cjs) and its
// own config resolver, and lints the files the main thread has read. The main thread keeps
// reading, ignoring and caching, lints files itself while every worker's queue is full, and
// puts results back in input order, so output is the same as a run on one thread.

export type Concurrency = 'off' | 'auto' | number;

/** Drafts longer than this are linted on the main thread, whose heap is not capped. */
export const WORKER_MAX_CHARS = 200_000;
/** A worker's heap caps: enough for any draft under WORKER_MAX_CHARS, small enough that a run's memory stays flat. */
const WORKER_HEAP_MB = 96;
// With 16 MB a 10k run took ~8% more CPU (collecting young objects more often) and 30 MB less
// peak memory (240 MB against 270 MB for the run, two workers).
const WORKER_YOUNG_MB = 32;

/**
 * Files per worker below which starting workers costs more than it saves. A new thread compiles
 * and warms up the rules afresh: on a 2-core machine one thread linted 1,000 drafts in 2.0 s,
 * against 2.3 s with a worker helping, while from ~1,500 drafts the worker wins (9.5 s against
 * 12.4 s at 10,000).
 */
const FILES_PER_WORKER = 1500;
const MAX_AUTO_WORKERS = 4;
/** Files handed to a worker at a time: enough to keep it busy, few enough to spread the work. */
const IN_FLIGHT_PER_WORKER = 32;
/** Results a worker sends at a time: a quarter of its queue. */
export const REPLY_BATCH = 8;

// Loaded when the first worker starts: a one-draft run never needs it.
const workerThreads = () => createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');

export function workerCount(concurrency: Concurrency | undefined, files: number): number {
  if (concurrency === undefined || concurrency === 'off') return 0;
  if (concurrency === 'auto') {
    // The main thread lints too whenever the workers' queues are full: one core is its.
    const cores = availableParallelism();
    if (cores < 2) return 0;
    return Math.min(cores - 1, MAX_AUTO_WORKERS, Math.floor(files / FILES_PER_WORKER));
  }
  return Math.max(0, Math.min(concurrency, files));
}

/**
 * Collects items and posts them as one array once this turn of the event loop is over, or as soon
 * as `max` have gathered: each message wakes the other thread, which costs about as much as
 * linting a small draft, but a thread that holds its replies until its queue is empty leaves
 * the other without work in the meantime.
 */
export function batched<T>(post: (items: T[]) => void, max = Infinity): (item: T) => void {
  let items: T[] = [];
  const flush = () => {
    if (!items.length) return;
    const sent = items;
    items = [];
    post(sent);
  };
  return (item) => {
    const n = items.push(item);
    if (n >= max) flush();
    else if (n === 1) setImmediate(flush);
  };
}

/** A file for a worker to lint. */
export interface WorkerJob {
  id: number;
  path: string;
  text: string;
}

/** What a worker sends back (lint-worker.ts), in batches. */
export interface WorkerReply {
  id: number;
  result?: LintResult;
  /** The result's source is the text the worker was sent, and was left out of the message. */
  sourceIsText?: boolean;
  error?: string;
}

interface Slot {
  worker: Worker;
  busy: number;
  /** Queues a job for this worker; the turn's jobs go in one message. */
  send: (job: WorkerJob) => void;
  jobs: Map<number, { text: string; resolve(r: LintResult): void; reject(e: unknown): void }>;
}

export class LintPool {
  private next = 0;
  private waiting: (() => void)[] = [];
  private failure: unknown;

  private constructor(private readonly slots: Slot[]) {}

  /** A pool of `size` workers, or null when there is no one-file build to run them from. */
  /** `options` must be plain data: it is copied to each worker. */
  static async create(size: number, resolver: ResolverOptions, options: FileLintOptions): Promise<LintPool | null> {
    const script = join(packageRoot(), 'bin', 'lint-worker.cjs');
    if (size < 1 || !existsSync(join(packageRoot(), 'dist', 'socialcheck.cjs'))) return null;
    const workerData = { resolver, options };
    const slots: Slot[] = [];
    try {
      for (let i = 0; i < size; i++) {
        const worker = new (workerThreads().Worker)(script, {
          workerData,
          resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
        });
        slots.push({ worker, busy: 0, send: batched((jobs: WorkerJob[]) => worker.postMessage(jobs)), jobs: new Map() });
      }
    } catch {
      // Config given to the API that cannot be copied to a thread (a function, say): one thread.
      for (const s of slots) void s.worker.terminate();
      return null;
    }
    const pool = new LintPool(slots);
    for (const slot of slots) {
      slot.worker.on('message', (replies: WorkerReply[]) => {
        for (const m of replies) pool.settle(slot, m);
      });
      slot.worker.on('error', (e) => pool.fail(e));
      slot.worker.on('exit', (code) => {
        if (slot.jobs.size) pool.fail(new Error(`a lint worker stopped (exit code ${code})`));
      });
    }
    return pool;
  }

  /** Whether every worker has a full queue: the caller may lint the next file itself meanwhile. */
  saturated(): boolean {
    return this.slots.every((s) => s.busy >= IN_FLIGHT_PER_WORKER);
  }

  /**
   * Hands a file to the least busy worker, first waiting while every worker has a full queue;
   * resolves once handed over, with the result to come (wrapped, so it is not awaited here).
   */
  async lint(path: string, text: string): Promise<{ result: Promise<LintResult> }> {
    while (!this.failure && this.slots.every((s) => s.busy >= IN_FLIGHT_PER_WORKER)) await new Promise<void>((r) => this.waiting.push(r));
    if (this.failure) throw this.failure;
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.next++;
    slot.busy++;
    const result = new Promise<LintResult>((resolve, reject) => slot.jobs.set(id, { text, resolve, reject }));
    slot.send({ id, path, text });
    return { result };
  }

  private settle(slot: Slot, m: WorkerReply) {
    const job = slot.jobs.get(m.id);
    if (!job) return;
    slot.jobs.delete(m.id);
    slot.busy--;
    // The worker leaves out a source that is the text it was sent: this thread has it already.
    if (m.result && m.sourceIsText) m.result.source = job.text;
    if (m.result) job.resolve(m.result);
    else job.reject(new Error(m.error ?? 'lint worker failed'));
    this.waiting.shift()?.();
  }

  private fail(e: unknown) {
    this.failure ??= e;
    for (const s of this.slots) {
      for (const job of s.jobs.values()) job.reject(e);
      s.jobs.clear();
    }
    for (const w of this.waiting.splice(0)) w();
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
