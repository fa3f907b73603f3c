import { loadData } from './lexicon.js';
import { onNewRun } from '../../src/run-state.js';

// How platforms count the length of a post. X's rules come from its own twitter-text config
// (rules/data/twitter-text-config-v3.json): text normalised to NFC; each code point weighs
// `defaultWeight` unless it falls in one of `ranges`; an emoji sequence weighs 200 as a whole;
// a URL weighs `transformedURLLength` characters whatever its length; the total is divided by
// `scale`.

interface TwitterConfig {
  maxWeightedTweetLength: number;
  scale: number;
  defaultWeight: number;
  transformedURLLength: number;
  ranges: { start: number; end: number; weight: number }[];
}

export type Counting = 'twitter' | 'twitter-urls' | 'graphemes' | 'codepoints' | 'utf16';

/** A platform's limit and how it counts (rules/data/platforms.yaml). */
export interface Platform {
  name: string;
  /** None where a post has no length limit (a blog). */
  limit?: number;
  counting: Counting;
  aliases: string[];
}

/** The platforms socialcheck knows, by id. */
export const platforms = (): Record<string, Platform> => loadData<Record<string, Platform>>('platforms.yaml');

/** A platform by its id, an alias or its name (any case), as front matter and config name it. */
export function findPlatform(name: string): Platform | undefined {
  const wanted = name.toLowerCase().trim();
  return Object.entries(platforms()).find(([id, p]) => id === wanted || p.aliases.includes(wanted) || p.name.toLowerCase() === wanted)?.[1];
}

// URLs as people paste them: with a scheme, "www.", or a bare domain ending in a TLD X knows
// (rules/data/tlds.json, from twitter-text: "hello.world" and "abc.ac" are links to X, "abc.zz" is not).
// The characters twitter-text allows in a URL path (ASCII, Latin accents, Cyrillic, some punctuation).
const PATH = String.raw`[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u04ff\u1e00-\u1eff!*';:=+,.$/%#\[\]\-\u2013_~@|&()]`;
let url: RegExp | undefined;
// V8 cannot put this expression's compiled form (1,400 alternatives) into a startup snapshot: made again on use.
onNewRun(() => (url = undefined));
function urlPattern(): RegExp {
  if (url) return url;
  const data = loadData<{ generic: string; country: string }>('tlds.json');
  // Longest first, so that "co" never cuts "com" short; a TLD ends where X's does (not before a letter, digit, @, + or -).
  const tlds = [...data.generic.split(' '), ...data.country.split(' ')].sort((a, b) => b.length - a.length).join('|');
  return (url = new RegExp(
    String.raw`(?<![A-Za-z0-9@$#＠＃/:.])(?:https?:\/\/${PATH}+|www\.${PATH}+|[A-Za-z0-9\u00c0-\u024f-]+(?:\.[A-Za-z0-9\u00c0-\u024f-]+)*\.(?:${tlds})(?![0-9A-Za-z@+-])(?:\/${PATH}*)?)(?<![.,;:!?)'"])`,
    // No `u` flag: it triples the time to compile 1,400 alternatives (17 ms against 6 ms, measured), and the classes
    // are spelled as code units.
    'gi',
  ));
}
/** A link could be in the text: a scheme, "www." or a dot between a letter or digit and a letter (most posts have none). */
const MAY_LINK = /https?:|www\.|[A-Za-z0-9\u00c0-\u024f-]\.[A-Za-z]/i;
// An emoji as X sees one: shown as emoji by default, or made so by VS16, a skin tone, ZWJ or a flag.
const EMOJI = /\p{Emoji_Presentation}|\uFE0F|\p{Emoji_Modifier}|\u200D|\p{Regional_Indicator}/u;

let segmenter: Intl.Segmenter | undefined;
// ICU's native state cannot go into a startup snapshot: dropped before one is taken, made again on use.
onNewRun(() => (segmenter = undefined));
const graphemes = (text: string) => (segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(text);

/**
 * Each counted unit of the text: where it ends (UTF-16 offset) and the running length after it,
 * unit k at ends[k] and lengths[k] (two arrays of numbers, not an object per character).
 */
export interface Steps {
  ends: number[];
  lengths: number[];
}

/**
 * Walks a post as the platform counts it; `steps` lets the caller find where the limit is
 * crossed. Offsets are into the text given (NFC normalisation is applied per grapheme, so
 * offsets stay those of the original).
 */
export function measure(text: string, counting: Counting, withSteps = true): { length: number; steps: Steps } {
  const steps: Steps = { ends: [], lengths: [] };
  // Most posts are within their limit, and need only the total: no steps are kept for them.
  const step = withSteps
    ? (end: number, length: number) => {
        steps.ends.push(end);
        steps.lengths.push(length);
      }
    : () => {};
  let total = 0;
  if (counting === 'utf16' || counting === 'codepoints') {
    let i = 0;
    for (const ch of text) {
      i += ch.length;
      total += counting === 'utf16' ? ch.length : 1;
      step(i, total);
    }
    return { length: total, steps };
  }
  if (counting === 'graphemes') {
    for (const g of graphemes(text)) {
      total += 1;
      step(g.index + g.segment.length, total);
    }
    return { length: total, steps };
  }
  const cfg = loadData<TwitterConfig>('twitter-text-config-v3.json');
  const urls = (MAY_LINK.test(text) ? [...text.matchAll(urlPattern())] : []).map((m) => [m.index, m.index + m[0].length] as const);
  const urlAt = new Map(urls.map(([s, e]) => [s, e]));
  const asciiWeights = asciiWeightsOf(cfg);
  let nextUrl = 0;
  let weighted = 0;
  let at = 0;
  const grapheme = (index: number, segment: string) => {
    if (index < at) return;
    const urlEnd = urlAt.get(index);
    if (urlEnd !== undefined) {
      weighted += cfg.transformedURLLength * cfg.scale;
      at = urlEnd;
      step(urlEnd, weighted / cfg.scale);
      return;
    }
    const seg = segment.normalize('NFC');
    if (counting === 'twitter-urls') weighted += [...seg].length * cfg.scale;
    else if (EMOJI.test(seg)) weighted += cfg.defaultWeight;
    else for (const ch of seg) weighted += weightOf(ch.codePointAt(0)!, cfg);
    at = index + segment.length;
    step(at, weighted / cfg.scale);
  };
  // Most of a post is ASCII, where each character is a grapheme of its own (CR LF aside) and
  // NFC leaves it alone; Intl.Segmenter is used only from just before each non-ASCII stretch to
  // the next point where two ASCII characters meet, which is always a grapheme boundary.
  const ascii = (i: number) => i < text.length && text.charCodeAt(i) < 0x80;
  const crlf = (i: number) => text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a;
  let i = 0;
  while (i < text.length) {
    if (ascii(i) && (i + 1 === text.length || (ascii(i + 1) && !crlf(i)))) {
      // An ASCII character outside a URL: NFC leaves it alone and it is never an emoji, so it
      // weighs what its range says (what grapheme() would find, without a string or a regex test).
      while (nextUrl < urls.length && urls[nextUrl]![0] < i) nextUrl++;
      if (i >= at && (nextUrl === urls.length || urls[nextUrl]![0] !== i)) {
        weighted += counting === 'twitter-urls' ? cfg.scale : asciiWeights[text.charCodeAt(i)]!;
        at = i + 1;
        step(at, weighted / cfg.scale);
      } else grapheme(i, text[i]!);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && !(ascii(j - 1) && ascii(j) && !crlf(j - 1))) j++;
    if (singleUnits(text, i, j))
      for (let k = i; k < j; ) {
        const n = text.codePointAt(k)! > 0xffff ? 2 : 1;
        grapheme(k, text.slice(k, k + n));
        k += n;
      }
    else for (const g of graphemes(text.slice(i, j))) grapheme(i + g.index, g.segment);
    i = j;
  }
  return { length: weighted / cfg.scale, steps };
}

/**
 * The stretch text[i, j) is graphemes of one code point each, as Intl.Segmenter would cut it: no CR, and each
 * non-ASCII code point one that stands alone between ASCII ones, with no non-ASCII neighbour ("it’s", "café",
 * "£5", "lunch 🦷 today"). A stretch cost a Segmenter call each (80 ms on the 10k bench, most of them one curly
 * apostrophe or one emoji).
 */
function singleUnits(text: string, i: number, j: number): boolean {
  let afterAscii = true;
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0d) return false;
    if (c < 0x80) {
      afterAscii = true;
      continue;
    }
    if (!afterAscii) return false;
    const cp = text.codePointAt(k)!;
    if (cp > 0xffff) k++;
    if (!alone(cp)) return false;
    afterAscii = false;
  }
  return true;
}

// By code point: whether Intl.Segmenter cuts it off from ASCII on either side ("x’x" is three graphemes): not a
// lone surrogate, nor a character that joins its neighbours (a combining mark, ZWJ, a variation selector, a skin
// tone, a prepended mark). Its Grapheme_Cluster_Break then breaks against any ASCII character.
const aloneCodePoints = new Map<number, boolean>();
function alone(cp: number): boolean {
  let yes = aloneCodePoints.get(cp);
  if (yes === undefined) {
    yes = (cp < 0xd800 || cp > 0xdfff) && [...graphemes(`x${String.fromCodePoint(cp)}x`)].length === 3;
    aloneCodePoints.set(cp, yes);
  }
  return yes;
}

const asciiWeightTables = new WeakMap<TwitterConfig, number[]>();
/** weightOf() for each ASCII code point, worked out once per config. */
function asciiWeightsOf(cfg: TwitterConfig): number[] {
  let table = asciiWeightTables.get(cfg);
  if (!table) asciiWeightTables.set(cfg, (table = Array.from({ length: 0x80 }, (_, c) => weightOf(c, cfg))));
  return table;
}

function weightOf(cp: number, cfg: TwitterConfig): number {
  for (const r of cfg.ranges) if (cp >= r.start && cp <= r.end) return r.weight;
  return cfg.defaultWeight;
}
