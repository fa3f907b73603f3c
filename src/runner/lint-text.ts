import { resolve } from 'node:path';
import { ConfigResolver } from '../config/resolve.js';
import { lintSource } from '../engine/lint.js';
import type { LintResult } from '../engine/results.js';
import { lintFileText } from './lint-file.js';
import { resolverOptions, type Options } from './options.js';

/**
 * Lints one draft's text. `filePath` names it: its extension picks Markdown or plain text, or a
 * file of scheduled posts (.csv, .tsv, .json, .jsonl, .xlsx) read row by row as lintFiles()
 * reads one; its folder picks the config.
 */
export async function lintText(
  text: string,
  options: Options & { filePath?: string } = {},
  resolver?: ConfigResolver,
): Promise<LintResult> {
  const r = resolver ?? (await ConfigResolver.create(resolverOptions(options)));
  if (!options.filePath) return lintSource(text, '<text>', r.resolve(resolve(r.cwd, 'stdin.md')), r.ruleMap, options);
  const filePath = resolve(r.cwd, options.filePath);
  return lintFileText(filePath, text, r.resolve(filePath), r.ruleMap, options);
}
