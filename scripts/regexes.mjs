// Every regular expression socialcheck runs on a draft: the literals in src/ and rules/ (found
// with the TypeScript parser) and the matchers compiled from the lexicons in rules/data/.
// Used by test/regex-safety.test.ts (recheck) and scripts/adversarial.mjs (timing).
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
