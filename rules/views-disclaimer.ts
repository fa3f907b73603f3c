import type { Draft } from '../src/draft/types.js';
import { defineRule, docsUrl } from '../src/engine/rule-types.js';
import { appendLine, findDisclaimer } from './lib/disclaimers.js';
import { allMatches, lexicon, phraseMatcher, type Match } from './lib/lexicon.js';
import { findContestedView, findJudgement, findOpinion } from './lib/opinion.js';
import { ownPromotion } from './lib/promotion.js';

const terms = lexicon('affiliation.yaml');

let affiliationPatterns: ReturnType<typeof patterns> | undefined;
/** Expressions built from the lexicons once, not per draft. */
function patterns() {
  const roles = terms('roles').sourceFor('giu');
  // (?<!\w), not \b: the i and u flags are both set (docs/architecture.md, "Regular expressions").
  return {
    // "as a dental nurse", "I'm a physio", "working as a band 6 physio"
    self: new RegExp(
      `(?:(?<!\\w)as\\s+an?|(?<!\\w)i['’]?m\\s+an?|(?<!\\w)i\\s+am\\s+an?|(?<!\\w)work(?:ing)?\\s+as\\s+an?|(?<!\\w)(?:proud\\s+)?to\\s+be\\s+an?|(?<!\\w)being\\s+an?)\\s+(?:\\p{L}+\\s+){0,2}?${roles}`,
      'giu',
    ),
    // A role given as a title line: "Practice manager at Harbourside Dental", "Band 6 physio, Leeds";
    // in a bio "@" stands for "at" ("Nurse @ St Anne's", "Physio @Riverside").
    title: new RegExp(
      `(?:^|[\\n.!?])[ \\t]*((?:[\\p{L}\\p{N}]+[ \\t]+){0,2}?${roles}\\s+(?:(?:at|for|with|in)\\s+|@\\s*)(?:the\\s+)?\\p{Lu})`,
      'gimu',
    ),
    // "at Smile Dental Care", "at Parkview Physio"
    place: new RegExp(
      `(?<!\\w)(?:at|for|with|join(?:ed)?)\\s+(?:[\\p{L}'’&-]+\\s+){1,3}${terms('workplaceNames').sourceFor('giu')}`,
      'giu',
    ),
  };
}

/** Where the author ties the post to an employer or role, if anywhere. */
function affiliation(draft: Draft, practiceNames: string[]): Match | null {
  const { prose } = draft;
  const found: Match[] = [];
  if (practiceNames.length) found.push(...allMatches(phraseMatcher(practiceNames), prose));
  // "#TeamSmile", "#TeamParkview"
  for (const w of draft.words)
    if (w.kind === 'hashtag' && /^#team\p{L}/iu.test(w.text)) found.push({ start: w.range[0], end: w.range[1], text: w.text });
  found.push(...allMatches(terms('workplace'), prose));
  // "our stroke unit", "my local branch", "our MSK department"
  found.push(
    ...allMatches(
      /(?<!\w)(?:our|my)\s+(?:[\p{L}&-]+\s+)?(?:unit|ward|practice|surgery|clinic|trust|hospital|pharmacy|department|branch|caseload|health board)\b/giu,
      prose,
    ),
  );
  const { self, title, place } = (affiliationPatterns ??= patterns());
  found.push(...allMatches(self, prose));
  for (const m of allMatches(title, prose)) {
    if (!/\p{Lu}$/u.test(m.text)) continue;
    const inner = /\S[\s\S]*$/.exec(m.text);
    if (inner) found.push({ start: m.end - inner[0].length, end: m.end, text: inner[0] });
  }
  // The name itself must be capitalised ("at Smile Dental", not "at the dental").
  found.push(...allMatches(place, prose).filter((m) => /^\S+\s+\p{Lu}/u.test(m.text)));
  const tie = found.filter((m) => !aboutSomeoneElse(draft, m)).sort((a, b) => a.start - b.start)[0];
  if (tie) return tie;
  // Being at work without naming where or as what: weak, so it needs a clear judgement.
  const context = allMatches(terms('workContext'), prose).find((m) => !genericYou(prose, m));
  return context && findJudgement(draft) ? context : null;
}

// The nearest subject before a work context: "as long as you keep it professional at work" is
// anyone's conduct (generic "you"), not the author at work; "everyone on the ward knows it"
// includes the author.
const SUBJECTS = /(?<!\w)(?:i|i['’]m|we|we['’]re|you|you['’]re|he|she|they|everyone|anyone)(?!\w)/giu;
function genericYou(prose: string, m: Match): boolean {
  const before = prose.slice(Math.max(0, m.start - 80), m.start);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1);
  const last = allMatches(SUBJECTS, clause).pop();
  return !!last && /^(?:you|you['’]re|anyone)$/i.test(last.text);
}

// Ties that are not the author's: "join my team" (a sales pitch), "congratulations to my best
// mate Sam on qualifying as a paramedic" (someone else's role).
const OTHER_PERSON =
  /\b(?:my (?:best )?(?:mate|friend|pal|sister|brother|daughter|son|husband|wife|partner|mum|dad|niece|nephew|cousin)|congratulations to|congrats to|well done to|shout ?out to|proud of (?:him|her|them))\b/i;
function aboutSomeoneElse(draft: Draft, m: Match): boolean {
  const before = draft.prose.slice(Math.max(0, m.start - 80), m.start);
  if (/\bjoin(?:ing)?\s+$/i.test(before)) return true;
  const sentenceStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
  return OTHER_PERSON.test(before.slice(sentenceStart + 1));
}

// The voice a draft speaks in, outside quotations: "we", "us", "our" (a team or a practice) and
// "I", "me", "my" (a person).
const PLURAL_VOICE = /(?<!\w)(?:we|us|our|ours|we['’](?:re|ve|ll|d))(?!\w)/giu;
const SINGULAR_VOICE = /(?<!\w)(?:i|me|my|mine|myself|i['’](?:m|ve|ll|d))(?!\w)/giu;

/**
 * A draft whose account is not declared, written all in the collective voice ("from all of us
 * at", "our new nurse", "joins us"), never as "I", and warm rather than contested, speaks as the
 * practice: a practice's welcomes, greetings, retirements and thanks need no "views are my own".
 * A team member's "we" with a blunt judgement ("we're sending frail people home") still does.
 */
function speaksAsPractice(draft: Draft): boolean {
  if (draft.frontMatter && typeof draft.frontMatter.data.account === 'string') return false;
  const quoted = (offset: number) => draft.quotes.some((q) => offset >= q.range[0] && offset < q.range[1]);
  // The first match outside quotations settles it: no list of every "we" and "I".
  const voice = (re: RegExp) => {
    re.lastIndex = 0;
    for (let m = re.exec(draft.prose); m; m = re.exec(draft.prose)) if (!quoted(m.index)) return true;
    return false;
  };
  return voice(PLURAL_VOICE) && !voice(SINGULAR_VOICE) && !findContestedView(draft, quoted);
}

export default defineRule({
  meta: {
    id: 'views-disclaimer',
    type: 'suggestion',
    description:
      'Asks for a "views are my own" disclaimer when a personal or professional post names the author\'s employer or role and gives an opinion.',
    policy: ['Practice policy "Disclaimers" ("Wherever possible, you must use a disclaimer")', 'HCPC 9.3', 'CODE policy summary'],
    defaultSeverity: 'warn',
    options: {
      disclaimerInBio: { type: 'boolean', default: false, description: 'Your profile bio already carries a disclaimer: never report.' },
      disclaimers: { type: 'string[]', default: [], description: 'Extra disclaimer wordings you use.' },
      disclaimerText: { type: 'string', default: 'Views are my own, not those of my employer.', description: 'The line --fix appends.' },
    },
    messages: {
      missing: 'Gives an opinion and names your work or role ("{{affiliation}}"). Add "Views are my own, not those of my employer."',
      retweetOnly:
        '"RTs are not endorsements" covers shares, not your views; you name your work ("{{affiliation}}"). Add "Views are my own."',
    },
    fixable: true,
    docs: docsUrl('views-disclaimer'),
  },
  check({ draft, options, settings, report }) {
    if (draft.account === 'practice' || options.disclaimerInBio || speaksAsPractice(draft)) return;
    // All three must hold; the disclaimer is looked for first, as it is the cheapest test and
    // settles most drafts (a tie to the employer is a dozen expressions).
    if (findDisclaimer(draft, 'views', options.disclaimers)) return;
    const tie = affiliation(draft, settings.practice.names);
    if (!tie) return;
    // The paragraph of an advice disclaimer ("general information ... if you are worried, speak
    // to your GP") speaks for no one: its words are not the author's opinion.
    const advice = findDisclaimer(draft, 'advice');
    const notice = advice ? draft.paragraphs.find(([a, b]) => a <= advice.start && advice.start < b) : undefined;
    const skip = notice ? (o: number) => o >= notice[0] && o < notice[1] : undefined;
    // A sales pitch's enthusiasm ("an AMAZING company") sells, it is no view on work: a pitch
    // needs a clear judgement (commercial-promotion reports the pitch itself).
    if (ownPromotion(draft) ? !findJudgement(draft, skip) : !findOpinion(draft, terms('opinion'), skip)) return;
    const retweet = findDisclaimer(draft, 'retweets');
    report({
      messageId: retweet ? 'retweetOnly' : 'missing',
      data: { affiliation: tie.text.replace(/\s+/g, ' ') },
      range: [tie.start, tie.end],
      fix: appendLine(draft, options.disclaimerText),
    });
  },
});
