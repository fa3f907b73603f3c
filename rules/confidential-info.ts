import { firstNameFlags } from './lib/people.js';
import type { Draft } from '../src/draft/types.js';
import { defineRule, docsUrl } from '../src/engine/rule-types.js';
import { patientNear } from './lib/context.js';
import { addresses, phones } from './lib/identifiers.js';
import { allMatches, lexicon, type Match } from './lib/lexicon.js';

const terms = lexicon('confidential.yaml');
const MONEY = /£\s?\d[\d,.]*\s?(?:k|m|bn|million|thousand)?\b|(?<![\d,.])\d[\d,.]*\s?(?:k|m)\s+(?:a|per)\s+(?:year|month)\b/gi;

function inSentence(draft: Draft, m: Match): [number, number] {
  const s = draft.sentences.find((x) => x.range[0] <= m.start && m.end <= x.range[1]);
  return s ? s.range : [m.start, m.end];
}

export default defineRule({
  meta: {
    id: 'confidential-info',
    type: 'problem',
    sensitive: true,
    description:
      "Finds confidential business information: the practice's finances, unannounced plans, security details and trade secrets, and colleagues' personal data.",
    policy: [
      'Practice policy "Don\'t tell secrets" ("it is not acceptable to publish confidential information")',
      "CODE policy summary (colleagues' personal data)",
    ],
    defaultSeverity: 'error',
    options: {},
    messages: {
      finance:
        'This shares the practice\'s financial information ("{{text}}"). The practice policy treats its finances as confidential: remove the figures.',
      plans: 'This hints at unannounced plans ("{{text}}"). Leave announcements about the business to the practice.',
      colleague:
        'This shares a colleague\'s personal information ("{{text}}"). Colleagues\' private details are theirs to share, not yours.',
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
    let reportedColleague = false;
    for (const c of allMatches(terms('colleagueData'), prose)) {
      const [s, e] = inSentence(draft, c);
      if (!allMatches(terms('colleagues'), prose, s, e).length) continue;
      report({ messageId: 'colleague', data: { text: c.text }, range: [s, e] });
      reportedColleague = true;
      break;
    }
    // A colleague's health, pay or home details: "our practice manager Julie, who's off with breast cancer".
    const colleagueWords = terms('colleagues');
    let jobAd: boolean | undefined;
    for (const s of draft.sentences) {
      // The colleague may be named in this sentence or the one before ("flowers for Dr Patel? She's recovering...").
      const prev = draft.sentences[draft.sentences.indexOf(s) - 1];
      const from = prev && prev.paragraph === s.paragraph ? prev.range[0] : s.range[0];
      const who =
        allMatches(colleagueWords, prose, from, s.range[1])[0] ??
        (/\b(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+\p{Lu}/u.exec(prose.slice(from, s.range[1])) || ourFirstName(prose.slice(from, s.range[1]))
          ? { start: from, end: from, text: '' }
          : undefined);
      if (reportedColleague) break;
      if (!who) continue;
      const health =
        // (?<!\w) is \b before a word: with both the i and u flags, V8 tests \b the slow way at every position.
        /(?<!\w)(?:off (?:sick )?with|signed off|diagnosed with|recovering from|chemo(?:therapy)?|(?:has|her|his|with|got)\s+(?:\p{L}+\s+)?cancer|miscarriage|ivf|(?:is|she['’]s|her|been|newly)\s+pregnan\w*|breakdown|depression|(?:in|her|his) rehab|(?:her|his) op(?:eration)?|off (?:work |sick )?for (?:her|his|an?) \p{L}+|(?:her|his) (?:\p{L}+\s+)?(?:surgery|hysterectomy|mastectomy|scan|biopsy))\b/iu.exec(
          s.text,
        );
      MONEY.lastIndex = 0;
      // A job advert states pay on purpose.
      const pay =
        MONEY.test(s.text) &&
        /\b(?:per (?:uda|hour|day|session)|an hour|a day|salary|paid|earns?|earning|on £|more than|less than)\b/i.test(s.text) &&
        !(jobAd ??= JOB_AD.test(prose));
      // "Call me on 07700 ...": the author's own number is theirs to share.
      const own = /\b(?:call|ring|text|email|e-mail|message|contact)\s+me\b/i.test(s.text);
      const home =
        !own &&
        (addresses(s.text).length > 0 ||
          phones(s.text).length > 0 ||
          /\b(?:home address|(?:her|his|their) address|lives (?:at|on))\b/i.test(s.text));
      if (!health && !pay && !home) continue;
      if (patientNear(draft, draft.sentences.indexOf(s)) && !health && !pay) continue;
      reportedColleague = true;
      report({ messageId: 'colleague', data: { text: (health?.[0] ?? (pay ? 'pay' : 'home details')).trim() }, range: s.range });
    }
    const secret = allMatches(terms('secrets'), prose)[0];
    if (secret) report({ messageId: 'secret', data: { text: secret.text }, range: inSentence(draft, secret) });
  },
});

/** "our Becky on reception": "our" and a first name (not "our Facebook inbox"). */
function ourFirstName(text: string): boolean {
  for (const m of text.matchAll(/\bour\s+(\p{Lu}\p{Ll}+)/gu)) if (firstNameFlags(m[1]!.toLowerCase()) !== undefined) return true;
  return false;
}

const JOB_AD =
  /\b(?:we['’]re hiring|we are hiring|hiring|vacanc(?:y|ies)|recruiting|job (?:advert|opening)|apply (?:now|today|by)|send (?:your|us your) cv|depending on experience|doe\b|salary range)\b/i;
