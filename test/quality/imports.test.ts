import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// Layers point one way: src/ reaches rules/ only through the registry (rules/index.ts, which
// loads each rule lazily); masking, names and data loading live in src/shared/, below both.

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.[cm]?ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every relative import of a file, resolved to a path relative to the project root. */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
    const spec = m[1]!;
    if (spec.startsWith('.')) out.push(relative(ROOT, resolve(dirname(file), spec)));
  }
  return out;
}

describe('layers', () => {
  const src = filesUnder(join(ROOT, 'src'));

  it('finds the imports it checks (the scan reads real files)', () => {
    expect(src.length).toBeGreaterThan(20);
    expect(importsOf(join(ROOT, 'src', 'engine', 'registry.ts'))).toContain(join('rules', 'index.js'));
  });

  it('nothing under src/ imports from rules/ but the registry, and that only rules/index', () => {
    const crossing = src.flatMap((f) =>
      importsOf(f)
        .filter((p) => p === 'rules' || p.startsWith(`rules${'/'}`))
        .map((p) => `${relative(ROOT, f)} -> ${p}`),
    );
    expect(crossing).toEqual([`${join('src', 'engine', 'registry.ts')} -> ${join('rules', 'index.js')}`]);
  });

  it('src/shared/ imports nothing from the layers above it', () => {
    const up = filesUnder(join(ROOT, 'src', 'shared')).flatMap((f) =>
      importsOf(f)
        .filter((p) => !p.startsWith(join('src', 'shared')) && p !== join('src', 'package-root.js'))
        .map((p) => `${relative(ROOT, f)} -> ${p}`),
    );
    expect(up).toEqual([]);
  });
});
