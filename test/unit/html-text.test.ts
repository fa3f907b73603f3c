import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../src/files/html-text.js';

// HTML post text (Postiz's editor output) read as the text it shows, each character kept at the
// offset it came from, so positions in the file stay exact.

const at = (text: string) => Array.from({ length: text.length + 1 }, (_, i) => 100 + i);

describe('htmlToText', () => {
  it('drops tags, reads block ends as line breaks, decodes entities, and keeps each character at its source offset', () => {
    const html = '<p>Fish &amp; chips</p><p>Call <strong>Ann</strong>&nbsp;now&#33;<br/>Bye</p>';
    const r = htmlToText(html, at(html));
    expect(r.text).toBe('Fish & chips\nCall Ann now!\nBye');
    expect(r.offsets).toHaveLength(r.text.length + 1);
    for (const [i, ch] of [...r.text].entries()) {
      const from = html.slice(r.offsets[i]! - 100);
      if (ch === '\n') expect(from.startsWith('</p>') || from.startsWith('<br')).toBe(true);
      else if (ch === '&') expect(from.startsWith('&amp;')).toBe(true);
      else if (ch === ' ' && from.startsWith('&')) expect(from.startsWith('&nbsp;')).toBe(true);
      else if (ch === '!') expect(from.startsWith('&#33;')).toBe(true);
      else expect(from[0]).toBe(ch);
    }
    expect(r.offsets[r.text.length]).toBe(100 + html.length);
  });

  it('leaves a lone "<" or "&" alone, and plain text is not taken for HTML', () => {
    expect(looksLikeHtml('Q&A at 5 < 6pm')).toBe(false);
    expect(looksLikeHtml('<p>hi</p>')).toBe(true);
    const text = 'a < b & c';
    expect(htmlToText(text, at(text)).text).toBe(text);
  });
});
