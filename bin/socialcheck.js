#!/usr/bin/env node
// Starts the CLI, nothing else: from the one-file build when there is one (fast to start),
// otherwise from dist/src.
import { createRequire } from 'node:module';

const bundle = createRequire(import.meta.url)('./load-bundle.cjs')();
const { main } = bundle ?? (await import('../dist/src/cli/main.js'));

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
