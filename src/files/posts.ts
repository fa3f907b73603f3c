import type { Account } from '../draft/types.js';
import { htmlToText, looksLikeHtml } from './html-text.js';
import {
  ACCOUNT_NAMES,
  ACCOUNTS,
  COMMENT_NAMES,
  findName,
  LOOKED_FOR,
  looksLikeHeader,
  norm,
  parseSelector,
  PLATFORM_NAMES,
  platformsOf,
  proseColumn,
  TEXT_NAMES,
} from './post-columns.js';

// Scheduled-post files (CSV, TSV, JSON, JSON Lines, .xlsx) as exported from or uploaded to
// social media schedulers: one post per row. Each post's text comes with a map from its
// characters to offsets in the file, so a problem is reported at the file's own line and column
// and editors and CI annotations land on the right cell; a spreadsheet's posts are reported at
// their row and column.
//
// No error from here quotes the file: a header-less export's first row is a post, and may name a
// patient. Errors say which file, and what was looked for.

export interface Post {
  text: string;
  /** offsets[i] is the file offset of text[i]; offsets[text.length] is the end of the cell. */
  offsets: number[];
  /** The networks the row is for (empty: the config's platform applies). */
  platforms: string[];
  account?: Account;
  /** 1-based row (record) number. */
  row: number;
  /**
   * A spreadsheet cell (1-based row and column): every position of the post is reported there.
   * `sheet` (1-based) is set in a workbook of several sheets, whose rows' numbers repeat.
   */
  cell?: { row: number; column: number; sheet?: number };
}

export type PostsResult = { posts: Post[] } | { error: string };

export const POST_FILE = /\.(?:csv|tsv|tab|json|jsonl|ndjson|xlsx|ods)$/i;
/** Spreadsheets are read as bytes: read.ts hands them on as a latin1 string, one char a byte. */
export const SHEET_FILE = /\.(?:xlsx|ods)$/i;

export interface PostOptions {
  /** The column holding the post text (--column): a name, or a 1-based number. */
  column?: string;
  /** The JSON field holding the post text (--field): a name, or a 1-based number. */
  field?: string;
}

/**
 * Excel's "Unicode Text" saves a sheet as a tab-separated `.txt` (UTF-16): a `.txt` whose first
 * line is a tab-separated header naming a post text column is read as that export, not as one
 * draft. A draft's first line with a tab in it names no such columns.
 */
export function isTabExport(path: string, text: string): boolean {
  if (!/\.txt$/i.test(path)) return false;
  const first = /^\uFEFF?([^\r\n]*)/.exec(text)![1]!;
  if (!first.includes('\t')) return false;
  const cells = first.split('\t');
  return cells.length >= 2 && looksLikeHeader(cells) && findName(cells, TEXT_NAMES) >= 0;
}

// The file's name for messages, without node:path: the web page reads exports too.
const baseName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/** Reads the posts of a file whose text (BOM already stripped) is `source`. */
export async function readPosts(path: string, source: string, opts: PostOptions): Promise<PostsResult> {
  const file = baseName(path);
  if (isTabExport(path, source)) return postsFromCsv(file, source, opts.column, true);
  if (/\.ods$/i.test(path))
    return { error: `${file}: OpenDocument spreadsheets are not read yet; save it as .xlsx or CSV. It was not checked.` };
  if (SHEET_FILE.test(path)) return (await import('./sheet-posts.js')).postsFromSheet(file, source, opts.column);
  if (/\.(?:csv|tsv|tab)$/i.test(path)) return postsFromCsv(file, source, opts.column, /\.(?:tsv|tab)$/i.test(path));
  const json = await import('./json-posts.js');
  if (/\.(?:jsonl|ndjson)$/i.test(path)) return json.postsFromJsonLines(file, source, opts.field);
  return json.postsFromJson(file, source, opts.field);
}

// --- Which column ---------------------------------------------------------------------------

export interface Layout {
  text: number;
  /** Columns published with the post (a first comment), each checked as a post: -1 when none. */
  comment: number;
  platform: number;
  account: number;
  /** The row (0-based, of the rows given) that names the columns, or -1: rows up to it are not posts. */
  headerRow: number;
}

const notChecked = 'It was not checked.';
const nameIt = (flag: string) => `Name it with ${flag} (the name in the header row, or the number: ${flag} 2).`;

/**
 * The header row: the first row, or one below a title or two (a content calendar's "December
 * posts"), where each row above it has at most two cells filled. -1 when none matches.
 */
function headerRowOf(rows: string[][], matches: (row: string[]) => boolean): number {
  for (let i = 0; i < Math.min(rows.length, 5); i++) {
    if (matches(rows[i]!)) return i;
    if (rows[i]!.filter((c) => c.trim()).length > 2) break;
  }
  return -1;
}

/** Finds the text, platform and account columns of a table's rows, or says (quoting nothing) why not. */
export function chooseLayout(file: string, rows: string[][], selector: string | undefined, flag = '--column'): Layout | { error: string } {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const chosen = parseSelector(selector);
  const named = (headerRow: number, text: number): Layout => {
    const header = rows[headerRow] ?? [];
    const comment = headerRow >= 0 ? findName(header, COMMENT_NAMES) : -1;
    return {
      text,
      comment: comment === text ? -1 : comment,
      headerRow,
      platform: headerRow >= 0 ? findName(header, PLATFORM_NAMES) : -1,
      account: headerRow >= 0 ? findName(header, ACCOUNT_NAMES) : -1,
    };
  };
  if (chosen && 'index' in chosen) {
    if (chosen.index < 0 || chosen.index >= width)
      return { error: `${file} has no column ${chosen.index + 1}: its rows have ${width}. ${notChecked}` };
    return named(headerRowOf(rows, looksLikeHeader), chosen.index);
  }
  if (chosen) {
    const isIt = (h: string) => h.trim() === chosen.name.trim() || norm(h) === norm(chosen.name);
    const at = headerRowOf(rows, (r) => r.some(isIt));
    if (at < 0)
      return {
        error: `${file} has no column named "${chosen.name}" in its header row (its first row has ${rows[0]?.length ?? 0} columns). ${nameIt(flag)} ${notChecked}`,
      };
    return named(at, rows[at]!.findIndex(isIt));
  }
  const headerRow = headerRowOf(rows, looksLikeHeader);
  if (headerRow >= 0) {
    const text = findName(rows[headerRow]!, TEXT_NAMES);
    if (text >= 0) return named(headerRow, text);
    return {
      error: `Cannot tell which column of ${file} holds the posts: its header row names ${rows[headerRow]!.length} columns, none of them the post text (looked for ${LOOKED_FOR}). ${nameIt(flag)} ${notChecked}`,
    };
  }
  // Header-less (Hootsuite's bulk composer, SocialPilot): the column that reads as sentences.
  const prose = proseColumn(rows);
  if (prose >= 0) return named(-1, prose);
  return {
    error: `Cannot tell which column of ${file} holds the posts: it has no header row (looked for ${LOOKED_FOR}) and no column reads as post text. ${nameIt(flag)} ${notChecked}`,
  };
}

/**
 * Rows but no post: the text column chosen is empty in every row (a shifted header, the wrong
 * --column). Said by the column's number, quoting nothing, rather than passed in silence.
 */
export function emptyColumnError(file: string, layout: Layout, rows: number, flag = '--column'): { error: string } {
  return {
    error: `${file} has ${rows} row${rows === 1 ? '' : 's'} but column ${layout.text + 1}, read as the post text, is empty in all of them, so no post was found. ${nameIt(flag)} ${notChecked}`,
  };
}

/** A row's networks and account, from the layout's columns. */
export function rowDetails(cells: string[], layout: Layout): Pick<Post, 'platforms' | 'account'> {
  const out: Pick<Post, 'platforms' | 'account'> = { platforms: layout.platform >= 0 ? platformsOf(cells[layout.platform]) : [] };
  const account = layout.account >= 0 ? cells[layout.account]?.trim().toLowerCase() : '';
  if (account && ACCOUNTS.has(account)) out.account = account as Account;
  return out;
}

/** Post text with its HTML (if any) read as the text it shows. */
export function asText(text: string, offsets: number[]): { text: string; offsets: number[] } {
  return looksLikeHtml(text) ? htmlToText(text, offsets) : { text, offsets };
}

// --- CSV and TSV ----------------------------------------------------------------------------

/** Cells of one raw CSV record with their offsets: [start, end) of the raw cell. */
function cellSpans(raw: string, delimiter: string): [number, number][] {
  const spans: [number, number][] = [];
  let i = 0;
  while (i <= raw.length) {
    const start = i;
    if (raw[i] === '"') {
      i++;
      while (i < raw.length) {
        if (raw[i] === '"' && raw[i + 1] === '"') i += 2;
        else if (raw[i] === '"') break;
        else i++;
      }
      i++;
    }
    while (i < raw.length && raw[i] !== delimiter && raw[i] !== '\n' && raw[i] !== '\r') i++;
    spans.push([start, i]);
    if (i >= raw.length || raw[i] !== delimiter) break;
    i++;
  }
  return spans;
}

/** A raw cell's value, with each character's offset: quotes dropped, "" read as ". */
function cellValue(raw: string, [start, end]: [number, number], base: number): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  if (raw[start] === '"') {
    let i = start + 1;
    while (i < end) {
      if (raw[i] === '"' && raw[i + 1] === '"') {
        text += '"';
        offsets.push(base + i);
        i += 2;
      } else if (raw[i] === '"') break;
      else {
        text += raw[i];
        offsets.push(base + i);
        i++;
      }
    }
    offsets.push(base + i);
  } else {
    for (let i = start; i < end; i++) {
      text += raw[i];
      offsets.push(base + i);
    }
    offsets.push(base + end);
  }
  return { text, offsets };
}

async function postsFromCsv(file: string, source: string, column: string | undefined, tabs: boolean): Promise<PostsResult> {
  const { parse } = await import('csv-parse/sync');
  // Excel's "sep=;" first line names the delimiter.
  const hint = /^sep=([^\r\n])(?:\r\n|\r|\n)/.exec(source);
  const skip = hint ? hint[0].length : 0;
  const body = source.slice(skip);
  const delimiter = hint?.[1] ?? (tabs ? '\t' : guessDelimiter(body));
  let records: { record: string[]; raw: string }[];
  try {
    records = parse(body, { delimiter, info: true, raw: true, relax_column_count: true, skip_empty_lines: false, bom: false }) as never;
  } catch (e) {
    // csv-parse's messages quote the field they stopped at: only its code and line are said.
    const { code, lines } = e as { code?: string; lines?: number };
    return { error: `${file} cannot be read as CSV (${code ?? 'parse error'}${lines ? ` at line ${lines}` : ''}). ${notChecked}` };
  }
  if (!records.length) return { posts: [] };
  // Records follow each other in the file: each raw record is found after the one before
  // (csv-parse's `bytes` counts UTF-8 bytes, not the characters our offsets need).
  let consumed = 0;
  const starts = records.map((r) => {
    const start = body.indexOf(r.raw, consumed);
    consumed = start + r.raw.length;
    return start;
  });
  const filled = records
    .map((r, n) => ({ cells: r.record, raw: r.raw, start: starts[n]!, n }))
    .filter((r) => r.cells.some((c) => c !== ''));
  const layout = chooseLayout(
    file,
    filled.map((r) => r.cells),
    column,
  );
  if ('error' in layout) return layout;
  const posts: Post[] = [];
  let captions = 0;
  for (const [i, r] of filled.entries()) {
    if (i <= layout.headerRow) continue;
    const spans = cellSpans(r.raw, delimiter);
    for (const column of [layout.text, layout.comment]) {
      const span = column >= 0 ? spans[column] : undefined;
      if (!span) continue;
      const cell = cellValue(r.raw, span, skip + r.start);
      if (!cell.text.trim()) continue;
      if (column === layout.text) captions++;
      posts.push({ ...asText(cell.text, cell.offsets), row: r.n + 1, ...rowDetails(r.cells, layout) });
    }
  }
  const rows = filled.length - (layout.headerRow + 1);
  if (!captions && rows > 0) return emptyColumnError(file, layout, rows);
  return { posts };
}

/** The delimiter seen most outside quotes in the first record: , ; or tab. */
function guessDelimiter(source: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
