import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import type { LintResult } from '../engine/results.js';

// --cache, as ESLint has it: a file's result is kept with the hash of its content, the hash of
// the config that applied to it and socialcheck's version; a later run over an unchanged file
// with the same config reuses the result instead of linting again. The cache holds results
// (already masked messages), never the draft's text.

interface Entry {
  content: string;
  config: string;
  result: Omit<LintResult, 'source' | 'output'>;
}
interface CacheFile {
  version: string;
  entries: Record<string, Entry>;
}

const sha = (s: string) => createHash('sha1').update(s).digest('hex');

export class LintCache {
  private data: CacheFile;
  private configKeys = new WeakMap<object, string>();
  private dirty = false;

  private constructor(
    readonly path: string,
    private readonly version: string,
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

  static open(path: string, version: string): LintCache {
    return new LintCache(path, version);
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

  get(file: string, content: string, config: string): LintResult | undefined {
    const e = this.data.entries[file];
    return e && e.content === content && e.config === config ? { ...e.result, filePath: file } : undefined;
  }

  set(file: string, content: string, config: string, result: LintResult): void {
    const { source: _source, output: _output, ...kept } = result;
    this.data.entries[file] = { content, config, result: kept };
    this.dirty = true;
  }

  /** Writes the cache (temp file and rename, so a crash never leaves half a cache). */
  save(): void {
    if (!this.dirty) return;
    const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(this.data));
    renameSync(temp, this.path);
  }
}
