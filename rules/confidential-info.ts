import { firstNameFlags } from './lib/people.js';
import type { Draft } from '../src/draft/types.js';
import { defineRule, docsUrl, type Report } from '../src/engine/rule-types.js';
import { patientNear } from './lib/context.js';
import { addresses, phones } from './lib/identifiers.js';
import { allMatches, lexicon, type Match } from './lib/lexicon.js';
import { kindWeight, nameEvidence, weigh, workMatters, type Found } from './lib/work-matters.js';
import { quotedMessages } from './lib/quoted-messages.js';
import { thresholdOption } from './lib/threshold.js';

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
    options: {
      threshold: thresholdOption(
        "How much evidence of a work matter (an internal document shown, a confidence, an inspection, a colleague's discipline, an incident, a case meeting; each weighed) a paragraph needs before it is reported.",
      ),
    },
    messages: {
      workMatter:
        'Shares a work matter ({{evidence}}). Rotas, internal messages, inspections, incidents and HR cases stay at work: take it out.',
      finance:
        'This shares the practice\'s financial information ("{{text}}"). The practice policy treats its finances as confidential: remove the figures.',
      plans: 'This hints at unannounced plans ("{{text}}"). Leave announcements about the business to the practice.',
      colleague:
        'This shares a colleague\'s personal information ("{{text}}"). Colleagues\' private details are theirs to share, not yours.',
      secret: 'This mentions security details or trade secrets ("{{text}}"). Never post them.',
    },
    docs: docsUrl('confidential-info'),
  },
  check({ draft, report: reportAny, options }) {
    const { prose } = draft;
    const reportedParagraphs = new Set<number>();
    const paragraphOf = (offset: number) => draft.sentences.find((x) => x.range[0] <= offset && offset < x.range[1])?.paragraph;
    // One report a paragraph: the weighed work matter, or else one of the listed findings.
    const report = (r: Report) => {
      const p = paragraphOf(r.range[0]);
      if (p !== undefined && reportedParagraphs.has(p)) return;
      if (p !== undefined && r.messageId !== 'workMatter') reportedParagraphs.add(p);
      reportAny(r);
    };
    for (const [paragraph, foundHere] of workMatters(draft)) {
      const found = withQuotedMessage(draft, paragraph, withColleague(draft, paragraph, foundHere));
      // A practice account shows its own documents on purpose (opening-hours rotas, notices).
      const w = weigh(found, draft.account === 'practice' ? WORK_KINDS.filter((k) => k !== 'shared') : WORK_KINDS, WORK_CORE);
      if (w.total < options.threshold || !w.hasCore) continue;
      const range = draft.paragraphs[paragraph] ?? w.evidence[0]!.range;
      const first = draft.sentences.find((x) => x.paragraph === paragraph && x.range[1] > w.evidence[0]!.range[0]);
      reportedParagraphs.add(paragraph);
      reportAny({ messageId: 'workMatter', data: { evidence: nameEvidence(w.evidence) }, range: first ? first.range : range });
    }
    // Money raised for charity, a social enterprise's wording: not the practice's accounts
    // (asked only of a draft with a money word or a "£").
    let fundraisingFound: boolean | undefined;
    const fundraising = () => (fundraisingFound ??= FUNDRAISING.test(prose));
    // Finances: a money word with a business owner or a figure in the same sentence ("practice turnover hit £1.2m").
    for (const f of allMatches(terms('finance'), prose)) {
      if (fundraising()) break;
      const [s, e] = inSentence(draft, f);
      const owner = allMatches(terms('owner'), prose, s, e).length > 0;
      MONEY.lastIndex = 0;
      const figure = MONEY.test(prose.slice(s, e));
      if (owner && (figure || /profit|turnover|revenue|takings|overdraft|in the red|in debt|salar|pay rise|bonus/i.test(f.text))) {
        report({ messageId: 'finance', data: { text: f.text }, range: [s, e] });
        break;
      }
    }
    // "the practice lost £84k last year": the business as the subject of a result with a sum.
    const result = !prose.includes('£') || fundraising() ? undefined : allMatches(BUSINESS_RESULT, prose)[0];
    // The message names the result, not the sum: the figure is what the author should take out.
    if (result)
      report({
        messageId: 'finance',
        data: { text: `${result.text.slice(0, result.text.indexOf('£')).replace(/\s+/g, ' ').trim()} £…` },
        range: inSentence(draft, result),
      });
    const plan = allMatches(terms('plans'), prose).find((m) => !takenOverNoBusiness(prose, m));
    if (plan) report({ messageId: 'plans', data: { text: plan.text }, range: inSentence(draft, plan) });
    let reportedColleague = false;
    for (const c of allMatches(terms('colleagueData'), prose)) {
      const [s, e] = inSentence(draft, c);
      if (!allMatches(terms('colleagues'), prose, s, e).length) continue;
      report({ messageId: 'colleague', data: { text: c.text }, range: [s, e] });
      reportedColleague = true;
      break;
    }
    // A colleague's health, pay or home details: "our practice manager Julie, who's off with breast cancer"
    // (not a specialty or a place: "our lead chemotherapy nurse", "the new chemo suite").
    const colleagueWords = terms('colleagues');
    let jobAdFound: boolean | undefined;
    const jobAd = () => (jobAdFound ??= MAY_BE_JOB_AD.test(prose) && JOB_AD.test(prose));
    for (let si = 0; si < draft.sentences.length; si++) {
      const s = draft.sentences[si]!;
      if (reportedColleague) break;
      // Health words, pay and home details each need one of these words or a digit: most sentences have none.
      if (!MAY_REPORT.test(s.text)) continue;
      // The colleague may be named in this sentence or the one before ("flowers for Dr Patel? She's recovering...").
      const prev = draft.sentences[si - 1];
      const from = prev && prev.paragraph === s.paragraph ? prev.range[0] : s.range[0];
      // Or someone the people layer places as staff there ("Becky from our front desk").
      const staffThere = [si, si - 1].some(
        (j) => j >= 0 && draft.sentences[j]!.paragraph === s.paragraph && draft.people.inSentence(j).some((m) => m.person.role === 'staff'),
      );
      const who =
        allMatches(colleagueWords, prose, from, s.range[1])[0] ??
        (staffThere ? { start: from, end: from, text: '' } : undefined) ??
        (/\b(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+\p{Lu}/u.exec(prose.slice(from, s.range[1])) || ourFirstName(prose.slice(from, s.range[1]))
          ? { start: from, end: from, text: '' }
          : undefined);
      if (!who) continue;
      const healthWords =
        // (?<!\w), not \b: the i and u flags are both set (docs/architecture.md, "Regular expressions").
        /(?<!\w)(?:off (?:sick )?with|signed off(?!\s+(?:my|the|on|a|an|his|her|their|our|your)\b)|diagnosed with|recovering from|chemo(?:therapy)?(?!\s+(?:nurses?|suites?|units?|wards?|team|clinics?|services?|chairs?|department|day|lead|sisters?|pharmacists?|rooms?|bays?|patients?))|(?:has|her|his|with|got)\s+(?:\p{L}+\s+)?cancer|(?:it['’]s|its)\s+(?:\p{L}+\s+)?cancer|miscarriage|ivf|(?:is|she['’]s|her|been|newly)\s+pregnan\w*|breakdown|depression|(?:in|her|his) rehab|(?:her|his) op(?:eration)?|off (?:work |sick )?for (?:her|his|an?) \p{L}+|(?:her|his) (?:\p{L}+\s+)?(?:surgery|hysterectomy|mastectomy|scan|biopsy))\b/iu.exec(
          s.text,
        );
      // "part of her rehab with our physio Jonny": the care is given by the colleague, to someone else.
      // ("It's Mouth Cancer Action Month": a campaign's name in capitals, not someone's diagnosis.)
      const campaign = healthWords !== null && /^it['’]?s\s/i.test(healthWords[0]) && /\p{Lu}/u.test(healthWords[0].slice(3));
      const health =
        healthWords && !campaign && !GIVEN_BY_STAFF.test(s.text.slice(healthWords.index + healthWords[0].length)) ? healthWords : null;
      MONEY.lastIndex = 0;
      // A job advert states pay on purpose.
      const pay =
        MONEY.test(s.text) &&
        /\b(?:per (?:uda|hour|day|session)|an hour|a day|salary|paid|earns?|earning|on £|more than|less than)\b/i.test(s.text) &&
        !jobAd();
      // "Call me on 07700 ...": the author's own number is theirs to share.
      const own = /\b(?:call|ring|text|email|e-mail|message|contact)\s+me\b/i.test(s.text);
      // A number given for people to ring (a job advert, "call Sarah on ...") is a contact point, not private.
      const offered = CONTACT_OFFER.test(s.text) || jobAd();
      // "Find us at 27 Station Road": the practice's own address.
      const ours = /\b(?:find|visit)\s+us\b|\bwe(?:['’]re|\s+are)\s+at\b|\bour\s+address\b/i.test(s.text);
      const home =
        !own &&
        !offered &&
        !ours &&
        (addresses(s.text).length > 0 ||
          phones(s.text).length > 0 ||
          /\b(?:home address|(?:her|his|their) address|lives (?:at|on))\b/i.test(s.text));
      if (!health && !pay && !home) continue;
      if (patientNear(draft, si) && !health && !pay) continue;
      reportedColleague = true;
      report({ messageId: 'colleague', data: { text: (health?.[0] ?? (pay ? 'pay' : 'home details')).trim() }, range: s.range });
    }
    const secret = allMatches(terms('secrets'), prose)[0];
    if (secret) report({ messageId: 'secret', data: { text: secret.text }, range: inSentence(draft, secret) });
  },
});

// "take over", "takeover": what is taken over, in the few words after it or the word before "takeover".
const TAKE_OVER = /^(?:tak(?:e|es|ing)|took)\s+over$/i;
const TAKEN_AFTER = /^\s+(?:(?:the|our|my|your|this|that|their|his|her|a|an)\s+)?(?:[a-z'’-]+\s+){0,2}[a-z'’-]+/i;

/** "take over the page for a week", "an Instagram takeover", "taking over the night shift": no business changes hands. */
function takenOverNoBusiness(prose: string, m: Match): boolean {
  const notBusiness = terms('takenOverNotBusiness');
  if (TAKE_OVER.test(m.text)) {
    const after = TAKEN_AFTER.exec(prose.slice(m.end, m.end + 60));
    return !!after && allMatches(notBusiness, prose, m.end, m.end + after[0].length).length > 0;
  }
  if (!/^takeover$/i.test(m.text)) return false;
  // The two words before it ("an Instagram takeover", "social media takeover").
  const before = prose
    .slice(Math.max(0, m.start - 30), m.start)
    .trimEnd()
    .split(/\s+/)
    .slice(-2)
    .join(' ');
  if (allMatches(notBusiness, before).length > 0) return true;
  // A takeover with nothing of a business after it ("TAKEOVER TIME ... I've got the keys to the
  // insta today"), a social page named near it: a staff member's turn on the page.
  if (BUSINESS_TAKEN.test(prose.slice(m.end, m.end + 40))) return false;
  return allMatches(notBusiness, prose, Math.max(0, m.start - 200), Math.min(prose.length, m.end + 300)).length > 0;
}
// "takeover of the practice", "takeover by a group", "a takeover bid": a business changing hands.
const BUSINESS_TAKEN = /^\s*(?:of|by|bid|deal|talks|offer)\b/i;

const GIVEN_BY_STAFF =
  /^\s+(?:with|by|from)\s+(?:our|the|my)\s+(?:\w+\s+)?(?:physio|physiotherapist|nurse|dentist|hygienist|therapist|doctor|gp|team|surgeon|consultant|pharmacist|paramedic|clinician|practitioner)s?\b/i;

/** "our Becky on reception": "our" and a first name (not "our Facebook inbox"). */
function ourFirstName(text: string): boolean {
  // (Or "our optical assistant Bronwen": the job between.)
  for (const m of text.matchAll(/\bour\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}+)/gu))
    if (firstNameFlags(m[1]!.toLowerCase()) !== undefined) return true;
  return false;
}

/**
 * A colleague's discipline names the colleague in many ways ("our registered manager", "Dr M"):
 * a person the draft describes or names in the paragraph, not in care, counts as the colleague.
 */
function withColleague(draft: Draft, paragraph: number, found: Found[]): Found[] {
  if (!found.some((f) => f.kind === 'discipline') || found.some((f) => f.kind === 'colleague')) return found;
  const t = draft.targets.all.find(
    (x) => (x.kind === 'described' || x.kind === 'named') && !x.cared && draft.sentences[x.sentence]!.paragraph === paragraph,
  );
  return t ? [...found, { kind: 'colleague', text: t.text, weight: 0.4, range: t.range }] : found;
}

/**
 * A workplace's message quoted ("the PM's email this afternoon said "..."") is an internal
 * document, and quoting it shows it: the two kinds of evidence a screenshot of it would be.
 */
function withQuotedMessage(draft: Draft, paragraph: number, found: Found[]): Found[] {
  const quoted = quotedMessages(draft).find(
    (m) =>
      m.work && draft.sentences.some((s) => s.paragraph === paragraph && s.range[0] <= m.message.start && m.message.start < s.range[1]),
  );
  if (!quoted || found.some((f) => f.kind === 'shared')) return found;
  const range: [number, number] = [quoted.message.start, quoted.message.end];
  // "Email from management this morning: "..."": the message is named already, and quoting it shows it.
  const named = found.some((f) => f.kind === 'document');
  return [
    ...found,
    ...(named ? [] : [{ kind: 'document', text: quoted.message.text, weight: kindWeight('document'), range }]),
    { kind: 'shared', text: `quoting the ${quoted.message.text}`, weight: kindWeight('shared'), range },
  ];
}

// Kinds of work-matter evidence (rules/data/work-matters.yaml) this rule weighs; a core kind must be among them.
const WORK_KINDS = [
  'document',
  'shared',
  'source',
  'confidence',
  'inspection',
  'discipline',
  'colleague',
  'incident',
  'business',
  'caseProcess',
  'family',
];
const WORK_CORE = ['document', 'confidence', 'inspection', 'discipline', 'incident', 'caseProcess'];
const FUNDRAISING =
  /\b(?:raised|raising|fundrais\w*|sponsor\w*|for charity|donat\w*|tombola|raffle|bake sale|not[- ]for[- ]profit|for[- ]better[- ]profit|social enterprise|community interest company|profits? (?:go|goes|are reinvested|is reinvested)|final total|per (?:\w+ )?(?:km|kilometres?|kilometers?|miles?|laps?))\b/i;
// The business (or "we") as the subject of a trading result, then a sum: "the practice lost £84k",
// "we turned over £1.2m", "the partners made a loss of £30k". Not "made £450 at the cake sale":
// "made" counts only as a profit or a loss. ASCII words, no `u` flag.
const BUSINESS_RESULT =
  /\b(?:practice|surgery|clinic|pharmacy|business|company|trust|partners?|owners?|we)\s+(?:(?:has|have|had|just|only|actually|apparently)\s+)*(?:lost|owes?|turned over|made a (?:loss|profit) of)\s+(?:(?:over|nearly|almost|about|around|just under|just over)\s+)?£\s?\d[\d,.]*\s?(?:k|m|bn|million|thousand)?|\bwe(?:['’]re|\s+are)\s+(?:(?:over|nearly|almost|about|around)\s+)?£\s?\d[\d,.]*\s?(?:k|m|million|thousand)?\s+down\b/gi;
// What health words (below, in the loop), pay (a sum: MONEY) and home details (an address or a
// phone number, both with digits, or the words) each hold, with the health words' flags: a
// sentence without any cannot report a colleague's details (the loop's checks ran on every
// sentence before, and three in four have none).
const MAY_REPORT =
  /\d|address|lives|off|diagnosed with|recovering from|chemo|cancer|miscarriage|ivf|pregnan|breakdown|depression|rehab|her op|his op|surgery|hysterectomy|mastectomy|scan|biopsy/iu;
const CONTACT_OFFER = /\b(?:call|ring|phone|text|contact|whatsapp|speak to|chat with|for a chat|get in touch|enquiries)\b/i;
// "Night carers wanted": a job advert, not "we wanted to say".
// Words one of JOB_AD's alternatives holds, with its flags: its "[a-z]+s" tries every letter of the draft.
const MAY_BE_JOB_AD = /hiring|vacanc|recruiting|job |apply |wanted|send |depending on experience|doe|salary range/i;
const JOB_AD =
  /\b(?:we['’]re hiring|we are hiring|hiring|vacanc(?:y|ies)|recruiting|job (?:advert|opening)|apply (?:now|today|by|online|here|via)|[a-z]+s\s+wanted(?!\s+to\b)|send (?:your|us your) cv|depending on experience|doe\b|salary range)\b/i;
