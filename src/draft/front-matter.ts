import { parseDocument } from 'yaml';
import { simpleMapping } from '../shared/scanners/simple-yaml.js';
import type { FrontMatter, Range } from './types.js';

// YAML front matter: `---` on the first line, closed by `---` or `...` on a line of its own.
const OPEN = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /(?:^|\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?=\r\n|\r|\n|$)/g;

export function readFrontMatter(text: string): FrontMatter | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  CLOSE.lastIndex = open[0].length - 1;
  const close = CLOSE.exec(text);
  if (!close) return null;
  const yamlStart = open[0].length;
  const yamlEnd = close.index;
  let end = close.index + close[0].length;
  const lineBreak = /^(?:\r\n|\r|\n)/.exec(text.slice(end));
  if (lineBreak) end += lineBreak[0].length;
  const range: Range = [0, end];
  const raw = text.slice(yamlStart, Math.max(yamlStart, yamlEnd));
  const simple = simpleMapping(raw);
  if (simple) return { range, data: simple };
  const doc = parseDocument(raw, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const at = yamlStart + Math.min(e.pos[0], raw.length);
    return {
      range,
      data: {},
      error: { message: e.message.split('\n')[0]!, range: [at, Math.min(yamlStart + e.pos[1], yamlEnd)] },
    };
  }
  const value = doc.toJS() as unknown;
  if (value === null || value === undefined) return { range, data: {} };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { range, data: {}, error: { message: 'front matter must be a mapping of keys to values', range: [yamlStart, yamlEnd] } };
  }
  return { range, data: value as Record<string, unknown> };
}
