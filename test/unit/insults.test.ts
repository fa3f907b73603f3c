import { describe, expect, it } from 'vitest';
import {
  acronymOf,
  guardedWord,
  insultNoun,
  isThingNoun,
  modifiesThing,
  profanityOf,
  slurSaidOfPerson,
  unmask,
} from '../../rules/lib/insults.js';

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

describe('ordinary words that are also slurs', () => {
  it('are unsure when they have an everyday sense; slurs with none stay sure', () => {
    for (const w of ['fairy', 'queen', 'pansy', 'nip', 'chink', 'paddy']) {
      expect(profanityOf(w)?.strength, w).toBe('slur');
      expect(profanityOf(w)?.sureness, w).toBe(1);
    }
    for (const w of ['paki', 'faggot', 'kike']) expect(profanityOf(w)?.sureness, w).toBe(2);
  });
  it('count only in a person’s frame, and not before a thing they modify', () => {
    const said = (before: string, word: string, after = '') => {
      const prose = `${before} ${word}${after}`;
      return slurSaidOfPerson(before.toLowerCase().split(/\s+/).filter(Boolean), prose, prose.length - after.length);
    };
    expect(said('oi you', 'fairy', ', shift your van')).toBe(true);
    expect(said('he called me a', 'paddy', ' at the desk')).toBe(true);
    expect(said('the locum is such a', 'pansy', '.')).toBe(true);
    expect(said('we baked', 'fairy', ' cakes')).toBe(false);
    expect(said('a quick', 'nip', ' to the shop')).toBe(false);
    expect(said('the', 'queen', ' bee of the office')).toBe(false);
  });
  it('need a hostile frame when their everyday sense said to someone is praise', () => {
    const said = (before: string, word: string) =>
      slurSaidOfPerson(before.split(' '), `${before} ${word}`, before.length + 1 + word.length);
    expect(said('you absolute', 'QUEEN')).toBe(false);
    expect(said('what a', 'queen')).toBe(false);
    expect(said('treated like a', 'queen')).toBe(false);
    expect(said('you dirty', 'queen')).toBe(true);
    expect(said('a screaming', 'queen')).toBe(true);
    expect(said('a bunch of', 'queens')).toBe(true);
    expect(said('called him a', 'queen')).toBe(true);
    // Words with no praise sense keep the person's frame alone.
    expect(said('you absolute', 'fairy')).toBe(true);
  });
});

describe('thing nouns', () => {
  it('name things, not people, from WordNet', () => {
    for (const w of ['sticker', 'stickers', 'cake', 'tray', 'bee']) expect(isThingNoun(w), w).toBe(true);
    for (const w of ['nurse', 'manager', 'idiot', 'staff', 'parked', 'show']) expect(isThingNoun(w), w).toBe(false);
  });
  it('say when a word modifies the thing after it', () => {
    const text = 'the dinosaur sticker and the muppet on reception';
    expect(modifiesThing(text, 'the dinosaur'.length)).toBe(true);
    expect(modifiesThing(text, text.indexOf('muppet') + 'muppet'.length)).toBe(false);
    // A capitalised word after it is a name, not a thing it modifies.
    expect(modifiesThing('you muppet Dave', 'you muppet'.length)).toBe(false);
  });
});
