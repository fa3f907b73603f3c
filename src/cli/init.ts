import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { CONFIG_NAMES } from '../config/resolve.js';

/** Writes the documented example config as .socialpolicyrc.yaml, never over an existing one. */
export function init(cwd: string): number {
  const existing = CONFIG_NAMES.map((n) => join(cwd, n)).find((f) => existsSync(f));
  if (existing) throw new UsageError(`${existing} already exists; not overwriting it`);
  const target = join(cwd, '.socialpolicyrc.yaml');
  writeFileSync(target, readFileSync(join(packageRoot(), '.socialpolicyrc.example.yaml'), 'utf8'));
  process.stdout.write(`Wrote ${target}. Edit practice.names and practice.staff, then run: socialcheck .\n`);
  return 0;
}
