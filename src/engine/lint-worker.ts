import { createRequire } from 'node:module';
import { ConfigResolver, type ResolverOptions } from '../config/resolve.js';
import { lintFileText, type FileLintOptions } from './lint-file.js';

/** A lint worker's loop (see lint-pool.ts): a file's path and text in, its result out. */
export async function runWorker(): Promise<void> {
  // Required here, not imported: the one-file build holds this module, and a run without
  // workers should not load worker_threads.
  const { parentPort: port, workerData } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  if (!port) throw new Error('runWorker: not in a worker thread');
  const data = workerData as { resolver: ResolverOptions; options: FileLintOptions };
  const resolver = await ConfigResolver.create(data.resolver);
  port.on('message', (m: { id: number; path: string; text: string }) => {
    lintFileText(m.path, m.text, resolver.resolve(m.path), resolver.ruleMap, data.options).then(
      (result) => port.postMessage({ id: m.id, result }),
      (e: unknown) => port.postMessage({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
    );
  });
}
