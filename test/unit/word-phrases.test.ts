import { describe, expect, it } from 'vitest';
import { WordPhrases } from '../../src/shared/word-phrases.js';

const words = (s: string) => s.split(' ').map((key) => ({ key }));

describe('WordPhrases', () => {
  const index = new WordPhrases([
    [['good', 'riddance'], 'gloat'],
    [['good'], 'plain'],
    [['run', '*', 'over'], 'harm'],
  ]);

  it('returns the first phrase in the order given that starts at the word', () => {
    expect(index.at(words('and good riddance too'), 1)?.value).toBe('gloat');
    expect(index.at(words('a good day'), 1)?.value).toBe('plain');
  });

  it('lets "*" stand for any one word after the first', () => {
    expect(index.phraseAt(words('i will run him over'), 2)).toEqual(['run', '*', 'over']);
    expect(index.phraseAt(words('i will run over'), 2)).toBeUndefined();
  });

  it('does not match a phrase that runs past the last word', () => {
    expect(index.phraseAt(words('we run him'), 1)).toBeUndefined();
    expect(index.phraseAt(words('good'), 3)).toBeUndefined();
  });

  it('refuses a phrase that starts with "*"', () => {
    expect(() => WordPhrases.of([['*', 'off']])).toThrow(/must start with a word/);
  });
});
