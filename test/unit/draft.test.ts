import { beforeAll, describe, expect, it } from 'vitest';
import { buildDraft, pathological } from '../../src/draft/build.js';
import { loadMarkdownParser, type MarkdownParser } from '../../src/draft/markdown.js';
import { linesOf, wordBefore } from '../../src/draft/text-units.js';
import type { Draft } from '../../src/draft/types.js';
import { fixtureTexts, randomText, rng } from '../helpers/equivalence.js';

let parse: MarkdownParser;
beforeAll(async () => {
  parse = await loadMarkdownParser();
});
const md = (text: string): Draft => buildDraft(text, 'x.md', { format: 'markdown', parseMarkdown: parse });
const txt = (text: string): Draft => buildDraft(text, 'x.txt', { format: 'text' });
const slice = (d: Draft, r: [number, number]) => d.source.slice(r[0], r[1]);

describe('the draft model', () => {
  it('keeps prose the same length as the source and at the same offsets', () => {
    const source = '---\naccount: practice\n---\n# Hi **Margaret**\n\nSee `code` and https://x.example/a?b=1 now.\n';
    const d = md(source);
    expect(d.prose).toHaveLength(source.length);
    expect(d.prose.indexOf('Margaret')).toBe(source.indexOf('Margaret'));
    expect(d.prose).not.toContain('account');
    expect(d.prose).not.toContain('code');
    expect(d.prose).not.toContain('https');
    expect(d.prose.split('\n')).toHaveLength(source.split('\n').length);
  });

  it('reads front matter: account, platform and consent', () => {
    const d = md('---\naccount: practice\nplatform: Instagram\nconsent: {reference: C-1, scope: [photo]}\n---\nHello\n');
    expect(d.account).toBe('practice');
    expect(d.platform).toBe('instagram');
    expect(d.consent).toEqual({ given: true, scope: ['photo'], reference: 'C-1' });
    expect(d.bodyStart).toBe(d.source.indexOf('Hello'));
  });

  it('defaults to a personal account without consent, and reports broken front matter', () => {
    const d = md('---\naccount: [oops\n---\nHello\n');
    expect(d.account).toBe('personal');
    expect(d.consent.given).toBe(false);
    expect(d.frontMatter?.error?.message).toBeTruthy();
    expect(d.prose.trim()).toBe('Hello');
  });

  it('finds links, bare URLs, images and HTML comments', () => {
    const d = md(
      'Read [the paper](https://a.example/p) or www.b.example/x.\n\n![Patient smile](img/jane.jpg "before")\n\n<!-- socialcheck-disable -->\n',
    );
    expect(d.links.map((l) => [l.kind, l.url])).toEqual([
      ['link', 'https://a.example/p'],
      ['bare', 'www.b.example/x'],
    ]);
    expect(d.images).toEqual([expect.objectContaining({ url: 'img/jane.jpg', alt: 'Patient smile', title: 'before' })]);
    expect(d.comments.map((c) => c.value)).toEqual(['socialcheck-disable']);
    expect(d.prose).toContain('the paper');
    expect(d.prose).not.toContain('Patient smile');
  });

  it('splits sentences with exact ranges, not at "Dr." or initials', () => {
    const d = txt('Saw Dr. Shah today. J. Smith came in! Is it ok?\nNew line here');
    expect(d.sentences.map((s) => s.text)).toEqual(['Saw Dr. Shah today.', 'J. Smith came in!', 'Is it ok?', 'New line here']);
    for (const s of d.sentences) expect(slice(d, s.range)).toBe(s.text);
  });

  it('tokenises words, hashtags, mentions and e-mails', () => {
    const d = txt("Thanks @jess_m92 #TeamSmile mail jo.b@nhs.net don't");
    expect(d.words.map((w) => [w.kind, w.text])).toEqual([
      ['word', 'Thanks'],
      ['mention', '@jess_m92'],
      ['hashtag', '#TeamSmile'],
      ['word', 'mail'],
      ['email', 'jo.b@nhs.net'],
      ['word', "don't"],
    ]);
  });

  it('finds blockquotes and quotations spanning words, not apostrophes or single words', () => {
    const d = md("> A quoted block of words.\n\nShe said “this is long” and it's 'so-called' but 'two words' count. \"One\"\n");
    expect(d.quotes.map((q) => [q.kind, q.text, q.wordCount])).toEqual([
      ['blockquote', 'A quoted block of words.', 5],
      ['quotation', 'this is long', 3],
      ['quotation', 'two words', 2],
    ]);
  });

  it('treats plain text as prose, except URLs', () => {
    const d = txt('Patient: Rebecca\nhttps://x.example/07700900123\n');
    expect(d.prose).toContain('Rebecca');
    expect(d.prose).not.toContain('07700900123');
  });
});

describe('Markdown too costly to parse', () => {
  it('is read as plain text past 10,000 lines, and parsed below', () => {
    expect(pathological('a line\n'.repeat(10_001))).toBe(true);
    expect(pathological('a line\r\n'.repeat(10_001))).toBe(true);
    expect(pathological('a line\n'.repeat(9_999))).toBe(false);
    expect(pathological('A short post.\n\nWith two paragraphs.\n')).toBe(false);
  });

  it('still splits sentences where lines carry on in lower case, without rescanning', () => {
    const d = buildDraft('First line\ncarries on here.\nNew sentence:\nstarts here\n', 'a.txt', { format: 'text' });
    expect(d.sentences.map((s) => s.text)).toEqual(['First line\ncarries on here.', 'New sentence:', 'starts here']);
  });
});

describe('wordBefore', () => {
  // It replaced /([\p{L}.]+)$/u on a slice: it must give the same run on every slice.
  it('gives what the expression gave, on fixtures and generated text', () => {
    const byExpression = (text: string, from: number, to: number) => /([\p{L}.]+)$/u.exec(text.slice(from, to))?.[1] ?? '';
    const r = rng(3);
    const pieces = ['a', 'Z', '.', ' ', 'é', 'ß', '𝐀', '\ud835', '\udc00', '1', '_', "'", '\u0301', 'Д', '…', '\n'];
    const texts = [...fixtureTexts().slice(0, 300), ...Array.from({ length: 3000 }, () => randomText(r, pieces, 14))];
    for (const text of texts) {
      for (let k = 0; k < 8; k++) {
        const to = Math.floor(r() * (text.length + 1));
        const from = Math.max(0, to - Math.floor(r() * 45));
        expect(wordBefore(text, from, to), JSON.stringify([text, from, to])).toBe(byExpression(text, from, to));
      }
    }
  });
});

describe('linesOf', () => {
  it('cuts text as the lookbehind split it replaced does, after every line-break character', () => {
    const r = rng(21);
    const pieces = ['a', 'bc', ' ', "'", '\n', '\r', '\r\n', '\u2028', '\u2029', '😀', ''];
    for (let n = 0; n < 3000; n++) {
      const text = randomText(r, pieces, 10);
      expect(linesOf(text)).toEqual(text.split(/(?<=\r\n|[\r\n\u2028\u2029])/));
    }
  });
});
