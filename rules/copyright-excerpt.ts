import type { Draft, Quote } from '../src/draft/types.js';
import { defineRule, docsUrl } from '../src/engine/rule-types.js';
import { allMatches, lexicon, type Match } from './lib/lexicon.js';
import { firstNameFlags } from './lib/people.js';
import { messageReadOut } from './lib/quoted-messages.js';

const terms = lexicon('copyright.yaml');
const roles = lexicon('affiliation.yaml');

// Where a quotation says where it came from: a link, a source line, a citation or a speaker.
const SOURCE_LINE =
  /(?:^|\n)[ \t>]*(?:[—–~]|-{1,2}\s|source\s*:|sources?\s*[-–]|via\b|from\b|credit\s*:|h\/t\b|hat tip\b|cited in\b|quoted in\b|reference\s*:|ref\s*:)/i;
// (?<!\w), not \b: the i and u flags are both set (docs/architecture.md, "Regular expressions").
const CITATION = /\(\s*[\p{L}][\p{L}\p{N} &.,'’-]{1,80}\s*,?\s*(?:19|20)\d{2}[a-z]?\s*\)|(?<!\w)et al\.?|(?<!\w)doi\s*:|(?<!\w)ISBN\b/iu;
// A named speaker or source: "said Dr Shah", "Prof Lee writes", "according to NICE", "in the words of
// Florence Nightingale", "from a review in the BDJ". "Someone said" is not an attribution.
const NAME = String.raw`(?!(?:Someone|Somebody|Everyone|Everybody|Anyone|Nobody|No one|He|She|They|It|I|We|You|One|People|My|Our|This|That|A|An)\b)(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame|the)\.?\s+)?(?:@\w+|\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.&-]*){0,4})`;
const VERB = String.raw`(?:said|says|wrote|writes|tweeted|posted|puts it|put it|notes|noted|explains|explained|argues|argued|reminds us|told)`;
const SPEAKER = new RegExp(
  String.raw`\b${VERB}\s+${NAME}|${NAME}\s+(?:once\s+|recently\s+|has\s+|had\s+)?${VERB}\b|\b(?:[Aa]ccording to|[Ii]n the words of|[Aa]s put by|[Qq]uoting)\s+${NAME}|\b[Ff]rom (?:the|a|an)\s+(?:\p{L}+\s+){0,4}(?:review|report|article|paper|study|book|journal|guidance|guideline|piece|blog|post|statement|letter|editorial)\b`,
  'u',
);
// "Love this from Prof Ann Lee:", "from the BDA:" just before the quotation.
const FROM_LEAD =
  /\bfrom\s+(?:the\s+)?(?:(?:Prof|Professor|Dr|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?(?:@\w+|\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,5})(?:'s)?\s*(?:[:,–—-]\s*)?$/u;
const SPEAKER_AFTER = /^[\s,.]*[–—-]?\s*(?:said|says|writes|wrote|notes|added|explains|explained)\s+\p{Lu}|^["”’]?\s*[–—-]\s*\p{Lu}/u;

/** Quotations worth measuring: no quotation inside a blockquote or another quotation is counted twice. */
function excerpts(draft: Draft): Quote[] {
  const out: Quote[] = [];
  for (const q of draft.quotes) {
    if (out.some((o) => o.range[0] <= q.range[0] && q.range[1] <= o.range[1])) continue;
    out.push(q);
  }
  return out;
}

function attributed(draft: Draft, q: Quote): boolean {
  const before = draft.prose.slice(Math.max(0, q.range[0] - 250), q.range[0]);
  const after = draft.prose.slice(q.range[1], Math.min(draft.prose.length, q.range[1] + 250));
  const inside = draft.prose.slice(q.inner[0], q.inner[1]);
  const near = (r: [number, number]) => r[1] >= q.range[0] - 250 && r[0] <= q.range[1] + 250;
  if (draft.links.some((l) => near(l.range))) return true;
  if (SOURCE_LINE.test(after) || CITATION.test(after) || SPEAKER_AFTER.test(after)) return true;
  // A blockquote often ends with its own source line.
  if (q.kind === 'blockquote' && (SOURCE_LINE.test(inside.slice(-200)) || CITATION.test(inside.slice(-200)))) return true;
  const paragraphs = before.split(/\n[ \t]*\n/);
  let lead = paragraphs.pop() ?? '';
  // A quotation in its own paragraph is introduced by the one before it when that ends in a colon.
  if (!lead.trim() && /[:–—]\s*$/.test(paragraphs[paragraphs.length - 1] ?? '')) lead = paragraphs.pop()!;
  if (SPEAKER.test(lead) || FROM_LEAD.test(lead) || SOURCE_LEAD.test(lead) || CITATION.test(lead)) return true;
  return SPEAKER.test(after.split(/\n[ \t]*\n/)[0] ?? '') || spoken(draft, q, lead, after) || testimony(draft, q, lead);
}

// "just got this from the exec team:", "a message from our practice manager, Donna:": the
// quotation's source is named right before it, in any case (an internal message is not a
// published work), with the person's name after their role if it is given.
const SOURCE_LEAD = /(?<!\w)from\s+(?:the|my|our|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+(?:\s*,\s*[\p{L}'’-]+(?:\s[\p{L}'’-]+)?)?\s*[:,–—-]\s*$/iu;
const PRONOUN_SUBJECT = /(?<!\w)(?:he|she|they|who|we)\s*$|^\s*(?:he|she|they|we)\b/i;
const NOBODY = /(?<!\w)(?:someone|somebody|everyone|everybody|anyone|nobody|people|a friend|a mate|a stranger|they say)\b/i;

/**
 * A person's spoken words: a speech verb in the clause beside the quotation, with a definite
 * speaker in it (a name, a job title, or "he"/"she"/"who" for a person the draft names). "Someone
 * said" is not an attribution.
 */
function spoken(draft: Draft, q: Quote, lead: string, after: string): boolean {
  const clauseBefore = lead.split(/[.!?\n]\s/).pop() ?? '';
  const clauseAfter = after.split(/[.!?\n]/)[0] ?? '';
  const someoneNamed = namesPerson(draft.prose.slice(0, q.range[0]));
  for (const clause of [clauseBefore, clauseAfter.slice(0, 120)]) {
    const verbs = allMatches(terms('speechVerbs'), clause);
    if (clause === clauseBefore && messageReadOut(clause)) return true;
    if (!verbs.length || NOBODY.test(clause)) continue;
    if (namesPerson(clause) || allMatches(roles('roles'), clause).length > 0) return true;
    if (someoneNamed && verbs.some((v) => PRONOUN_SUBJECT.test(clause.slice(0, v.start)) || PRONOUN_SUBJECT.test(clause.slice(v.end))))
      return true;
  }
  return false;
}

// A person's name in a stretch of prose: a capitalised first name (first-names.json), or a title
// and a capitalised word ("Dr Hale", "Cllr Akinde").
const CAPITALISED_WORD = /(?<![\p{L}'’])(\p{Lu}[\p{Ll}'’-]+)(?:(?=\s+(\p{Lu}[\p{Ll}'’-]+))|)/gu;
const TITLE = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sister|Matron|Nurse|Cllr|Sir|Dame|Rev|Revd)$/;
function namesPerson(text: string): boolean {
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    const [, first, second] = m;
    if (TITLE.test(first!) && second) return true;
    const flags = firstNameFlags(first!.toLowerCase());
    // An everyday word that is also a name ("Will", "Grace") counts only with a surname after it.
    if (flags !== undefined && (!(flags & 1) || second)) return true;
  }
  return false;
}

// A quotation in the first person, just after a named person is introduced: that person's own words
// ("Chloe has been with us four years! "I was doing nails in town...").
const FIRST_PERSON = /(?<!\w)(?:I|I['’]m|I['’]ve|I['’]d|my|me)(?!\w)/u;
function testimony(draft: Draft, q: Quote, lead: string): boolean {
  if (!FIRST_PERSON.test(draft.prose.slice(q.inner[0], q.inner[1]))) return false;
  return namesPerson(lead.slice(-200));
}

// --- Whole works reproduced ------------------------------------------------------------

// Lyric sheets and scripts: a line that opens with a part's label ("Verse 1:", "Chorus:"). Two
// such lines are the copy itself.
// Spaces and tabs only (not \s, which would let one label's blanks run across lines).
const PART_NAME = /verse|chorus|bridge|refrain|outro|intro/i;
const PART_LABEL = /^[ \t>]*(?:verse(?:[ \t]*\d+)?|chorus|bridge|refrain|outro|intro)[ \t]*[:.)-]/gim;

/** The draft says it copies a work and hands it on: copying, a kind of work, the whole of it or a way to get it. */
function reproduced(draft: Draft): Match | null {
  const { prose } = draft;
  // A kind of work or a lyric sheet first: most drafts have neither and need no other list.
  // The anchored expression tries every line start: most drafts have no part's name at all.
  const labels = PART_NAME.test(prose) ? allMatches(PART_LABEL, prose) : [];
  const work = allMatches(terms('works'), prose)[0];
  if (!work && labels.length < 2) return null;
  const act = allMatches(terms('copyActs'), prose)[0];
  const whole = allMatches(terms('whole'), prose).length > 0;
  const shared = allMatches(terms('sharing'), prose).length > 0;
  const evidence = (act ? 2 : 0) + (work ? 1 : 0) + (labels.length >= 2 ? 3 : 0) + (whole ? 1 : 0) + (shared ? 1 : 0);
  if (evidence < 4 || (!act && labels.length < 2)) return null;
  return act ?? work ?? labels[0]!;
}

export default defineRule({
  meta: {
    id: 'copyright-excerpt',
    type: 'problem',
    description:
      'Finds a whole work copied into a post (an article, chapters, lyrics, a caption), excerpts longer than maxWords, and long-ish quotations with no attribution (a named speaker, a source line, a citation or a link).',
    policy: [
      'Practice policy "Respect copyright laws" ("never quote more than short excerpts of someone else\'s work, and always attribute")',
      'CODE policy summary',
    ],
    defaultSeverity: 'error',
    options: {
      maxWords: { type: 'number', default: 50, minimum: 1, integer: true, description: 'Longest excerpt allowed, in words.' },
      attributionMinWords: {
        type: 'number',
        default: 12,
        minimum: 1,
        integer: true,
        description: 'Excerpts of this many words or more need an attribution nearby.',
      },
    },
    messages: {
      tooLong: "This quotation is {{words}} words long: quote at most {{max}} words of someone else's work and link to the rest.",
      copiedWork: 'Copies a whole work ("{{text}}"). Share a line, who wrote it and a link, not the whole article, chapter or song.',
      unattributed: 'This {{words}}-word quotation does not say who wrote it. Add "— Author, Source" or a link.',
    },
    docs: docsUrl('copyright-excerpt'),
  },
  check({ draft, options, report }) {
    const copy = reproduced(draft);
    if (copy) report({ messageId: 'copiedWork', data: { text: copy.text.replace(/\s+/g, ' ') }, range: [copy.start, copy.end] });
    for (const q of excerpts(draft)) {
      if (q.wordCount < options.attributionMinWords && q.wordCount <= options.maxWords) continue;
      if (q.wordCount > options.maxWords) {
        report({ messageId: 'tooLong', data: { words: q.wordCount, max: options.maxWords }, range: q.range });
      }
      if (q.wordCount >= options.attributionMinWords && !attributed(draft, q)) {
        report({ messageId: 'unattributed', data: { words: q.wordCount }, range: q.range, lesser: true });
      }
    }
  },
});
