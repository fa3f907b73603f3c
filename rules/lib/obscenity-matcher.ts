// The `obscenity` English matcher, run only on drafts where one of its terms could match.
//
// `getAllMatches` transforms the whole text twice (one object per character), runs ~120
// expressions over it and searches for ~70 whitelisted words: about 0.3 ms a draft, for drafts
// that are nearly all clean. Here the draft is transformed once, cheaply, with obscenity's own
// transformers, and each term's expression runs only if a run of characters every match of it
// holds is in the transformed text. Those runs are all found in one pass (an Aho-Corasick
// automaton over the transformed code units), and the transformed text is made a string only
// when some term's run is there (before: a table of character pairs, then up to ~120 substring
// searches a draft; the pre-check over the 10k bench's drafts 303 -> 151 ms). The full matcher
// runs when any expression matches, so its answer, whitelist included, is unchanged
// (test/equivalence/obscenity-matcher.test.ts holds it to that).
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
  /** A run of characters every match contains (a literal's or one across optional parts), or '' when there is none. */
  literal: string;
  /** The literal's index among the automaton's, or -1 (no literal: the expression always runs). */
  literalId: number;
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

/** A pattern's spellings, optional parts in or out, as runs of literal characters split at wildcards. */
function spellings(pattern: ParsedPattern): string[][] {
  let out: string[][] = [['']];
  const add = (runs: string[], node: Node): string[] =>
    node.kind === SyntaxKind.Literal
      ? [...runs.slice(0, -1), runs[runs.length - 1]! + String.fromCodePoint(...node.chars)]
      : node.kind === SyntaxKind.Wildcard
        ? [...runs, '']
        : add(runs, node.childNode);
  for (const node of pattern.nodes) {
    if (node.kind === SyntaxKind.Optional) out = [...out, ...out.map((runs) => add(runs, node))];
    else out = out.map((runs) => add(runs, node));
    if (out.length > 1024) throw new Error('obscenity pattern: too many optional parts');
  }
  return out;
}

// English letters by frequency: of two runs as long, the one of rarer letters is the better filter.
const COMMON_LETTERS = 'etaoinshrdlcumwfgypbvkjxqz';
const rarity = (run: string) => [...run].reduce((a, c) => a + (COMMON_LETTERS.indexOf(c) + 1 || 27), 0);

/**
 * The longest run of ASCII characters in every spelling of the pattern: whatever a match has
 * in place of optional parts and wildcards, it holds this run ("s(?:s)?e(?:e)?me(?:e)?n": "eme").
 */
export function requiredRun(pattern: ParsedPattern): string {
  const all = spellings(pattern);
  const candidates = new Set<string>();
  for (const run of all[0]!)
    for (let i = 0; i < run.length; i++)
      for (let j = i + 1; j <= run.length; j++) if (/^[\x00-\x7f]+$/.test(run.slice(i, j))) candidates.add(run.slice(i, j));
  let best = '';
  for (const c of candidates) {
    if (c.length < best.length || (c.length === best.length && rarity(c) <= rarity(best))) continue;
    if (all.every((runs) => runs.some((r) => r.includes(c)))) best = c;
  }
  return best;
}

/**
 * Finds which of a set of ASCII strings occur in a text of code units, in one pass: an
 * Aho-Corasick automaton as a dense table (rows of 32 per state; characters outside the
 * strings' alphabet go back to the start).
 */
class Runs {
  private readonly symbol = new Uint8Array(128);
  /** The next state's row (state * 32), by row + symbol: small, as it is in the startup snapshot. */
  private readonly next: Uint16Array;
  /** The strings ending at each state: ends[endsAt[state], endsAt[state + 1]). */
  private readonly endsAt: Uint16Array;
  private readonly ends: Uint16Array;

  constructor(strings: string[]) {
    let symbols = 1;
    for (const s of strings) for (let i = 0; i < s.length; i++) this.symbol[s.charCodeAt(i)] ||= symbols++;
    if (symbols > 32) throw new Error('obscenity terms: more than 31 characters in their runs');
    // The trie, then the failure links breadth first, which complete the table.
    const child: number[][] = [new Array<number>(32).fill(-1)];
    const out: number[][] = [[]];
    strings.forEach((s, id) => {
      let state = 0;
      for (let i = 0; i < s.length; i++) {
        const c = this.symbol[s.charCodeAt(i)]!;
        if (child[state]![c]! < 0) {
          child[state]![c] = child.length;
          child.push(new Array<number>(32).fill(-1));
          out.push([]);
        }
        state = child[state]![c]!;
      }
      out[state]!.push(id);
    });
    const fail = new Array<number>(child.length).fill(0);
    const queue: number[] = [];
    for (let c = 0; c < 32; c++) {
      const t = child[0]![c]!;
      if (t < 0) child[0]![c] = 0;
      else queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      out[state]!.push(...out[fail[state]!]!);
      for (let c = 0; c < 32; c++) {
        const t = child[state]![c]!;
        if (t < 0) child[state]![c] = child[fail[state]!]![c]!;
        else {
          fail[t] = child[fail[state]!]![c]!;
          queue.push(t);
        }
      }
    }
    // The other symbol (0) always leads back to the start.
    for (const row of child) row[0] = 0;
    if (child.length * 32 > 0xffff || strings.length > 0xffff) throw new Error('obscenity terms: too many states');
    this.next = new Uint16Array(child.length * 32);
    child.forEach((row, state) => row.forEach((t, c) => (this.next[state * 32 + c] = t * 32)));
    const flat: number[] = [];
    const endsAt: number[] = [];
    for (const ids of out) {
      endsAt.push(flat.length);
      flat.push(...new Set(ids));
    }
    endsAt.push(flat.length);
    this.endsAt = new Uint16Array(endsAt);
    this.ends = new Uint16Array(flat);
  }

  /** Marks found[id] = stamp for each string that occurs in units[0, n). */
  mark(units: Uint16Array, n: number, found: Uint32Array, stamp: number): void {
    const { symbol, next, endsAt, ends } = this;
    let row = 0;
    for (let i = 0; i < n; i++) {
      const c = units[i]!;
      row = c < 128 ? next[row + symbol[c]!]! : 0;
      const state = row >> 5;
      for (let k = endsAt[state]!, to = endsAt[state + 1]!; k < to; k++) found[ends[k]!] = stamp;
    }
  }
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
  buffer = new Uint16Array(1024);

  apply(input: string): string {
    return this.text(this.units(input));
  }

  /** The transformed text into `buffer`, as code units: how many. */
  units(input: string): number {
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
    return n;
  }

  /** The first n code units of `buffer` as a string. */
  text(n: number): string {
    const out = this.buffer;
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
  private readonly terms: Term[];
  private readonly runs: Runs;
  private full: RegExpMatcher | undefined;
  // Which terms' runs the current text holds: found[id] === stamp. The stamp changes per text,
  // so the table is never cleared.
  private readonly found: Uint32Array;
  private stamp = 0;

  constructor() {
    const literals: string[] = [];
    this.terms = this.dataset.blacklistedTerms.map((t) => {
      const literal = requiredRun(t.pattern);
      let literalId = literal ? literals.indexOf(literal) : -1;
      if (literal && literalId < 0) literalId = literals.push(literal) - 1;
      return { literal, literalId, expression: patternExpression(t.pattern) };
    });
    this.runs = new Runs(literals);
    this.found = new Uint32Array(literals.length);
  }

  /** Whether any term's expression matches the transformed text: the full matcher can only find something then. */
  couldMatch(input: string): boolean {
    const n = this.transform.units(input);
    const stamp = (this.stamp = (this.stamp + 1) >>> 0 || 1);
    this.runs.mark(this.transform.buffer, n, this.found, stamp);
    let transformed: string | undefined;
    for (const term of this.terms) {
      if (term.literalId >= 0 && this.found[term.literalId] !== stamp) continue;
      transformed ??= this.transform.text(n);
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
