import type { ResolvedConfig } from '../config/types.js';
import type { Range } from '../draft/types.js';
import type { Post } from '../files/posts.js';
import { LineIndex } from '../positions.js';
import { lintToOffsets, type LintOptions } from '../engine/lint.js';
import { countMessages, locate, type LintMessage, type LintResult, type OffsetMessage, type Place, type SuppressedMessage } from '../engine/results.js';
import type { Rule } from '../engine/rule-types.js';

/**
 * Lints each post of a scheduled-post file as a draft of its own (with its row's platform and
 * account), then places every message in the file: its offsets in the post become the file's
 * (post.offsets), and those become lines and columns once, so a problem lands on the cell's own
 * line and column (a spreadsheet's: its row and column). A row for several networks is linted
 * for each, a problem reported once. Fixes are not offered: a cell is not a file to rewrite.
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
    // Offsets into the post's draft, which is the post's text without a BOM.
    const shift = post.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const at = (offset: number) => post.offsets[Math.min(offset + shift, post.text.length)]!;
    const place: Place = (range: Range | null) => {
      if (post.cell) return { line: post.cell.row, column: post.cell.column, endLine: post.cell.row, endColumn: post.cell.column };
      file ??= new LineIndex(source);
      const [start, end] = range ?? [0, 0];
      return file.toLocation(at(start), at(Math.max(start, end)));
    };
    // Rows of different sheets share line numbers: the message says which sheet.
    const sheet = post.cell?.sheet ? ` (sheet ${post.cell.sheet})` : '';
    const move = (m: OffsetMessage): LintMessage => {
      const moved = locate(m, place);
      if (sheet) moved.message = m.message.replace(/(\.?)$/, `${sheet}$1`);
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
      const r = await lintToOffsets(post.text, filePath, rowConfig, rules, { ...options, fix: false });
      messages.push(...r.messages.map(move).filter(once));
      suppressed.push(...r.suppressed.map((m) => move(m) as SuppressedMessage).filter(once));
    }
  }
  return countMessages(
    filePath,
    messages.sort((a, b) => a.line - b.line || a.column - b.column),
    suppressed,
  );
}
