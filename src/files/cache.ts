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

type Text = string | number;

/** A stored result with each message's text (a string, or its index in the table) mapped. */
function withTexts<R extends Entry['result']>(result: R, f: (text: Text) => Text): R {
  const map = <M extends { message: Text }>(list: M[] | undefined) => list?.map((m) => ({ ...m, message: f(m.message) }));
  const r = result as unknown as { messages: { message: Text }[]; suppressedMessages?: { message: Text }[] };
  return { ...result, messages: map(r.messages), ...(r.suppressedMessages ? { suppressedMessages: map(r.suppressedMessages) } : {}) } as R;
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
    return { ...withTexts(e.result, (m) => (typeof m === 'number' ? (strings[m] ?? '') : m)), filePath: file } as unknown as LintResult;
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
    const { source: _source, output: _output, filePath: _path, ...kept } = result;
    this.data.entries[file] = { content, config, ...(stat ? { size: stat.size, mtime: stat.mtimeMs } : {}), result: kept };
    this.dirty = true;
  }

  /** Writes the cache (temp file and rename, so a crash never leaves half a cache). */
  save(): void {
    if (!this.dirty) return;
    // Each message text once, in a table of the strings live entries use.
    const old = this.data.strings ?? [];
    const strings: string[] = [];
    const index = new Map<string, number>();
    const intern = (m: string | number) => {
      const text = typeof m === 'number' ? (old[m] ?? '') : m;
      let i = index.get(text);
      if (i === undefined) index.set(text, (i = strings.push(text) - 1));
      return i;
    };
    for (const e of Object.values(this.data.entries)) e.result = withTexts(e.result, intern);
    this.data.strings = strings;
    const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(this.data));
    renameSync(temp, this.path);
  }
}
