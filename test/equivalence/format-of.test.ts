import { extname } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatOf } from '../../src/engine/lint.js';

// formatOf() reads a path's extension without node:path (the engine also runs in the web
// page); it must decide as node:path's extname would.
const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mdx']);
const expected = (p: string) => {
  const ext = extname(p).toLowerCase();
  return MARKDOWN.has(ext) || ext === '' ? 'markdown' : 'text';
};

describe('formatOf', () => {
  it('reads the extension as node:path does', () => {
    for (const p of [
      'post.md',
      'POST.MD',
      'a/b.txt',
      '.md',
      'notes',
      'a.b/c',
      'x.',
      '..md',
      'dir.md/post',
      'a/.hidden',
      'a.tar.md',
      'report.csv',
    ])
      expect(formatOf(p), p).toBe(expected(p));
    const part = fc.stringMatching(/^[a-zA-Z.]{0,6}$/);
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => formatOf(parts.join('/')) === expected(parts.join('/'))),
    );
  });
});
