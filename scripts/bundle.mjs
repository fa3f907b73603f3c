// Builds dist/socialcheck.cjs, the CLI in one CommonJS file, then V8's code cache for it
// (dist/socialcheck.cache) from a warm-up lint, so a cold start neither resolves ~200 modules
// nor compiles the functions a lint uses. bin/load-bundle.cjs loads both.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist', 'socialcheck.cache'), { force: true });
await build({
  entryPoints: [join(root, 'dist', 'src', 'cli', 'bundle-entry.js')],
  outfile: join(root, 'dist', 'socialcheck.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Modules find their package folder and lazy requires from their own URL.
  define: { 'import.meta.url': '__socialcheck_url' },
  banner: { js: 'const __socialcheck_url = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
  legalComments: 'none',
  // ES builds first: jsonc-parser's UMD main requires its parts in a way a bundler cannot follow.
  mainFields: ['module', 'main'],
});
// The bundle runs in vm.Script, where import() has no loader: every import must be bundled.
const out = readFileSync(join(root, 'dist', 'socialcheck.cjs'), 'utf8');
const dynamic = /[^\w.$]import\(\s*["'`]/.exec(out);
if (dynamic) throw new Error(`dist/socialcheck.cjs keeps a dynamic import: ${out.slice(dynamic.index, dynamic.index + 60)}`);
const r = spawnSync(process.execPath, [join(root, 'scripts', 'code-cache.cjs')], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
