// Every regular expression socialcheck runs on a draft: the literals in src/ and rules/ (found
// with the TypeScript parser) and the matchers compiled from the lexicons in rules/data/.
// Used by test/quality/regex-safety.test.ts (recheck) and scripts/adversarial.mjs (timing).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;

function* files(dir, ext) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p, ext);
    else if (e.name.endsWith(ext) && !e.name.endsWith('.d.ts')) yield p;
  }
}

/** Regex literals in our TypeScript sources: { where, source, flags }. */
export function regexLiterals() {
  const out = [];
  for (const dir of ['src', 'rules']) {
    for (const file of files(join(root, dir), '.ts')) {
      const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(sf);
          const end = text.lastIndexOf('/');
          const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
          out.push({ where: `${relative(root, file)}:${line + 1}`, source: text.slice(1, end), flags: text.slice(end + 1) });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return out;
}

/** Every list of phrases in rules/data/*.yaml, compiled as the rules compile them. */
export async function lexiconMatchers() {
  const { phraseMatcher } = await import(join(root, 'dist/rules/lib/lexicon.js'));
  const out = [];
  const walk = (file, path, v) => {
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
      const re = phraseMatcher(v);
      out.push({ where: `rules/data/${file}#${path}`, source: re.source, flags: re.flags });
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(file, path ? `${path}.${k}` : k, x);
  };
  for (const file of readdirSync(join(root, 'rules/data')).filter((f) => f.endsWith('.yaml'))) {
    walk(file, '', parse(readFileSync(join(root, 'rules/data', file), 'utf8')));
  }
  return out;
}

/**
 * Expressions our code builds at run time with `new RegExp` (patterns assembled from lexicons):
 * the RegExp constructor is watched while `run` lints drafts. Escaped-literal matchers
 * (PhraseSet, phraseRegExp, the redactor's name list) are left out: lexicons are audited as such above,
 * and user phrases are checked by the test directly.
 */
export async function dynamicRegexes(run) {
  const Original = globalThis.RegExp;
  const found = new Map();
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget);
      const caller = (new Error().stack ?? '').split('\n')[2] ?? '';
      const ours = /[/\\](?:rules|src)[/\\]/.test(caller) && !/node_modules/.test(caller);
      if (ours && !/phraseRegExp|phrase-set|redact|nameMatcher/.test(caller)) {
        const m = /(?:rules|src)[/\\][^:)]+:\d+/.exec(caller);
        const where = m
          ? m[0]
              .replace(/\\/g, '/')
              .replace(/^(rules|src)\//, '$1/')
              .replace(/\.js:/, '.ts:')
          : caller.trim();
        found.set(`/${re.source}/${re.flags}`, { where: `${where} (built)`, source: re.source, flags: re.flags });
      }
      return re;
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return [...found.values()];
}

/** Every draft in fixtures/: files and the cases of the labelled corpora. */
export function fixtureDrafts() {
  const out = [];
  const dir = join(root, 'fixtures');
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const f of readdirSync(join(dir, sub.name))) {
      const p = join(dir, sub.name, f);
      if (/\.(md|txt)$/.test(f)) out.push(readFileSync(p, 'utf8'));
      if (f.endsWith('.yaml')) for (const c of parse(readFileSync(p, 'utf8'))) out.push(c.text);
    }
  }
  return out;
}
