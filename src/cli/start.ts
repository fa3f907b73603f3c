import { startNewRun } from '../run-state.js';
import { main } from './main.js';

/**
 * Runs the CLI as a process: bin/socialcheck.js calls this, and so does a start from the startup
 * snapshot (bin/snapshot-entry.cjs), so both behave alike.
 */
export function start(argv: string[]): void {
  startNewRun();
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
