import { POST_FILE, readPosts } from '../files/posts.js';
import type { ResolvedConfig } from '../config/types.js';
import { lintSource, type LintOptions } from './lint.js';
import { fatalResult, type LintResult } from './results.js';
import type { Rule } from './rule-types.js';

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
  if (!POST_FILE.test(path)) return lintSource(text, path, config, rules, options);
  // A file of scheduled posts: each row is a draft; positions stay the file's own.
  const posts = await readPosts(path, text, {
    ...(options.column ? { column: options.column } : {}),
    ...(options.field ? { field: options.field } : {}),
  });
  if ('error' in posts) return fatalResult(path, posts.error);
  const { lintPosts } = await import('./lint-posts.js');
  return lintPosts(text, path, posts.posts, config, rules, options);
}
