import { readFileSync } from 'node:fs';
import type { LintMessage, LintResult } from '../engine/results.js';

// The --cache file. A warm run over 10k files reads all of it, so it is laid out to be read
// without parsing numbers: a small JSON header (version, string table, file paths, content
// hashes) and then two typed arrays, one row of numbers per file and the packed messages.
// Parsing 10k results as JSON, and collecting the garbage that left, was most of a warm run.
//
//   "SCC3"  uint32 header length  header JSON (ASCII)  padding to 8 bytes
//   Float64Array: META numbers per file   Int32Array: the messages of every file
//
// Typed arrays use the machine's byte order; a cache is local to a machine (a cache that fails
// to read is started again).

export type Kept = Omit<LintResult, 'source' | 'output' | 'filePath'>;

/** One file's entry, unpacked: what tools and tests read, and what `encodeCache` writes. */
export interface PlainEntry {
  /** Hash of the file's content. */
  content: string;
  /** Key of the config that applied to it. */
  config: string;
  size?: number;
  mtime?: number;
  result: Kept;
}
export interface PlainCache {
  version: string;
  entries: Record<string, PlainEntry>;
}

const MAGIC = 'SCC3';

/** A message as it is, except that its text is an index into the string table. */
type StoredMessage = Omit<LintMessage, 'message'> & { message: string | number };
/** A result stored as JSON in the header: one not of the usual shape. */
type StoredResult = Omit<Kept, 'messages' | 'suppressedMessages'> & { messages: StoredMessage[]; suppressedMessages: StoredMessage[] };

interface Header {
  version: string;
  strings: string[];
  files: string[];
  /** Content hashes, by file index: all SHA-1 hex digests joined into one string, else a list. */
  hashes?: string;
  content?: string[];
  /** Results not of the usual shape, by file index. */
  others: Record<string, StoredResult>;
}

// Per file: size (-1 when not known), mtime, config (string index), first and end word of its
// messages (-1 when its result is in `others`), then the five counts.
const META = 10;
const RESULT_KEYS = 'messages,suppressedMessages,errorCount,fatalErrorCount,warningCount,fixableErrorCount,fixableWarningCount';
const MESSAGE_KEYS = ['ruleId', 'severity', 'message', 'messageId', 'line', 'column', 'endLine', 'endColumn', 'fix'];
// A packed message: flags, ruleId (-1 for null), severity, message, line, column, then what the
// flags say is present: messageId, endLine, endColumn, fix range start and end, fix text.
const HAS_ID = 1;
const HAS_END_LINE = 2;
const HAS_END_COLUMN = 4;
const HAS_FIX = 8;

const HASH_LENGTH = 40;
const HASH = /^[0-9a-f]{40}$/;

const isInt32 = (n: unknown) => typeof n === 'number' && (n | 0) === n;

/** A message whose keys are MESSAGE_KEYS in that order (optional ones may be missing), with values that pack. */
function packable(m: LintMessage): boolean {
  const keys = Object.keys(m);
  let k = 0;
  for (const key of keys) {
    while (k < MESSAGE_KEYS.length && MESSAGE_KEYS[k] !== key) k++;
    if (k === MESSAGE_KEYS.length) return false;
  }
  if (keys[0] !== 'ruleId' || keys[1] !== 'severity' || keys[2] !== 'message' || !isInt32(m.line) || !isInt32(m.column)) return false;
  if (!isInt32(m.severity) || typeof m.message !== 'string' || (m.ruleId !== null && typeof m.ruleId !== 'string')) return false;
  if ('messageId' in m && typeof m.messageId !== 'string') return false;
  if (('endLine' in m && !isInt32(m.endLine)) || ('endColumn' in m && !isInt32(m.endColumn))) return false;
  if ('fix' in m) {
    const f = m.fix;
    if (!f || Object.keys(f).join() !== 'range,text' || f.range.length !== 2 || !isInt32(f.range[0]) || !isInt32(f.range[1])) return false;
    if (typeof f.text !== 'string') return false;
  }
  return true;
}

const usualShape = (r: Kept) =>
  Object.keys(r).join() === RESULT_KEYS &&
  r.suppressedMessages.length === 0 &&
  [r.errorCount, r.fatalErrorCount, r.warningCount, r.fixableErrorCount, r.fixableWarningCount].every(isInt32) &&
  r.messages.every(packable);

/** Writes a cache: entries in the order given. */
export function encodeCache(cache: PlainCache): Buffer {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (text: string) => {
    let i = index.get(text);
    if (i === undefined) index.set(text, (i = strings.push(text) - 1));
    return i;
  };
  const files = Object.keys(cache.entries);
  const meta = new Float64Array(files.length * META);
  const words: number[] = [];
  const others: Record<string, StoredResult> = {};
  const content: string[] = [];
  files.forEach((file, i) => {
    const e = cache.entries[file]!;
    const row = i * META;
    content.push(e.content);
    meta[row] = e.size ?? -1;
    meta[row + 1] = e.mtime ?? -1;
    meta[row + 2] = intern(e.config);
    const r = e.result;
    if (!usualShape(r)) {
      const stored = (m: LintMessage) => ({ ...m, message: intern(m.message) });
      others[i] = { ...r, messages: r.messages.map(stored), suppressedMessages: r.suppressedMessages.map(stored) };
      meta[row + 3] = meta[row + 4] = -1;
      return;
    }
    meta[row + 3] = words.length;
    for (const m of r.messages) {
      const at = words.length;
      words.push(0, m.ruleId === null ? -1 : intern(m.ruleId), m.severity, intern(m.message), m.line, m.column);
      let flags = 0;
      if (m.messageId !== undefined) {
        flags |= HAS_ID;
        words.push(intern(m.messageId));
      }
      if (m.endLine !== undefined) {
        flags |= HAS_END_LINE;
        words.push(m.endLine);
      }
      if (m.endColumn !== undefined) {
        flags |= HAS_END_COLUMN;
        words.push(m.endColumn);
      }
      if (m.fix) {
        flags |= HAS_FIX;
        words.push(m.fix.range[0], m.fix.range[1], intern(m.fix.text));
      }
      words[at] = flags;
    }
    meta[row + 4] = words.length;
    meta.set([r.errorCount, r.fatalErrorCount, r.warningCount, r.fixableErrorCount, r.fixableWarningCount], row + 5);
  });
  // 10k hashes as one string, not 10k strings for a warm run to parse and keep.
  const hashed = content.every((c) => HASH.test(c));
  const header: Header = { version: cache.version, strings, files, ...(hashed ? { hashes: content.join('') } : { content }), others };
  // ASCII only, other characters as \u escapes: Node decodes an ASCII header several times faster.
  const json = JSON.stringify(header).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const start = Buffer.alloc(8);
  start.write(MAGIC, 0, 'latin1');
  start.writeUInt32LE(json.length, 4);
  const pad = Buffer.alloc((8 - ((8 + json.length) % 8)) % 8);
  const packed = Int32Array.from(words);
  return Buffer.concat([start, Buffer.from(json, 'latin1'), pad, Buffer.from(meta.buffer), Buffer.from(packed.buffer)]);
}

/** A typed array over part of a buffer, copied when the part is not aligned for it. */
function view<T extends Float64Array | Int32Array>(
  Type: { new (b: ArrayBufferLike, offset: number, length: number): T; BYTES_PER_ELEMENT: number },
  buf: Buffer,
  at: number,
  length: number,
): T {
  const offset = buf.byteOffset + at;
  if (offset % Type.BYTES_PER_ELEMENT === 0) return new Type(buf.buffer, offset, length);
  const copy = buf.buffer.slice(offset, offset + length * Type.BYTES_PER_ELEMENT);
  return new Type(copy, 0, length);
}

/** A cache file as read: results are unpacked only when asked for. */
export class StoredCache {
  private positions: Map<string, number> | undefined;

  private constructor(
    private readonly header: Header,
    private readonly meta: Float64Array,
    private readonly words: Int32Array,
  ) {}

  /** The cache in a buffer, or undefined when it is not a cache of this layout (or is damaged). */
  static decode(buf: Buffer): StoredCache | undefined {
    if (buf.length < 8 || buf.toString('latin1', 0, 4) !== MAGIC) return undefined;
    const length = buf.readUInt32LE(4);
    let header: Header;
    try {
      header = JSON.parse(buf.toString('latin1', 8, 8 + length)) as Header;
    } catch {
      return undefined;
    }
    const ok =
      header &&
      typeof header.version === 'string' &&
      [header.strings, header.files].every(Array.isArray) &&
      (typeof header.hashes === 'string'
        ? header.hashes.length === header.files.length * HASH_LENGTH
        : Array.isArray(header.content) && header.files.length === header.content.length) &&
      header.others &&
      typeof header.others === 'object';
    if (!ok) return undefined;
    const metaAt = 8 + length + ((8 - ((8 + length) % 8)) % 8);
    const wordsAt = metaAt + header.files.length * META * 8;
    if (wordsAt > buf.length || (buf.length - wordsAt) % 4 !== 0) return undefined;
    const meta = view(Float64Array, buf, metaAt, header.files.length * META);
    const words = view(Int32Array, buf, wordsAt, (buf.length - wordsAt) / 4);
    // Every file's messages inside the packed array, or its result in the header.
    for (let row = 0; row < meta.length; row += META) {
      const [start, end] = [meta[row + 3]!, meta[row + 4]!];
      if (start === -1 ? !header.others[row / META] : !(start >= 0 && start <= end && end <= words.length)) return undefined;
    }
    return new StoredCache(header, meta, words);
  }

  get version(): string {
    return this.header.version;
  }

  get files(): readonly string[] {
    return this.header.files;
  }

  /** The file's index, or -1. */
  indexOf(file: string): number {
    if (!this.positions) this.positions = new Map(this.header.files.map((f, i) => [f, i]));
    return this.positions.get(file) ?? -1;
  }

  size(i: number): number | undefined {
    const s = this.meta[i * META]!;
    return s < 0 ? undefined : s;
  }

  mtime(i: number): number | undefined {
    return this.size(i) === undefined ? undefined : this.meta[i * META + 1];
  }

  config(i: number): string {
    return this.header.strings[this.meta[i * META + 2]!] ?? '';
  }

  content(i: number): string {
    const { hashes } = this.header;
    return hashes !== undefined ? hashes.slice(i * HASH_LENGTH, (i + 1) * HASH_LENGTH) : this.header.content![i]!;
  }

  entry(i: number): PlainEntry {
    const size = this.size(i);
    return {
      content: this.content(i),
      config: this.config(i),
      ...(size === undefined ? {} : { size, mtime: this.mtime(i)! }),
      result: this.result(i),
    };
  }

  /** The file's result; with `filePath`, as a whole LintResult (filePath first, as linting gives it). */
  result(i: number): Kept;
  result(i: number, filePath: string): LintResult;
  result(i: number, filePath?: string): Kept | LintResult {
    const strings = this.header.strings;
    const text = (n: number | string) => (typeof n === 'number' ? (strings[n] ?? '') : n);
    const row = i * META;
    const meta = this.meta;
    const words = this.words;
    const start = meta[row + 3]!;
    if (start < 0) {
      const r = this.header.others[i]!;
      const unstore = (list: StoredMessage[] | undefined) => (list ?? []).map((m) => ({ ...m, message: text(m.message) }) as LintMessage);
      const kept = { ...r, messages: unstore(r.messages), suppressedMessages: unstore(r.suppressedMessages) as Kept['suppressedMessages'] };
      return filePath === undefined ? kept : { filePath, ...kept };
    }
    const end = meta[row + 4]!;
    const messages: LintMessage[] = [];
    for (let w = start; w < end;) {
      const flags = words[w]!;
      const ruleId = words[w + 1]!;
      // Keys in the order the message had them (MESSAGE_KEYS): JSON output must not change.
      const m = {
        ruleId: ruleId === -1 ? null : text(ruleId),
        severity: words[w + 2] as 1 | 2,
        message: text(words[w + 3]!),
      } as LintMessage;
      const line = words[w + 4]!;
      const column = words[w + 5]!;
      w += 6;
      if (flags & HAS_ID) m.messageId = text(words[w++]!);
      m.line = line;
      m.column = column;
      if (flags & HAS_END_LINE) m.endLine = words[w++]!;
      if (flags & HAS_END_COLUMN) m.endColumn = words[w++]!;
      if (flags & HAS_FIX) {
        m.fix = { range: [words[w]!, words[w + 1]!], text: text(words[w + 2]!) };
        w += 3;
      }
      messages.push(m);
    }
    const errorCount = meta[row + 5]!;
    const fatalErrorCount = meta[row + 6]!;
    const warningCount = meta[row + 7]!;
    const fixableErrorCount = meta[row + 8]!;
    const fixableWarningCount = meta[row + 9]!;
    // Built whole, not spread into a result: a warm run restores 10k of them.
    if (filePath === undefined)
      return { messages, suppressedMessages: [], errorCount, fatalErrorCount, warningCount, fixableErrorCount, fixableWarningCount };
    return {
      filePath,
      messages,
      suppressedMessages: [],
      errorCount,
      fatalErrorCount,
      warningCount,
      fixableErrorCount,
      fixableWarningCount,
    };
  }

  /** Everything, unpacked. */
  toPlain(): PlainCache {
    const entries: Record<string, PlainEntry> = {};
    this.header.files.forEach((f, i) => (entries[f] = this.entry(i)));
    return { version: this.version, entries };
  }
}

/** A cache file, unpacked (for tools and tests), or undefined when it is not one. */
export function readCacheFile(path: string): PlainCache | undefined {
  return StoredCache.decode(readFileSync(path))?.toPlain();
}
