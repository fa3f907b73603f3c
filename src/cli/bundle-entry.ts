// What the one-file build (dist/socialcheck.cjs, scripts/bundle.mjs) exposes: the CLI, and a
// warm-up the build runs once so V8's code cache and the startup snapshot hold every function a
// lint compiles and every table it builds.
import { lintText } from '../api.js';

export { main } from './main.js';
export { start } from './start.js';
export { startNewRun } from '../run-state.js';

export async function warmUp(drafts: { text: string; filePath: string }[]): Promise<void> {
  for (const d of drafts) await lintText(d.text, { noConfigLookup: true, filePath: d.filePath, fix: true });
}

export { runWorker } from '../runner/lint-worker.js';
