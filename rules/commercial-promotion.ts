import { defineRule, docsUrl } from '../src/engine/rule-types.js';
import { ownPromotion } from './lib/promotion.js';

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
      affiliate: 'Promotes something you earn from ("{{text}}"). Keep codes, links and sponsored posts off accounts tied to your work.',
      sideBusiness: 'Promotes your own or your family\'s business ("{{text}}"). Keep it off accounts tied to your work.',
      mlm: 'Recruits or sells for a direct-selling scheme ("{{text}}"). Keep it off accounts tied to your work.',
    },
    docs: docsUrl('commercial-promotion'),
  },
  check({ draft, report }) {
    // A practice advertising its own services is its business, not a personal interest.
    if (draft.account === 'practice') return;
    const found = ownPromotion(draft);
    if (found) report({ messageId: found.kind, data: { text: found.match.text }, range: [found.match.start, found.match.end] });
  },
});
