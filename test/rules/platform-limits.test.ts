import fc from 'fast-check';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { measure } from '../../rules/lib/post-length.js';
import { ruleTester } from '../helpers/rule-tester.js';

const on = (platform: string, body: string) => `---\nplatform: ${platform}\n---\n${body}\n`;

ruleTester('platform-limits', {
  valid: [
    on('x', 'a'.repeat(280)),
    on('x', `${'a'.repeat(250)} https://www.nhs.uk/conditions/a-very-long-path-that-counts-as-23-characters`),
    on('x', '😀'.repeat(140)),
    on('bluesky', '👩🏽‍⚕️'.repeat(300)),
    on('threads', 'é'.repeat(500)),
    on('linkedin', 'word '.repeat(599)),
    // Directives and front matter are not part of the post.
    on('x', `<!-- socialcheck-disable views-disclaimer -->\n${'a'.repeat(280)}`),
    // No platform, no limit; a blog (a platform the catalogue names) has none either, and is no unknown platform.
    'a'.repeat(5000),
    on('blog', 'word '.repeat(3000)),
    on('newsletter', 'word '.repeat(3000)),
    on('tiktok', 'a'.repeat(2200)),
  ],
  invalid: [
    { code: on('x', 'a'.repeat(281)), errors: [{ messageId: 'tooLong', line: 4, column: 281 }] },
    { code: on('twitter', '日本語'.repeat(50)), errors: ['tooLong'] },
    { code: on('x', '😀'.repeat(141)), errors: ['tooLong'] },
    { code: on('bluesky', 'a'.repeat(301)), errors: ['tooLong'] },
    { code: on('instagram', 'a'.repeat(2201)), errors: ['tooLong'] },
    { code: on('myspace', 'hello'), errors: [{ messageId: 'unknownPlatform', severity: 1 }] },
    // TikTok: the 2,200 its posting API (a scheduler's route) takes, not the app's 4,000.
    { code: on('tiktok', 'a'.repeat(2201)), errors: [{ messageId: 'tooLong', line: 4, column: 2201 }] },
  ],
});

// twitter-text (unmaintained, sets globals) is only a test oracle here, never a dependency.
const twitter = createRequire(import.meta.url)('twitter-text') as { parseTweet(text: string): { weightedLength: number } };

it('weighs a bare domain with any TLD X knows as a link, and one X does not know as text', () => {
  for (const text of ['see 0.AC now', 'hello.world', 'clinic at abc.ac/x', 'nhs.uk.blah', 'abc.zz', 'e.g. this'])
    expect(measure(text, 'twitter').length).toBe(twitter.parseTweet(text).weightedLength);
  expect(measure('hello.world', 'twitter').length).toBe(23);
  expect(measure('abc.zz', 'twitter').length).toBe(6);
});

it('counts as X does (twitter-text as the oracle) for random text', () => {
  const piece = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom(
      ' ',
      'é',
      'e\u0301',
      '—',
      '…',
      '日本',
      '😀',
      '👩🏽‍⚕️',
      '🇬🇧',
      '❤️',
      'https://example.com/x',
      'www.nhs.uk',
      ' nhs.uk/conditions ',
      '#NHS',
      '@jess',
    ),
  );
  fc.assert(
    // Pieces are joined with spaces, as URLs in real posts are.
    fc.property(
      fc.array(piece, { maxLength: 15 }).map((p) => p.join(' ')),
      (text) => {
        const { length, steps } = measure(text, 'twitter');
        expect(length).toBe(twitter.parseTweet(text).weightedLength);
        // Counted without steps (as for a post within its limit), the length is the same.
        expect(measure(text, 'twitter', false).length).toBe(length);
        expect(steps.lengths.at(-1) ?? 0).toBe(length);
      },
    ),
    { numRuns: 500 },
  );
});
