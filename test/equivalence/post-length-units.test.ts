import { describe, expect, it } from 'vitest';
import { measure } from '../../rules/lib/post-length.js';
import { loadData } from '../../rules/lib/lexicon.js';
import { rng } from '../helpers/equivalence.js';

// measure() cuts only non-ASCII stretches into graphemes, and a stretch of lone code points
// without Intl.Segmenter: the steps must be those of segmenting the whole text (no URLs here).

interface Cfg {
  scale: number;
  defaultWeight: number;
  ranges: { start: number; end: number; weight: number }[];
}
const EMOJI = /\p{Emoji_Presentation}|\uFE0F|\p{Emoji_Modifier}|\u200D|\p{Regional_Indicator}/u;

function reference(text: string): { ends: number[]; lengths: number[] } {
  const cfg = loadData<Cfg>('twitter-text-config-v3.json');
  const weight = (cp: number) => cfg.ranges.find((r) => cp >= r.start && cp <= r.end)?.weight ?? cfg.defaultWeight;
  const ends: number[] = [];
  const lengths: number[] = [];
  let w = 0;
  for (const g of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) {
    const seg = g.segment.normalize('NFC');
    if (EMOJI.test(seg)) w += cfg.defaultWeight;
    else for (const ch of seg) w += weight(ch.codePointAt(0)!);
    ends.push(g.index + g.segment.length);
    lengths.push(w / cfg.scale);
  }
  return { ends, lengths };
}

describe('measure (twitter)', () => {
  it('weighs lone code points between ASCII as the Segmenter cuts them', () => {
    const pieces = ['a', ' ', '’', 'é', 'e\u0301', '🦷', '👍🏽', '🇬🇧', '❤️', '\r\n', '\n', '\u200d', '👩‍⚕️', 'ก', 'ำ', '한', '\u1100\u1161', '\ud83d', 'Ω', 'K', '\u0915\u094d\u0937', '\u0600'];
    const r = rng(3);
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let k = 0, n = 1 + Math.floor(r() * 12); k < n; k++) text += pieces[Math.floor(r() * pieces.length)];
      expect(measure(text, 'twitter').steps, JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
