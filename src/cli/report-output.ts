import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Where the report goes, piece by piece: the -o file, or standard output, where a report that
 * does not end a line gets a final line break (the file is left exactly as the format wrote it).
 */
export class ReportOutput {
  private last = -1;

  private constructor(
    private readonly fd: number | undefined,
    private readonly name: string | undefined,
  ) {}

  /** Opens the -o file (making its folder), or standard output without one. */
  static open(outputFile: string | undefined, cwd: string): ReportOutput {
    if (!outputFile) return new ReportOutput(undefined, undefined);
    const file = resolve(cwd, outputFile);
    try {
      mkdirSync(dirname(file), { recursive: true });
      return new ReportOutput(openSync(file, 'w'), outputFile);
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

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    else if (this.last !== -1 && this.last !== 0x0a) process.stdout.write('\n');
  }
}

const cannotWrite = (name: string, e: unknown) =>
  new UsageError(`cannot write ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
