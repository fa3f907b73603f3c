'use strict';
// npm's postinstall: on a POSIX system, makes the installed CLI start from a V8 startup snapshot.
// A package from the registry or a tarball (npm runs `prepare` only in a checkout) has the
// one-file build but no snapshot, which is made here, for the Node installing it
// (bin/snapshot.cjs). Then the launcher goes in front of bin/socialcheck.js, the file npm's bin
// link points at: on POSIX that link runs the file's first line, so `#!/bin/sh` makes it a
// launcher with no second Node process. On Windows npm's shims run `node bin/socialcheck.js`
// (they read the same first line), so nothing changes there; in a checkout neither: the
// committed file stays as it is and `npm run build` writes dist/socialcheck.sh instead.
// Whatever fails here, the install does not: the CLI then starts as before.
const fs = require('node:fs');
const path = require('node:path');

function install() {
  const root = path.join(__dirname, '..');
  if (process.platform === 'win32') return null; // npm's shims there always run node
  if (!root.split(path.sep).includes('node_modules')) return null; // a checkout
  if (!fs.existsSync(path.join(root, 'dist', 'socialcheck.cjs'))) return 'no one-file build';
  // Unpacking gives every file the time it was written, in no set order, and a compiled copy of
  // the data (dist/data, made from rules/data at build) older than its source is taken as stale:
  // every start would parse the YAML again, and the snapshot could not be built.
  const data = path.join(root, 'dist', 'data');
  const now = new Date();
  for (const f of fs.existsSync(data) ? fs.readdirSync(data) : []) fs.utimesSync(path.join(data, f), now, now);
  const snapshot = require('./snapshot.cjs');
  const bin = path.join(__dirname, 'socialcheck.js');
  const source = fs.readFileSync(bin, 'utf8');
  let stamp = snapshot.freshStamp();
  if (!stamp) {
    const why = snapshot.build();
    if (why) {
      fs.writeFileSync(bin, snapshot.withoutLauncher(source));
      return why;
    }
    stamp = snapshot.freshStamp();
  } else snapshot.writeStamp(stamp); // the bundle's time as installed, so a start need not hash it
  fs.writeFileSync(bin, snapshot.withLauncher(source, stamp));
  return null;
}

try {
  const why = install();
  if (why) console.error(`socialcheck: starts without a startup snapshot (${why})`);
} catch (e) {
  console.error(`socialcheck: starts without a startup snapshot (${e instanceof Error ? e.message : String(e)})`);
}
