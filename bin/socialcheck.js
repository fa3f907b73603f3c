#!/usr/bin/env node
// Starts the CLI, nothing else.
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
