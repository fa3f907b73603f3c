import type { Draft } from '../src/draft/types.js';
import { defineRule, docsUrl } from '../src/engine/rule-types.js';
import { findPlatform, measure, platforms } from './lib/post-length.js';

export default defineRule({
  meta: {
    id: 'platform-limits',
    type: 'problem',
    description:
      'Finds posts longer than their platform allows (X 280, Threads 500, Bluesky 300, Instagram 2,200, LinkedIn 3,000, TikTok 2,200, Facebook 63,206), counted the way that platform counts; a blog has no limit.',
    policy: ["The platform's own limit: a scheduler rejects or cuts a post that is too long, and a cut post can lose its disclaimer."],
    defaultSeverity: 'error',
    options: {},
    messages: {
      tooLong:
        'This post is {{length}} characters as {{platform}} counts them; {{platform}} allows {{limit}}. Shorten it by {{over}} (the limit is passed here).',
      unknownPlatform: 'Unknown platform "{{platform}}": socialcheck knows {{known}}. Length was not checked.',
    },
    docs: docsUrl('platform-limits'),
  },
  check({ draft, report }) {
    if (!draft.platform) return;
    const p = findPlatform(draft.platform);
    if (!p) {
      const fm = draft.frontMatter?.range ?? [0, 0];
      report({
        messageId: 'unknownPlatform',
        data: { platform: draft.platform, known: Object.keys(platforms()).join(', ') },
        range: fm,
        lesser: true,
      });
      return;
    }
    const limit = p.limit;
    if (limit === undefined) return;
    const { text, offsets } = postText(draft);
    const { length } = measure(text, p.counting, false);
    if (length <= limit) return;
    const { steps } = measure(text, p.counting);
    // Where the text goes over: the end of the last unit within the limit.
    const crossing = steps.lengths.findIndex((l) => l > limit);
    const startInText = crossing > 0 ? steps.ends[crossing - 1]! : 0;
    const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
    report({
      messageId: 'tooLong',
      data: { length: round(length), platform: p.name, limit, over: round(length - limit) },
      range: [offsets(startInText), offsets(text.length)],
    });
  },
});

/** The text that will be posted: the body without front matter or HTML comments, trimmed; and a map back to file offsets. */
function postText(draft: Draft): { text: string; offsets: (i: number) => number } {
  const pieces: [number, number][] = [];
  let at = draft.bodyStart;
  for (const c of [...draft.comments].sort((a, b) => a.range[0] - b.range[0])) {
    if (c.range[0] > at) pieces.push([at, c.range[0]]);
    at = Math.max(at, c.range[1]);
  }
  pieces.push([at, draft.source.length]);
  let text = pieces.map(([s, e]) => draft.source.slice(s, e)).join('');
  const lead = text.length - text.trimStart().length;
  text = text.trim();
  const offsets = (i: number) => {
    let rest = i + lead;
    for (const [s, e] of pieces) {
      if (rest <= e - s) return s + rest;
      rest -= e - s;
    }
    return draft.source.length;
  };
  return { text, offsets };
}
