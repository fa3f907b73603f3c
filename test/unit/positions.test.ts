import { describe, expect, it } from 'vitest';
import { LineIndex, lineStartsOf, stripBom } from '../../src/positions.js';
import { fixtureTexts, randomText, rng } from '../helpers/equivalence.js';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns for every kind of line break', () => {
    const text = 'a\nb\r\nc\rd\u2028e\u2029f';
    const idx = new LineIndex(text);
    expect(idx.lineCount).toBe(6);
    for (const [ch, line] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
      ['e', 5],
      ['f', 6],
    ] as const) {
      expect(idx.toPosition(text.indexOf(ch))).toEqual({ line, column: 1 });
    }
  });

  it('counts columns in UTF-16 code units', () => {
    const text = '🦷 x';
    expect(new LineIndex(text).toPosition(text.indexOf('x'))).toEqual({ line: 1, column: 4 });
  });

  it('round-trips offsets', () => {
    const text = 'one\r\ntwo 🦷\nthree';
    const idx = new LineIndex(text);
    for (let i = 0; i <= text.length; i++) {
      const p = idx.toPosition(i);
      expect(idx.toOffset(p.line, p.column)).toBe(i);
    }
  });

  it('clamps offsets outside the text', () => {
    const idx = new LineIndex('ab\ncd');
    expect(idx.toPosition(-5)).toEqual({ line: 1, column: 1 });
    expect(idx.toPosition(99)).toEqual({ line: 2, column: 3 });
  });

  it('gives each line without its break', () => {
    const idx = new LineIndex('ab\r\ncd\n');
    expect([idx.lineText(1), idx.lineText(2), idx.lineText(3)]).toEqual(['ab', 'cd', '']);
  });
});

describe('lineStartsOf', () => {
  // The loop replaced an expression; it must find the same line starts.
  const byExpression = (text: string) => {
    const starts = [0];
    const re = /\r\n|[\r\n\u2028\u2029]/g;
    for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
    return starts;
  };

  it('finds the line starts the expression found, on fixtures and generated text', () => {
    const r = rng(11);
    const pieces = [
      'a',
      ' ',
      '\r',
      '\n',
      '\r\n',
      '\n\r',
      '\u2028',
      '\u2029',
      '\u000b',
      '\u000c',
      '\u0085',
      '\u2027',
      '\u202a',
      '🦷',
      '\ud800',
    ];
    const texts = [...fixtureTexts(), ...Array.from({ length: 5000 }, () => randomText(r, pieces, 12))];
    for (const text of texts) expect(lineStartsOf(text), JSON.stringify(text)).toEqual(byExpression(text));
  });
});

describe('stripBom', () => {
  it('removes a BOM and remembers it', () => {
    expect(stripBom('\uFEFFhi')).toEqual({ text: 'hi', bom: true });
    expect(stripBom('hi')).toEqual({ text: 'hi', bom: false });
  });
});
