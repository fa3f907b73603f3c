import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onNewRun } from './run-state.js';

// socialcheck's own folder (where package.json, docs/ and rules/data/ are), found from this
// module whether it runs compiled from dist/ or as TypeScript source under test.
let root: string | undefined;
onNewRun(() => (root = undefined));

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'socialcheck') return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('socialcheck: cannot find its own package.json');
    dir = parent;
  }
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
