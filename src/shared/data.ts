import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

// The data files the program reads at run time (rules/data/, shipped with the package), read
// as files, never imported: the rules, the draft model and the engine all load vocabulary
// through here. The build also writes each YAML file as JSON (dist/data/,
// scripts/compile-data.mjs), which loads about ten times faster; a JSON copy older than its
// YAML is ignored, so edited data is never stale.

const cache = new Map<string, unknown>();

/** dist/data/`compiled`, the build's copy of rules/data/`source`, unless it is missing or older. */
export function compiledData<T>(source: string, compiled: string): T | undefined {
  const sourcePath = join(packageRoot(), 'rules', 'data', source);
  const compiledPath = join(packageRoot(), 'dist', 'data', compiled);
  try {
    if (statSync(compiledPath).mtimeMs < statSync(sourcePath).mtimeMs) return undefined;
    return JSON.parse(readFileSync(compiledPath, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

const compiledCopy = (file: string): unknown => (file.endsWith('.yaml') ? compiledData(file, file.replace(/\.yaml$/, '.json')) : undefined);

/** A data file of rules/data/, parsed once a process. */
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
