import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import type { Account } from '../draft/types.js';
import { asText, type Post, type PostsResult } from './posts.js';
import { ACCOUNT_NAMES, ACCOUNTS, findName, norm, parseSelector, PLATFORM_NAMES, platformsOf, TEXT_NAMES } from './post-columns.js';

// JSON and JSON Lines files of posts. A post is any object with a text field, however deep:
// a flat list ([{"text": ...}]), a wrapped one ({"posts": [...]}), or Postiz's post JSON, where
// each post's text is in `value[].content` and its network in `settings.__type` (create) or
// `integration.providerIdentifier` (list). A network named on an object holds for the objects
// inside it. Errors name the file and what was looked for, never a key's value.

const notChecked = 'It was not checked.';

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

interface Prop {
  key: string;
  value: JsonNode | undefined;
}
const propsOf = (obj: JsonNode): Prop[] =>
  (obj.children ?? []).map((p) => ({ key: String(p.children?.[0]?.value ?? ''), value: p.children?.[1] }));
const stringAt = (props: Prop[], i: number) =>
  i >= 0 && props[i]?.value?.type === 'string' ? (props[i]!.value!.value as string) : undefined;

/** The network an object names: its own platform field, or Postiz's settings.__type / integration.providerIdentifier. */
function networkOf(props: Prop[]): string[] {
  const own = stringAt(
    props,
    findName(
      props.map((p) => p.key),
      PLATFORM_NAMES,
    ),
  );
  if (own) return platformsOf(own);
  for (const [holder, key] of [
    ['settings', '__type'],
    ['integration', 'providerIdentifier'],
    ['integration', 'identifier'],
  ] as const) {
    const inner = props.find((p) => p.key === holder)?.value;
    if (inner?.type !== 'object') continue;
    const v = propsOf(inner).find((p) => p.key === key)?.value?.value;
    if (typeof v === 'string' && v.trim()) return platformsOf(v);
  }
  return [];
}

interface Walk {
  source: string;
  field: { index: number } | { name: string } | undefined;
  posts: Post[];
  rowOf: (top: number) => number;
}

/** `top`: the index in the outermost list of posts (the row); `flat`: an element of that list. */
function visit(
  node: JsonNode,
  w: Walk,
  inherited: { platforms: string[]; account?: Account },
  top: number | undefined,
  flat: boolean,
  depth = 0,
): void {
  if (depth > 64) return;
  if (node.type === 'array') {
    for (const [i, child] of (node.children ?? []).entries()) visit(child, w, inherited, top ?? i, top === undefined, depth + 1);
    return;
  }
  if (node.type !== 'object') return;
  const props = propsOf(node);
  const keys = props.map((p) => p.key);
  const platforms = networkOf(props);
  const accountValue = stringAt(props, findName(keys, ACCOUNT_NAMES))?.trim().toLowerCase();
  const here = {
    platforms: platforms.length ? platforms : inherited.platforms,
    ...(accountValue && ACCOUNTS.has(accountValue)
      ? { account: accountValue as Account }
      : inherited.account
        ? { account: inherited.account }
        : {}),
  };
  const f = w.field;
  // A numbered field is the nth field of a post object in a flat layout (one object a row).
  const textAt = !f
    ? findName(keys, TEXT_NAMES)
    : 'index' in f
      ? flat
        ? f.index
        : -1
      : keys.findIndex((k) => k === f.name || norm(k) === norm(f.name));
  const textNode = textAt >= 0 ? props[textAt]?.value : undefined;
  if (textNode?.type === 'string') {
    const { text, offsets } = stringValue(w.source, textNode);
    if (text.trim()) w.posts.push({ ...asText(text, offsets), row: w.rowOf(top ?? 0), ...here });
  }
  for (const [i, p] of props.entries())
    if (i !== textAt && p.value && (p.value.type === 'object' || p.value.type === 'array')) visit(p.value, w, here, top, false, depth + 1);
}

function collect(
  file: string,
  source: string,
  roots: JsonNode[],
  field: string | undefined,
  rowOf: (i: number) => number,
  lines: boolean,
): PostsResult {
  const w: Walk = { source, field: parseSelector(field), posts: [], rowOf };
  for (const [i, root] of roots.entries()) visit(root, w, { platforms: [] }, lines ? i : undefined, lines);
  if (w.posts.length) return { posts: w.posts };
  const hasObjects = roots.some(function holds(n: JsonNode): boolean {
    return n.type === 'object' || (n.children ?? []).some(holds);
  });
  // An empty list is an empty schedule; objects with no text field are posts not found.
  if (!hasObjects) return { posts: [] };
  return {
    error: field
      ? `${file}: no post has a text field ${/^\d+$/.test(field) ? `number ${field}` : `"${field}"`}. Name the field with --field (its name, or its number: --field 2). ${notChecked}`
      : `Cannot tell which field of ${file} holds the posts (looked for ${TEXT_NAMES.slice(0, 9).join(', ')}, at any depth). Name it with --field. ${notChecked}`,
  };
}

export async function postsFromJson(file: string, source: string, field?: string): Promise<PostsResult> {
  const { parseTree } = await import('jsonc-parser');
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  if (!root || errors.length) return { error: `${file} cannot be read as JSON (error at offset ${errors[0]?.offset ?? 0}). ${notChecked}` };
  // The rows are the elements of the outermost list, wrapped ({"posts": [...]}) or not.
  return collect(file, source, [root], field, (i) => i + 1, false);
}

export async function postsFromJsonLines(file: string, source: string, field?: string): Promise<PostsResult> {
  const { parseTree } = await import('jsonc-parser');
  const objects: JsonNode[] = [];
  const rows: number[] = [];
  let offset = 0;
  for (const [n, line] of source.split('\n').entries()) {
    if (line.trim()) {
      const errors: ParseError[] = [];
      const node = parseTree(line, errors);
      if (!node || errors.length) return { error: `${file}: line ${n + 1} is not valid JSON. ${notChecked}` };
      shift(node, offset);
      objects.push(node);
      rows.push(n + 1);
    }
    offset += line.length + 1;
  }
  return collect(file, source, objects, field, (i) => rows[i]!, true);
}

function shift(node: JsonNode, by: number): void {
  (node as { offset: number }).offset += by;
  for (const c of node.children ?? []) shift(c, by);
}
