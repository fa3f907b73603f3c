import { closeSync, existsSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Where the report goes, piece by piece: the -o file, or standard output, where a report that
 * does not end a line gets a final line break (the file is left exactly as the format wrote it).
 *
 * The -o file is written under a temporary name beside it and renamed over it when the report
 * is whole, so a run that fails half-way leaves the last report (or none), never half of one.
 */
export class ReportOutput {
  private last = -1;
  private done = false;

  private constructor(
    private readonly fd: number | undefined,
    private readonly name: string | undefined,
    private readonly temp: string | undefined,
    private readonly target: string | undefined,
  ) {}

  /** Opens the -o file (making its folder), or standard output without one. */
  static open(outputFile: string | undefined, cwd: string): ReportOutput {
    if (!outputFile) return new ReportOutput(undefined, undefined, undefined, undefined);
    let target = resolve(cwd, outputFile);
    try {
      mkdirSync(dirname(target), { recursive: true });
      // A link is followed, as writing to it would: the report replaces what it points to.
      if (existsSync(target)) {
        target = realpathSync(target);
        // Found now, not after linting, when the rename would fail.
        if (statSync(target).isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
      }
      const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
      return new ReportOutput(openSync(temp, 'w'), outputFile, temp, target);
    } catch (e) {
      throw cannotWrite(outputFile, e);
    }
  }

  write(piece: string | Uint8Array): void {
    if (!piece.length) return;
    this.last = typeof piece === 'string' ? piece.charCodeAt(piece.length - 1) : piece[piece.length - 1]!;
    if (this.fd === undefined) {
      process.stdout.write(piece);
      return;
    }
    try {
      const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
      for (let at = 0; at < bytes.length;) at += writeSync(this.fd, bytes, at);
    } catch (e) {
      throw cannotWrite(this.name!, e);
    }
  }

  /** The report is whole: the -o file takes its place. */
  close(): void {
    this.done = true;
    if (this.fd === undefined) {
      if (this.last !== -1 && this.last !== 0x0a) process.stdout.write('\n');
      return;
    }
    try {
      closeSync(this.fd);
      renameSync(this.temp!, this.target!);
    } catch (e) {
      rmSync(this.temp!, { force: true });
      throw cannotWrite(this.name!, e);
    }
  }

  /** The run stopped before the report was whole: the -o file is left as it was. */
  abandon(): void {
    if (this.done || this.fd === undefined) return;
    this.done = true;
    try {
      closeSync(this.fd);
    } finally {
      rmSync(this.temp!, { force: true });
    }
  }
}

const cannotWrite = (name: string, e: unknown) =>
  new UsageError(`cannot write ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
