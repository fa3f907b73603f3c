import type { LintResult } from '../engine/results.js';

/**
 * Writes fixed output back to each file that has some; files with fatal problems and standard
 * input are never written. write-file-atomic writes a temp file in the same folder, fsyncs it
 * and renames it over the original, keeping its mode and owner: a crash leaves the old file or
 * the new one, never half of each.
 */
export async function writeFixes(results: LintResult[]): Promise<void> {
  const toWrite = results.filter((r) => r.output !== undefined && r.fatalErrorCount === 0 && r.filePath !== '<text>');
  if (!toWrite.length) return;
  const { default: writeFileAtomic } = await import('write-file-atomic');
  for (const r of toWrite) await writeFileAtomic(r.filePath, r.output!, { encoding: 'utf8', fsync: true });
}
