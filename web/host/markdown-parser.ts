// The web page's Markdown parser: remark is its own file (dist/web/markdown.js), loaded with a
// script element the first time a draft has Markdown in it. Stands in for
// src/draft/markdown-parser.ts, with the same export.
import { loadScript } from './load-script.js';

interface MarkdownChunk {
  createMarkdownParser(): Promise<(body: string) => unknown>;
}

export async function createMarkdownParser(): Promise<(body: string) => unknown> {
  await loadScript('markdown.js');
  const chunk = (globalThis as { socialcheckMarkdown?: MarkdownChunk }).socialcheckMarkdown;
  if (!chunk) throw new Error('markdown.js did not load');
  return chunk.createMarkdownParser();
}
