import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { onNewRun } from '../run-state.js';
import { isTabExport } from './posts.js';

/** Posts are short: a file this large is not a draft, and is refused rather than read. */
const MAX_DRAFT_BYTES = 10 * 1024 * 1024;

export type ReadOutcome = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A workbook (.xlsx) is not text: its bytes are handed on as a latin1 string, one char a byte. */
const WORKBOOK = /\.(?:xlsx|ods)$/i;
/**
 * Excel's plain "CSV (Comma delimited)" and "Text (Tab delimited)" are saved in the Windows code
 * page, Windows-1252 in the UK (£ is 0xA3, ’ 0x92): such an export that is not UTF-8 is read in
 * it, one character a byte, so positions stay exact. (A .txt draft that is not UTF-8 is still
 * refused: only a .txt that is a tab-separated export is read so.)
 */
const SPREADSHEET_TEXT = /\.(?:csv|tsv|tab)$/i;
const windows1252 = new TextDecoder('windows-1252');

/** Decodes a draft's bytes: UTF-8 (BOM kept for the linter to strip), UTF-16 with a BOM; binary refused. */
export function decodeDraft(bytes: Uint8Array, path?: string): ReadOutcome {
  if (path && WORKBOOK.test(path)) return { ok: true, text: Buffer.from(bytes).toString('latin1') };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: '\uFEFF' + new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: '\uFEFF' + new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (bytes.subarray(0, 8192).includes(0))
    return { ok: false, message: 'This looks like a binary file, not a text draft (it contains NUL bytes); it was not checked.' };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    if (path && SPREADSHEET_TEXT.test(path)) return { ok: true, text: windows1252.decode(bytes) };
    // Excel's "Text (Tab delimited)" is a .txt in the same code page: read it when it is one.
    if (path && /\.txt$/i.test(path)) {
      const text = windows1252.decode(bytes);
      if (isTabExport(path, text)) return { ok: true, text };
    }
    return { ok: false, message: 'This file is not valid UTF-8 text; save it as UTF-8 and run socialcheck again. It was not checked.' };
  }
}

// One buffer for every read, grown as needed: the text is decoded out of it at once. A new
// buffer per draft came from Node's shared pool, and a slab of it outlived its draft whenever a
// collection moved it to the old space: one thread's peak memory at 50k drafts fell from 201 MB
// to 167 MB (10k: 138 MB either way).
// Made on first use, and forgotten before a startup snapshot is taken.
let readBuffer: Buffer | undefined;
onNewRun(() => (readBuffer = undefined));

/** A regular file's `size` bytes, as readFileSync reads them, without its second stat; valid until the next read. */
function readWhole(fd: number, size: number): Uint8Array {
  // A rare large file gets a buffer of its own, which is not kept.
  readBuffer ??= Buffer.allocUnsafeSlow(1 << 16);
  if (readBuffer.length < size && size <= 1 << 20) readBuffer = Buffer.allocUnsafeSlow(size);
  const bytes = size <= readBuffer.length ? readBuffer.subarray(0, size) : Buffer.allocUnsafeSlow(size);
  let n = 0;
  for (let got = 1; n < size && got > 0; n += got) got = readSync(fd, bytes, n, size - n, null);
  return n === size ? bytes : bytes.subarray(0, n);
}

/**
 * Reads a draft synchronously: a post is a few kilobytes, and handing each read to libuv's
 * thread pool cost more than the read (0.2 ms a file against 0.02 ms, measured over 1,000
 * drafts), on the thread that lints. Async in signature, for callers that read ahead.
 */
export async function readDraft(path: string): Promise<ReadOutcome> {
  try {
    // The size comes from the open file, not a second lookup of the path (10k drafts: ~30 ms).
    const fd = openSync(path, 'r');
    try {
      const stats = fstatSync(fd);
      if (stats.size > MAX_DRAFT_BYTES) {
        return {
          ok: false,
          message: `This file is ${(stats.size / 1024 / 1024).toFixed(1)} MB, far larger than any post (the limit is ${MAX_DRAFT_BYTES / 1024 / 1024} MB); it was not checked.`,
        };
      }
      return decodeDraft(stats.isFile() && stats.size > 0 ? readWhole(fd, stats.size) : readFileSync(fd), path);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'No such file.'
        : code === 'EACCES' || code === 'EPERM'
          ? 'Permission denied: socialcheck cannot read this file.'
          : code === 'EISDIR'
            ? 'This is a folder, not a file.'
            : code === 'ELOOP'
              ? 'Too many symbolic links (a symlink loop?).'
              : `Cannot read this file (${code ?? (e as Error).message}).`;
    return { ok: false, message: why };
  }
}
