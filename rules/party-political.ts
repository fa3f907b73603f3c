import type { Draft } from '../src/draft/types.js';
import { defineRule, docsUrl } from '../src/engine/rule-types.js';
import { allMatches, loadData, phraseMatcher, phraseRegExp, type Match, type PhraseSet } from './lib/lexicon.js';
import { perDraft } from './lib/per-draft.js';

interface Party {
  id: string;
  names: string[];
  capitalised: string[];
  hashtags: string[];
}
interface PartyData {
  parties: Party[];
  slogans: string[];
  cues: string[];
  strongCues: string[];
}

let compiled:
  | {
      anyCase: PhraseSet;
      capitalised: RegExp;
      capitalisedWords: string[];
      slogans: PhraseSet;
      cues: PhraseSet;
      strongCues: PhraseSet;
      hashtags: Set<string>;
      voteTags: Set<string>;
    }
  | undefined;

function matchers() {
  if (compiled) return compiled;
  const data = loadData<PartyData>('parties.yaml');
  const capitalised = data.parties.flatMap((p) => p.capitalised);
  const anyCase = data.parties.flatMap((p) => p.names.filter((n) => !p.capitalised.includes(n)));
  const hashtags = new Set(data.parties.flatMap((p) => p.hashtags.map((h) => h.toLowerCase())));
  compiled = {
    anyCase: phraseMatcher(anyCase),
    capitalised: phraseRegExp(capitalised, 'gu'),
    // Case matters in that expression: a match holds its name's start as written (up to a space,
    // an apostrophe, which matches either kind, or a `*` ending).
    capitalisedWords: [...new Set(capitalised.map((n) => /^[^\s'*]*/.exec(n)![0]))],
    slogans: phraseMatcher(data.slogans),
    cues: phraseMatcher(data.cues),
    strongCues: phraseMatcher(data.strongCues),
    hashtags,
    voteTags: new Set([...hashtags].filter((h) => h.includes('vote') || h.endsWith('out') || h === 'gtto')),
  };
  return compiled;
}

/** Party and candidate mentions: "Labour", "the Lib Dems", "Tories", configured names. */
function partyMentions(draft: Draft, extra: PhraseSet | null, from: number, to: number): Match[] {
  const m = matchers();
  const found = allMatches(m.anyCase, draft.prose, from, to);
  const { capitalised, voted } = namesIn(draft);
  if (capitalised) found.push(...allMatches(m.capitalised, draft.prose, from, to));
  if (extra) found.push(...allMatches(extra, draft.prose, from, to));
  // "vote green", "vote reform": after "vote", lower case still names the party.
  const loose = /\bvot(?:e|ing)\s+(?:for\s+)?(labour|green|reform|plaid|alliance|conservative)\b/gi;
  for (const x of voted ? allMatches(loose, draft.prose, from, to) : []) {
    const name = /(\S+)$/.exec(x.text)![1]!;
    found.push({ start: x.end - name.length, end: x.end, text: name });
  }
  return found.sort((a, b) => a.start - b.start);
}

// The two expressions above, sentence by sentence, only in a draft that holds what each needs
// (a capitalised name's first word as written; "vot" in any case): few drafts do. The u flag
// (and \p classes) make the first slow in V8 on every slice.
const namesIn = perDraft((draft: Draft) => ({
  capitalised: matchers().capitalisedWords.some((w) => draft.prose.includes(w)),
  voted: /vot/i.test(draft.prose),
}));

const BEFORE_WORDS = 5;

export default defineRule({
  meta: {
    id: 'party-political',
    type: 'problem',
    description:
      'Finds promotion of a political party, candidate or campaign: calls to vote, endorsements, canvassing, donations, petitions, slogans and campaign hashtags.',
    policy: [
      'Practice policy ("Promoting messages for party political purposes or for campaigning organisations")',
      'CODE policy summary (political solicitation)',
    ],
    defaultSeverity: 'error',
    options: {
      parties: { type: 'string[]', default: [], description: 'Extra party or campaign names to recognise.' },
      candidates: { type: 'string[]', default: [], description: "Candidates' names to recognise (e.g. your local candidates)." },
    },
    messages: {
      promotion:
        'Promotes a party or candidate ("{{text}}"). Remove it, or keep to neutral facts: posts tied to your work must not campaign.',
      hashtag: 'The hashtag {{text}} campaigns for or against a party. Remove it: posts tied to your work must not campaign.',
      slogan: '"{{text}}" is a party or campaign slogan. Remove it: posts tied to your work must not campaign.',
      partisan: 'Takes sides on a party at election time ("{{text}}"). Remove it: posts tied to your work must not campaign.',
    },
    docs: docsUrl('party-political'),
  },
  check({ draft, options, report }) {
    const m = matchers();
    const userNames = [...options.parties, ...options.candidates];
    const extra = userNames.length ? phraseMatcher(userNames) : null;
    const reportedAt = new Set<number>();
    const once = (start: number) => (reportedAt.has(start) ? false : (reportedAt.add(start), true));

    for (const w of draft.words) {
      if (w.kind !== 'hashtag') continue;
      const tag = w.lower.slice(1);
      const voteFor =
        tag.startsWith('vote') &&
        (m.hashtags.has(tag.slice(4)) ||
          m.hashtags.has(tag) ||
          (extra !== null && userNames.some((n) => n.replace(/\s+/g, '').toLowerCase() === tag.slice(4))));
      if (m.voteTags.has(tag) || voteFor) {
        if (once(w.range[0])) report({ messageId: 'hashtag', data: { text: w.text }, range: w.range });
      }
    }
    for (const s of allMatches(m.slogans, draft.prose)) {
      if (once(s.start)) report({ messageId: 'slogan', data: { text: s.text }, range: [s.start, s.end] });
    }
    for (const sentence of draft.sentences) {
      const parties = partyMentions(draft, extra, sentence.range[0], sentence.range[1]);
      if (!parties.length) continue;
      const cues = allMatches(m.cues, draft.prose, sentence.range[0], sentence.range[1]);
      for (const party of parties) {
        // A cue a few words before the party: "vote Labour", "out canvassing for the Liberal Democrats".
        const cue = cues.find(
          (c) => c.end <= party.start && draft.prose.slice(c.end, party.start).trim().split(/\s+/).filter(Boolean).length <= BEFORE_WORDS,
        );
        // Or the party asking after it: "Reform needs your vote", "the Greens deserve your support".
        // ("Green Party all the way": backing said after the name.)
        const after = draft.prose.slice(party.end, sentence.range[1]);
        const ask =
          /^\W{0,3}(?:\p{L}+\s+){0,2}(?:needs?|wants?|deserves?|asks?\s+for|could\s+use)\s+(?:your|every)\s+(?:vote|support|help|backing|donation)/iu.test(
            after,
          ) || /^\s+all\s+the\s+way\b/i.test(after);
        // Or canvassing, leaflets, donations, "your vote" anywhere in the paragraph.
        const paragraph = draft.paragraphs[sentence.paragraph]!;
        const strong = allMatches(m.strongCues, draft.prose, paragraph[0], paragraph[1])[0];
        // "Whoever you vote for", "the party I'd never vote for": neutral.
        if (!cue && !ask && !strong) continue;
        const start = cue ? cue.start : party.start;
        if (!once(start)) continue;
        report({
          messageId: 'promotion',
          data: { text: draft.source.slice(start, party.end).replace(/\s+/g, ' ') },
          range: [start, party.end],
        });
        break;
      }
    }
    if (reportedAt.size) return;
    // Election time: a call to vote beside one party's name endorses it ("thanks to Cllr X (Lib
    // Dems) ... remember to vote on 2nd May"); a party's voters singled out takes sides.
    // Asked only when a party's people are named: few drafts do.
    let election: boolean | undefined;
    const atElection = () => (election ??= electionContext(draft));
    for (const paragraph of draft.paragraphs) {
      const parties = partyMentions(draft, extra, paragraph[0], paragraph[1]);
      if (!parties.length) continue;
      const text = draft.prose.slice(paragraph[0], paragraph[1]);
      const supporters = parties.find((p) => SUPPORTERS.test(draft.prose.slice(p.end, p.end + 14)));
      // "Green Party" and the "Green" inside it are one mention.
      const outer = parties.filter((p) => !parties.some((q) => q !== p && q.start <= p.start && p.end <= q.end));
      const oneParty = new Set(outer.map((p) => p.text.toLowerCase().replace(/s$/, ''))).size === 1;
      const hit = supporters && atElection() ? supporters : oneParty && VOTE_CALL.test(text) ? parties[0] : undefined;
      if (!hit) continue;
      report({ messageId: supporters && atElection() ? 'partisan' : 'promotion', data: { text: hit.text }, range: [hit.start, hit.end] });
      return;
    }
  },
});

// "Reform voters", "Tory members", "his lot": a party's people as a group.
const SUPPORTERS = /^\s*(?:voters?|supporters?|members?|activists?|lot)\b/i;
// "remember to vote on 2nd May", "get out and vote Thursday", "vote on the 7th".
const VOTE_CALL =
  /\b(?:remember|don['’]t forget|make sure|be sure|get out|go out|please)\s+(?:you\s+)?(?:and\s+|to\s+)?vote\b|\bvote\s+(?:on|this)\s+(?:thursday|\d|the\s+\d)/i;
const ELECTION_TAG = /^#(?:ge\d{2,4}|generalelection\w*|localelections?\w*|byelection\w*|electionday|pollingday|votingday)$/;
const ELECTION_WORD = /\b(?:election|elections|polling day|polling station|ballot|manifesto|hustings|by-election)\b/i;
function electionContext(draft: Draft): boolean {
  return draft.words.some((w) => w.kind === 'hashtag' && ELECTION_TAG.test(w.lower)) || ELECTION_WORD.test(draft.prose);
}
