'use strict';
// Builds the CLI's V8 startup snapshot for the Node running this (dist/socialcheck.snap) and its
// stamp (dist/socialcheck.snap.json: that Node, and the build it holds), then writes the POSIX
// launcher that starts from it. Run by the build (scripts/bundle.mjs) and by an install
// (bin/install.cjs). A snapshot that cannot be built is no error: the CLI starts as before.
const fs = require('node:fs');
const path = require('node:path');
const { createHash } = require('node:crypto');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const BLOB = path.join(dist, 'socialcheck.snap');
const STAMP = path.join(dist, 'socialcheck.snap.json');
const BUNDLE = path.join(dist, 'socialcheck.cjs');

/**
 * V8 flags the snapshot is built and started with (Node refuses a blob under other flags). Without
 * rehashing, a start keeps the hashes the build computed for the heap's strings and tables
 * instead of recomputing them all with a fresh seed: about 13 ms of a one-draft run's ~45 ms of
 * deserialising (--profile-deserialization). The seed only guards a long-lived process against
 * inputs crafted to collide in its hash tables; a lint run reads the user's own files and exits.
 */
const FLAGS = ['--no-rehash-snapshot'];

const sha256 = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** What a fresh snapshot's stamp says: this Node (its version and file) and this build. */
function expectedStamp() {
  const st = fs.statSync(BUNDLE);
  return { node: process.version, execPath: fs.realpathSync(process.execPath), bundle: sha256(BUNDLE), size: st.size, mtimeMs: st.mtimeMs };
}

/** The stamp, if the snapshot beside it was built by this Node from this build. */
function freshStamp() {
  try {
    if (!fs.existsSync(BLOB)) return null;
    const stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
    const want = expectedStamp();
    return stamp.node === want.node && stamp.execPath === want.execPath && stamp.bundle === want.bundle ? want : null;
  } catch {
    return null;
  }
}

function removeSnapshot() {
  for (const f of [BLOB, STAMP, `${BLOB}.tmp`]) fs.rmSync(f, { force: true });
}

/** Builds the snapshot; returns why not when it cannot. */
function build() {
  removeSnapshot();
  const r = spawnSync(
    process.execPath,
    [...FLAGS, '--snapshot-blob', `${BLOB}.tmp`, '--build-snapshot', path.join(__dirname, 'snapshot-entry.cjs')],
    {
      cwd: root,
      encoding: 'utf8',
      // Nothing of the environment a build runs in goes into the heap it saves.
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  if (r.status !== 0 || !fs.existsSync(`${BLOB}.tmp`)) {
    fs.rmSync(`${BLOB}.tmp`, { force: true });
    const why = (r.error?.message ?? r.stderr.split('\n').find((l) => /error/i.test(l)) ?? `exit code ${r.status}`).trim();
    return why || 'unknown failure';
  }
  // Node aborts on a snapshot it cannot start from: one start proves it before it is used.
  const check = spawnSync(process.execPath, [...FLAGS, '--snapshot-blob', `${BLOB}.tmp`, '--', '--version'], {
    cwd: root,
    encoding: 'utf8',
  });
  const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  if (check.status !== 0 || check.stdout.trim() !== version) {
    fs.rmSync(`${BLOB}.tmp`, { force: true });
    return `a start from it failed (exit code ${check.status ?? check.signal})`;
  }
  fs.renameSync(`${BLOB}.tmp`, BLOB);
  writeStamp(expectedStamp());
  return null;
}

function writeStamp(stamp) {
  fs.writeFileSync(STAMP, `${JSON.stringify(stamp, null, 2)}\n`);
}

/** Quotes a string for sh. */
const sq = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The lines that start the CLI from the snapshot, as sh runs them; `fallback` is the command
 * otherwise. Node must be the very file that built the snapshot (a blob from another Node
 * aborts it), so PATH's node is compared with it by inode, and one replaced in place after the
 * snapshot was built (newer than it) is not trusted; and it must run with no V8 flag.
 */
function launcherLines(stamp, fallback) {
  const blob = fs.realpathSync(BLOB);
  return [
    `b=${sq(blob)} n=${sq(stamp.execPath)}`,
    // NODE_OPTIONS may hold V8 flags (--max-old-space-size, say), with which Node refuses a
    // snapshot built without them.
    `if [ -z "$NODE_OPTIONS" ] && [ -f "$b" ] && [ "$(command -v node)" -ef "$n" ] && ! [ "$n" -nt "$b" ]; then exec node ${FLAGS.join(' ')} --snapshot-blob "$b" -- "$@"; fi`,
    `exec ${fallback} "$@"`,
  ];
}

/** A sh script that starts the CLI from the snapshot, else from bin/socialcheck.js. */
function launcherScript(stamp) {
  return [
    '#!/bin/sh',
    '# socialcheck from its startup snapshot (written by bin/snapshot.cjs)',
    ...launcherLines(stamp, `node ${sq(path.join(root, 'bin', 'socialcheck.js'))}`),
    '',
  ].join('\n');
}

/**
 * bin/socialcheck.js's source with the launcher in front, as one file that sh and Node both
 * read: sh runs the launcher's line (`':'` is its no-op), for Node that line is a string and a
 * comment, and the first line is a hashbang to both. Without a launcher: the source as committed.
 */
const LAUNCHER_MARK = "':' //;";
function withLauncher(source, stamp) {
  const js = withoutLauncher(source);
  if (!stamp) return js;
  return ['#!/bin/sh', `${LAUNCHER_MARK} ${launcherLines(stamp, 'node "$0"').join('; ')}`, js.replace(/^#!.*\n/, '')].join('\n');
}
function withoutLauncher(source) {
  const lines = source.split('\n');
  if (lines[0] === '#!/bin/sh' && lines[1].startsWith(LAUNCHER_MARK)) return ['#!/usr/bin/env node', ...lines.slice(2)].join('\n');
  return source;
}

module.exports = { BLOB, STAMP, FLAGS, build, freshStamp, writeStamp, removeSnapshot, launcherScript, withLauncher, withoutLauncher };

if (require.main === module) {
  const why = process.platform === 'win32' ? 'not used on Windows' : build();
  if (why) console.error(`socialcheck: no startup snapshot (${why}); the CLI starts without one`);
}
