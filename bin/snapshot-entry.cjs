'use strict';
// The startup snapshot's script, run at build time by bin/snapshot.cjs as
//   node --no-rehash-snapshot --snapshot-blob dist/socialcheck.snap --build-snapshot bin/snapshot-entry.cjs
// It loads the one-file build, lints the warm-up drafts (rules, phrase tables and name data are
// then built and in the heap V8 saves), and sets the function a start from the snapshot runs.
// Only built-in modules can be required here, so the build and the drafts are read as files.
//
// Nothing of the build may leak into a run: Node refreshes process.env, argv, cwd and the
// standard streams, V8 reseeds Math.random, and the CLI reads the rest afresh (src/run-state.ts);
// the build's own folder is replaced by the one the snapshot is started from (relocate below).
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const os = require('node:os');
const v8 = require('node:v8');
const Module = require('node:module');
const { createHash } = require('node:crypto');

const dist = path.join(__dirname, '..', 'dist');
const source = fs.readFileSync(path.join(dist, 'socialcheck.cjs'), 'utf8');
const bundleHash = createHash('sha256').update(source).digest('hex');

/** Runs a CommonJS file's source as Node would; `req` is the require it sees. */
function runCjs(file, code, req) {
  const mod = { exports: {} };
  // The script's name has no folder: it appears in stack traces only, and a run's folder differs.
  vm.runInThisContext(Module.wrap(code), { filename: path.basename(file) })(mod.exports, req, mod, file, path.dirname(file));
  return mod.exports;
}

// The build's require, for built-in modules; in a run, a real one from the run's folder.
let currentRequire = require;
const bundle = runCjs(path.join(dist, 'socialcheck.cjs'), source, (id) => currentRequire(id));
const draftsFile = path.join(__dirname, 'warm-up-drafts.cjs');
const drafts = runCjs(draftsFile, fs.readFileSync(draftsFile, 'utf8'), require);

/** The blob this process was started from, made absolute: the package's dist/ folder holds it. */
function blobPath() {
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--snapshot-blob') return { at: i, n: 2, file: path.resolve(args[i + 1]) };
    if (args[i].startsWith('--snapshot-blob=')) return { at: i, n: 1, file: path.resolve(args[i].slice(16)) };
  }
  return null;
}

/** Whether dist/socialcheck.cjs is the build this snapshot was taken of: the stamp's size and time, else its hash. */
function isSameBuild(runDist) {
  const file = path.join(runDist, 'socialcheck.cjs');
  try {
    const st = fs.statSync(file);
    const stamp = JSON.parse(fs.readFileSync(path.join(runDist, 'socialcheck.snap.json'), 'utf8'));
    if (stamp.bundle === bundleHash && stamp.size === st.size && stamp.mtimeMs === st.mtimeMs) return true;
  } catch {
    // No stamp, or no build: the hash decides.
  }
  try {
    return createHash('sha256').update(fs.readFileSync(file, 'utf8')).digest('hex') === bundleHash;
  } catch {
    return false;
  }
}

/**
 * A run of the CLI itself over the warm-up drafts, in each format a hook or CI run prints, into a
 * file (a snapshot's standard streams are the build's): argument parsing, file search, reading,
 * reporting and colour are then compiled too, not only linting.
 */
async function warmUpCli() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'socialcheck-snapshot-'));
  try {
    for (const d of drafts) fs.writeFileSync(path.join(tmp, d.filePath), d.text);
    for (const args of [['--color'], ['--no-color'], ['-f', 'json'], ['-f', 'sarif']])
      await bundle.main(['--no-config-lookup', ...args, '-o', path.join(tmp, 'report'), tmp]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

bundle
  .warmUp(drafts)
  .then(warmUpCli)
  .then(() => {
    bundle.startNewRun();
    // A snapshot holds built-in modules only: Node refuses to start from one that loaded a
    // package's file (a data file parsed with yaml because its compiled copy looked stale, say).
    const loaded = Object.keys(Module._cache);
    if (loaded.length) throw new Error(`the warm-up loaded ${loaded.length} module files (${path.basename(loaded[0])}, ...)`);
    v8.startupSnapshot.setDeserializeMainFunction(() => {
      const blob = blobPath();
      const runDist = blob ? path.dirname(blob.file) : dist;
      const bin = path.join(runDist, '..', 'bin');
      // As the plain start sees them: argv[1] the bin, no snapshot flag (worker threads inherit
      // execArgv, and refuse that one).
      process.argv.splice(1, 0, path.join(bin, 'socialcheck.js'));
      if (blob) process.execArgv.splice(blob.at, blob.n);
      // Nor the V8 flags it was started with (bin/snapshot.cjs FLAGS), which worker threads refuse too.
      for (let i; (i = process.execArgv.indexOf('--no-rehash-snapshot')) >= 0;) process.execArgv.splice(i, 1);
      const runRequire = Module.createRequire(path.join(bin, 'socialcheck.js'));
      if (!isSameBuild(runDist)) {
        // A snapshot of another build: start as bin/socialcheck.js does, from the build on disk.
        const plain = runRequire('./load-bundle.cjs')();
        if (plain) return plain.start(process.argv.slice(2));
        // No one-file build at all: bin/socialcheck.js runs dist/src, which only it can import.
        const r = require('node:child_process').spawnSync(process.execPath, process.argv.slice(1), { stdio: 'inherit' });
        process.exitCode = r.status ?? 2;
        return;
      }
      const file = path.join(runDist, 'socialcheck.cjs');
      currentRequire = Module.createRequire(file);
      bundle.__relocate(file);
      bundle.start(process.argv.slice(2));
    });
  })
  .catch((e) => {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
