import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import type { LintMessage, LintResult } from '../engine/results.js';

// --cache, as ESLint has it: a file's result is kept with the hash of its content, its size and
// modification time, the hash of the config that applied to it and socialcheck's version; a
// later run over an unchanged file with the same config reuses the result instead of linting
// again. With the "metadata" strategy (ESLint's default) an unchanged size and time is enough
// and the file is not even read; with "content" the content hash decides. The cache holds
// results (already masked messages), never the draft's text.

export type CacheStrategy = 'metadata' | 'content';

export interface FileStat {
  size: number;
  mtimeMs: number;
}

type Kept = Omit<LintResult, 'source' | 'output' | 'filePath'>;

interface Entry {
  content: string;
  /** The config key, or its index in the string table. */
  config: string | number;
  size?: number;
  mtime?: number;
  result: StoredResult;
}
interface CacheFile {
  version: string;
  /** The layout of entries: a cache in another layout is started again. */
  format?: number;
  /** Strings that repeat across files (message texts, rule ids, fixes, config keys), each stored once. */
  strings?: string[];
  entries: Record<string, Entry>;
}

// A warm run over 10k files reads the whole cache, so it is kept small: a result of the usual
// shape is packed into arrays of numbers (indexes into the string table), without keys repeated
// in every message. Anything else is stored as the object it is, its message texts in the table.
const FORMAT = 2;

/** A message as it is, except that its text may be an index into the string table. */
type StoredMessage = Omit<LintMessage, 'message'> & { message: string | number };
/**
 * [flags, ruleId, severity, message, line, column, then those flags say are present: messageId,
 * endLine, endColumn, fix range start, fix range end, fix text]; ruleId -1 for null.
 */
type PackedMessage = number[];
/** A result of the usual shape: messages, suppressed messages and the five counts. */
interface PackedResult {
  m: (PackedMessage | StoredMessage)[];
  s: StoredMessage[];
  c: [number, number, number, number, number];
}
type StoredResult =
  PackedResult | (Omit<Kept, 'messages' | 'suppressedMessages'> & { messages: StoredMessage[]; suppressedMessages: StoredMessage[] });

const RESULT_KEYS = 'messages,suppressedMessages,errorCount,fatalErrorCount,warningCount,fixableErrorCount,fixableWarningCount';
const MESSAGE_KEYS = ['ruleId', 'severity', 'message', 'messageId', 'line', 'column', 'endLine', 'endColumn', 'fix'];
const HAS_ID = 1;
const HAS_END_LINE = 2;
const HAS_END_COLUMN = 4;
const HAS_FIX = 8;

/** A message whose keys are MESSAGE_KEYS in that order (optional ones may be missing), with plain values. */
function packable(m: LintMessage): boolean {
  const keys = Object.keys(m);
  let k = 0;
  for (const key of keys) {
    while (k < MESSAGE_KEYS.length && MESSAGE_KEYS[k] !== key) k++;
    if (k === MESSAGE_KEYS.length) return false;
  }
  if (keys[0] !== 'ruleId' || keys[1] !== 'severity' || keys[2] !== 'message' || !('line' in m) || !('column' in m)) return false;
  if (m.fix && (Object.keys(m.fix).join() !== 'range,text' || m.fix.range.length !== 2)) return false;
  return typeof m.message === 'string' && (m.ruleId === null || typeof m.ruleId === 'string');
}

function packMessage(m: LintMessage, intern: (s: string) => number): PackedMessage | StoredMessage {
  if (!packable(m)) return { ...m, message: intern(m.message) };
  let flags = 0;
  const out = [0, m.ruleId === null ? -1 : intern(m.ruleId), m.severity, intern(m.message), m.line, m.column];
  if (m.messageId !== undefined) ((flags |= HAS_ID), out.push(intern(m.messageId)));
  if (m.endLine !== undefined) ((flags |= HAS_END_LINE), out.push(m.endLine));
  if (m.endColumn !== undefined) ((flags |= HAS_END_COLUMN), out.push(m.endColumn));
  if (m.fix) ((flags |= HAS_FIX), out.push(m.fix.range[0], m.fix.range[1], intern(m.fix.text)));
  out[0] = flags;
  return out;
}

function unpackMessage(p: PackedMessage | StoredMessage, strings: string[]): LintMessage {
  const text = (i: number | string) => (typeof i === 'number' ? (strings[i] ?? '') : i);
  if (!Array.isArray(p)) return { ...p, message: text(p.message) };
  const flags = p[0]!;
  // Keys in the order the message had them (MESSAGE_KEYS): JSON output must not change.
  const m = { ruleId: p[1] === -1 ? null : text(p[1]!), severity: p[2] as 1 | 2, message: text(p[3]!) } as LintMessage;
  let i = 6;
  if (flags & HAS_ID) m.messageId = text(p[i++]!);
  m.line = p[4]!;
  m.column = p[5]!;
  if (flags & HAS_END_LINE) m.endLine = p[i++]!;
  if (flags & HAS_END_COLUMN) m.endColumn = p[i++]!;
  if (flags & HAS_FIX) m.fix = { range: [p[i]!, p[i + 1]!], text: text(p[i + 2]!) };
  return m;
}

function packResult(r: Kept, intern: (s: string) => number): StoredResult {
  const stored = (m: LintMessage) => ({ ...m, message: intern(m.message) });
  if (Object.keys(r).join() !== RESULT_KEYS)
    return { ...r, messages: r.messages.map(stored), suppressedMessages: r.suppressedMessages.map(stored) };
  return {
    m: r.messages.map((m) => packMessage(m, intern)),
    s: r.suppressedMessages.map(stored),
    c: [r.errorCount, r.fatalErrorCount, r.warningCount, r.fixableErrorCount, r.fixableWarningCount],
  };
}

function unpackResult(r: StoredResult, strings: string[]): Kept {
  const messages = (list: (PackedMessage | StoredMessage)[] | undefined) => (list ?? []).map((m) => unpackMessage(m, strings));
  if (!('m' in r))
    return { ...r, messages: messages(r.messages), suppressedMessages: messages(r.suppressedMessages) as Kept['suppressedMessages'] };
  const [errorCount, fatalErrorCount, warningCount, fixableErrorCount, fixableWarningCount] = r.c;
  return {
    messages: messages(r.m),
    suppressedMessages: messages(r.s) as Kept['suppressedMessages'],
    errorCount,
    fatalErrorCount,
    warningCount,
    fixableErrorCount,
    fixableWarningCount,
  };
}

const sha = (s: string) => createHash('sha1').update(s).digest('hex');

export class LintCache {
  private data: CacheFile;
  private configKeys = new WeakMap<object, string>();
  private dirty = false;

  private constructor(
    readonly path: string,
    private readonly version: string,
    readonly strategy: CacheStrategy,
  ) {
    this.data = { version, format: FORMAT, entries: {} };
    try {
      const loaded = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
      // Another version of socialcheck may judge differently, and another layout reads differently: start again.
      if (loaded && loaded.version === version && loaded.format === FORMAT && loaded.entries && typeof loaded.entries === 'object')
        this.data = loaded;
    } catch {
      // No cache yet, or an unreadable one: start again.
    }
  }

  static open(path: string, version: string, strategy: CacheStrategy = 'metadata'): LintCache {
    return new LintCache(path, version, strategy);
  }

  /** A result from size and modification time alone (metadata strategy), without reading. */
  getByStat(file: string, stat: FileStat, config: string): LintResult | undefined {
    if (this.strategy !== 'metadata') return undefined;
    const e = this.data.entries[file];
    return e && e.size === stat.size && e.mtime === stat.mtimeMs && this.configOf(e) === config ? this.restore(file, e) : undefined;
  }

  contentKey(text: string): string {
    return sha(text);
  }

  configKey(config: object): string {
    let k = this.configKeys.get(config);
    if (!k) {
      k = sha(`${this.version}\u0000${JSON.stringify(config)}`);
      this.configKeys.set(config, k);
    }
    return k;
  }

  private configOf(e: Entry): string {
    return typeof e.config === 'number' ? (this.data.strings?.[e.config] ?? '') : e.config;
  }

  private restore(file: string, e: Entry): LintResult {
    // filePath first, where a linted result has it: JSON output is the same from the cache.
    return { filePath: file, ...unpackResult(e.result, this.data.strings ?? []) };
  }

  get(file: string, content: string, config: string, stat?: FileStat): LintResult | undefined {
    const e = this.data.entries[file];
    if (!e || e.content !== content || this.configOf(e) !== config) return undefined;
    // Touched but unchanged: remember the new time, so the next run need not read it.
    if (stat && (e.size !== stat.size || e.mtime !== stat.mtimeMs)) {
      e.size = stat.size;
      e.mtime = stat.mtimeMs;
      this.dirty = true;
    }
    return this.restore(file, e);
  }

  set(file: string, content: string, config: string, result: LintResult, stat?: FileStat): void {
    const { source: _source, output: _output, filePath: _path, ...kept } = result;
    // Stored unpacked until saved: packing needs the string table of the saved entries.
    const stored = { ...kept, messages: kept.messages as StoredMessage[], suppressedMessages: kept.suppressedMessages as StoredMessage[] };
    this.data.entries[file] = { content, config, ...(stat ? { size: stat.size, mtime: stat.mtimeMs } : {}), result: stored };
    this.dirty = true;
  }

  /** Writes the cache (temp file and rename, so a crash never leaves half a cache). */
  save(): void {
    if (!this.dirty) return;
    // Every entry read with the old string table and packed with a new one of the strings live entries use.
    const old = this.data.strings ?? [];
    const strings: string[] = [];
    const index = new Map<string, number>();
    const intern = (text: string) => {
      let i = index.get(text);
      if (i === undefined) index.set(text, (i = strings.push(text) - 1));
      return i;
    };
    for (const e of Object.values(this.data.entries)) {
      e.config = intern(typeof e.config === 'number' ? (old[e.config] ?? '') : e.config);
      e.result = packResult(unpackResult(e.result, old), intern);
    }
    this.data.strings = strings;
    this.data.format = FORMAT;
    const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    // ASCII only, other characters as \u escapes: Node decodes an ASCII file several times faster.
    const text = JSON.stringify(this.data).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    writeFileSync(temp, text);
    renameSync(temp, this.path);
  }
}
