'use strict';
// A worker thread of a large run (src/runner/lint-pool.ts): the one-file build, in its own loop.
require('./load-bundle.cjs')().runWorker();
