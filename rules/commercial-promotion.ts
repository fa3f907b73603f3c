import { defineRule, docsUrl } from '../src/engine/rule-types.js';
import { allMatches, lexicon } from './lib/lexicon.js';

const terms = lexicon('commercial.yaml');

export default defineRule({
  meta: {
    id: 'commercial-promotion',
    type: 'problem',
    description:
      "Finds promotion of the author's own commercial interests: discount and affiliate codes, sponsored posts, side businesses and multi-level marketing.",
    policy: [
      'Practice policy ("Promoting personal financial interests or commercial ventures to secure personal advantage")',
      'CODE policy summary (commercial solicitation)',
    ],
    defaultSeverity: 'warn',
    options: {},
    messages: {
      affiliate:
        'This promotes something you earn from ("{{text}}"). The practice policy forbids promoting personal financial interests; keep codes and sponsored posts off accounts linked to your work.',
      sideBusiness:
        'This promotes your own business ("{{text}}"). Keep personal commercial ventures separate from your professional presence.',
      mlm: 'This recruits or sells for a direct-selling scheme ("{{text}}"). The practice policy forbids promoting personal commercial ventures.',
    },
    docs: docsUrl('commercial-promotion'),
  },
  check({ draft, report }) {
    // A practice advertising its own services is its business, not a personal interest.
    if (draft.account === 'practice') return;
    const { prose } = draft;
    for (const kind of ['affiliate', 'sideBusiness', 'mlm'] as const) {
      // Hashtags are words of their own in the draft; the matcher finds them in the prose.
      const m = allMatches(terms(kind), prose)[0] ?? (kind === 'affiliate' ? (hashtag(draft) ?? codeWord(draft)) : undefined);
      if (!m) continue;
      // "my code" etc. need an offer nearby: a percentage, "off", a price or a link.
      if (
        kind === 'affiliate' &&
        /^(?:my code|my link|use code|link in my bio)$/i.test(m.text) &&
        !/(?<!\d)\d+\s?%|\boff\b|£\s?\d|link in bio|\bcode\b/i.test(prose.replace(m.text, ''))
      )
        continue;
      // A link for donations is fundraising, not earning.
      if (kind === 'affiliate' && /\bdonat\w*|crowdfund\w*|fundrais\w*|charity\b/i.test(prose)) continue;
      report({ messageId: kind, data: { text: m.text }, range: [m.start, m.end] });
      return;
    }
  },
});

function hashtag(draft: { words: { kind: string; lower: string; text: string; range: [number, number] }[] }) {
  const tag = draft.words.find((w) => w.kind === 'hashtag' && /^#(?:ad|affiliate|gifted|sponsored|spon|paidpartnership)$/.test(w.lower));
  return tag ? { start: tag.range[0], end: tag.range[1], text: tag.text } : undefined;
}

// "Code OPTOMJESS for 15% off": a shouted code word beside an offer.
const CODE = /\b[Cc]ode:?\s+[A-Z][A-Z0-9]{3,}\b/gu;
function codeWord(draft: { prose: string }) {
  const m = allMatches(CODE, draft.prose)[0];
  return m && /(?<!\d)\d+\s?%|\boff\b|£\s?\d/i.test(draft.prose) ? m : undefined;
}
