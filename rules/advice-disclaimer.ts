import type { Draft, Sentence } from '../src/draft/types.js';
import { defineRule, docsUrl } from '../src/engine/rule-types.js';
import { appendLine, findDisclaimer } from './lib/disclaimers.js';
import { allMatches, lexicon, loadData, type Match } from './lib/lexicon.js';

const terms = lexicon('advice.yaml');

const DOSE =
  /\b\d+(?:\.\d+)?\s?(?:mg|g|mcg|µg|ml|mls|iu|tablets?|capsules?|puffs?|drops?|sachets?)\b|\b\d+\s[a-z]+\s(?:tablets?|capsules?|sachets?)\s(?:a|per|each)\s(?:day|night)\b|\bevery\s+\d+\s*(?:-\s*\d+\s*)?(?:hours?|hrs?)\b|\b(?:once|twice|(?:three|four|five|six|\d+)\s*(?:x|times))\s+(?:a|per|each)\s+day\b|\b\d+\s+sets?\s+of\s+\d+\b|\b(?:twice|three times)\s+daily\b/gi;
const COUNT = /\d|once|twice|three|four|five|six/gi;
const CLAUSE_START = /(?:^|[.:;!?–—-]\s*|,\s*(?:then\s+|and\s+)?|\b(?:and|then|or|but)\s+|\btip\s*:\s*|\btop tip\s*:\s*)$/i;

// ASCII words, no `u` flag (docs/architecture.md, "Regular expressions").
const ASK_FOR =
  /\b(?:ask|beg|push|demand)\s+(?:your|the|a)\s+(?:gp|doctor|dentist|pharmacist|nurse|prescriber|physio)\s+for\s+(?:some\s+)?/gi;

// A subject with a modal or a finite verb: "pharmacists can", "we will", "they treat".
const COORDINATED = /(?<!\w)(?:can|could|will|would|may|might|should|must|are able to|is able to)\s+(?:now\s+|also\s+)?\p{L}+/iu;

// Who sends the reader to a clinician: "by your dentist", "to a pharmacist", "see the GP".
const SENT_TO = /(?:^|\s)(?:by|to|see|ask|with|from|visit|contact|phone|call|ring)\s+(?:your|a|an|the)\s+(?:own\s+|local\s+)?$/i;
/** The rest of the sentence, from `from` to `to`, sends the reader to a clinician. */
function sendsToClinician(prose: string, from: number, to: number): boolean {
  return allMatches(terms('clinicians'), prose, from, to).some((m) => SENT_TO.test(prose.slice(Math.max(from, m.start - 30), m.start)));
}

const WISH =
  /^\s+(?:(?:really|so|just)\s+)?(?:love|like|welcome|enjoy|hate|be\s+(?:delighted|glad|happy|thrilled|keen|grateful|interested|honoured|honored))\b/i;
const HABIT = /^(?:always|never)$/i;
let finite: Set<string> | undefined;
/** The verb after "always" or "never" is finite ("always had", "never missed"): a habit, not an instruction. */
function describesHabit(after: string): boolean {
  const next = /^\s+([a-z]+)\b/i.exec(after)?.[1]?.toLowerCase();
  if (!next) return false;
  finite ??= new Set(loadData<{ finiteVerbs: string[] }>('advice.yaml').finiteVerbs);
  return finite.has(next) || (next.length > 4 && /(?:[^e]ed|ied)$/.test(next));
}

interface Advice {
  kind: 'dose' | 'diagnosis' | 'instruction' | 'reassurance';
  match: Match;
  sentence: Sentence;
  /** "Ask your GP for antibiotics": its words are not a "speak to your GP" disclaimer. */
  request?: boolean;
}

function findAdvice(draft: Draft): Advice[] {
  const found: Advice[] = [];
  const conditions = allMatches(terms('conditions'), draft.prose);
  const remedies = allMatches(terms('remedies'), draft.prose);
  const topic = conditions.length > 0 || remedies.length > 0;
  // Every kind of advice needs a condition or a remedy somewhere in the draft: most drafts have
  // neither, and need no search sentence by sentence.
  if (!topic) return found;
  // Every dose has a digit or a spelled count (none of which overlaps another): most drafts
  // have neither, and most sentences of the rest neither, and skip the expression.
  const counts = allMatches(COUNT, draft.prose);
  // A blockquote is someone else's work quoted (a study's findings), and so is a passage in quotation marks long
  // enough to be an excerpt (a book's paragraph): its words are not the author's advice.
  const quoted = draft.quotes.filter((q) => q.kind === 'blockquote' || q.wordCount >= EXCERPT_WORDS);
  const sentences = draft.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (quoted.some((q) => q.range[0] <= s.range[0] && s.range[1] <= q.range[1] + 1)) continue;
    const inS = (m: Match) => s.range[0] <= m.start && m.end <= s.range[1];
    for (const d of counts.some(inS) ? allMatches(DOSE, draft.prose, s.range[0], s.range[1]) : []) {
      found.push({ kind: 'dose', match: d, sentence: s });
    }
    // Diagnoses and reassurance need a condition in the sentence: most sentences have none.
    const condition = conditions.some(inS);
    for (const d of condition ? allMatches(terms('diagnoses'), draft.prose, s.range[0], s.range[1]) : []) {
      // "sounds like a dry socket": a condition must follow within the sentence.
      if (conditions.some((c) => inS(c) && c.start >= d.end && c.start - d.end < 40))
        found.push({ kind: 'diagnosis', match: d, sentence: s });
    }
    // "floaters after 50 are totally normal, no need to come in": a symptom judged harmless.
    const calm = condition ? allMatches(terms('reassurance'), draft.prose, s.range[0], s.range[1])[0] : undefined;
    if (calm) found.push({ kind: 'reassurance', match: calm, sentence: s });
    // "Ask your GP for antibiotics": a request for a remedy, not a referral ("ask your pharmacist for advice").
    const remedy = remedies.some(inS);
    const remedyFrom = remedies.some((r) => s.range[0] <= r.start && r.start <= s.range[1]);
    for (const a of remedyFrom ? allMatches(ASK_FOR, draft.prose, s.range[0], s.range[1]) : []) {
      if (remedies.some((r) => r.start === a.end)) found.push({ kind: 'instruction', match: a, sentence: s, request: true });
    }
    // An instruction is advice when it is about a symptom or a remedy: in this sentence, or a
    // condition asked about just before. Known before the imperatives are searched for, so
    // sentences with neither skip them.
    const prev = sentences[i - 1];
    const near = (m: Match) =>
      inS(m) || (prev !== undefined && prev.paragraph === s.paragraph && prev.range[0] <= m.start && m.end <= prev.range[1]);
    if (!remedy && !conditions.some(near)) continue;
    for (const v of allMatches(terms('imperatives'), draft.prose, s.range[0], s.range[1])) {
      if (!CLAUSE_START.test(draft.prose.slice(s.range[0], v.start).trimEnd() + (v.start > s.range[0] ? ' ' : ''))) {
        if (v.start !== s.range[0]) continue;
      }
      // "pharmacists can now treat seven conditions and give the same treatment": a verb joined to
      // one with a subject or a modal before it is not an instruction.
      const lead = draft.prose.slice(s.range[0], v.start);
      if (v.start !== s.range[0] && /\b(?:and|or|then)\s*$/i.test(lead) && COORDINATED.test(lead)) continue;
      // "Use code SMILE20 for 20% off": what the verb governs is an offer, not a treatment.
      const object = draft.prose.slice(v.end, Math.min(s.range[1], v.end + 25));
      if (allMatches(terms('notTreatment'), object).some((m) => m.start < 12) || /^\s+[A-Z][A-Z0-9]{3,}\b/.test(object)) continue;
      // "fish and chips, ice cream", "Rest easy Frank": the word in a name for a thing, or a farewell, not an instruction.
      if (NOT_AN_INSTRUCTION.test(v.text + object)) continue;
      // "Don't sit on it – book a check", "get it looked at by your dentist": sending readers to be
      // seen is signposting, not self-care.
      if (allMatches(terms('signposts'), draft.prose, v.end, s.range[1]).length || sendsToClinician(draft.prose, v.end, s.range[1]))
        continue;
      // "I'd love to hear how you run yours": a wish, not "I'd take ibuprofen".
      if (/^i(?:['’]d| would)$/i.test(v.text) && WISH.test(draft.prose.slice(v.end, v.end + 30))) continue;
      // "She always had a tin on the go": a habit described, not an instruction.
      if (HABIT.test(v.text) && describesHabit(draft.prose.slice(v.end, v.end + 20))) continue;
      // "Avoid him like the plague" is about a person, not a treatment.
      if (
        /^\s+(?:him|her|them|like the plague|at all costs|this (?:place|practice|clinic|guy|man|woman))\b/i.test(
          draft.prose.slice(v.end, v.end + 30),
        )
      )
        continue;
      found.push({ kind: 'instruction', match: v, sentence: s });
    }
  }
  return found.sort((a, b) => a.match.start - b.match.start);
}

/** A reply to one person: the draft opens with an @handle, or names one in an advice sentence. */
function addressee(draft: Draft, advice: Advice[]): Match | null {
  const first = draft.words[0];
  if (first?.kind === 'mention') return { start: first.range[0], end: first.range[1], text: first.text };
  for (const a of advice) {
    const h = a.sentence.words.find((w) => w.kind === 'mention');
    if (h) return { start: h.range[0], end: h.range[1], text: h.text };
  }
  return null;
}

const NOT_AN_INSTRUCTION = /^(?:ice\s+(?:creams?|lolly|lollies|lollipops?|skating|rink|cubes?)|rest\s+(?:easy|in\s+peace|well))\b/i;

/** Words in quotation marks that make an excerpt of someone else's text (copyright-excerpt's attribution threshold). */
const EXCERPT_WORDS = 12;

export default defineRule({
  meta: {
    id: 'advice-disclaimer',
    type: 'suggestion',
    description:
      'Finds clinical advice (doses, what to take or do for a symptom, diagnoses) without a "general information, get personal advice" disclaimer, and advice tailored to one person.',
    policy: [
      'CSP "Providing advice via social media" and "Disclaimer"',
      "GDC guidance (no discussing patients' care on social media)",
      'HCPC 2.11',
    ],
    defaultSeverity: 'warn',
    options: {
      disclaimers: { type: 'string[]', default: [], description: 'Extra disclaimer wordings you use.' },
      disclaimerText: {
        type: 'string',
        default:
          'This is general information, not personal advice. If you are worried, speak to your dentist, GP or pharmacist, or call NHS 111.',
        description: 'The line --fix appends.',
      },
    },
    messages: {
      missing:
        'Gives clinical advice ({{kind}}: "{{text}}") with no disclaimer. Add "This is general information; speak to your dentist, GP or pharmacist."',
      tailored: 'Gives advice to one person ({{who}}). Their own symptoms need an appointment: ask them to contact the practice.',
    },
    fixable: true,
    docs: docsUrl('advice-disclaimer'),
  },
  check({ draft, options, report }) {
    const advice = findAdvice(draft);
    if (!advice.length) return;
    const who = addressee(draft, advice);
    if (who) report({ messageId: 'tailored', data: { who: who.text.slice(0, 2) + '•••' }, range: [who.start, who.end] });
    // "Ask your GP for antibiotics", "no need to call us": their words are advice, not a disclaimer.
    const requests = advice
      .filter((a) => a.request || a.kind === 'reassurance')
      .map((a): [number, number] => (a.kind === 'reassurance' ? [a.match.start, a.sentence.range[1]] : [a.match.start, a.match.end]));
    if (findDisclaimer(draft, 'advice', options.disclaimers, requests)) return;
    const a = advice[0]!;
    report({
      messageId: 'missing',
      data: { kind: a.kind, text: draft.source.slice(a.match.start, a.match.end) },
      range: a.sentence.range,
      fix: appendLine(draft, options.disclaimerText),
    });
  },
});
