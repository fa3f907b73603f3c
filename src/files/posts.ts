import type { Account } from '../draft/types.js';

// Scheduled-post files (CSV, JSON, JSON Lines) as exported from or uploaded to social media
// schedulers: one post per row. Each post's text comes with a map from its characters to
// offsets in the file, so a problem is reported at the file's own line and column and
// editors and CI annotations land on the right cell.

export interface Post {
  text: string;
  /** offsets[i] is the file offset of text[i]; offsets[text.length] is the end of the cell. */
  offsets: number[];
  platform?: string;
  account?: Account;
  /** 1-based row (record) number, for messages. */
  row: number;
}

export type PostsResult = { posts: Post[] } | { error: string };

export const POST_FILE = /\.(?:csv|json|jsonl|ndjson)$/i;

// Header names schedulers use for the post text, its network and its account.
const TEXT_NAMES = ['message', 'text', 'post', 'content', 'body', 'caption', 'copy', 'status', 'tweet', 'post text', 'description'];
const PLATFORM_NAMES = ['platform', 'network', 'social network', 'channel', 'service', 'site'];
const ACCOUNT_NAMES = ['account', 'account type', 'profile type'];
const ACCOUNTS = new Set(['personal', 'professional', 'practice']);

const norm = (s: string) => s.trim().toLowerCase().replace(/[_-]+/g, ' ');
const pick = (names: string[], wanted: string[]) => names.find((n) => wanted.includes(norm(n)));

export interface PostOptions {
  /** The CSV column holding the post text (--column). */
  column?: string;
  /** The JSON field holding the post text (--field). */
  field?: string;
}

export async function readPosts(path: string, source: string, opts: PostOptions): Promise<PostsResult> {
  if (/\.csv$/i.test(path)) return postsFromCsv(source, opts.column);
  if (/\.(?:jsonl|ndjson)$/i.test(path)) return postsFromJsonLines(source, opts.field);
  return postsFromJson(source, opts.field);
}

// --- CSV -----------------------------------------------------------------------------------

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

async function postsFromCsv(source: string, column?: string): Promise<PostsResult> {
  const { parse } = await import('csv-parse/sync');
  const delimiter = guessDelimiter(source);
  let records: { record: string[]; raw: string; info: { bytes: number } }[];
  try {
    records = parse(source, { delimiter, info: true, raw: true, relax_column_count: true, skip_empty_lines: false, bom: false }) as never;
  } catch (e) {
    return { error: `This CSV file cannot be read: ${(e as Error).message.split('\n')[0]}. It was not checked.` };
  }
  if (!records.length) return { posts: [] };
  const header = records[0]!.record;
  const textName = column ?? pick(header, TEXT_NAMES);
  const textIndex = textName === undefined ? -1 : header.findIndex((h) => h === textName || norm(h) === norm(textName));
  if (textIndex < 0) {
    return {
      error: column
        ? `No column "${column}" in this CSV file (columns: ${header.join(', ')}). It was not checked.`
        : `Cannot tell which column holds the posts (columns: ${header.join(', ')}); name it with --column. It was not checked.`,
    };
  }
  const platformIndex = header.findIndex((h) => PLATFORM_NAMES.includes(norm(h)));
  const accountIndex = header.findIndex((h) => ACCOUNT_NAMES.includes(norm(h)));
  const posts: Post[] = [];
  // Records follow each other in the file: each raw record is found after the one before
  // (csv-parse's `bytes` counts UTF-8 bytes, not the characters our offsets need).
  let consumed = 0;
  for (const [n, r] of records.entries()) {
    const start = source.indexOf(r.raw, consumed);
    consumed = start + r.raw.length;
    if (n === 0 || r.record.every((c) => c === '')) continue;
    const spans = cellSpans(r.raw, delimiter);
    const span = spans[textIndex];
    if (!span) continue;
    const { text, offsets } = cellValue(r.raw, span, start);
    const post: Post = { text, offsets, row: n };
    const platform = platformIndex >= 0 ? r.record[platformIndex]?.trim() : '';
    if (platform) post.platform = platform;
    const account = accountIndex >= 0 ? r.record[accountIndex]?.trim().toLowerCase() : '';
    if (account && ACCOUNTS.has(account)) post.account = account as Account;
    posts.push(post);
  }
  return { posts };
}

function guessDelimiter(source: string): string {
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

// --- JSON and JSON Lines -------------------------------------------------------------------

type JsonNode = import('jsonc-parser').Node;

/** A JSON string literal's value, with each character's file offset (escapes map to their backslash). */
function stringValue(source: string, node: JsonNode): { text: string; offsets: number[] } {
  const raw = source.slice(node.offset, node.offset + node.length);
  let text = '';
  const offsets: number[] = [];
  for (let i = 1; i < raw.length - 1; i++) {
    const at = node.offset + i;
    if (raw[i] !== '\\') {
      text += raw[i];
      offsets.push(at);
      continue;
    }
    const c = raw[i + 1]!;
    if (c === 'u') {
      text += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
      offsets.push(at);
      i += 5;
    } else {
      text += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c;
      offsets.push(at);
      i += 1;
    }
  }
  offsets.push(node.offset + node.length - 1);
  return { text, offsets };
}

function postsFromObjects(source: string, objects: JsonNode[], field: string | undefined, rowOf: (i: number) => number): PostsResult {
  const posts: Post[] = [];
  for (const [i, obj] of objects.entries()) {
    if (obj.type !== 'object') continue;
    const props = (obj.children ?? []).map((p) => ({ key: String(p.children?.[0]?.value ?? ''), value: p.children?.[1] }));
    const keys = props.map((p) => p.key);
    const textKey = field ?? pick(keys, TEXT_NAMES);
    const textProp = props.find((p) => p.key === textKey);
    if (!textProp?.value || textProp.value.type !== 'string') {
      if (field) return { error: `Post ${rowOf(i)} has no string field "${field}". It was not checked.` };
      continue;
    }
    const { text, offsets } = stringValue(source, textProp.value);
    const post: Post = { text, offsets, row: rowOf(i) };
    const platform = props.find((p) => PLATFORM_NAMES.includes(norm(p.key)))?.value?.value;
    if (typeof platform === 'string' && platform.trim()) post.platform = platform.trim();
    const account = props.find((p) => ACCOUNT_NAMES.includes(norm(p.key)))?.value?.value;
    if (typeof account === 'string' && ACCOUNTS.has(account.toLowerCase())) post.account = account.toLowerCase() as Account;
    posts.push(post);
  }
  if (!posts.length && objects.length && !field)
    return { error: 'Cannot tell which field holds the posts; name it with --field. It was not checked.' };
  return { posts };
}

async function postsFromJson(source: string, field?: string): Promise<PostsResult> {
  const { parseTree } = await import('jsonc-parser');
  const errors: import('jsonc-parser').ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  if (!root || errors.length)
    return { error: `This JSON file cannot be read (error at offset ${errors[0]?.offset ?? 0}). It was not checked.` };
  // An array of posts, or an object holding one ({"posts": [...]}, {"data": [...]}).
  const list = root.type === 'array' ? root : root.children?.map((p) => p.children?.[1]).find((v) => v?.type === 'array');
  if (!list) return { error: 'This JSON file holds no list of posts. It was not checked.' };
  return postsFromObjects(source, list.children ?? [], field, (i) => i + 1);
}

async function postsFromJsonLines(source: string, field?: string): Promise<PostsResult> {
  const { parseTree } = await import('jsonc-parser');
  const objects: JsonNode[] = [];
  const rows: number[] = [];
  let offset = 0;
  for (const [n, line] of source.split('\n').entries()) {
    if (line.trim()) {
      const errors: import('jsonc-parser').ParseError[] = [];
      const node = parseTree(line, errors);
      if (!node || errors.length) return { error: `Line ${n + 1} is not valid JSON. It was not checked.` };
      shift(node, offset);
      objects.push(node);
      rows.push(n + 1);
    }
    offset += line.length + 1;
  }
  return postsFromObjects(source, objects, field, (i) => rows[i]!);
}

function shift(node: JsonNode, by: number): void {
  (node as { offset: number }).offset += by;
  for (const c of node.children ?? []) shift(c, by);
}
