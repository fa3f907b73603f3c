import type { Draft } from '../src/draft/types.js';
import { defineRule, docsUrl, type Report } from '../src/engine/rule-types.js';
import { sentenceContexts } from './lib/context.js';
import { allMatches, lexicon } from './lib/lexicon.js';
import { nameEvidence, weigh, workMatters, type Found } from './lib/work-matters.js';
import { thresholdOption } from './lib/threshold.js';

const terms = lexicon('safeguarding.yaml');
// (?<!\w), not \b: the i and u flags are both set (docs/architecture.md, "Regular expressions").
const SPECIFIC =
  /(?<!\w)(?:a|an|this|that|the|my|our|one)\s+(?:[\p{L}\p{N}]+\s+){0,2}?(?:boy|girl|child|kid|toddler|baby|teen(?:ager)?|lad|lady|man|woman|gent|gentleman|bloke|sibling|son|daughter|resident|patient|pupil|service users?|clients?)\b|(?<!\w)one of my\s+\p{L}+|(?<!\w)(?:today|this morning|this afternoon|this week|yesterday|last night|i saw|we saw|came in|in again|been in|visit)\b/iu;

// A child by their age: "5 yo", "a 7-year-old", "14yrs old", "9 month old". ASCII, no `u` flag.
const CHILD_AGE = /(?<![\d.,£])(?:[1-9]|1[0-7])\s?-?\s?(?:yo|y\/o|yrs?\s+old|yrs?-old|years?\s+old|years?-old|months?\s+old|months?-old|weeks?\s+old|weeks?-old)(?![a-z])/i;

// The kinds of work-matter evidence (rules/data/work-matters.yaml) that make up a case, in the
// combinations that count: each needs its core kind and, where someone vulnerable must be in
// view, that too.
const CASES: { kinds: string[]; core: string[]; needs?: string }[] = [
  { kinds: ['caseProcess', 'family'], core: ['caseProcess'] },
  { kinds: ['lookedAfter', 'identifying'], core: ['lookedAfter'] },
  { kinds: ['money', 'taken', 'givenMe', 'neglect', 'vulnerableAdult'], core: ['taken', 'givenMe', 'neglect'], needs: 'vulnerableAdult' },
  { kinds: ['exposed', 'photo', 'vulnerableAdult'], core: ['exposed'], needs: 'vulnerableAdult' },
  { kinds: ['minor', 'harmToMinor'], core: ['harmToMinor'], needs: 'minor' },
];

/** Reports the first paragraph whose case evidence reaches the threshold; true when it did. */
function weighCases(draft: Draft, threshold: number, report: (r: Report) => void): boolean {
  for (const [paragraph, found] of workMatters(draft)) {
    for (const c of CASES) {
      const w = weigh(found, c.kinds, c.core);
      if (w.total < threshold || !w.hasCore || (c.needs && !found.some((f: Found) => f.kind === c.needs))) continue;
      const first = draft.sentences.find((x) => x.paragraph === paragraph && x.range[1] > Math.min(...w.evidence.map((e) => e.range[0])));
      report({ messageId: 'caseDetail', data: { evidence: nameEvidence(w.evidence) }, range: first ? first.range : w.evidence[0]!.range });
      return true;
    }
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'safeguarding-concern',
    type: 'problem',
    description:
      'Finds posts that raise a concern about the possible abuse or neglect of a child or vulnerable adult, which must go to the safeguarding authorities, not social media.',
    policy: [
      'GDC guidance ("You must not use social media as a mechanism to raise concerns about the possible abuse of children or vulnerable adults")',
    ],
    defaultSeverity: 'error',
    options: {
      threshold: thresholdOption(
        "How much evidence of a particular person's case (a case meeting, a child in care, money taken from someone in care, neglect, someone exposed in a photo, a child harmed; each weighed) a paragraph needs.",
      ),
    },
    messages: {
      caseDetail: 'Tells of a safeguarding case ({{evidence}}). Take it down and tell your safeguarding lead today.',
      concern:
        "Raises a safeguarding concern about a particular person. Don't post it: tell your safeguarding lead today, or call 999 if someone is in danger now.",
    },
    docs: docsUrl('safeguarding-concern'),
  },
  check({ draft, report, options }) {
    if (weighCases(draft, options.threshold, report)) return;
    const { prose } = draft;
    const ctx = sentenceContexts(draft);
    const signs = allMatches(terms('signs'), prose);
    if (!signs.length) return;
    const vulnerable = allMatches(terms('vulnerable'), prose).length > 0 || CHILD_AGE.test(prose);
    const concern = allMatches(terms('concern'), prose);
    // A particular person seen in care, not a lesson on signs to look for.
    const specific = SPECIFIC.test(prose) || ctx.some((c) => c.patient || c.encounter);
    const teaching = allMatches(terms('education'), prose).length > 0 && !concern.length;
    if (!vulnerable || !specific || teaching) return;
    const first = [...concern, ...signs].sort((a, b) => a.start - b.start)[0]!;
    const sentence = draft.sentences.find((s) => s.range[0] <= first.start && first.end <= s.range[1]);
    report({ messageId: 'concern', range: sentence ? sentence.range : [first.start, first.end] });
  },
});
