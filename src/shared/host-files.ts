import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import type { DataFiles } from './data-files.js';

// The CLI's data files: rules/data/ on disk, and the build's JSON copies in dist/data/ (scripts/compile-data.mjs),
// which load about ten times faster than YAML; a copy older than its source is ignored, so
// edited data is never stale.

export function hostDataFiles(): DataFiles {
  const root = packageRoot();
  return {
    read(name) {
      const text = readFileSync(join(root, 'rules', 'data', name), 'utf8');
      return name.endsWith('.json') ? JSON.parse(text) : (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);
    },
    compiled(source, compiled) {
      const compiledPath = join(root, 'dist', 'data', compiled);
      try {
        if (statSync(compiledPath).mtimeMs < statSync(join(root, 'rules', 'data', source)).mtimeMs) return undefined;
        return JSON.parse(readFileSync(compiledPath, 'utf8'));
      } catch {
        return undefined;
      }
    },
  };
}
