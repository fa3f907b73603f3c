import { chmod, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { LintResult } from '../engine/results.js';

/** Writes a file atomically: temp file in the same folder, fsync, rename; the mode is kept. */
async function writeAtomic(path: string, text: string): Promise<void> {
  const { mode } = await stat(path);
  const temp = join(dirname(path), `.${basename(path)}.socialcheck-${process.pid}.tmp`);
  const handle = await open(temp, 'w', mode);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await chmod(temp, mode);
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}

/** Writes fixed output back to each file that has some; files with fatal problems are never touched. */
export async function writeFixes(results: LintResult[]): Promise<void> {
  for (const r of results) {
    if (r.output === undefined || r.fatalErrorCount > 0 || r.filePath === '<text>') continue;
    await writeAtomic(r.filePath, r.output);
  }
}
