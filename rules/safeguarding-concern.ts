import type { Draft } from '../src/draft/types.js';
import { defineRule, docsUrl, type Report } from '../src/engine/rule-types.js';
import { sentenceContexts } from './lib/context.js';
import { allMatches, lexicon, type Match } from './lib/lexicon.js';
import { nameEvidence, weigh, workMatters, type Found } from './lib/work-matters.js';
import { thresholdOption } from './lib/threshold.js';

const terms = lexicon('safeguarding.yaml');
// (?<!\w), not \b: the i and u flags are both set (docs/architecture.md, "Regular expressions").
const SPECIFIC =
  /(?<!\w)(?:a|an|this|that|the|my|our|one)\s+(?:[\p{L}\p{N}]+\s+){0,2}?(?:boy|girl|child|kid|toddler|baby|teen(?:ager)?|lad|lady|man|woman|gent|gentleman|bloke|sibling|son|daughter|resident|patient|pupil|service users?|clients?)\b|(?<!\w)one of my\s+\p{L}+|(?<!\w)(?:today|this morning|this afternoon|this week|yesterday|last night|i saw|we saw|came in|in again|been in|visit)\b/iu;

// A child by their age: "5 yo", "a 7-year-old", "14yrs old", "9 month old". ASCII, no `u` flag.
const CHILD_AGE =
  /(?<![\d.,£])(?:[1-9]|1[0-7])\s?-?\s?(?:yo|y\/o|yrs?\s+old|yrs?-old|years?\s+old|years?-old|months?\s+old|months?-old|weeks?\s+old|weeks?-old)(?![a-z])/i;

// "since I was a kid", "when we were little", "back when I was a young lad": the author's childhood.
// ASCII words, no `u` flag.
const OWN_CHILDHOOD =
  /\b(?:since|when|as|ever since|back when|from when)\s+(?:i|we)\s+(?:was|were)\s+(?:(?:a|an|only|just)\s+)?(?:(?:little|young|small|wee|tiny)\s+)?(?:kids?|child|children|boys?|girls?|lads?|lass|teens?|teenagers?|toddlers?|babys?|babies|little|young|small|nippers?)\b/gi;
// "I've always been scared of needles", "I was terrified of the drill": fear the author tells of
// (not "scared of what he'll do", "scared of her dad", which is about someone).
const OWN_FEAR_BEFORE =
  /\b(?:i|i['’]ve|i['’]m|i am|i was|we|we['’]re|we were|we['’]ve)(?:\s+(?:always|been|so|really|absolutely|completely|still|ever|just|quite|very|bit|a|properly|genuinely|honestly))*\s+$/i;
const FEARED_PERSON =
  /^\s+(?:what|who|him|her|them|he|she|they|my\s+(?:husband|partner|boyfriend|girlfriend|wife|dad|father|mum|mother|stepdad|stepmum|carer|son|daughter))\b/i;
const FEAR = /^(?:scared|frightened|terrified) of$/i;

function ownFear(prose: string, m: Match): boolean {
  return (
    FEAR.test(m.text) &&
    OWN_FEAR_BEFORE.test(prose.slice(Math.max(0, m.start - 60), m.start)) &&
    !FEARED_PERSON.test(prose.slice(m.end, m.end + 40))
  );
}

/** The text with the given spans spaced out (same length, so offsets still hold). */
function blank(prose: string, spans: Match[]): string {
  let out = '';
  let at = 0;
  for (const x of spans) {
    out += prose.slice(at, x.start) + ' '.repeat(x.end - x.start);
    at = x.end;
  }
  return out + prose.slice(at);
}

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
    // "I've been terrified of dentists since I was a kid": the author's own fear and childhood, not a concern about anyone.
    const signs = allMatches(terms('signs'), prose).filter((m) => !ownFear(prose, m));
    if (!signs.length) return;
    const memories = prose.includes(' was') || prose.includes(' were') ? allMatches(OWN_CHILDHOOD, prose) : [];
    const remembered = (m: Match) => memories.some((x) => x.start <= m.start && m.end <= x.end);
    const vulnerable = allMatches(terms('vulnerable'), prose).some((m) => !remembered(m)) || CHILD_AGE.test(prose);
    const concern = allMatches(terms('concern'), prose);
    // A particular person seen in care, not a lesson on signs to look for.
    const specific = SPECIFIC.test(memories.length ? blank(prose, memories) : prose) || ctx.some((c) => c.patient || c.encounter);
    const teaching = allMatches(terms('education'), prose).length > 0 && !concern.length;
    if (!vulnerable || !specific || teaching) return;
    const first = [...concern, ...signs].sort((a, b) => a.start - b.start)[0]!;
    const sentence = draft.sentences.find((s) => s.range[0] <= first.start && first.end <= s.range[1]);
    report({ messageId: 'concern', range: sentence ? sentence.range : [first.start, first.end] });
  },
});
