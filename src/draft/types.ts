import type { LineIndex } from '../positions.js';
import type { People } from './people/types.js';
import type { Targets } from './targets.js';

/** Half-open offset range [start, end) into the draft's source text. */
export type Range = [number, number];

export type Account = 'personal' | 'professional' | 'practice';

export interface Word {
  range: Range;
  text: string;
  lower: string;
  /** `lower` with curly apostrophes as straight ones ("don’t" → "don't"): what phrase lists compare against. */
  key: string;
  kind: 'word' | 'number' | 'hashtag' | 'mention' | 'email';
  /** The people layer's vocabulary class of the word, once asked (src/draft/people/words.ts). */
  classBits?: number;
  /** The class of the two-word phrase this word ends, after `pairedWith`. */
  pairBits?: number;
  pairedWith?: Word;
}

export interface Sentence {
  range: Range;
  text: string;
  paragraph: number;
  words: Word[];
}

export interface Quote {
  kind: 'blockquote' | 'quotation';
  /** The whole quotation including its marks (or the blockquote block). */
  range: Range;
  /** The quoted words only. */
  inner: Range;
  text: string;
  wordCount: number;
}

export interface Link {
  kind: 'link' | 'autolink' | 'bare' | 'definition';
  range: Range;
  url: string;
  text: string;
}

export interface Image {
  range: Range;
  url: string;
  alt: string;
  title: string;
}

export interface Comment {
  range: Range;
  /** The comment's inside, trimmed. */
  value: string;
}

export interface Consent {
  given: boolean;
  /** What the consent covers (name, photo, quote, ...); null means everything. */
  scope: string[] | null;
  reference?: string;
}

export interface FrontMatter {
  range: Range;
  data: Record<string, unknown>;
  error?: { message: string; range: Range };
}

export interface Draft {
  filePath: string;
  /** The file's text without a BOM: every range indexes into it. */
  source: string;
  bom: boolean;
  lines: LineIndex;
  format: 'markdown' | 'text';
  frontMatter: FrontMatter | null;
  /** Where the body (after front matter) starts. */
  bodyStart: number;
  /**
   * The source with everything that is not prose (front matter, Markdown syntax, code, HTML,
   * URLs, image alt text) replaced by spaces, line breaks kept: same length as `source`, so
   * a match's index in `prose` is its offset in the file.
   */
  prose: string;
  paragraphs: Range[];
  sentences: Sentence[];
  words: Word[];
  quotes: Quote[];
  links: Link[];
  images: Image[];
  comments: Comment[];
  account: Account;
  platform: string | null;
  consent: Consent;
  /** Who is in the draft (src/draft/people/): built on first read, then kept with the draft. */
  readonly people: People;
  /** Who the draft addresses or describes (targets.ts), found on first use and kept with the draft. */
  readonly targets: Targets;
  /**
   * What a rule derives from the draft, computed on first use and kept with it: `key` is the
   * asker's own object (rules/lib/per-draft.ts), so askers never share an answer by accident.
   */
  derived<V>(key: object, compute: (draft: Draft) => V): V;
}
