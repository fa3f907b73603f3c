// Builds dist/socialcheck.cjs, the CLI in one CommonJS file, then V8's code cache for it
// (dist/socialcheck.cache) from a warm-up lint, so a cold start neither resolves ~200 modules
// nor compiles the functions a lint uses. bin/load-bundle.cjs loads both.
import { build, transform } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// chalk probes the terminal's colour support when it loads (~5 ms: environment, TTYs) for its
// default instance. socialcheck never uses that instance: stylish builds its own with the level
// --color/--no-color decided (src/cli/color.ts). So the probe is left out of the bundle.
const noColorProbe = {
  name: 'no-color-probe',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-color-probe' }));
    b.onLoad({ filter: /.*/, namespace: 'no-color-probe' }, () => ({
      contents: 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };\n',
      loader: 'js',
    }));
  },
};
const snapshot = createRequire(import.meta.url)('../bin/snapshot.cjs');
const launcher = join(root, 'dist', 'socialcheck.sh');
// Built-in modules loaded on first use instead of at start: each entry is the module, the
// functions the bundle calls on it, and which importers get the lazy copy (all when omitted).
// - crypto: Node sets OpenSSL up as crypto loads, and a process started from a snapshot that
//   holds it sets it up again (the root certificates read: about a fifth of a one-draft start).
//   Only --cache, gitlab reports and --fix's atomic writes hash anything.
// - child_process, for commander: it runs subcommands with it (about 5 ms to load, with what it
//   pulls in), and socialcheck has none.
const LAZY_CRYPTO = ['createHash'];
const LAZY_BUILTINS = [
  { module: 'crypto', functions: LAZY_CRYPTO },
  { module: 'child_process', functions: ['spawn'], importer: /[\\/]node_modules[\\/]commander[\\/]/ },
];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    for (const { module, functions, importer } of LAZY_BUILTINS) {
      const namespace = `lazy-${module}`;
      b.onResolve({ filter: new RegExp(`^(node:)?${module}$`) }, (a) => {
        if (a.namespace === namespace) return { path: `node:${module}`, external: true };
        return !importer || importer.test(a.importer) ? { path: module, namespace } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace }, () => ({
        contents: `let m;\n${functions.map((f) => `exports.${f} = (...a) => (m ??= require("node:${module}")).${f}(...a);`).join('\n')}\n`,
        loader: 'js',
      }));
    }
  },
};
// fdir (under tinyglobby) looks for picomatch, its optional peer, with a require of its own when
// it loads, for a glob method tinyglobby never calls: six files read and compiled on every start.
// fdir's `module` import gets a createRequire whose lookups fail, as when picomatch is absent.
const fdirWithoutPicomatch = {
  name: 'fdir-without-picomatch',
  setup(b) {
    b.onResolve({ filter: /^(node:)?module$/ }, (a) =>
      /[\\/]node_modules[\\/]fdir[\\/]/.test(a.importer) ? { path: 'module', namespace: 'fdir-module' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'fdir-module' }, () => ({
      contents: [
        'const absent = () => { throw Object.assign(new Error("not bundled"), { code: "MODULE_NOT_FOUND" }); };',
        'export function createRequire() { return Object.assign(absent, { resolve: absent }); }',
        '',
      ].join('\n'),
      loader: 'js',
    }));
  },
};
// What the last build made for its bundle goes before the bundle changes.
rmSync(join(root, 'dist', 'socialcheck.cache'), { force: true });
rmSync(launcher, { force: true });
snapshot.removeSnapshot();
await build({
  entryPoints: [join(root, 'dist', 'src', 'cli', 'bundle-entry.js')],
  outfile: join(root, 'dist', 'socialcheck.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Modules find their package folder and lazy requires from their own URL.
  define: { 'import.meta.url': '__socialcheck_url' },
  // A start from the startup snapshot sets it again to the folder it runs from (__relocate).
  banner: { js: 'let __socialcheck_url = require("node:url").pathToFileURL(__filename).href;' },
  footer: { js: 'module.exports.__relocate = (file) => { __socialcheck_url = require("node:url").pathToFileURL(file).href; };' },
  logLevel: 'warning',
  legalComments: 'none',
  // ES builds first: jsonc-parser's UMD main requires its parts in a way a bundler cannot follow.
  mainFields: ['module', 'main'],
  plugins: [noColorProbe, lazyBuiltins, fdirWithoutPicomatch],
});
const file = join(root, 'dist', 'socialcheck.cjs');
let out = readFileSync(file, 'utf8');
// esbuild keeps non-ASCII characters in regular expressions; escaped, the file is ASCII, which
// Node decodes about three times faster. \uXXXX means the same code unit in a regex literal, a
// string, a template and a comment, and String.raw here only builds regex sources.
out = out.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
for (const m of out.matchAll(/\b(?:import_node_crypto\d*|crypto\d*)\.(\w+)\(/g))
  if (!LAZY_CRYPTO.includes(m[1])) throw new Error(`scripts/bundle.mjs: crypto.${m[1]} is used; add it to LAZY_CRYPTO`);
// Whitespace and syntax minified, identifiers left as they are: function names show in stack
// traces without esbuild's keepNames, which wraps every function expression in a call that sets
// its name, at every evaluation: closures made per draft paid it per draft (about 14% of a 10k
// run with workers, paired). SOCIALCHECK_MINIFY=all mangles names too (a smaller file, with the
// names kept that way); =none leaves the bundle as esbuild wrote it.
const MINIFY = process.env.SOCIALCHECK_MINIFY ?? 'syntax';
if (MINIFY !== 'none')
  out = (
    await transform(out, {
      ...(MINIFY === 'all' ? { minify: true, keepNames: true } : { minifyWhitespace: true, minifySyntax: true }),
      format: 'cjs',
      target: 'node20',
      charset: 'ascii',
      legalComments: 'none',
    })
  ).code;
writeFileSync(file, out);
// The bundle runs in vm.Script, where import() has no loader: every import must be bundled.
const dynamic = /[^\w.$]import\(\s*["'`]/.exec(out);
if (dynamic) throw new Error(`dist/socialcheck.cjs keeps a dynamic import: ${out.slice(dynamic.index, dynamic.index + 60)}`);
const r = spawnSync(process.execPath, [join(root, 'scripts', 'code-cache.cjs')], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
// Then the startup snapshot (bin/snapshot.cjs), and dist/socialcheck.sh, the launcher that starts
// from it on POSIX systems (what an install puts in front of bin/socialcheck.js; the benchmarks
// and tests run it).
if (process.platform !== 'win32') {
  const why = snapshot.build();
  if (why) console.error(`scripts/bundle.mjs: no startup snapshot (${why}); the CLI starts without one`);
  else {
    writeFileSync(launcher, snapshot.launcherScript(snapshot.freshStamp()));
    chmodSync(launcher, 0o755);
  }
}
