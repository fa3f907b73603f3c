// A list of phrases, matched without a regular expression. V8 compiles a regex of ~70
// case-insensitive alternatives in about 0.5 ms on its first use (with ~70 lexicon lists, a
// seventh of a one-draft run), and running ~70 of them over every draft was a sixth of a
// large run. Here a draft's words are looked up once in a vocabulary shared by all lists, and
// each list then reads its candidates by word. A PhraseSet finds exactly the matches of the
// expression from phraseSource() (same start rule, longest-first choice, whitespace runs,
// apostrophes, `*` endings, case folding): that is its definition, and
// test/equivalence/phrase-set.test.ts compares the two.

export interface Match {
  start: number;
  end: number;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Letters of the Latin, Greek and Cyrillic scripts, spelled out: a pattern with the `u` flag
// and \p{L} runs every exec through a slow path in V8 (about 10 ms per lexicon per draft
// instead of 0.01 ms), and lexicons are English words whose neighbours are in these scripts.
const LETTER = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';
const MARK = '\\u0300-\\u036F';

/**
 * The regular expression that defines a phrase list's matches (with flags `gi`): longest first,
 * whitespace runs, ' for either apostrophe, `*` endings, whole words only. Linear-time:
 * alternation of literals with no nested quantifiers. `flags`: the flags it will be used with.
 */
export function phraseSource(phrases: string[], flags = 'gi'): string {
  const ascii: string[] = [];
  const other: string[] = [];
  for (const p of orderedPhrases(phrases)) {
    const wild = p.endsWith('*');
    const body = escape(wild ? p.slice(0, -1) : p)
      .replace(/\s+/g, '\\s+')
      .replace(/'/g, "['’]");
    (/^[A-Za-z0-9_]/.test(p) ? ascii : other).push(wild ? `${body}[${LETTER}${MARK}]*` : body);
  }
  if (!ascii.length && !other.length) return '(?!)';
  // Phrases that start with an ASCII word character also get \b, which the lookbehind implies
  // for them: V8 checks \b far faster, and skips most positions (about 40% less time). Not
  // with both `i` and `u` (8 times slower there: docs/architecture.md, "Regular expressions").
  // The two groups cannot both match at one position (their first characters differ), so the
  // longest-first order within each is the order overall.
  const start = `(?<![${LETTER}0-9_])`;
  const fastStart = flags.includes('i') && flags.includes('u') ? start : `\\b${start}`;
  const groups = [
    ...(ascii.length ? [`${fastStart}(?:${ascii.join('|')})`] : []),
    ...(other.length ? [`${start}(?:${other.join('|')})`] : []),
  ];
  return `(?:${groups.join('|')})(?![${LETTER}${MARK}0-9_])`;
}

// The character classes of phraseSource(): LETTER and MARK there, spelled as code ranges.
function inLetterRanges(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return (
    c === 0xaa ||
    c === 0xb5 ||
    c === 0xba ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x4ff) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}
const inMarkRange = (c: number) => c >= 0x300 && c <= 0x36f;

// Under the `i` flag a class also holds every character that folds like one of its members
// ("ɓ" folds to "Ɓ", which is in LETTER): the folded forms of the members, made once.
function foldedMembers(member: (c: number) => boolean): Set<number> {
  const out = new Set<number>();
  for (let c = 0x80; c <= 0x1eff; c++) if (member(c)) out.add(fold(c));
  return out;
}
let foldedLetters: Set<number> | undefined;
let foldedMarks: Set<number> | undefined;
function isLetter(c: number): boolean {
  if (c < 0x80 || inLetterRanges(c)) return inLetterRanges(c);
  return (foldedLetters ??= foldedMembers(inLetterRanges)).has(fold(c));
}
function isMark(c: number): boolean {
  if (c < 0x80 || inMarkRange(c)) return inMarkRange(c);
  return (foldedMarks ??= foldedMembers(inMarkRange)).has(fold(c));
}
const isDigitOrUnderscore = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x5f;
/** Cannot precede a match: the lookbehind [LETTER 0-9 _]. */
const joinsBefore = (c: number) => isLetter(c) || isDigitOrUnderscore(c);
/** Cannot follow a match: the lookahead [LETTER MARK 0-9 _]; also what a phrase's first word is made of. */
const isWordChar = (c: number) => isLetter(c) || isMark(c) || isDigitOrUnderscore(c);
/** A `*` ending: [LETTER MARK]*. */
const extendsWord = (c: number) => isLetter(c) || isMark(c);
/** JavaScript's \s. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
// isWordChar and isSpace for ASCII by table, for the scan of every text.
const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, c) => (isWordChar(c) ? 1 : 0));
const ASCII_SPACE = Uint8Array.from({ length: 0x80 }, (_, c) => (isSpace(c) ? 1 : 0));
/** isWordChar, ASCII by table. */
const wordChar = (c: number) => (c < 0x80 ? ASCII_WORD[c] === 1 : isWordChar(c));
/** joinsBefore, ASCII by table: no ASCII character is a mark, so there it is wordChar. */
const joins = (c: number) => (c < 0x80 ? ASCII_WORD[c] === 1 : joinsBefore(c));

// Case folding as a case-insensitive, non-unicode RegExp does it (Canonicalize in ECMA-262):
// upper case when that is one code unit, and never from outside ASCII into it.
const foldCache = new Map<number, number>();
function fold(c: number): number {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
  let f = foldCache.get(c);
  if (f === undefined) {
    const u = String.fromCharCode(c).toUpperCase();
    f = u.length === 1 && u.charCodeAt(0) >= 0x80 ? u.charCodeAt(0) : c;
    foldCache.set(c, f);
  }
  return f;
}
function foldString(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) ascii = s.charCodeAt(i) < 0x80;
  if (ascii) return s.toUpperCase();
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(fold(s.charCodeAt(i)));
  return out;
}

const SPACE = -1;
const APOSTROPHE = -2;

interface Phrase {
  /** Position in longest-first order: where phrases compete at one place, the lowest wins. */
  rank: number;
  /** Units in its first word: where the lookup found the word, these are known to match. */
  head: number;
  /** Folded code units; SPACE for a run of whitespace, APOSTROPHE for ' or ’. */
  units: number[];
  /** Ends in `*`: any further letters. */
  wild: boolean;
}

/** The length of a phrase's first word: the characters up to the first that is not a word character. */
function headLength(p: string): number {
  let n = 0;
  while (n < p.length && isWordChar(p.charCodeAt(n))) n++;
  return n;
}

/** Phrases in the order their expression tries them: trimmed, unique, longest first. */
function orderedPhrases(phrases: string[]): string[] {
  return [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
}

/**
 * Words are looked up by at most this many characters. No list's first word is longer (a list
 * that has one is searched with its expression), and a run of letters and combining marks,
 * where every letter after a mark may start a phrase, costs the run's length per start only
 * up to here, not quadratic time and memory.
 */
const MAX_KEY = 64;

// Every list's first words share one vocabulary, so a text's words are looked up once however
// many lists then search it, and each list is handed its candidates.
const vocabulary = new Map<string, number>();
const vocabularyKeys: string[] = [];
const wildHeads = new Map<string, number>();
const wildKeys: string[] = [];

/**
 * The vocabulary by a hash of its folded code units, computed from a text's characters without
 * a string (a slice, a fold and a Map's hash per word were slower): open addressing, ids + 1 (0:
 * empty) and the hashes beside them. Small enough to stay in the processor's cache between
 * drafts, where walking a tree of every first word down its characters missed it at each step
 * (one 10k-draft profile each: the look-ups 0.35 s -> 0.31 s, the scanner 1.58 s -> 1.43 s).
 */
let vocabSlots = new Int32Array(1024);
let vocabHashes = new Int32Array(1024);
let vocabShift = 32 - 10;

const HASH_MULTIPLIER = 31;
/** Where hash h is first looked for: its top bits, mixed. */
const slotOf = (h: number) => Math.imul(h, 0x9e3779b1) >>> vocabShift;

function hashOfKey(key: string): number {
  let h = 0;
  for (let k = 0; k < key.length; k++) h = (Math.imul(h, HASH_MULTIPLIER) + key.charCodeAt(k)) | 0;
  return h;
}

function placeInVocabulary(id: number, h: number): void {
  const mask = vocabSlots.length - 1;
  let s = slotOf(h);
  while (vocabSlots[s] !== 0) s = (s + 1) & mask;
  vocabSlots[s] = id + 1;
  vocabHashes[s] = h;
}

/** The vocabulary id of `key` (folded), added if new. */
function vocabularyId(key: string): number {
  const known = vocabulary.get(key);
  if (known !== undefined) return known;
  const id = idOf(vocabulary, vocabularyKeys, key);
  // At most half full.
  if (vocabulary.size * 2 > vocabSlots.length) {
    vocabSlots = new Int32Array(vocabSlots.length * 2);
    vocabHashes = new Int32Array(vocabSlots.length);
    vocabShift--;
    for (let other = 0; other < vocabularyKeys.length; other++) placeInVocabulary(other, hashOfKey(vocabularyKeys[other]!));
  } else placeInVocabulary(id, hashOfKey(key));
  return id;
}

/** The vocabulary id of text[start, end), whose folded units hash to h; -1 if none. */
function vocabularyIdAt(text: string, start: number, end: number, h: number): number {
  const mask = vocabSlots.length - 1;
  for (let s = slotOf(h); ; s = (s + 1) & mask) {
    const e = vocabSlots[s]!;
    if (e === 0) return -1;
    if (vocabHashes[s] !== h) continue;
    const key = vocabularyKeys[e - 1]!;
    if (key.length === end - start && sameFolded(key, text, start)) return e - 1;
  }
}

/** The folded word at text[start] is `key` (a word's characters are word characters). */
function sameFolded(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (foldWordUnit(text.charCodeAt(start + k)) !== key.charCodeAt(k)) return false;
  return true;
}

/** fold() of a word character: a-z, the only ASCII ones from 0x61, to A-Z. */
const foldWordUnit = (c: number) => (c < 0x80 ? (c >= 0x61 ? c - 0x20 : c) : fold(c));

/**
 * The `*` words as a tree of folded code units. A word is looked up by walking its characters,
 * which passes every `*` word it begins with on the way. Nodes are numbers. A folded ASCII
 * word character (0-9, A-Z, _: 0x30 to 0x5F, a slot) finds its child in the node's row of a
 * flat table once the node has two such children, and before then in the node's one-child
 * fields; any other character in a map. Most nodes, deep in a word, have one child: a row for
 * every node made the table 1.57 MB of the startup snapshot (about 5 ms of every start from it).
 */
const SLOTS = 0x30;
let rows = new Int32Array(SLOTS * 256);
let rowCount = 0;
/**
 * Per node, side by side in one table (a step down the tree reads one place, not one array per
 * field: with the ASCII tables of wordChar() and joins(), 14% less time over the searches of 1k
 * drafts, recorded and replayed): its row in `rows` (-1: none); until it has one, its one ASCII
 * child's slot (-1: none) and the child; the `*` word that ends there (-1: none).
 */
const FIELDS = 4;
const ROW = 0;
const SLOT = 1;
const CHILD = 2;
const WILD = 3;
let nodes = Int32Array.of(-1, -1, 0, -1);
let nodeCount = 1;
const otherChildren: (Map<number, number> | undefined)[] = [undefined];

/** The child of `node` by slot; 0 (the root, never a child) if none. */
function asciiChild(node: number, slot: number): number {
  const at = node * FIELDS;
  const row = nodes[at + ROW]!;
  if (row >= 0) return rows[row * SLOTS + slot]!;
  return nodes[at + SLOT] === slot ? nodes[at + CHILD]! : 0;
}

function setAsciiChild(node: number, slot: number, next: number): void {
  const at = node * FIELDS;
  let row = nodes[at + ROW]!;
  if (row < 0) {
    if (nodes[at + SLOT] === -1) {
      nodes[at + SLOT] = slot;
      nodes[at + CHILD] = next;
      return;
    }
    row = nodes[at + ROW] = rowCount++;
    if (rowCount * SLOTS > rows.length) {
      const grown = new Int32Array(rows.length * 2);
      grown.set(rows);
      rows = grown;
    }
    rows[row * SLOTS + nodes[at + SLOT]!] = nodes[at + CHILD]!;
  }
  rows[row * SLOTS + slot] = next;
}

/** A new node, with no child and no word. */
function newNode(): number {
  if ((nodeCount + 1) * FIELDS > nodes.length) {
    const grown = new Int32Array(Math.max(nodes.length * 2, 1024 * FIELDS));
    grown.set(nodes);
    nodes = grown;
  }
  nodes.set([-1, -1, 0, -1], nodeCount * FIELDS);
  otherChildren.push(undefined);
  return nodeCount++;
}

/** The child of `node` for folded code unit c; 0 if none. */
function child(node: number, c: number): number {
  if (c < 0x80) {
    const slot = c - 0x30;
    return slot >= 0 && slot < SLOTS ? asciiChild(node, slot) : 0;
  }
  return otherChildren[node]?.get(c) ?? 0;
}

function trieNode(key: string): number {
  let node = 0;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    let next = child(node, c);
    if (next === 0) {
      next = newNode();
      if (c < 0x80) setAsciiChild(node, c - 0x30, next);
      else (otherChildren[node] ??= new Map()).set(c, next);
    }
    node = next;
  }
  return node;
}

/** A text's words, looked up in the vocabulary: where each may start a phrase, and what it is. */
interface TextIndex {
  text: string;
  starts: number[];
  runEnds: number[];
  /** The words' vocabulary ids (-1: in no list). */
  ids: number[];
  /** Ids of the `*` words each word begins with. */
  wild: (number[] | undefined)[];
  /** Characters that are neither word characters nor whitespace: where '#ad' or '£' may start. */
  marks: number[];
  /** Each list's candidates here, by list number: the words that may start one of its phrases. */
  byList: (Candidates | undefined)[];
  /** The same with the list's marks, once a list has searched here: lists take turns on a text. */
  ready: (Candidates | undefined)[];
  /** How much of the vocabulary, of the `*` words and of the lists the index has seen. */
  seenWords: number;
  seenHeads: number;
  seenLists: number;
  /** Folded words, and words by folded word and by first code unit: made when lists load after the text was indexed. */
  keys: string[] | undefined;
  byKey: Map<string, number[]> | undefined;
  byFirst: Map<number, number[]> | undefined;
}

/** A list's candidates in a text: its words (index and start) and its marks, in order. */
interface Candidates {
  words: number[];
  starts: number[];
  marks: number[];
}
const NO_CANDIDATES: Candidates = { words: [], starts: [], marks: [] };

// The lists each vocabulary word and each `*` word belongs to, by list number: a text's words
// hand each list its candidates in one pass, instead of every list reading every word.
const listsOfWord: number[][] = [];
const listsOfWild: number[][] = [];
let listCount = 0;

// Rules search a draft's prose many times, and sentences or snippets of it now and then: short
// texts have their own few places, so they do not push the prose out.
const recentProse: TextIndex[] = [];
const recentSnippets: TextIndex[] = [];

function indexText(text: string): TextIndex {
  const recent = text.length >= 256 ? recentProse : recentSnippets;
  for (const t of recent) if (t.text === text) return upToDate(t);
  const t: TextIndex = {
    text,
    starts: [],
    runEnds: [],
    ids: [],
    wild: [],
    marks: [],
    byList: [],
    ready: [],
    seenWords: vocabulary.size,
    seenHeads: wildHeads.size,
    seenLists: listCount,
    keys: undefined,
    byKey: undefined,
    byFirst: undefined,
  };
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? ASCII_WORD[c] === 0 : !isWordChar(c)) {
      if (c < 0x80 ? ASCII_SPACE[c] === 0 : !isSpace(c)) t.marks.push(i);
      i++;
      continue;
    }
    // A run of word characters starts a word, and so does each of its characters after one
    // that does not join (a combining mark): never the case in an ASCII run.
    let runEnd = i + 1;
    let ascii = c < 0x80;
    for (; runEnd < n; runEnd++) {
      const d = text.charCodeAt(runEnd);
      if (d < 0x80) {
        if (ASCII_WORD[d] === 0) break;
      } else if (isWordChar(d)) ascii = false;
      else break;
    }
    addStart(t, i, runEnd);
    if (!ascii) for (let k = i + 1; k < runEnd; k++) if (!joinsBefore(text.charCodeAt(k - 1))) addStart(t, k, runEnd);
    i = runEnd;
  }
  recent.unshift(t);
  if (recent.length > 3) recent.pop();
  return t;
}

function addStart(t: TextIndex, start: number, runEnd: number): void {
  t.starts.push(start);
  t.runEnds.push(runEnd);
  lookUp(t, t.starts.length - 1);
}

/**
 * Looks up word w's `*` words by walking its folded characters down their tree (keys are at most
 * MAX_KEY long, so the walk stops there at the latest) and its vocabulary id by hash (no word
 * longer than MAX_KEY has one), and adds it to the candidates of their lists.
 */
function lookUp(t: TextIndex, w: number): void {
  const text = t.text;
  const start = t.starts[w]!;
  const end = t.runEnds[w]!;
  let node = 0;
  let heads: number[] | undefined;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    // An ASCII word character folds to a slot of the flat table: a-z to A-Z, 0-9 and _ as they are.
    node = c < 0x80 ? asciiChild(node, c >= 0x61 ? c - 0x50 : c - 0x30) : child(node, fold(c));
    if (node === 0) break;
    const wild = nodes[node * FIELDS + WILD]!;
    if (wild >= 0) (heads ??= []).push(wild);
  }
  let id = -1;
  if (end - start <= MAX_KEY) {
    let h = 0;
    for (let k = start; k < end; k++) h = (Math.imul(h, HASH_MULTIPLIER) + foldWordUnit(text.charCodeAt(k))) | 0;
    id = vocabularyIdAt(text, start, end, h);
  }
  t.ids.push(id);
  t.wild.push(heads);
  if (id >= 0) for (const no of listsOfWord[id]!) addCandidate(t, no, w);
  if (heads) for (const h of heads) for (const no of listsOfWild[h]!) addCandidate(t, no, w);
}

/** Adds list `no` to the lists of word `id`, once. */
function register(lists: number[][], id: number, no: number): void {
  const of = (lists[id] ??= []);
  if (of[of.length - 1] !== no) of.push(no);
}

function addCandidate(t: TextIndex, no: number, w: number): void {
  let c = t.byList[no];
  if (!c) t.byList[no] = c = { words: [], starts: [], marks: [] };
  // Words come in order, and one word may reach a list by its id and by `*` words.
  else if (c.words[c.words.length - 1] === w) return;
  c.words.push(w);
  c.starts.push(t.starts[w]!);
}

/**
 * Lists load as rules first use them, mostly while the first draft is searched: a text indexed
 * before then looks up only the words and lists added since (walking every word again for each
 * new list slowed a one-draft run).
 */
function upToDate(t: TextIndex): TextIndex {
  if (t.seenLists === listCount) return t;
  if (t.seenWords < vocabulary.size || t.seenHeads < wildHeads.size) {
    if (!t.keys || !t.byKey || !t.byFirst) {
      // A word's key keeps at most MAX_KEY characters and one more, which no vocabulary entry equals.
      t.keys = t.starts.map((start, w) => foldString(t.text.slice(start, Math.min(t.runEnds[w]!, start + MAX_KEY + 1))));
      t.byKey = new Map();
      t.byFirst = new Map();
      for (let w = 0; w < t.keys.length; w++) {
        push(t.byKey, t.keys[w]!, w);
        push(t.byFirst, t.keys[w]!.charCodeAt(0), w);
      }
    }
    for (let id = t.seenWords; id < vocabulary.size; id++) for (const w of t.byKey.get(vocabularyKeys[id]!) ?? []) t.ids[w] = id;
    for (let h = t.seenHeads; h < wildHeads.size; h++) {
      const head = wildKeys[h]!;
      for (const w of t.byFirst.get(head.charCodeAt(0)) ?? []) if (t.keys[w]!.startsWith(head)) (t.wild[w] ??= []).push(h);
    }
  }
  // New vocabulary belongs to new lists only; known words may belong to new lists too.
  for (let w = 0; w < t.starts.length; w++) {
    const id = t.ids[w]!;
    if (id >= 0) for (const no of listsOfWord[id]!) if (no >= t.seenLists) addCandidate(t, no, w);
    const heads = t.wild[w];
    if (heads) for (const h of heads) for (const no of listsOfWild[h]!) if (no >= t.seenLists) addCandidate(t, no, w);
  }
  t.seenWords = vocabulary.size;
  t.seenHeads = wildHeads.size;
  t.seenLists = listCount;
  return t;
}

function idOf(map: Map<string, number>, keys: string[], key: string): number {
  let id = map.get(key);
  if (id === undefined) {
    map.set(key, (id = keys.length));
    keys.push(key);
  }
  return id;
}

/** First index in sorted xs whose value is at least x. */
function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class PhraseSet {
  readonly flags = 'gi';
  private byWord: Map<string, Phrase[]> | undefined;
  /** The same lists by vocabulary id. */
  private byId: (Phrase[] | undefined)[] = [];
  /** A first word's phrases, by what follows the word (nextKey()): only lists of many phrases. */
  private byIdNext: (Map<number, Phrase[]> | undefined)[] = [];
  private byWildId: (Phrase[] | undefined)[] = [];
  /** Single words ending in `*`, by their first folded code unit. */
  private wildWords = new Map<number, Phrase[]>();
  /** Phrases that start with a character that is not a word character ('#', '£', ...). */
  private byMark = new Map<number, Phrase[]>();
  /** Candidates in the text this list last searched: a list searches one text many times. */
  private candidatesOf: TextIndex | undefined;
  /** This list's number among the indexed lists. */
  private no = -1;
  /** The last text in which this list has no candidate at all. */
  private noneIn: string | undefined;
  private lastCandidates: Candidates | undefined;

  private sourceText: string | undefined;
  private expression: RegExp | undefined;

  constructor(private readonly phrases: string[]) {}

  /** The defining expression's source. */
  get source(): string {
    return (this.sourceText ??= phraseSource(this.phrases));
  }

  /** The source for embedding in a larger pattern with these flags. */
  sourceFor(flags: string): string {
    return phraseSource(this.phrases, flags);
  }

  private index(): Map<string, Phrase[]> {
    if (this.byWord) return this.byWord;
    const byWord = new Map<string, Phrase[]>();
    const ids: [number, Phrase][] = [];
    const wildIds: [number, Phrase][] = [];
    const ordered = orderedPhrases(this.phrases);
    // A first word longer than the vocabulary's keys (a user's 65-letter word): the expression.
    if (ordered.some((p) => headLength(p) > MAX_KEY)) {
      this.expression = new RegExp(this.source, this.flags);
      return (this.byWord = byWord);
    }
    ordered.forEach((p, rank) => {
      const wild = p.endsWith('*');
      const body = wild ? p.slice(0, -1) : p;
      const units: number[] = [];
      for (let i = 0; i < body.length; i++) {
        const c = body.charCodeAt(i);
        if (isSpace(c)) {
          if (units[units.length - 1] !== SPACE) units.push(SPACE);
        } else units.push(c === 0x27 ? APOSTROPHE : fold(c));
      }
      const head = headLength(body);
      const phrase: Phrase = { rank, head, units, wild };
      if (head === 0) {
        if (units[0] === APOSTROPHE) [0x27, 0x2019].forEach((c) => push(this.byMark, c, phrase));
        else push(this.byMark, units[0]!, phrase);
      } else if (wild && head === body.length) {
        push(this.wildWords, units[0]!, phrase);
        const key = foldString(body);
        const id = idOf(wildHeads, wildKeys, key);
        // The node first: trieNode() may grow `nodes`, which an assignment reads before its index.
        const node = trieNode(key);
        nodes[node * FIELDS + WILD] = id;
        wildIds.push([id, phrase]);
      } else {
        const key = foldString(body.slice(0, head));
        push(byWord, key, phrase);
        ids.push([vocabularyId(key), phrase]);
      }
    });
    // Filled arrays as long as the vocabulary, so that reads by id stay fast.
    this.byId = new Array<Phrase[] | undefined>(vocabulary.size).fill(undefined);
    for (const [id, phrase] of ids) (this.byId[id] ??= []).push(phrase);
    this.byIdNext = this.byId.map((list) => (list && list.length >= NARROW_FROM ? byNext(list) : undefined));
    this.byWildId = new Array<Phrase[] | undefined>(wildHeads.size).fill(undefined);
    for (const [id, phrase] of wildIds) (this.byWildId[id] ??= []).push(phrase);
    // Registered from the list's own words, not by reading the vocabulary-long arrays: at start-up
    // this code is not yet optimised, and 140 lists times the whole vocabulary adds up.
    this.no = listCount++;
    for (const [id] of ids) register(listsOfWord, id, this.no);
    for (const [id] of wildIds) register(listsOfWild, id, this.no);
    return (this.byWord = byWord);
  }

  /** Matches in text[from, to), as allMatches() with the expression would give them. */
  find(text: string, from: number, to: number): Match[] {
    const byWord = this.byWord ?? this.index();
    if (this.expression) return execAll(this.expression, text, from, to);
    const cutStart = cutAtStart(text, from, to);
    const cutEnd = cutAtEnd(text, from, to);
    // Rules search one draft sentence by sentence, and most sentences hold none of a list's
    // first words (most drafts none at all): then only a slice's cut ends could match.
    if (!cutStart && !cutEnd) {
      if (text === this.noneIn) return [];
      const known = this.candidatesOf?.text === text ? this.lastCandidates : undefined;
      if (known && noneWithin(known.starts, from, to) && noneWithin(known.marks, from, to)) return [];
    }
    const t = indexText(text);
    const c = this.candidates(t);
    const out: Match[] = [];
    let lastEnd = from;
    // The slice's first character starts a match even inside a word (where the index has none).
    if (cutStart) {
      let runEnd = from + 1;
      while (runEnd < to && wordChar(text.charCodeAt(runEnd))) runEnd++;
      const end = this.longestAt(text, from, runEnd, to, byWord);
      if (end > from) {
        out.push({ start: from, end, text: text.slice(from, end) });
        lastEnd = end;
      }
    }
    // Words the slice cuts short (the last ones before `to`) are looked up as cut.
    let cut = 0;
    let cutTo = 0;
    if (cutEnd) {
      cut = cutTo = lowerBound(t.starts, to);
      while (cut > 0 && t.runEnds[cut - 1]! > to && t.starts[cut - 1]! >= from) cut--;
    }
    if (!c.starts.length && !c.marks.length && cut === cutTo) return out;
    let a = from === 0 ? 0 : lowerBound(c.starts, from);
    let m = c.marks.length ? lowerBound(c.marks, from) : 0;
    for (;;) {
      const whole = a < c.starts.length && c.starts[a]! < to && t.runEnds[c.words[a]!]! <= to;
      const word = whole ? c.starts[a]! : cut < cutTo ? t.starts[cut]! : to;
      const mark = m < c.marks.length && c.marks[m]! < to ? c.marks[m]! : to;
      if (word === to && mark === to) break;
      let at: number;
      let end: number;
      if (mark < word) {
        m++;
        at = mark;
        end =
          mark >= lastEnd && (mark === from || !joinsBefore(text.charCodeAt(mark - 1)))
            ? best(this.byMark.get(fold(text.charCodeAt(mark)))!, text, mark, to, false)
            : -1;
      } else if (whole) {
        at = word;
        end = word >= lastEnd ? this.indexedAt(t, c.words[a]!, to) : -1;
        a++;
      } else {
        at = word;
        end = word >= lastEnd ? this.longestAt(text, word, to, to, byWord) : -1;
        cut++;
      }
      if (end > at) {
        out.push({ start: at, end, text: text.slice(at, end) });
        lastEnd = end;
      }
    }
    return out;
  }

  /** The words of an indexed text that may start one of this list's phrases, and the marks. */
  private candidates(t: TextIndex): Candidates {
    if (this.candidatesOf === t && this.lastCandidates) return this.lastCandidates;
    let c = t.ready[this.no];
    if (c) {
      this.candidatesOf = t;
      return (this.lastCandidates = c);
    }
    c = t.byList[this.no] ?? NO_CANDIDATES;
    if (this.byMark.size) {
      const marks: number[] = [];
      for (const p of t.marks) if (this.byMark.has(fold(t.text.charCodeAt(p)))) marks.push(p);
      if (marks.length) c = { words: c.words, starts: c.starts, marks };
    }
    this.candidatesOf = t;
    // A list's candidates in a text never change: lists loaded later add only their own words.
    if (!c.starts.length && !c.marks.length) this.noneIn = t.text;
    t.ready[this.no] = c;
    return (this.lastCandidates = c);
  }

  /** The end of the match at the text index's word w; -1 if none. */
  private indexedAt(t: TextIndex, w: number, to: number): number {
    const i = t.starts[w]!;
    const id = t.ids[w]!;
    let list = id >= 0 ? this.byId[id] : undefined;
    const next = list && this.byIdNext[id];
    if (next) {
      const key = nextKey(t.text, i + list![0]!.head, to);
      if (!Number.isNaN(key)) list = next.get(key) ?? next.get(ONLY_WORD)!;
    }
    let end = list ? best(list, t.text, i, to, true) : -1;
    const heads = t.wild[w];
    if (heads) {
      let rank = end >= 0 ? bestRank : Infinity;
      for (const h of heads) {
        for (const p of this.byWildId[h] ?? []) {
          if (p.rank >= rank) break;
          const e = matchAt(p, t.text, i, to, p.head);
          if (e >= 0) {
            rank = p.rank;
            end = e;
          }
        }
      }
    }
    return end;
  }

  /** The end of the match starting at i, whose first word is text[i, runEnd); -1 if none. */
  private longestAt(text: string, i: number, runEnd: number, to: number, byWord: Map<string, Phrase[]>): number {
    const list = runEnd - i <= MAX_KEY ? byWord.get(foldString(text.slice(i, runEnd))) : undefined;
    let end = list ? best(list, text, i, to, true) : -1;
    const wild = this.wildWords.get(fold(text.charCodeAt(i)));
    if (wild) {
      const rank = end >= 0 ? bestRank : Infinity;
      for (const p of wild) {
        if (p.rank >= rank) break;
        const e = matchAt(p, text, i, to, 0);
        if (e >= 0) {
          end = e;
          break;
        }
      }
    }
    return end;
  }
}

/** Every match of a global expression in text[from, to). */
export function execAll(re: RegExp, text: string, from: number, to: number): Match[] {
  const out: Match[] = [];
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** No value of sorted xs lies in [from, to). */
const noneWithin = (xs: number[], from: number, to: number) => {
  const i = lowerBound(xs, from);
  return i === xs.length || xs[i]! >= to;
};

/** The slice text[from, to) starts inside a word, where the text's index has no word start. */
const cutAtStart = (text: string, from: number, to: number) =>
  from > 0 && from < to && wordChar(text.charCodeAt(from)) && joins(text.charCodeAt(from - 1));
/** The slice ends inside a word: its last word is looked up as cut. */
const cutAtEnd = (text: string, from: number, to: number) =>
  to < text.length && to > from && wordChar(text.charCodeAt(to)) && wordChar(text.charCodeAt(to - 1));

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Phrases of one first word, split by what follows it: a list of many phrases ("the lot of
 * you", "the state of", ...) was tried phrase by phrase at every "the". A phrase's key is the
 * folded unit after its first word, or after the space there (the next word's first unit); a
 * phrase that is the word alone may match whatever follows, so it is in every part, in rank
 * order, and alone under ONLY_WORD. test/equivalence/phrase-set.test.ts compares the results.
 */
const NARROW_FROM = 4;
const ONLY_WORD = -10;
const AFTER_SPACE = 0x20000;
function byNext(list: Phrase[]): Map<number, Phrase[]> {
  const out = new Map<number, Phrase[]>([[ONLY_WORD, []]]);
  const keyOf = (p: Phrase) =>
    p.units.length === p.head ? ONLY_WORD : p.units[p.head] === SPACE ? AFTER_SPACE + p.units[p.head + 1]! : p.units[p.head]!;
  for (const p of list) {
    const key = keyOf(p);
    if (key !== ONLY_WORD && !out.has(key)) out.set(key, []);
  }
  // In rank order: the word alone joins every part.
  for (const p of list) {
    const key = keyOf(p);
    if (key === ONLY_WORD) for (const part of out.values()) part.push(p);
    else out.get(key)!.push(p);
  }
  return out;
}

/**
 * The key of what follows a first word ending at k, as byNext() keys phrases; ONLY_WORD where
 * no longer phrase can match (the slice ends). An apostrophe may be either kind of unit: then
 * no key (NaN), and the whole list is tried.
 */
function nextKey(text: string, k: number, to: number): number {
  if (k >= to) return ONLY_WORD;
  let c = text.charCodeAt(k);
  let key = 0;
  if (isSpace(c)) {
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (k >= to) return ONLY_WORD;
    c = text.charCodeAt(k);
    key = AFTER_SPACE;
  }
  if (c === 0x27 || c === 0x2019) return NaN;
  return key + fold(c);
}

/** The rank of the phrase best() last found: returned beside its end, without an object per call. */
let bestRank = Infinity;

/** The end of the first phrase of a rank-ordered list that matches at i, its rank in bestRank; -1 if none (`headKnown`: the text there is the list's first word). */
function best(list: Phrase[], text: string, i: number, to: number, headKnown: boolean): number {
  for (const p of list) {
    const end = matchAt(p, text, i, to, headKnown ? p.head : 0);
    if (end >= 0) {
      bestRank = p.rank;
      return end;
    }
  }
  return -1;
}

/**
 * Where phrase p, matched at i, ends (with nothing word-like after it); -1 if it does not
 * match. The first `known` units are known to match already.
 */
function matchAt(p: Phrase, text: string, i: number, to: number, known: number): number {
  let k = i + known;
  const units = p.units;
  for (let n = known; n < units.length; n++) {
    const u = units[n]!;
    if (k >= to) return -1;
    const c = text.charCodeAt(k);
    if (u === SPACE) {
      if (!isSpace(c)) return -1;
      while (k < to && isSpace(text.charCodeAt(k))) k++;
    } else if (u === APOSTROPHE) {
      if (c !== 0x27 && c !== 0x2019) return -1;
      k++;
    } else {
      if (fold(c) !== u) return -1;
      k++;
    }
  }
  if (p.wild) while (k < to && extendsWord(text.charCodeAt(k))) k++;
  return k < to && wordChar(text.charCodeAt(k)) ? -1 : k;
}
