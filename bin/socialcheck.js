#!/usr/bin/env node
// Starts the CLI, nothing else: from the one-file build when there is one (fast to start),
// otherwise from dist/src. On POSIX systems an install replaces this file's first lines with a
// launcher that starts the CLI from a V8 startup snapshot when one fits (bin/install.cjs).
import { createRequire } from 'node:module';

const bundle = createRequire(import.meta.url)('./load-bundle.cjs')();
const { start } = bundle ?? (await import('../dist/src/cli/start.js'));
start(process.argv.slice(2));
