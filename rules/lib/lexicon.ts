import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';

// Lexicons are data (rules/data/*.yaml), compiled on first use into one matcher each. The
// build also writes each as JSON (dist/data/, scripts/compile-data.mjs), which loads about ten
// times faster; a JSON copy older than its YAML is ignored, so edited data is never stale.

const cache = new Map<string, unknown>();

function compiledCopy(file: string): unknown {
  if (!file.endsWith('.yaml')) return undefined;
  const yamlPath = join(packageRoot(), 'rules', 'data', file);
  const jsonPath = join(packageRoot(), 'dist', 'data', file.replace(/\.yaml$/, '.json'));
  try {
    if (statSync(jsonPath).mtimeMs < statSync(yamlPath).mtimeMs) return undefined;
    return JSON.parse(readFileSync(jsonPath, 'utf8'));
  } catch {
    return undefined;
  }
}

export function loadData<T>(file: string): T {
  let v = cache.get(file);
  if (v === undefined) {
    v = compiledCopy(file);
    if (v === undefined) {
      const text = readFileSync(join(packageRoot(), 'rules', 'data', file), 'utf8');
      v = file.endsWith('.json') ? JSON.parse(text) : (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);
    }
    cache.set(file, v);
  }
  return v as T;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Letters of the Latin, Greek and Cyrillic scripts, spelled out: a pattern with the `u` flag
// and \p{L} runs every exec through a slow path in V8 (about 10 ms per lexicon per draft
// instead of 0.01 ms), and lexicons are English words whose neighbours are in these scripts.
const LETTER = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';
const MARK = '\\u0300-\\u036F';

/**
 * One regular expression for a list of phrases: longest first, case-insensitive, spaces match
 * any run of whitespace, and a phrase matches only as whole words. `*` at a phrase's end
 * matches any word ending ("extract*" -> extracted, extraction). Linear-time: alternation of
 * literals with no nested quantifiers.
 */
export function phraseMatcher(phrases: string[], flags = 'gi'): RegExp {
  const ascii: string[] = [];
  const other: string[] = [];
  for (const p of [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length)) {
    const wild = p.endsWith('*');
    const body = escape(wild ? p.slice(0, -1) : p)
      .replace(/\s+/g, '\\s+')
      .replace(/'/g, "['’]");
    (/^[A-Za-z0-9_]/.test(p) ? ascii : other).push(wild ? `${body}[${LETTER}${MARK}]*` : body);
  }
  if (!ascii.length && !other.length) return new RegExp('(?!)', flags);
  // Phrases that start with an ASCII word character also get \b, which the lookbehind implies
  // for them: V8 checks \b far faster, and skips most positions (about 40% less time). The two
  // groups cannot both match at one position (their first characters differ), so the
  // longest-first order within each is the order overall.
  const start = `(?<![${LETTER}0-9_])`;
  const groups = [
    ...(ascii.length ? [`\\b${start}(?:${ascii.join('|')})`] : []),
    ...(other.length ? [`${start}(?:${other.join('|')})`] : []),
  ];
  return new RegExp(`(?:${groups.join('|')})(?![${LETTER}${MARK}0-9_])`, flags);
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

export function allMatches(re: RegExp, text: string, from = 0, to = text.length): Match[] {
  const out: Match[] = [];
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** A lexicon file of named lists of phrases, each list compiled once. */
export function lexicon(file: string): (list: string) => RegExp {
  const compiled = new Map<string, RegExp>();
  return (list) => {
    let re = compiled.get(list);
    if (!re) {
      const data = loadData<Record<string, unknown>>(file);
      const entries = data[list];
      if (!Array.isArray(entries)) throw new Error(`${file}: no list "${list}"`);
      re = phraseMatcher(entries.map((e) => (typeof e === 'string' ? e : String((e as { phrase: string }).phrase))));
      compiled.set(list, re);
    }
    return re;
  };
}
