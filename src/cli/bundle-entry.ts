// What the one-file build (dist/socialcheck.cjs, scripts/bundle.mjs) exposes: the CLI, and a
// warm-up the build runs once so V8's code cache holds every function a lint compiles.
import { lintText } from '../api.js';

export { main } from './main.js';

export async function warmUp(drafts: { text: string; filePath: string }[]): Promise<void> {
  for (const d of drafts) await lintText(d.text, { noConfigLookup: true, filePath: d.filePath, fix: true });
}

export { runWorker } from '../engine/lint-worker.js';
