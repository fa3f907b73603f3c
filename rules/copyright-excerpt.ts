import type { Draft, Quote } from '../src/draft/types.js';
import { defineRule, docsUrl } from '../src/engine/rule-types.js';

// Where a quotation says where it came from: a link, a source line, a citation or a speaker.
const SOURCE_LINE =
  /(?:^|\n)[ \t>]*(?:[—–~]|-{1,2}\s|source\s*:|sources?\s*[-–]|via\b|from\b|credit\s*:|h\/t\b|hat tip\b|cited in\b|quoted in\b|reference\s*:|ref\s*:)/i;
// (?<!\w) is \b before a word: with both the i and u flags, V8 tests \b the slow way at every position.
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
  const lead = before.split(/\n[ \t]*\n/).pop() ?? '';
  return SPEAKER.test(lead) || FROM_LEAD.test(lead) || CITATION.test(lead) || SPEAKER.test(after.split(/\n[ \t]*\n/)[0] ?? '');
}

export default defineRule({
  meta: {
    id: 'copyright-excerpt',
    type: 'problem',
    description:
      'Measures quoted passages: an excerpt longer than maxWords is reported as an error, and a long-ish one with no attribution as a warning.',
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
      tooLong:
        "This quotation is {{words}} words long; quote at most {{max}} words of someone else's work. Shorten it and link to the original instead.",
      unattributed:
        'This {{words}}-word quotation has no attribution. Say who wrote it or link to the source (for example "— Author, Source" or a link).',
    },
    docs: docsUrl('copyright-excerpt'),
  },
  check({ draft, options, report }) {
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
