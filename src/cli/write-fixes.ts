import type { LintResult } from '../engine/results.js';
import { UsageError } from '../errors.js';

/**
 * Writes fixed output back to each file that has some, as its result comes; files with fatal
 * problems and standard input are never written. write-file-atomic writes a temp file in the
 * same folder, fsyncs it and renames it over the original, keeping its mode and owner: a crash
 * leaves the old file or the new one, never half of each.
 */
export async function fixWriter(): Promise<(result: LintResult) => void> {
  const { default: writeFileAtomic } = await import('write-file-atomic');
  return (r) => {
    if (r.output === undefined || r.fatalErrorCount > 0 || r.filePath === '<text>') return;
    try {
      writeFileAtomic.sync(r.filePath, r.output, { encoding: 'utf8', fsync: true });
    } catch (e) {
      // A folder or file the user may not write: their mistake to mend, not a crash.
      throw new UsageError(`cannot write the fixes to ${r.filePath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  };
}
