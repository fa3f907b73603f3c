import { createRequire } from 'node:module';
import { ConfigResolver, type ResolverOptions } from '../config/resolve.js';
import { lintFileText, type FileLintOptions } from './lint-file.js';
import { batched, REPLY_BATCH, type WorkerJob, type WorkerReply } from './lint-pool.js';

/** A lint worker's loop (see lint-pool.ts): files' paths and texts in, their results out. */
export async function runWorker(): Promise<void> {
  // Required here, not imported: the one-file build holds this module, and a run without
  // workers should not load worker_threads.
  const { parentPort: port, workerData } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  if (!port) throw new Error('runWorker: not in a worker thread');
  const data = workerData as { resolver: ResolverOptions; options: FileLintOptions };
  const resolver = await ConfigResolver.create(data.resolver);
  // A worker lints every job queued in one turn: replies go out a few at a time, so that the main
  // thread hands it more work before its queue runs dry.
  const reply = batched((replies: WorkerReply[]) => port.postMessage(replies), REPLY_BATCH);
  port.on('message', (jobs: WorkerJob[]) => {
    for (const m of jobs) {
      lintFileText(m.path, m.text, resolver.resolve(m.path), resolver.ruleMap, data.options).then(
        (result) => {
          // The main thread has the text it sent (lint-pool.ts puts it back as the source).
          if (result.source !== m.text || 'output' in result) return reply({ id: m.id, result });
          const { source: _, ...rest } = result;
          reply({ id: m.id, result: rest, sourceIsText: true });
        },
        (e: unknown) => reply({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
      );
    }
  });
}
