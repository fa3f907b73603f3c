import { describe, expect, it } from 'vitest';
import { withoutPossessive } from '../../src/shared/letters.js';

describe('withoutPossessive', () => {
  it("removes 's with either apostrophe, as /['’]s$/ did", () => {
    for (const w of ["kayleigh's", 'kayleigh’s', 'james', 's', "'s", 'bus', "o's", "it'", 'dr’s', "mum's's"])
      expect(withoutPossessive(w)).toBe(w.replace(/['’]s$/, ''));
  });
});
