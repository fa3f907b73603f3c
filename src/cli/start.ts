import { setFlagsFromString } from 'node:v8';
import { startNewRun } from '../run-state.js';

// Between full collections V8 lets the old space grow to several times what was live at the last
// one. A run over many drafts promotes garbage at a steady rate, so its peak memory rose with the
// number of drafts until the first full collection, long into a large run (one thread: 138 MB at
// 10k drafts, 167 MB at 50k). A growth of 30% keeps it level (149, 149 and 153 MB at 10k, 50k and
// 100k). The flag is V8's own: set only on the V8 versions of the Node releases we test, where
// it exists (an unknown one is reported on standard error).
const V8_MAJOR = Number(process.versions.v8.split('.')[0]);
const HEAP_GROWING_PERCENT = 30;
import { main } from './main.js';

/**
 * Runs the CLI as a process: bin/socialcheck.js calls this, and so does a start from the startup
 * snapshot (bin/snapshot-entry.cjs), so both behave alike.
 */
export function start(argv: string[]): void {
  startNewRun();
  if (V8_MAJOR >= 11 && V8_MAJOR <= 13) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // A reader that stops early (`socialcheck posts/ | head`) closes the pipe: stop quietly, as Unix
  // tools do, with the exit code the run earned, instead of a stack trace for the EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  void main(argv).then((code) => {
    process.exitCode = code;
  });
}
