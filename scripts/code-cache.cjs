'use strict';
// Lints a few drafts with the one-file build, then saves V8's code cache for it: the cache then
// holds every function a lint compiled, not only the top level.
const fs = require('node:fs');
const path = require('node:path');
const loadBundle = require('../bin/load-bundle.cjs');

const root = path.join(__dirname, '..');
const bundle = loadBundle();
const drafts = require('../bin/warm-up-drafts.cjs');
bundle
  .warmUp(drafts)
  .then(() => {
    fs.writeFileSync(path.join(root, 'dist', 'socialcheck.cache'), bundle.__script.createCachedData());
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
