import { describe, expect, it } from 'vitest';
import { acronymOf, guardedWord, insultNoun, profanityOf, unmask } from '../../rules/lib/insults.js';

// The compiled vocabularies of insult and profanity (scripts/build-vocabulary.mjs).

describe('unmask', () => {
  it('reads masked spellings letter by letter as the common word of their band', () => {
    expect(unmask('t*ssers')).toEqual({ word: 'tosser', strength: 'strong' });
    expect(unmask('c+++')).toEqual({ word: 'cunt', strength: 'strong' });
    expect(unmask('sh1t')?.word).toBe('shit');
    expect(unmask('c**p')).toEqual({ word: 'crap', strength: 'mild' });
    expect(unmask('tr@nny')?.strength).toBe('slur');
    expect(unmask('r3tarded')?.strength).toBe('slur');
  });
  it('needs a mask, the same length and the letters shown in place', () => {
    expect(unmask('shot')).toBeUndefined();
    expect(unmask('sh*tt*r*n*s')).toBeUndefined();
    expect(unmask('b*****d')?.word).toBe('bastard');
  });
});

describe('profanityOf', () => {
  it('knows strength and sureness', () => {
    expect(profanityOf('bollocks')?.strength).toBe('mild');
    expect(profanityOf('wankers')?.strength).toBe('strong');
    // cuss rates it sure; SCOWL says it is an ordinary word and nothing vouches for it.
    expect(profanityOf('niggle')?.sureness).toBeLessThan(2);
  });
  it('reads profanity in initials', () => {
    expect(acronymOf('ttfo')?.strength).toBe('strong');
    expect(acronymOf('ffs')?.strength).toBe('mild');
    expect(acronymOf('af')).toBeUndefined();
  });
});

describe('guardedWord', () => {
  it('quiets dictionary words that hold a profane string, and their one-letter typos', () => {
    for (const w of ['analgesic', 'assorted', 'assess', 'butcher', 'assesment']) expect(guardedWord(w), w).toBe(true);
    for (const w of ['asshat', 'shite']) expect(guardedWord(w), w).toBe(false);
  });
});

describe('insultNoun', () => {
  it('finds WordNet and hand-listed insults, plural too, and not ordinary words', () => {
    expect(insultNoun('muppets')).toBeDefined();
    expect(insultNoun('nincompoops')).toBe('nincompoop');
    expect(insultNoun('clowns')).toBeDefined();
    for (const w of ['patient', 'nurse', 'disgrace', 'case', 'student']) expect(insultNoun(w), w).toBeUndefined();
  });
});
