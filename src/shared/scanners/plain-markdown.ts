import type { FastPath } from './fast-path.js';

// Stands in for: the Markdown parser (remark-parse, through src/draft/markdown.ts).
// Measured gain: a 10k-draft run takes 7.5 s of CPU with it and 13.7 s without (paired runs,
// --concurrency off, median of 3): 45% of the run.
//
// Most posts use no Markdown at all: lines of text in paragraphs, now and then a one-line
// "> quote". For those the parser's answer is known without running it: each paragraph is one
// block holding one text node, and there are no links, images or comments. plainMarkdownParts()
// recognises such a body conservatively and returns exactly what the parser's parts would be;
// for anything else (any character that could open inline syntax, any line that could open a
// block other than a paragraph or a one-line quote) it returns null and the parser runs.
// test/equivalence/plain-markdown.test.ts compares the two.

type Span = [number, number];

/** What a plain body holds: its text, paragraphs and one-line quotes, as offsets. */
export interface PlainParts {
  text: Span[];
  blockquotes: Span[];
  blocks: Span[];
}

/** Characters that may open inline syntax (emphasis, code, links, images, HTML, escapes, breaks). */
const INLINE = /[*_`[\]<\\\0]/;
/** Line starts that may open a block: headings, lists, rules, fences, setext lines, code, tables... */
const BLOCK_START = /^(?:[\s#>*+\-=_~`|<[]|\d{1,9}[.)])/;

const isBlank = (c: number) => c === 0x20 || c === 0x09;

export const plainMarkdownParts: FastPath<[body: string, base: number], PlainParts> = (body, base) => {
  if (INLINE.test(body)) return null;
  const parts: PlainParts = { text: [], blockquotes: [], blocks: [] };
  // Lines: [start, end before the line ending].
  const lines: [number, number][] = [];
  for (let i = 0; i <= body.length;) {
    let end = i;
    while (end < body.length && body.charCodeAt(end) !== 0x0a && body.charCodeAt(end) !== 0x0d) end++;
    lines.push([i, end]);
    if (end >= body.length) break;
    i = body.charCodeAt(end) === 0x0d && body.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
  const contentEnd = (start: number, end: number) => {
    while (end > start && isBlank(body.charCodeAt(end - 1))) end--;
    return end;
  };
  // A block runs to the end of its last line, trailing blanks and all; its text stops at the
  // last character that is not blank.
  const block = (start: number, end: number) => {
    parts.blocks.push([base + start, base + end]);
    parts.text.push([base + start, base + contentEnd(start, end)]);
  };
  let para: [number, number] | null = null;
  const close = () => {
    if (para) block(para[0], para[1]);
    para = null;
  };
  for (let n = 0; n < lines.length; n++) {
    const [start, end] = lines[n]!;
    if (start === end) {
      close();
      continue;
    }
    const line = body.slice(start, end);
    if (line.length > 2 && line.startsWith('> ') && !BLOCK_START.test(line.slice(2))) {
      // A one-line quote: it ends a paragraph, and the next line must be blank (or none).
      const next = lines[n + 1];
      if (next && next[0] !== next[1]) return null;
      close();
      parts.blockquotes.push([base + start, base + end]);
      block(start + 2, end);
      continue;
    }
    if (BLOCK_START.test(line)) return null;
    // Inside a paragraph, two trailing spaces or a tab make a hard break.
    if (para && (body.charCodeAt(para[1] - 1) === 0x09 || (body.charCodeAt(para[1] - 1) === 0x20 && body.charCodeAt(para[1] - 2) === 0x20)))
      return null;
    if (para) para[1] = end;
    else para = [start, end];
  }
  close();
  return parts;
};
