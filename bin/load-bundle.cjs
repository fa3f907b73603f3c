'use strict';
// Loads socialcheck's one-file build with V8's code cache, both made at build time
// (scripts/bundle.mjs): one file and no compiling start far faster than ~200 ES modules.
// Returns null when there is no build, and the caller falls back to dist/src.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

module.exports = function loadBundle() {
  const file = path.join(__dirname, '..', 'dist', 'socialcheck.cjs');
  let source;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let cachedData;
  try {
    cachedData = fs.readFileSync(path.join(__dirname, '..', 'dist', 'socialcheck.cache'));
  } catch {
    // No cache: V8 compiles as usual. A cache from another Node version is rejected the same way.
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData, importModuleDynamically: undefined });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.exports.__script = script;
  return mod.exports;
};
