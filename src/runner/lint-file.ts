import { isTabExport, POST_FILE, readPosts, SHEET_FILE } from '../files/posts.js';
import { stripBom } from '../positions.js';
import type { ResolvedConfig } from '../config/types.js';
import { lintSource, type LintOptions } from '../engine/lint.js';
import { fatalResult, type LintResult } from '../engine/results.js';
import type { Rule } from '../engine/rule-types.js';

export interface FileLintOptions extends LintOptions {
  column?: string;
  field?: string;
}

/** Lints one file's text: a draft, or a CSV / JSON file of scheduled posts row by row. */
export async function lintFileText(
  path: string,
  text: string,
  config: ResolvedConfig,
  rules: Map<string, Rule>,
  options: FileLintOptions,
): Promise<LintResult> {
  if (!POST_FILE.test(path) && !isTabExport(path, text)) return lintSource(text, path, config, rules, options);
  // A file of scheduled posts: each row is a draft; positions stay the file's own. A BOM is not
  // counted in columns (as in a draft); a workbook's bytes are kept whole.
  const body = SHEET_FILE.test(path) ? text : stripBom(text).text;
  const posts = await readPosts(path, body, {
    ...(options.column ? { column: options.column } : {}),
    ...(options.field ? { field: options.field } : {}),
  });
  if ('error' in posts) return fatalResult(path, posts.error);
  const { lintPosts } = await import('./lint-posts.js');
  return lintPosts(body, path, posts.posts, config, rules, options);
}
