import type { Draft } from '../src/draft/types.js';
import { defineRule, docsUrl } from '../src/engine/rule-types.js';
import { allMatches, lexicon, type Match } from './lib/lexicon.js';

const terms = lexicon('confidential.yaml');
const MONEY = /£\s?\d[\d,.]*\s?(?:k|m|bn|million|thousand)?\b|\b\d[\d,.]*\s?(?:k|m)\s+(?:a|per)\s+(?:year|month)\b/gi;

function inSentence(draft: Draft, m: Match): [number, number] {
  const s = draft.sentences.find((x) => x.range[0] <= m.start && m.end <= x.range[1]);
  return s ? s.range : [m.start, m.end];
}

export default defineRule({
  meta: {
    id: 'confidential-info',
    type: 'problem',
    description: 'Finds confidential business information: the practice\'s finances, unannounced plans, security details and trade secrets, and colleagues\' personal data.',
    policy: ['Practice policy "Don\'t tell secrets" ("it is not acceptable to publish confidential information")', 'CODE policy summary (colleagues\' personal data)'],
    defaultSeverity: 'error',
    options: {},
    messages: {
      finance: 'This shares the practice\'s financial information ("{{text}}"). The practice policy treats its finances as confidential: remove the figures.',
      plans: 'This hints at unannounced plans ("{{text}}"). Leave announcements about the business to the practice.',
      colleague: 'This shares a colleague\'s personal information ("{{text}}"). Colleagues\' private details are theirs to share, not yours.',
      secret: 'This mentions security details or trade secrets ("{{text}}"). Never post them.',
    },
    docs: docsUrl('confidential-info'),
  },
  check({ draft, report }) {
    const { prose } = draft;
    // Finances: a money word with a business owner or a figure in the same sentence ("practice turnover hit £1.2m").
    for (const f of allMatches(terms('finance'), prose)) {
      const [s, e] = inSentence(draft, f);
      const owner = allMatches(terms('owner'), prose, s, e).length > 0;
      MONEY.lastIndex = 0;
      const figure = MONEY.test(prose.slice(s, e));
      if (owner && (figure || /profit|turnover|revenue|takings|overdraft|in the red|in debt|salar|pay rise|bonus/i.test(f.text))) {
        report({ messageId: 'finance', data: { text: f.text }, range: [s, e] });
        break;
      }
    }
    const plan = allMatches(terms('plans'), prose)[0];
    if (plan) report({ messageId: 'plans', data: { text: plan.text }, range: inSentence(draft, plan) });
    for (const c of allMatches(terms('colleagueData'), prose)) {
      const [s, e] = inSentence(draft, c);
      if (!allMatches(terms('colleagues'), prose, s, e).length) continue;
      report({ messageId: 'colleague', data: { text: c.text }, range: [s, e] });
      break;
    }
    const secret = allMatches(terms('secrets'), prose)[0];
    if (secret) report({ messageId: 'secret', data: { text: secret.text }, range: inSentence(draft, secret) });
  },
});
