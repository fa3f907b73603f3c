#!/usr/bin/env node
// Starts the CLI, nothing else: from the one-file build when there is one (fast to start),
// otherwise from dist/src.
import { createRequire } from 'node:module';

const bundle = createRequire(import.meta.url)('./load-bundle.cjs')();
const { main } = bundle ?? (await import('../dist/src/cli/main.js'));

// A reader that stops early (`socialcheck posts/ | head`) closes the pipe: stop quietly, as Unix
// tools do, with the exit code the run earned, instead of a stack trace for the EPIPE.
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
