// What the one-file build (dist/socialcheck.cjs, scripts/bundle.mjs) exposes: the CLI, and a
// warm-up the build runs once so V8's code cache holds every function a lint compiles.
import { lintText } from '../api.js';

export { main } from './main.js';

export async function warmUp(drafts: { text: string; filePath: string }[]): Promise<number> {
  let problems = 0;
  for (const d of drafts) problems += (await lintText(d.text, { noConfigLookup: true, filePath: d.filePath, fix: true })).messages.length;
  return problems;
}

export { runWorker } from '../engine/lint-worker.js';
