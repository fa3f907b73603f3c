// The `obscenity` English matcher, run only on drafts where one of its terms could match.
//
// `getAllMatches` transforms the whole text twice (one object per character), runs ~120
// expressions over it and searches for ~70 whitelisted words: about 0.3 ms a draft, for drafts
// that are nearly all clean. Here the draft is transformed once, cheaply, with obscenity's own
// transformers, and each term's expression runs only if the term's longest literal is in the
// transformed text. The full matcher runs when any expression matches, so its answer, whitelist
// included, is unchanged (test/obscenity-matcher.test.ts holds it to that).
import {
  englishDataset,
  englishRecommendedTransformers,
  RegExpMatcher,
  SyntaxKind,
  type MatchPayload,
  type ParsedPattern,
  type StatefulTransformer,
  type TransformerContainer,
} from 'obscenity';

type Node = ParsedPattern['nodes'][number];

interface Term {
  /** The longest run of characters every match contains, or '' when the pattern has none. */
  literal: string;
  /** The literal's pairs of ASCII characters, as keys into the table of pairs a text holds. */
  pairs: number[];
  /** The expression obscenity compiles for the pattern (compilePatternToRegExp). */
  expression: RegExp;
}

function nodeSource(node: Node): string {
  switch (node.kind) {
    case SyntaxKind.Literal:
      return node.chars.map((c) => (SPECIAL.has(c) ? '\\' : '') + String.fromCodePoint(c)).join('');
    case SyntaxKind.Optional:
      return `(?:${nodeSource(node.childNode)})?`;
    case SyntaxKind.Wildcard:
      return '.';
    default:
      throw new Error(`obscenity pattern node not supported: ${JSON.stringify(node)}`);
  }
}
const SPECIAL = new Set([...'[.*+?^${}()|\\]'].map((c) => c.charCodeAt(0)));

/** What obscenity's compilePatternToRegExp makes of a pattern (that function is not exported). */
export function patternExpression(pattern: ParsedPattern): RegExp {
  let source = pattern.requireWordBoundaryAtStart ? '\\b' : '';
  for (const node of pattern.nodes) source += nodeSource(node);
  if (pattern.requireWordBoundaryAtEnd) source += '\\b';
  return new RegExp(source, 'gs');
}

function longestLiteral(pattern: ParsedPattern): string {
  let best = '';
  for (const node of pattern.nodes) {
    if (node.kind !== SyntaxKind.Literal) continue;
    const text = String.fromCodePoint(...node.chars);
    if (text.length > best.length) best = text;
  }
  return best;
}

function asciiPairs(literal: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < literal.length; i++) {
    const a = literal.charCodeAt(i - 1);
    const b = literal.charCodeAt(i);
    if (a < 128 && b < 128) out.push((a << 7) | b);
  }
  return out;
}

const UNKNOWN = -2;
const DROPPED = -1;

/**
 * obscenity's blacklist transformation of `input`, the text its expressions run on: each code
 * point through the simple transformers (confusables, leetspeak, lower case; memoised, as they
 * are pure) and then the stateful one (collapsing repeats), exactly as TransformerSet applies them.
 * The collapsing is done here, with the transformer's own thresholds by table: its map lookup
 * per character was a quarter of the pre-check.
 */
export class BlacklistTransform {
  private readonly simple: ((c: number) => number | undefined)[] = [];
  /**
   * Per BMP code point, how many repeats in a row are kept (the collapser's thresholds): bytes
   * when every threshold fits in one (the English preset's are 1 and 2), as the table is in the
   * startup snapshot (8 bytes each made it 512 KB of it, about 2 ms of every start).
   */
  private readonly keep: Uint8Array | Float64Array;
  private readonly keepOther: (c: number) => number;
  private readonly memo = new Map<number, number | undefined>();
  /**
   * The same for the BMP, by table (a draft's every character is looked up): UNKNOWN, DROPPED or
   * the result, in blocks of 256 code points made as a text first needs one (a draft uses a few).
   */
  private readonly bmp: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(0x100).fill(undefined);

  constructor(transformers: TransformerContainer[]) {
    const last = transformers[transformers.length - 1];
    // The shape of the English preset; anything else would need TransformerSet's general loop.
    if (!last || !('factory' in last) || transformers.slice(0, -1).some((t) => !('transform' in t)))
      throw new Error('obscenity transformers: expected simple ones then one stateful one');
    for (const t of transformers.slice(0, -1)) if ('transform' in t) this.simple.push(t.transform);
    const { defaultThreshold, customThresholds } = collapser(last.factory());
    const bytes = [defaultThreshold, ...customThresholds.values()].every((n) => Number.isInteger(n) && n >= 0 && n <= 0xff);
    this.keep = bytes ? new Uint8Array(0x10000) : new Float64Array(0x10000);
    this.keep.fill(defaultThreshold);
    for (const [c, n] of customThresholds) if (c < 0x10000) this.keep[c] = n;
    this.keepOther = (c) => customThresholds.get(c) ?? defaultThreshold;
  }

  private mapped(c: number): number | undefined {
    if (c < 0x10000) {
      const block = (this.bmp[c >> 8] ??= new Int32Array(0x100).fill(UNKNOWN));
      const known = block[c & 0xff]!;
      if (known !== UNKNOWN) return known === DROPPED ? undefined : known;
      const out = this.applySimple(c);
      block[c & 0xff] = out === undefined ? DROPPED : out;
      return out;
    }
    if (this.memo.has(c)) return this.memo.get(c);
    const out = this.applySimple(c);
    // A text of many distinct characters (a page of emoji) must not keep a map of all of them.
    if (this.memo.size >= 65_536) this.memo.clear();
    this.memo.set(c, out);
    return out;
  }

  private applySimple(c: number): number | undefined {
    let out: number | undefined = c;
    for (let i = 0; i < this.simple.length && out !== undefined; i++) out = this.simple[i]!(out);
    return out;
  }

  // Reused between calls: the transformed text is built in code units, then made a string once.
  private buffer = new Uint16Array(1024);

  apply(input: string): string {
    if (this.buffer.length < input.length * 2) this.buffer = new Uint16Array(input.length * 2);
    const out = this.buffer;
    let n = 0;
    let last = -1;
    let remaining = -1;
    for (let i = 0; i < input.length; i++) {
      let c = input.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          c = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      const t = this.mapped(c);
      if (t === undefined) continue;
      if (t === last) {
        if (remaining-- <= 0) continue;
      } else {
        const keep = t < 0x10000 ? this.keep[t]! : this.keepOther(t);
        remaining = keep - 1;
        last = t;
        if (keep <= 0) continue;
      }
      if (t > 0xffff) {
        out[n++] = 0xd800 + ((t - 0x10000) >> 10);
        out[n++] = 0xdc00 + ((t - 0x10000) & 0x3ff);
      } else out[n++] = t;
    }
    let text = '';
    // In slices: fromCharCode takes its arguments on the stack. Passed with apply, not spread:
    // spreading a typed array walks its iterator, seven times slower.
    for (let from = 0; from < n; from += 8192)
      text += String.fromCharCode.apply(null, out.subarray(from, Math.min(n, from + 8192)) as unknown as number[]);
    return text;
  }
}

/** The English preset's last transformer, obscenity's CollapseDuplicatesTransformer, and its settings. */
function collapser(t: StatefulTransformer): { defaultThreshold: number; customThresholds: Map<number, number> } {
  const { defaultThreshold, customThresholds } = t as unknown as { defaultThreshold?: unknown; customThresholds?: unknown };
  if (typeof defaultThreshold !== 'number' || !(customThresholds instanceof Map))
    throw new Error('obscenity transformers: expected the collapse-duplicates transformer last');
  return { defaultThreshold, customThresholds: customThresholds as Map<number, number> };
}

export class ObscenityMatcher {
  private readonly dataset = englishDataset.build();
  private readonly transform = new BlacklistTransform(englishRecommendedTransformers.blacklistMatcherTransformers ?? []);
  private readonly terms: Term[] = this.dataset.blacklistedTerms.map((t) => {
    const literal = longestLiteral(t.pattern);
    return { literal, pairs: asciiPairs(literal), expression: patternExpression(t.pattern) };
  });
  private full: RegExpMatcher | undefined;
  // Which pairs of ASCII characters the current text holds: seen[pair] === stamp. The stamp
  // changes per text, so the table is never cleared.
  private readonly seen = new Uint32Array(128 * 128);
  private stamp = 0;

  /** Whether any term's expression matches the transformed text: the full matcher can only find something then. */
  couldMatch(input: string): boolean {
    const transformed = this.transform.apply(input);
    const stamp = (this.stamp = (this.stamp + 1) >>> 0 || 1);
    for (let i = 1, prev = transformed.charCodeAt(0); i < transformed.length; i++) {
      const c = transformed.charCodeAt(i);
      if (prev < 128 && c < 128) this.seen[(prev << 7) | c] = stamp;
      prev = c;
    }
    // Checking a literal's pairs first spares ~120 substring searches a draft.
    next: for (const term of this.terms) {
      for (const p of term.pairs) if (this.seen[p] !== stamp) continue next;
      if (term.literal && !transformed.includes(term.literal)) continue;
      term.expression.lastIndex = 0;
      if (term.expression.test(transformed)) return true;
    }
    return false;
  }

  /** What `RegExpMatcher.getAllMatches(input, true)` returns for the English dataset and transformers. */
  getAllMatches(input: string): MatchPayload[] {
    if (!this.couldMatch(input)) return [];
    this.full ??= new RegExpMatcher({ ...this.dataset, ...englishRecommendedTransformers });
    return this.full.getAllMatches(input, true);
  }
}
