import { describe, expect, it } from 'vitest';
import { phraseMatcher } from '../../rules/lib/lexicon.js';
import { execAll, PhraseSet, type Match } from '../../src/shared/scanners/phrase-set.js';
import { fixtureTexts, lexiconLists, rng } from '../helpers/equivalence.js';

// A PhraseSet must find exactly what its defining expression (phraseSource) finds with
// allMatches: every lexicon list, on every draft we have and on generated text built to hit
// the edges (case, apostrophes, whitespace, neighbours that do or do not join a word).

const regexMatches = (source: string, text: string, from: number, to: number): Match[] => execAll(new RegExp(source, 'gi'), text, from, to);

// Neighbours on either side of a phrase: ones that join a word (letters in and out of the
// listed scripts, characters that only case-fold into them, marks, digits, _), ones that do
// not, and whitespace of every kind \s knows.
const NEIGHBOURS = [...'aZé_7ɓⱥιKſİßσςµ\u0301\u0345ё字'].concat([
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2009',
  '\ufeff',
  '.',
  ',',
  "'",
  '’',
  '-',
  '#',
  '@',
  '😀',
  '(',
  '"',
]);
const SPACES = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', ' \u3000 '];

function variant(phrase: string, r: () => number): string {
  let s = phrase.replace(/\*$/, r() < 0.5 ? '' : ['s', 'ed', 'ing', 'é', '2', '_x'][Math.floor(r() * 6)]!);
  s = s.replace(/\s+/g, () => SPACES[Math.floor(r() * SPACES.length)]!);
  s = s.replace(/'/g, () => (r() < 0.5 ? "'" : '’'));
  s = [...s].map((c) => (r() < 0.3 ? c.toUpperCase() : r() < 0.3 ? c.toLowerCase() : c)).join('');
  if (r() < 0.15 && s.length > 2) s = s.slice(0, -1); // a near miss
  return s;
}

function generated(phrases: string[], seed: number, count: number): string[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let k = 0; k < 8; k++) {
      if (r() < 0.6) s += pick(NEIGHBOURS);
      s += variant(pick(phrases), r);
      if (r() < 0.4) s += variant(pick(phrases), r); // two phrases run together
      s += pick(NEIGHBOURS);
    }
    out.push(s);
  }
  return out;
}

describe('PhraseSet', () => {
  const lists = lexiconLists();
  const texts = fixtureTexts();

  it('reads every lexicon list in rules/data', () => {
    expect(lists.length).toBeGreaterThan(60);
    expect(texts.length).toBeGreaterThan(300);
  });

  it('finds what the defining expression finds, on every draft in the fixture corpora', () => {
    const differences: string[] = [];
    for (const { where, phrases } of lists) {
      const set = new PhraseSet(phrases);
      for (const text of texts) {
        const want = regexMatches(set.source, text, 0, text.length);
        const got = set.find(text, 0, text.length);
        if (JSON.stringify(got) !== JSON.stringify(want)) differences.push(`${where}: ${JSON.stringify(text.slice(0, 60))}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('finds what the defining expression finds, on generated edge cases and slices of them', () => {
    const differences: string[] = [];
    lists.forEach(({ where, phrases }, n) => {
      const set = new PhraseSet(phrases);
      const r = rng(n + 1);
      for (const text of generated(phrases, 1000 + n, 40)) {
        // Several slices of one text: the text's index and the list's candidates are reused.
        for (let q = 0; q < 3; q++) {
          const from = r() < 0.5 ? 0 : Math.floor(r() * text.length);
          const to = r() < 0.5 ? text.length : from + Math.floor(r() * (text.length - from));
          const want = regexMatches(set.source, text, from, to);
          const got = set.find(text, from, to);
          if (JSON.stringify(got) !== JSON.stringify(want))
            differences.push(
              `${where} [${from}, ${to}) ${JSON.stringify(text)}\n  regex ${JSON.stringify(want)}\n  set   ${JSON.stringify(got)}`,
            );
        }
      }
    });
    expect(differences.slice(0, 5)).toEqual([]);
  });

  it('agrees with the expression on every slice of a text where the list has no word start', () => {
    // A list with no candidate in a text answers later slices of it from a shortcut; only
    // words a slice cuts may then match.
    const set = new PhraseSet(['tooth', 'ache*', 'gum disease', '#ad']);
    for (const text of ['xtoothachey toothachey', 'pretoothache gumdiseased', 'ygum diseasey xadx']) {
      expect(set.find(text, 0, text.length)).toEqual([]);
      for (let from = 0; from <= text.length; from++)
        for (let to = from; to <= text.length; to++)
          expect(set.find(text, from, to), `[${from}, ${to})`).toEqual(regexMatches(set.source, text, from, to));
    }
  });

  it('agrees with the expression on hand-picked edges', () => {
    const set = new PhraseSet(['extract*', 'tooth', "don't", 'dr', 'dr smith', '#ad', 'e.g.', 'covid 19', '£10']);
    const text =
      'Extracted TOOTH, teeth; DON’T. Dr  Smith2 dr smith #ad #adv e.g. covid 19x covid\u00a019 £10 ɓtooth tooth\u0301 x\u0301tooth';
    expect(set.find(text, 0, text.length)).toEqual(regexMatches(set.source, text, 0, text.length));
    expect(set.find(text, 0, text.length).map((m) => m.text)).toEqual([
      'Extracted',
      'TOOTH',
      'DON’T',
      'Dr',
      'dr smith',
      '#ad',
      'e.g.',
      'covid\u00a019',
      '£10',
      'tooth',
    ]);
  });

  it('agrees with the expression where many phrases share a first word (the word alone, apostrophes, spaces, cut slices)', () => {
    const set = new PhraseSet(['the', 'the lot of you', 'the lot', "the 'gang'", 'the’s', 'the-end', 'them', 'the state of*', 'the  x']);
    const text = "The lot of you. the   LOT the 'gang' THE’S the-end them the state of it the statesman the\tx the\u00a0lot thee the";
    for (let from = 0; from <= text.length; from += 3)
      for (let to = from; to <= text.length; to += 2)
        expect(set.find(text, from, to), `[${from}, ${to})`).toEqual(regexMatches(set.source, text, from, to));
    expect(set.find(text, 0, text.length).map((m) => m.text)).toContain('the state of');
  });

  it('answers again for a text it has indexed, and after other lists grow the vocabulary', () => {
    const text = 'A sprained ankle and a swollen knee after the 10k'.repeat(8);
    const first = new PhraseSet(['sprain*', 'knee']);
    const before = first.find(text, 0, text.length);
    // A new list adds words (and a new length of `*` word) after the text was indexed.
    const second = new PhraseSet(['swollen knee', 'ankle*', 'the 10k']);
    expect(second.find(text, 0, text.length)).toEqual(regexMatches(second.source, text, 0, text.length));
    expect(first.find(text, 0, text.length)).toEqual(before);
    expect(before.slice(0, 2).map((m) => m.text)).toEqual(['sprained', 'knee']);
  });

  it('agrees with the expression on long words: runs of letters and marks, and a list with a 70-letter word', () => {
    const long = 'a'.repeat(70);
    const set = new PhraseSet([long, 'tooth', 'a*', 'abc*']);
    const texts = [
      `${long} ${long}b tooth`,
      'x\u0301'.repeat(1500) + ' tooth',
      'a\u0301'.repeat(1500),
      '\u0301'.repeat(3000) + 'tooth',
      'b'.repeat(200) + ' abcdef' + 'g'.repeat(100),
    ];
    for (const text of texts) {
      for (const [from, to] of [
        [0, text.length],
        [1, text.length - 1],
        [7, 1200],
      ] as const) {
        expect(set.find(text, from, to)).toEqual(regexMatches(set.source, text, from, to));
      }
    }
    const plain = new PhraseSet(['tooth', 'abc*', 'a*']);
    for (const text of texts.slice(1)) expect(plain.find(text, 0, text.length)).toEqual(regexMatches(plain.source, text, 0, text.length));
  });

  it('leaves out \\b for the i and u flags, and finds the same with them', () => {
    let checked = 0;
    for (const [n, { where, phrases }] of lists.entries()) {
      const set = new PhraseSet(phrases);
      const unicode = set.sourceFor('giu');
      if (!/^[A-Za-z0-9_]/.test(phrases[0] ?? '')) continue;
      expect(unicode, where).not.toContain('\\b');
      const ours = new RegExp(unicode, 'giu');
      const defining = new RegExp(set.source, 'giu');
      for (const text of generated(phrases, 100 + n, 15).concat(texts.slice(0, 40))) {
        expect(execAll(ours, text, 0, text.length), where).toEqual(execAll(defining, text, 0, text.length));
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('is built once per list of phrases, however often a rule asks for it', () => {
    const names = () => ['Smile Dental Care', 'Parkview Physio'];
    const first = phraseMatcher(names());
    expect(phraseMatcher(names())).toBe(first);
    expect(phraseMatcher(['Smile Dental Care'])).not.toBe(first);
    expect(phraseMatcher(['Smile Dental', 'Care'])).not.toBe(phraseMatcher(['Smile Dental Care']));
    const text = 'Thanks to everyone at Parkview Physio and smile dental care!';
    expect(first.find(text, 0, text.length).map((m) => m.text)).toEqual(['Parkview Physio', 'smile dental care']);
  });

  it('keeps every `*` word while the tree of words grows (tens of thousands of new words)', () => {
    // Words of letters only, unlike any lexicon's, all of one length (none begins another): each
    // adds nodes, so the tree's table grows while `*` words are being added.
    const word = (i: number) => `qz${i.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)]!)}`;
    const words = Array.from({ length: 40_000 }, (_, i) => word(26 ** 4 + i));
    const set = new PhraseSet(words.map((w) => `${w}*`));
    const missed = words.filter((w) => set.find(`a ${w}ed b`, 0, w.length + 6).length !== 1);
    expect(missed).toEqual([]);
  });

  it('finds nothing for an empty list', () => {
    const set = new PhraseSet([' ', '']);
    expect(set.find('anything at all', 0, 15)).toEqual([]);
    expect(set.source).toBe('(?!)');
  });
});
