import { beforeAll, describe, expect, it } from 'vitest';
import { loadMarkdownParser, markdownParts, type MarkdownParser } from '../../src/draft/markdown.js';
import { plainMarkdownParts, type PlainParts } from '../../src/shared/scanners/plain-markdown.js';
import { fixtureTexts, rng } from '../helpers/equivalence.js';

// Where plainMarkdownParts() answers, it must answer exactly as the parser does: the same
// text, blocks and quotes, and no links, images or comments.
const asParts = (plain: PlainParts) => ({ ...plain, links: [], images: [], comments: [] });

let parser: MarkdownParser;
beforeAll(async () => {
  parser = await loadMarkdownParser();
});

// Words and separators of plain posts, and the characters and line starts that are Markdown.
const PIECES = [
  'Lovely',
  'day',
  'at the practice',
  '🦷',
  '£540',
  '#charity',
  '@NHSEngland',
  'https://www.nice.org.uk/guidance/ng59',
  '"Recovery"',
  '’',
  '&amp;',
  '&copy',
  '&#35;',
  '12.5%',
  '1.',
  '2)',
  '#',
  '# ',
  '>',
  '> ',
  '> > ',
  '-',
  '- ',
  '+ ',
  '* ',
  '=',
  '===',
  '---',
  '~~~',
  '```',
  '|',
  'a|b',
  '_x_',
  '*x*',
  '`x`',
  '[x](y)',
  '<b>',
  '\\',
  '!',
  '?',
  ':',
  ';',
  ',',
  '.',
  ' ',
  '  ',
  '\t',
  '   ',
  '    ',
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\n> quoted line\n',
  '\n> quoted line',
  '\u00a0',
  '\u2028',
  '\f',
  'x\u0301',
];

describe('plainMarkdownParts', () => {
  it('answers as the parser does, on every fixture draft it answers for', () => {
    const differences: string[] = [];
    let answered = 0;
    for (const text of fixtureTexts()) {
      const plain = plainMarkdownParts(text, 7);
      if (!plain) continue;
      answered++;
      if (JSON.stringify(asParts(plain)) !== JSON.stringify(markdownParts(text, 7, parser))) differences.push(text.slice(0, 80));
    }
    expect(differences).toEqual([]);
    // Most posts are plain: the fast path must actually be taken.
    expect(answered).toBeGreaterThan(150);
  });

  it('answers as the parser does, on generated bodies', () => {
    const r = rng(3);
    const differences: string[] = [];
    let answered = 0;
    for (let n = 0; n < 20000; n++) {
      let body = '';
      for (let k = Math.floor(r() * 16); k >= 0; k--) body += PIECES[Math.floor(r() * PIECES.length)]! + (r() < 0.5 ? ' ' : '');
      const plain = plainMarkdownParts(body, 0);
      if (!plain) continue;
      answered++;
      const parsed = markdownParts(body, 0, parser);
      if (JSON.stringify(asParts(plain)) !== JSON.stringify(parsed))
        differences.push(`${JSON.stringify(body)}\n  plain  ${JSON.stringify(plain)}\n  parsed ${JSON.stringify(parsed)}`);
    }
    expect(differences.slice(0, 3)).toEqual([]);
    expect(answered).toBeGreaterThan(2000);
  });

  it('leaves Markdown to the parser', () => {
    for (const body of ['*bold*', 'a\n- item', '# Title', 'see [here](x)', '> a\n> b', '> a\nlazy', 'a  \nb', '    code', 'x\n===']) {
      expect(plainMarkdownParts(body, 0)).toBeNull();
    }
  });
});
