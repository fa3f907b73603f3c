import type { Draft, Quote } from '../../src/draft/types.js';
import { allMatches, lexicon, type Match } from './lexicon.js';
import { perDraft } from './per-draft.js';

// A quotation read out of a particular message: "the PM's email this afternoon said "...",
// "our rota memo reads: ...". copyright-excerpt takes it as attributed (its source is named, and
// a message is no one's published work); confidential-info as an internal message shown, when
// the message is a workplace's. The message nouns and their owners: rules/data/messages.yaml.

const terms = lexicon('messages.yaml');

// Whose message it is: a determiner or a possessive before the message noun, a word between at most.
const OWNED = /(?:(?<!\w)(?:the|my|our|their|his|her|this|that|today['’]s|yesterday['’]s)|['’]s)\s+(?:[\p{L}-]+\s+)?$/iu;
const READS = /(?<!\w)(?:said|says|read|reads|stated|states|went|goes)(?!\w)/iu;

/** The message noun a clause reads a quotation out of ("the PM's email ... said"), or undefined. */
export function messageReadOut(clause: string): Match | undefined {
  for (const m of allMatches(terms('messages'), clause)) {
    if (!OWNED.test(clause.slice(0, m.start))) continue;
    const after = clause.slice(m.end, m.end + 50);
    const verb = READS.exec(after);
    if (verb && !/[,;]/.test(after.slice(0, verb.index))) return m;
  }
  return undefined;
}

export interface QuotedMessage {
  quote: Quote;
  /** The message noun, in draft offsets. */
  message: Match;
  /** A workplace's message: its owner is someone at work ("the PM's", "management's") or its kind is internal ("memo"). */
  work: boolean;
}

// Someone at work sending it: "what the boss just sent round", "management emailed this out"
// (a person or a body of them, not the business's own name: "the practice sent" may be a card).
const SENT = /^\s+(?:(?:just|only|has|have|had|literally|actually|finally|also|kindly)\s+)*(?:sent|emailed|e-mailed|messaged|texted|posted|wrote|circulated|forwarded|shared|put out)(?!\w)/i;
// "this email from management", "a message from the boss".
const FROM = /^\s+from\s+(?:(?:the|our|my)\s+)?$/i;
const BUSINESS_OWNER = /^(?:practice|surgery|clinic|pharmacy|trust|rota|staff|work)$/i;

/** The person at work the clause says sent the message ("the boss just sent round", "an email from management"), or undefined. */
function sentByWork(clause: string): Match | undefined {
  const nouns = allMatches(terms('messages'), clause);
  for (const m of allMatches(terms('workOwners'), clause)) {
    if (BUSINESS_OWNER.test(m.text)) continue;
    if (SENT.test(clause.slice(m.end, m.end + 40))) return { start: m.start, end: m.end, text: `${m.text}'s message` };
    const noun = nouns.filter((n) => n.end <= m.start).at(-1);
    if (noun && FROM.test(clause.slice(noun.end, m.start))) return { start: noun.start, end: m.end, text: `${m.text}'s ${noun.text.toLowerCase()}` };
  }
  return undefined;
}

/** Quotations in the draft read out of a particular message, in the clause just before them. */
export const quotedMessages = perDraft((draft: Draft): QuotedMessage[] => {
  const out: QuotedMessage[] = [];
  for (const q of draft.quotes) {
    if (q.kind !== 'quotation') continue;
    const lead = draft.prose.slice(Math.max(0, q.range[0] - 160), q.range[0]);
    // The clause: after the last full stop, "!", "?" or line break; scanned back, not searched for (an expression would try every start).
    let cut = lead.length;
    while (cut > 0 && !'.!?\n'.includes(lead[cut - 1]!)) cut--;
    // A quotation that opens its own line is introduced by the line before ("look what the boss sent 👇").
    let end = lead.length;
    if (!lead.slice(cut).trim() && lead[cut - 1] === '\n') {
      end = cut - 1;
      cut = end;
      while (cut > 0 && !'.!?\n'.includes(lead[cut - 1]!)) cut--;
    }
    const clause = lead.slice(cut, end);
    const read = messageReadOut(clause);
    const sent = read ? undefined : sentByWork(clause);
    const m = read ?? sent;
    if (!m) continue;
    const base = q.range[0] - lead.length + cut;
    const owner = clause.slice(Math.max(0, m.start - 40), m.start);
    const work = !!sent || allMatches(terms('internal'), m.text).length > 0 || allMatches(terms('workOwners'), owner).length > 0;
    out.push({ quote: q, message: { start: base + m.start, end: base + m.end, text: m.text }, work });
  }
  return out;
});
