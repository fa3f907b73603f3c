import { LineIndex, stripBom } from '../positions.js';
import { readFrontMatter } from './front-matter.js';
import { markdownParts, type MarkdownParser } from './markdown.js';
import { plainMarkdownParts } from '../shared/scanners/plain-markdown.js';
import { buildPeople } from './people/build.js';
import type { People } from './people/types.js';
import { countWords, quotationsIn, sentencesIn } from './text-units.js';
import { findTargets, type Targets } from './targets.js';
import type { Account, Consent, Draft, Link, Quote, Range, Sentence, Word } from './types.js';

export interface BuildOptions {
  format: 'markdown' | 'text';
  /** Needed for Markdown; see loadMarkdownParser(). */
  parseMarkdown?: MarkdownParser;
  /** The account when front matter does not say (from config). */
  account?: Account;
  platform?: string | null;
  /** Staff names from config (practice.staff): the people layer takes them as staff. */
  staff?: readonly string[];
}

const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'“”‘’()[\]]+[^\s<>"'“”‘’()[\].,;:!?]/gi;
const ACCOUNTS = new Set<Account>(['personal', 'professional', 'practice']);

/**
 * Markdown that would make the parser take minutes (lists nested hundreds deep, runs of
 * thousands of emphasis marks) or seconds (tens of thousands of lines): read it as plain text
 * instead. No real post looks like this.
 */
export function pathological(body: string): boolean {
  return (
    /^[ \t]{200,}\S/m.test(body) ||
    /([*_`~[\]<])\1{200,}/.test(body) ||
    // Containers opened on one line, a hundred deep: "> > > > ...", "- - - - ...".
    /^(?:[ \t]{0,3}(?:>|[-*+]|\d{1,9}[.)])){100,}/m.test(body) ||
    manyDelimiters(body) ||
    manyLines(body)
  );
}

/** The parser spends ~18 µs on each line (two seconds for 100,000); no post has 10,000 lines. */
const MAX_MARKDOWN_LINES = 10_000;
function manyLines(body: string): boolean {
  let lines = 0;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) if (++lines > MAX_MARKDOWN_LINES) return true;
  return false;
}

/** Hundreds of emphasis marks in one line ("f*f*f*..."): the parser pairs them in quadratic time. */
function manyDelimiters(body: string): boolean {
  let count = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 42 /* * */ || c === 95 /* _ */) {
      if (++count > 300) return true;
    } else if (c === 10 || c === 13) count = 0;
  }
  return false;
}

/** Markdown parts, or null when nesting too deep for the parser's recursion (read as text then). */
function markdownOrNull(body: string, base: number, parse: MarkdownParser): ReturnType<typeof markdownParts> | null {
  try {
    return markdownParts(body, base, parse);
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/** text.replace(/[^\r\n\u2028\u2029]/g, ' '), by runs of spaces between the line breaks (no expression per character). */
function blank(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      out += ' '.repeat(i - from) + text[i];
      from = i + 1;
    }
  }
  return from === 0 ? ' '.repeat(text.length) : out + ' '.repeat(text.length - from);
}

/** Copies the prose ranges of `source` into a same-length string of spaces. */
function proseOf(source: string, keep: Range[]): string {
  const sorted = [...keep].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    out += blank(source.slice(at, from)) + source.slice(from, e);
    at = e;
  }
  return out + blank(source.slice(at));
}

function paragraphsOfText(source: string, start: number): Range[] {
  const out: Range[] = [];
  const re = /(?:\r\n|[\r\n\u2028\u2029])[ \t]*(?:\r\n|[\r\n\u2028\u2029])/g;
  re.lastIndex = start;
  let from = start;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (source.slice(from, m.index).trim()) out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  if (source.slice(from).trim()) out.push([from, source.length]);
  return out;
}

function consentOf(value: unknown): Consent {
  if (value === true || value === 'yes') return { given: true, scope: null };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (v.given === false) return { given: false, scope: [] };
    const scope = Array.isArray(v.scope)
      ? v.scope.map((s) => String(s).toLowerCase())
      : typeof v.scope === 'string'
        ? [v.scope.toLowerCase()]
        : null;
    const consent: Consent = { given: true, scope };
    if (v.reference !== undefined) consent.reference = String(v.reference);
    return consent;
  }
  return { given: false, scope: [] };
}

export function buildDraft(raw: string, filePath: string, options: BuildOptions, start?: DraftStart): Draft {
  const draft = tryBuildDraft(raw, filePath, options, start);
  if (!draft) throw new Error('buildDraft: a Markdown parser is needed for Markdown drafts');
  return draft;
}

/**
 * A draft's first step: its front matter read and, for Markdown, whether the plain-post
 * scanner answers or the parser is needed. Given to buildDraft(), it is not done again: the
 * caller can load the parser in between (an await) without building the draft twice.
 */
export interface DraftStart {
  source: string;
  bom: boolean;
  frontMatter: ReturnType<typeof readFrontMatter>;
  bodyStart: number;
  asMarkdown: boolean;
  plain: ReturnType<typeof plainMarkdownParts>;
  needsParser: boolean;
}

export function startDraft(raw: string, format: BuildOptions['format']): DraftStart {
  const { text: source, bom } = stripBom(raw);
  const frontMatter = readFrontMatter(source);
  const bodyStart = frontMatter ? frontMatter.range[1] : 0;
  const body = source.slice(bodyStart);
  const asMarkdown = format === 'markdown' && !pathological(body);
  // Plain posts skip the parser: their parts are known (see src/shared/scanners/plain-markdown.ts).
  const plain = asMarkdown ? plainMarkdownParts(body, bodyStart) : null;
  return { source, bom, frontMatter, bodyStart, asMarkdown, plain, needsParser: asMarkdown && !plain };
}

/** buildDraft(), or null when the draft is Markdown that needs the parser and none was given. */
export function tryBuildDraft(raw: string, filePath: string, options: BuildOptions, start = startDraft(raw, options.format)): Draft | null {
  const { source, bom, frontMatter, bodyStart, asMarkdown, plain } = start;
  const body = source.slice(bodyStart);

  let keep: Range[];
  let paragraphs: Range[];
  const blockquotes: Range[] = [];
  const links: Link[] = [];
  let images: Draft['images'] = [];
  let comments: Draft['comments'] = [];
  if (start.needsParser && !options.parseMarkdown) return null;
  // A plain post's parts are read as they are (no copy of them with empty lists added).
  const parts = asMarkdown && !plain ? markdownOrNull(body, bodyStart, options.parseMarkdown!) : null;
  if (plain) {
    keep = plain.text;
    paragraphs = plain.blocks;
    blockquotes.push(...plain.blockquotes);
  } else if (parts) {
    keep = parts.text;
    paragraphs = parts.blocks;
    blockquotes.push(...parts.blockquotes);
    links.push(...parts.links);
    images = parts.images;
    comments = parts.comments;
  } else {
    keep = [[bodyStart, source.length]];
    paragraphs = paragraphsOfText(source, bodyStart);
  }

  let prose = proseOf(source, keep);
  // Bare URLs are links, not prose.
  BARE_URL.lastIndex = 0;
  // The URLs found are blanked as prose.replace(BARE_URL, spaces) would (the same matches), without a second search.
  let blanked = '';
  let at = 0;
  for (let m = BARE_URL.exec(prose); m; m = BARE_URL.exec(prose)) {
    const r: Range = [m.index, m.index + m[0].length];
    if (!links.some((l) => l.range[0] <= r[0] && r[1] <= l.range[1] && l.kind !== 'link')) {
      links.push({ kind: 'bare', range: r, url: m[0], text: m[0] });
    }
    blanked += prose.slice(at, r[0]) + ' '.repeat(m[0].length);
    at = r[1];
  }
  if (at > 0) prose = blanked + prose.slice(at);
  links.sort((a, b) => a.range[0] - b.range[0]);

  // Loops, not flatMap: V8's flatMap is generic and cost ~15 µs a draft here.
  const sentences: Sentence[] = [];
  for (let i = 0; i < paragraphs.length; i++) for (const s of sentencesIn(prose, paragraphs[i]!, i)) sentences.push(s);
  const words: Word[] = [];
  for (const s of sentences) for (const w of s.words) words.push(w);
  const quotes: Quote[] = blockquotes.map((r) => {
    const inner = prose.slice(r[0], r[1]);
    return { kind: 'blockquote', range: r, inner: r, text: inner.replace(/\s+/g, ' ').trim(), wordCount: countWords(inner) };
  });
  for (const p of paragraphs) quotes.push(...quotationsIn(prose, p));
  quotes.sort((a, b) => a.range[0] - b.range[0]);

  const data = frontMatter?.data ?? {};
  const fmAccount = typeof data.account === 'string' ? (data.account.toLowerCase() as Account) : undefined;
  const account = fmAccount && ACCOUNTS.has(fmAccount) ? fmAccount : (options.account ?? 'personal');
  const platform = typeof data.platform === 'string' ? data.platform.toLowerCase() : (options.platform ?? null);

  return new DraftModel(
    {
      filePath,
      source,
      bom,
      lines: new LineIndex(source),
      format: asMarkdown ? 'markdown' : 'text',
      frontMatter,
      bodyStart,
      prose,
      paragraphs,
      sentences,
      words,
      quotes,
      links,
      images,
      comments,
      account,
      platform,
      consent: consentOf(data.consent),
    },
    options.staff ?? [],
  );
}

type DraftFields = Omit<Draft, 'people' | 'targets' | 'derived'>;

/**
 * A draft: its fields set once, in one order, so that every draft has the same shape and V8 reads
 * them at fixed places (a draft given properties afterwards, or redefined ones, is a dictionary,
 * and every rule read its fields by hash). Who is in it (`people`) and whom it addresses
 * (`targets`) are found the first time a rule, or the redactor, asks; being on the prototype,
 * they are not among the fields copied from a draft or sent to a worker.
 */
class DraftModel implements Draft {
  filePath!: string;
  source!: string;
  bom!: boolean;
  lines!: LineIndex;
  format!: 'markdown' | 'text';
  frontMatter!: Draft['frontMatter'];
  bodyStart!: number;
  prose!: string;
  paragraphs!: Range[];
  sentences!: Sentence[];
  words!: Word[];
  quotes!: Quote[];
  links!: Link[];
  images!: Draft['images'];
  comments!: Draft['comments'];
  account!: Account;
  platform!: string | null;
  consent!: Consent;
  #staff: readonly string[];
  #people: People | undefined;
  #targets: Targets | undefined;
  #derived: Map<object, unknown> | undefined;

  constructor(fields: DraftFields, staff: readonly string[]) {
    Object.assign(this, fields);
    this.#staff = staff;
  }

  get people(): People {
    return (this.#people ??= buildPeople(this, this.#staff));
  }

  get targets(): Targets {
    return (this.#targets ??= findTargets(this.sentences, this.prose, this.bodyStart));
  }

  derived<V>(key: object, compute: (draft: Draft) => V): V {
    const known = (this.#derived ??= new Map());
    if (known.has(key)) return known.get(key) as V;
    const value = compute(this);
    known.set(key, value);
    return value;
  }
}
