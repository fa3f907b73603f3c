import { statSync } from 'node:fs';
import type { ResolvedConfig } from '../config/types.js';
import type { LintResult } from '../engine/results.js';
import type { FileStat, LintCache } from '../files/cache.js';
import type { Options } from './options.js';

/** The run's use of --cache: the keys a file's result is kept under, and looking it up. */
export class CachedResults {
  // The column and field chosen for post files change the result too, and so does --no-inline-config.
  private readonly configKeys = new Map<ResolvedConfig, string>();
  private readonly suffix: string;

  constructor(
    private readonly cache: LintCache,
    options: Options,
  ) {
    this.suffix = `:${options.column ?? ''}:${options.field ?? ''}:${options.allowInlineConfig === false ? 'no-inline' : ''}`;
  }

  configKey(config: ResolvedConfig): string {
    let key = this.configKeys.get(config);
    if (key === undefined) this.configKeys.set(config, (key = `${this.cache.configKey(config)}${this.suffix}`));
    return key;
  }

  /** Size and modification time, or undefined when the file cannot be stat'ed (reading reports why). */
  stat(path: string): FileStat | undefined {
    try {
      const { size, mtimeMs } = statSync(path);
      return { size, mtimeMs };
    } catch {
      return undefined;
    }
  }

  /** A result from size and modification time alone (metadata strategy), without reading. */
  byStat(path: string, stat: FileStat | undefined, config: ResolvedConfig): LintResult | undefined {
    return stat && this.cache.getByStat(path, stat, this.configKey(config));
  }

  /** The keys for a file's text: its result, if kept, and how to keep a new one. */
  byContent(path: string, text: string, config: ResolvedConfig, stat: FileStat | undefined) {
    const content = this.cache.contentKey(text);
    const key = this.configKey(config);
    return {
      hit: this.cache.get(path, content, key, stat),
      keep: (result: LintResult) => this.cache.set(path, content, key, result, stat),
    };
  }
}
