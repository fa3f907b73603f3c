import type { ResolvedConfig } from '../config/types.js';
import type { Post } from '../files/posts.js';
import { LineIndex } from '../positions.js';
import { lintSource, type LintOptions } from '../engine/lint.js';
import { countMessages, type LintMessage, type LintResult, type SuppressedMessage } from '../engine/results.js';
import type { Rule } from '../engine/rule-types.js';

/**
 * Lints each post of a scheduled-post file as a draft of its own (with its row's platform and
 * account), then moves every position from the post's text to the file: a problem lands on
 * the cell's own line and column (a spreadsheet's: its row and column). A row for several
 * networks is linted for each, a problem reported once. Fixes are not offered: a cell is not a
 * file to rewrite.
 */
export async function lintPosts(
  source: string,
  filePath: string,
  posts: Post[],
  config: ResolvedConfig,
  rules: Map<string, Rule>,
  options: LintOptions,
): Promise<LintResult> {
  let file: LineIndex | undefined;
  const messages: LintMessage[] = [];
  const suppressed: SuppressedMessage[] = [];
  for (const post of posts) {
    const local = new LineIndex(post.text);
    const at = (line: number, column: number) => post.offsets[Math.min(local.toOffset(line, column), post.text.length)]!;
    const place = (line: number, column: number, endLine: number, endColumn: number) => {
      if (post.cell) return { line: post.cell.row, column: post.cell.column, endLine: post.cell.row, endColumn: post.cell.column };
      file ??= new LineIndex(source);
      return file.toLocation(at(line, column), at(endLine, endColumn));
    };
    // Rows of different sheets share line numbers: the message says which sheet.
    const sheet = post.cell?.sheet ? ` (sheet ${post.cell.sheet})` : '';
    const move = <M extends LintMessage>(m: M): M => {
      const moved = {
        ...m,
        ...(sheet ? { message: m.message.replace(/(\.?)$/, `${sheet}$1`) } : {}),
        ...place(m.line, m.column, m.endLine ?? m.line, m.endLine !== undefined ? (m.endColumn ?? m.column) : m.column),
      };
      if (m.related) moved.related = m.related.map((x) => ({ ...x, ...place(x.line, x.column, x.endLine, x.endColumn) }));
      delete moved.fix;
      delete moved.suggestions;
      return moved;
    };
    const seen = new Set<string>();
    const once = (m: LintMessage) => {
      const key = `${m.ruleId}\u0000${m.line}:${m.column}\u0000${m.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    for (const platform of post.platforms.length ? post.platforms : [config.platform]) {
      const rowConfig: ResolvedConfig = { ...config, platform: platform ?? config.platform, account: post.account ?? config.account };
      const r = await lintSource(post.text, filePath, rowConfig, rules, { ...options, fix: false });
      messages.push(...r.messages.map(move).filter(once));
      suppressed.push(...r.suppressedMessages.map(move).filter(once));
    }
  }
  return countMessages(
    filePath,
    messages.sort((a, b) => a.line - b.line || a.column - b.column),
    suppressed,
  );
}
