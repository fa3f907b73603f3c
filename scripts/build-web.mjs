// Builds the web page (dist/web/): the same engine and rules as the CLI, bundled by esbuild for
// a browser. Classic scripts, not ES modules, so the page also works opened from disk (Chrome
// refuses module scripts from file://). Two host modules are swapped for browser ones: the data
// files (bundled here from rules/data/) and the Markdown parser (its own file, loaded only for a
// draft with Markdown in it). platform 'browser' makes any Node built-in a build error.
import { analyzeMetafile, build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'web');
const dataDir = join(root, 'rules', 'data');

// src/ module -> the browser's stand-in (same exports).
const HOST_SWAPS = {
  [join(root, 'src', 'shared', 'host-files.ts')]: join(root, 'web', 'host', 'data-files.ts'),
  [join(root, 'src', 'draft', 'markdown-parser.ts')]: join(root, 'web', 'host', 'markdown-parser.ts'),
};

// Data only some drafts need (place names for details that identify a patient, sentiment
// weights for opinions, the words that hold a swear word without being one): data-more.js,
// loaded the first time a rule asks for one of them.
const LAZY_DATA = ['places-gb.json', 'afinn.json', 'profanity-guard.json'];

/** Every rules/data file as JSON text (YAML parsed here, once), plus the first-name groups the CLI's build writes. */
async function dataFiles() {
  const files = {};
  for (const f of readdirSync(dataDir).filter((f) => /\.(?:ya?ml|json)$/.test(f))) {
    const text = readFileSync(join(dataDir, f), 'utf8');
    files[f] = f.endsWith('.json') ? JSON.stringify(JSON.parse(text)) : JSON.stringify(parse(text));
  }
  // The rules read first names only from their groups (rules/lib/name-table.ts): ship those alone.
  const { grouped } = await import(join(root, 'dist', 'src', 'shared', 'name-table.js'));
  const compiled = { 'first-names.buckets.json': grouped(JSON.parse(files['first-names.json']).names) };
  delete files['first-names.json'];
  const lazy = Object.fromEntries(LAZY_DATA.map((f) => [f, files[f]]));
  for (const f of LAZY_DATA) delete files[f];
  return { files, compiled, lazy };
}

const hostPlugin = (data) => ({
  name: 'socialcheck-web-host',
  setup(b) {
    b.onResolve({ filter: /^socialcheck:data$/ }, () => ({ path: 'data', namespace: 'socialcheck-data' }));
    b.onLoad({ filter: /.*/, namespace: 'socialcheck-data' }, () => ({ contents: data, loader: 'js' }));
    // The export parsers live in exports.js, which the page loads before it reads an export.
    b.onResolve({ filter: /^(?:csv-parse\/sync|jsonc-parser)$/ }, (args) =>
      args.importer.startsWith(join(root, 'web')) ? undefined : { path: args.path, namespace: 'socialcheck-exports' },
    );
    b.onLoad({ filter: /.*/, namespace: 'socialcheck-exports' }, (args) => ({
      contents: `module.exports = globalThis.socialcheckExports.${args.path === 'jsonc-parser' ? 'jsonc' : 'csv'};`,
      loader: 'js',
    }));
    // Workbooks (.xlsx) are read with a Node library: the page checks CSV and JSON exports.
    b.onResolve({ filter: /^\.\/sheet-posts\.js$/ }, () => ({ path: 'sheet-posts', namespace: 'socialcheck-no-sheets' }));
    b.onLoad({ filter: /.*/, namespace: 'socialcheck-no-sheets' }, () => ({
      contents: `export async function postsFromSheet(file) { return { error: file + ': this page reads CSV and JSON exports; save the workbook as CSV, or check it with the socialcheck command.' }; }`,
      loader: 'js',
    }));
    b.onResolve({ filter: /(?:host-files|markdown-parser)\.js$/ }, async (args) => {
      if (args.namespace !== 'file' || args.importer.startsWith(join(root, 'web'))) return undefined;
      const resolved = join(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      return HOST_SWAPS[resolved] ? { path: HOST_SWAPS[resolved] } : undefined;
    });
  },
});

const common = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: ['chrome100', 'firefox115', 'safari16'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  charset: 'utf8',
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const { files, compiled, lazy } = await dataFiles();
const data = [
  `export const files = ${JSON.stringify(files)};`,
  `export const compiled = ${JSON.stringify(compiled)};`,
  `export const lazy = ${JSON.stringify(LAZY_DATA)};`,
].join('\n');
writeFileSync(join(out, 'data-more.js'), `globalThis.socialcheckMoreData = ${JSON.stringify(lazy)};\n`);
const app = await build({
  ...common,
  entryPoints: [join(root, 'web', 'main.ts')],
  outfile: join(out, 'app.js'),
  plugins: [hostPlugin(data)],
});
if (process.env.WEB_ANALYZE) console.log(await analyzeMetafile(app.metafile));
await build({
  ...common,
  entryPoints: [join(root, 'src', 'draft', 'markdown-parser.ts')],
  outfile: join(out, 'markdown.js'),
  globalName: 'socialcheckMarkdown',
});
await build({
  ...common,
  entryPoints: [join(root, 'web', 'chunks', 'export-parsers.ts')],
  outfile: join(out, 'exports.js'),
  globalName: 'socialcheckExports',
  mainFields: ['module', 'main'],
});
for (const f of ['index.html', 'style.css']) copyFileSync(join(root, 'web', f), join(out, f));

// Each rule's docs as a page of the site (rules/<id>.html), so "About this check" works offline
// and from disk. micromark leaves raw HTML in the Markdown escaped; the pages have the page's CSP.
const csp = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/.exec(readFileSync(join(root, 'web', 'index.html'), 'utf8'))[0];
mkdirSync(join(out, 'rules'));
for (const f of readdirSync(join(root, 'docs', 'rules')).filter((f) => f.endsWith('.md'))) {
  const id = f.replace(/\.md$/, '');
  const body = micromark(readFileSync(join(root, 'docs', 'rules', f), 'utf8'), { extensions: [gfm()], htmlExtensions: [gfmHtml()] })
    // Links between rule docs point at their pages here.
    .replace(/href="([\w-]+)\.md(#[\w-]*)?"/g, 'href="$1.html$2"');
  writeFileSync(
    join(out, 'rules', `${id}.html`),
    `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n${csp}\n<meta name="referrer" content="no-referrer">\n` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${id}: socialcheck rule</title>\n<link rel="icon" href="data:,">\n` +
      `<link rel="stylesheet" href="../style.css">\n</head>\n<body class="doc">\n<main>\n${body}\n</main>\n</body>\n</html>\n`,
  );
}

// The page's weight, gzipped: what a visitor downloads, and what only some drafts need.
const sizes = readdirSync(out)
  .filter((f) => f !== 'rules')
  .map((f) => {
    const bytes = readFileSync(join(out, f));
    return { file: f, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
writeFileSync(join(out, 'weight.json'), JSON.stringify(sizes, null, 2) + '\n');
for (const s of sizes) console.log(`dist/web/${s.file}: ${(s.bytes / 1024).toFixed(1)} KiB, ${(s.gzip / 1024).toFixed(1)} KiB gzipped`);
