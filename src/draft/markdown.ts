import type { Comment, Image, Link, Range } from './types.js';

// The parts of a Markdown body a draft needs, from remark's mdast. Offsets are shifted by
// `base` so they index the whole file (front matter included).

export interface MarkdownParts {
  /** Ranges of prose text (mdast text nodes). */
  text: Range[];
  blockquotes: Range[];
  /** Paragraph-like blocks (paragraphs, headings, table cells) in order. */
  blocks: Range[];
  links: Link[];
  images: Image[];
  comments: Comment[];
}

interface Node {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: Node[];
  value?: string;
  url?: string;
  alt?: string | null;
  title?: string | null;
}

export type MarkdownParser = (body: string) => Node;

let parser: MarkdownParser | undefined;

/** The parser if it has been loaded. */
export const loadedMarkdownParser = (): MarkdownParser | undefined => parser;

/** unified + remark-parse load on first use: a run over plain posts never pays for them. */
export async function loadMarkdownParser(): Promise<MarkdownParser> {
  if (!parser) {
    const { createMarkdownParser } = await import('./markdown-parser.js');
    parser = (await createMarkdownParser()) as MarkdownParser;
  }
  return parser;
}

/** HTML comments in an HTML node: a scan with indexOf, linear however many "<!--" it holds. */
function* htmlComments(raw: string): Generator<{ index: number; length: number; value: string }> {
  for (let open = raw.indexOf('<!--'); open >= 0;) {
    const close = raw.indexOf('-->', open + 4);
    if (close < 0) return;
    yield { index: open, length: close + 3 - open, value: raw.slice(open + 4, close) };
    open = raw.indexOf('<!--', close + 3);
  }
}

export function markdownParts(body: string, base: number, parse: MarkdownParser): MarkdownParts {
  const parts: MarkdownParts = { text: [], blockquotes: [], blocks: [], links: [], images: [], comments: [] };
  const rangeOf = (n: Node): Range | null => {
    const s = n.position?.start.offset;
    const e = n.position?.end.offset;
    return s === undefined || e === undefined ? null : [base + s, base + e];
  };
  const plain = (n: Node): string =>
    n.type === 'text' || n.type === 'inlineCode' ? (n.value ?? '') : (n.children ?? []).map(plain).join('');

  const visit = (n: Node): void => {
    const r = rangeOf(n);
    switch (n.type) {
      case 'text':
        if (r) parts.text.push(r);
        return;
      case 'code':
      case 'inlineCode':
      case 'yaml':
        return;
      case 'html':
        if (r) {
          const raw = n.value ?? '';
          for (const c of htmlComments(raw)) {
            parts.comments.push({ range: [r[0] + c.index, r[0] + c.index + c.length], value: c.value.trim() });
          }
        }
        return;
      case 'image':
        if (r) parts.images.push({ range: r, url: n.url ?? '', alt: n.alt ?? '', title: n.title ?? '' });
        return;
      case 'imageReference':
        if (r) parts.images.push({ range: r, url: '', alt: n.alt ?? '', title: '' });
        return;
      case 'link':
        if (r) {
          const text = plain(n);
          const auto = n.url !== undefined && (text === n.url || `mailto:${text}` === n.url);
          parts.links.push({ kind: auto ? 'autolink' : 'link', range: r, url: n.url ?? '', text });
          // An autolink's text is a URL, not prose.
          if (auto) return;
        }
        break;
      case 'definition':
        if (r) parts.links.push({ kind: 'definition', range: r, url: n.url ?? '', text: '' });
        return;
      case 'blockquote':
        if (r) parts.blockquotes.push(r);
        break;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        if (r) parts.blocks.push(r);
        break;
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(parse(body));
  return parts;
}
