import type { ResolvedConfig } from '../config/types.js';
import type { Post } from '../files/posts.js';
import { LineIndex } from '../positions.js';
import { lintSource, type LintOptions } from './lint.js';
import { countMessages, type LintMessage, type LintResult, type SuppressedMessage } from './results.js';
import type { Rule } from './rule-types.js';

/**
 * Lints each post of a scheduled-post file as a draft of its own (with its row's platform and
 * account), then moves every position from the post's text to the file: a problem lands on
 * the cell's own line and column. Fixes are not offered: a cell is not a file to rewrite.
 */
export async function lintPosts(
  source: string,
  filePath: string,
  posts: Post[],
  config: ResolvedConfig,
  rules: Map<string, Rule>,
  options: LintOptions,
): Promise<LintResult> {
  const file = new LineIndex(source);
  const messages: LintMessage[] = [];
  const suppressed: SuppressedMessage[] = [];
  for (const post of posts) {
    const rowConfig: ResolvedConfig = { ...config, platform: post.platform ?? config.platform, account: post.account ?? config.account };
    const r = await lintSource(post.text, filePath, rowConfig, rules, { ...options, fix: false });
    const local = new LineIndex(post.text);
    const at = (line: number, column: number) => post.offsets[Math.min(local.toOffset(line, column), post.text.length)]!;
    const move = <M extends LintMessage>(m: M): M => {
      const start = at(m.line, m.column);
      const end = m.endLine !== undefined ? at(m.endLine, m.endColumn ?? m.column) : start;
      const moved = { ...m, ...file.toLocation(start, end) };
      if (m.related) moved.related = m.related.map((x) => ({ ...x, ...file.toLocation(at(x.line, x.column), at(x.endLine, x.endColumn)) }));
      delete moved.fix;
      delete moved.suggestions;
      return moved;
    };
    messages.push(...r.messages.map(move));
    suppressed.push(...r.suppressedMessages.map(move));
  }
  return countMessages(
    filePath,
    messages.sort((a, b) => a.line - b.line || a.column - b.column),
    suppressed,
  );
}
