// What the data build scripts share (build-data, build-vocabulary): where
// the data lives, the --check mode CI uses to prove committed files match a fresh build, and
// writing (or checking) one file.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dataDir = join(root, 'rules', 'data');
export const check = process.argv.includes('--check');
export const require = createRequire(join(root, 'package.json'));

/**
 * Writes rules/data/`file`, or with --check says it is out of date (and fails the run) when
 * the committed copy differs from `text`. Returns whether the file is as built.
 */
export function writeOrCheck(file, text, script) {
  const path = join(dataDir, file);
  if (!check) {
    writeFileSync(path, text);
    return true;
  }
  let old = '';
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    // Not built yet: it is out of date.
  }
  if (old === text) return true;
  console.error(`${file}: out of date; run node scripts/${script}`);
  process.exitCode = 1;
  return false;
}
