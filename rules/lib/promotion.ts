import type { Draft } from '../../src/draft/types.js';
import { allMatches, lexicon, loadData, phraseMatcher, type Match } from './lexicon.js';
import { perDraft } from './per-draft.js';

// The author promoting their own commercial interest (commercial-promotion reports it;
// patient-boundaries asks it too: "message me for prices" in a sales pitch invites buyers, not
// patients). Computed once per draft.

const terms = lexicon('commercial.yaml');

export type PromotionKind = 'affiliate' | 'sideBusiness' | 'mlm';

/** The first sign that the draft sells or recruits for the author: its kind and where. */
export const ownPromotion = perDraft((draft: Draft): { kind: PromotionKind; match: Match } | undefined => {
  const { prose } = draft;
  for (const kind of ['affiliate', 'sideBusiness', 'mlm'] as const) {
    // Hashtags are words of their own in the draft; the matcher finds them in the prose.
    const m =
      (kind === 'mlm'
        ? allMatches(terms(kind), prose).find((x) => !INCOME.test(x.text) || INVITE.test(prose))
        : allMatches(terms(kind), prose)[0]) ??
      (kind === 'affiliate'
        ? (hashtag(draft) ?? codeWord(draft) ?? referral(draft) ?? (ownVenture(draft) ? undefined : productLink(draft)))
        : kind === 'sideBusiness'
          ? (ownVenture(draft) ?? ownService(draft))
          : undefined);
    if (!m) continue;
    // "my code" etc. need an offer nearby: a percentage, "off", a price or a link.
    if (
      kind === 'affiliate' &&
      /^(?:my code|my link|use code|link in my bio)$/i.test(m.text) &&
      !/(?<!\d)\d+\s?%|\boff\b|£\s?\d|link in bio|\bcode\b/i.test(prose.replace(m.text, '')) &&
      // "DM me for my link 🛒 not an ad": asked for privately, or denied being an ad.
      !(/(?<!\w)(?:dm|message|pm|inbox)\s+me\b|🛒/iu.test(prose) || allMatches(terms('denials'), prose).length > 0)
    )
      continue;
    // A link for donations is fundraising, not earning.
    if (kind === 'affiliate' && /\bdonat\w*|crowdfund\w*|fundrais\w*|charity\b/i.test(prose)) continue;
    return { kind, match: m };
  }
  return undefined;
});

// Income on offer is a pitch only with an invitation to take it up ("want a bit of extra income
// on the side? message me"); "no nurse should need side income" complains about pay.
const INCOME = /^(?:side income|income on the side)$/i;
const INVITE = /\?|(?<!\w)(?:dm|message|pm|inbox)\s+me\b|\bget you started\b|\bjoin\b|\bdrop me\b|\binterested\b/i;

function hashtag(draft: { words: { kind: string; lower: string; text: string; range: [number, number] }[] }) {
  const tag = draft.words.find((w) => w.kind === 'hashtag' && /^#(?:ad|affiliate|gifted|sponsored|spon|paidpartnership)$/.test(w.lower));
  return tag ? { start: tag.range[0], end: tag.range[1], text: tag.text } : undefined;
}

// "Code OPTOMJESS for 15% off", "use NURSEKAT15": a shouted code word beside an offer.
// "use" is common, so the capital must follow at once. ASCII, no `u` flag (docs/architecture.md,
// "Regular expressions").
const CODE = /\b(?:[Cc]ode:?|[Uu]se|[Ee]nter|[Aa]pply|[Qq]uote)\s+[A-Z][A-Z0-9]{3,}\b/g;
function codeWord(draft: { prose: string }) {
  const m = allMatches(CODE, draft.prose)[0];
  return m && /(?<!\d)\d+\s?%|\boff\b|£\s?\d/i.test(draft.prose) ? m : undefined;
}

const OFFER = /(?<!\d)\d+\s?%|\boff\b|£\s?\d|link in (?:my )?bio|\bdm (?:me|to)\b|\bto order\b/i;
/** What any match of OFFER holds, without the edges it tests. */
const OFFER_WITHIN = /\d\s?%|off|£\s?\d|link in (?:my )?bio|dm (?:me|to)|to order/i;

/** "mention my name for 10% off": readers sent to a business for a reward. */
function referral(draft: { prose: string }) {
  const m = allMatches(terms('referral'), draft.prose)[0];
  return m && OFFER.test(draft.prose) ? m : undefined;
}

// "my wife's opticians", "my handmade silver bracelets", "my little shop": the author's own or a
// relative's venture, in a sentence that sells (an offer, a price, an order or a link).
// ASCII words, no `u` flag (docs/architecture.md, "Regular expressions").
const VENTURE =
  /\bmy\s+(?:(?:wife|husband|partner|sister|brother|mum|mom|dad|son|daughter|cousin|auntie|uncle|friend|mate|best friend)['’]s\s+)?(?:(?:own|little|new|handmade|homemade|[A-Za-z-]+)\s+){0,2}[A-Za-z-]+/gi;
const ownVenture = perDraft(findVenture);
function findVenture(draft: {
  prose: string;
  sentences: { range: [number, number]; text: string }[];
  words: { kind: string; lower: string; range: [number, number]; text: string }[];
}) {
  // A sentence that OFFER matches holds one of these (its text is a slice of the prose): most drafts hold none.
  for (const s of OFFER_WITHIN.test(draft.prose) ? draft.sentences : []) {
    if (!OFFER.test(s.text)) continue;
    for (const v of allMatches(VENTURE, draft.prose, s.range[0], s.range[1])) {
      const owned = /['’]s\s|\b(?:own|little)\b/i.test(v.text);
      if (allMatches(terms('goods'), v.text).length || (owned && allMatches(terms('ventures'), v.text).length)) return v;
    }
  }
  const tags = new Set(loadList('businessTags'));
  const tag = draft.words.find((w) => w.kind === 'hashtag' && tags.has(w.lower));
  return tag && OFFER.test(draft.prose) ? { start: tag.range[0], end: tag.range[1], text: tag.text } : undefined;
}
// "I'm now doing sports massage from home, £30 an hour, cash": the author's own service, priced,
// on private terms (outside work, booked or paid privately). Not a sponsored run or a raffle.
// The price is the service's: a rate ("£30 an hour", "£20 for 30 mins") or a price to book
// ("£25, message me to book"), not any sum ("the £9 parking"). ASCII, no `u` flag.
const PRICE = /£\s?\d/;
const RATE = /£\s?\d[\d.]*\s*(?:an?|per|\/|for(?:\s+(?:an?|\d+))?)\s*(?:hour|hr|session|treatment|visit|min|mins|minutes|appointment)s?\b/i;
const BOOK = /\bbook(?:ing|ings|ed)?\b/i;
const FUNDS = /\b(?:sponsor\w*|charity|donat\w*|fundrais\w*|raffle|justgiving|raised|raising)\b/i;
function ownService(draft: { prose: string }) {
  const { prose } = draft;
  if (!PRICE.test(prose) || !(RATE.test(prose) || BOOK.test(prose))) return undefined;
  const offer = allMatches(terms('offering'), prose)[0];
  if (!offer || !allMatches(terms('privateTerms'), prose).length || FUNDS.test(prose)) return undefined;
  return offer;
}
// "These turmeric shots cured my wrist pain, link in bio": a product praised beside the author's
// own shop link (the remedies and goods classes of claims.yaml and this file).
const BIO_LINK = /\blink in (?:my )?bio\b|\bshop (?:my|the) link\b/gi;
function productLink(draft: { prose: string; sentences: { range: [number, number]; text: string }[] }) {
  if (!/\bbio\b|\bshop\b/i.test(draft.prose)) return undefined;
  const link = allMatches(BIO_LINK, draft.prose)[0];
  if (!link) return undefined;
  const products = [...productWords(), ...loadList('goods')];
  return allMatches(phraseMatcher(products), draft.prose).length ? link : undefined;
}
// Not the determiners the remedies list carries for cure claims ("these sorted my knees").
const productWords = () =>
  loadData<{ frames: { remedies: string[] } }>('claims.yaml').frames.remedies.filter((w) => !/^(?:these|this product)$/.test(w));

const loadList = (name: string) => loadData<Record<string, string[]>>('commercial.yaml')[name] ?? [];
