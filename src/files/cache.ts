import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import type { LintResult } from '../engine/results.js';
import { encodeCache, StoredCache, type PlainEntry } from './cache-file.js';

// --cache, as ESLint has it: a file's result is kept with the hash of its content, its size and
// modification time, the hash of the config that applied to it and socialcheck's version; a
// later run over an unchanged file with the same config reuses the result instead of linting
// again. With the "metadata" strategy (ESLint's default) an unchanged size and time is enough
// and the file is not even read; with "content" the content hash decides. The cache holds
// results (already masked messages), never the draft's text. Its file layout: cache-file.ts.

export type CacheStrategy = 'metadata' | 'content';

export interface FileStat {
  size: number;
  mtimeMs: number;
}

const sha = (s: string) => createHash('sha1').update(s).digest('hex');

export class LintCache {
  /** What the cache file held, when it was written by this version. */
  private stored: StoredCache | undefined;
  /** Entries set or touched in this run; they win over stored ones. */
  private fresh = new Map<string, PlainEntry>();
  private configKeys = new WeakMap<object, string>();
  private dirty = false;

  private constructor(
    readonly path: string,
    private readonly version: string,
    readonly strategy: CacheStrategy,
  ) {
    try {
      const stored = StoredCache.decode(readFileSync(path));
      // Another version of socialcheck may judge differently: start again.
      if (stored?.version === version) this.stored = stored;
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
    const e = this.fresh.get(file);
    if (e) return e.size === stat.size && e.mtime === stat.mtimeMs && e.config === config ? restore(file, e.result) : undefined;
    const s = this.stored;
    const i = s ? s.indexOf(file) : -1;
    if (i < 0 || s!.size(i) !== stat.size || s!.mtime(i) !== stat.mtimeMs || s!.config(i) !== config) return undefined;
    return s!.result(i, file);
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

  /** The entry for a file, from this run or the file. */
  private entry(file: string): PlainEntry | undefined {
    const e = this.fresh.get(file);
    if (e) return e;
    const i = this.stored ? this.stored.indexOf(file) : -1;
    return i < 0 ? undefined : this.stored!.entry(i);
  }

  get(file: string, content: string, config: string, stat?: FileStat): LintResult | undefined {
    const e = this.entry(file);
    if (!e || e.content !== content || e.config !== config) return undefined;
    // Touched but unchanged: remember the new time, so the next run need not read it.
    if (stat && (e.size !== stat.size || e.mtime !== stat.mtimeMs)) {
      this.fresh.set(file, { ...e, size: stat.size, mtime: stat.mtimeMs });
      this.dirty = true;
    }
    return restore(file, e.result);
  }

  set(file: string, content: string, config: string, result: LintResult, stat?: FileStat): void {
    const { source: _source, output: _output, filePath: _path, ...kept } = result;
    this.fresh.set(file, { content, config, ...(stat ? { size: stat.size, mtime: stat.mtimeMs } : {}), result: kept });
    this.dirty = true;
  }

  /** Writes the cache (temp file and rename, so a crash never leaves half a cache). */
  save(): void {
    if (!this.dirty) return;
    const entries: Record<string, PlainEntry> = {};
    const s = this.stored;
    if (s) s.files.forEach((file, i) => this.fresh.has(file) || (entries[file] = s.entry(i)));
    for (const [file, e] of this.fresh) entries[file] = e;
    const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    writeFileSync(temp, encodeCache({ version: this.version, entries }));
    renameSync(temp, this.path);
  }
}

// filePath first, where a linted result has it: JSON output is the same from the cache.
const restore = (file: string, r: PlainEntry['result']): LintResult => ({ filePath: file, ...r });
