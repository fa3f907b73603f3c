import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import type { LintResult } from '../engine/results.js';

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

interface Entry {
  content: string;
  config: string;
  size?: number;
  mtime?: number;
  result: Omit<LintResult, 'source' | 'output' | 'filePath'>;
}
interface CacheFile {
  version: string;
  /** Message texts repeat across files: each is stored once here and messages hold its index. */
  strings?: string[];
  entries: Record<string, Entry>;
}

type Messages = { message: string | number }[];

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
    this.data = { version, entries: {} };
    try {
      const loaded = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
      // Another version of socialcheck may judge differently: start again.
      if (loaded && loaded.version === version && loaded.entries && typeof loaded.entries === 'object') this.data = loaded;
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
    return e && e.size === stat.size && e.mtime === stat.mtimeMs && e.config === config ? this.restore(file, e) : undefined;
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

  private restore(file: string, e: Entry): LintResult {
    const strings = this.data.strings ?? [];
    const text = (m: string | number) => (typeof m === 'number' ? (strings[m] ?? '') : m);
    const result = { ...e.result, filePath: file } as unknown as LintResult;
    result.messages = (e.result.messages as unknown as Messages).map((m) => ({ ...m, message: text(m.message) })) as LintResult['messages'];
    result.suppressedMessages = (e.result.suppressedMessages as unknown as Messages).map((m) => ({
      ...m,
      message: text(m.message),
    })) as LintResult['suppressedMessages'];
    return result;
  }

  get(file: string, content: string, config: string, stat?: FileStat): LintResult | undefined {
    const e = this.data.entries[file];
    if (!e || e.content !== content || e.config !== config) return undefined;
    // Touched but unchanged: remember the new time, so the next run need not read it.
    if (stat && (e.size !== stat.size || e.mtime !== stat.mtimeMs)) {
      e.size = stat.size;
      e.mtime = stat.mtimeMs;
      this.dirty = true;
    }
    return this.restore(file, e);
  }

  set(file: string, content: string, config: string, result: LintResult, stat?: FileStat): void {
    const { source: _source, output: _output, filePath: _path, ...rest } = result;
    const kept = { ...rest, messages: rest.messages.map((m) => ({ ...m, message: this.intern(m.message) })) } as unknown as Entry['result'];
    if (rest.suppressedMessages.length)
      kept.suppressedMessages = rest.suppressedMessages.map((m) => ({
        ...m,
        message: this.intern(m.message),
      })) as unknown as Entry['result']['suppressedMessages'];
    this.data.entries[file] = { content, config, ...(stat ? { size: stat.size, mtime: stat.mtimeMs } : {}), result: kept };
    this.dirty = true;
  }

  private index: Map<string, number> | undefined;

  private intern(text: string): number {
    const strings = (this.data.strings ??= []);
    this.index ??= new Map(strings.map((t, i) => [t, i]));
    let i = this.index.get(text);
    if (i === undefined) {
      i = strings.push(text) - 1;
      this.index.set(text, i);
    }
    return i;
  }

  /** Writes the cache (temp file and rename, so a crash never leaves half a cache). */
  save(): void {
    if (!this.dirty) return;
    // Keep only the strings live entries use.
    const old = this.data.strings ?? [];
    this.data.strings = [];
    this.index = new Map();
    for (const e of Object.values(this.data.entries))
      for (const list of [e.result.messages, e.result.suppressedMessages] as unknown as Messages[])
        for (const m of list ?? []) m.message = this.intern(typeof m.message === 'number' ? (old[m.message] ?? '') : m.message);
    const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(this.data));
    renameSync(temp, this.path);
  }
}
