import { describe, expect, it } from 'vitest';
import {
  BODY,
  CONDITION,
  HEALTH,
  MEDICINE,
  OCCUPATION,
  PERSON,
  PROCEDURE,
  RELATION,
  classOf,
  targetVocabulary,
  wordClass,
} from '../../src/draft/people/vocabulary.js';

// rules/data/people-vocab.json is generated from WordNet (scripts/build-vocabulary.mjs; that it
// matches a fresh build is checked in vocabulary-data.test.ts): its classes must say what the
// people layer and Draft.targets rely on.

describe('the people vocabulary', () => {
  it('classes words by their main senses', () => {
    expect(classOf('farmer') & OCCUPATION).toBeTruthy();
    expect(classOf('grandson') & RELATION).toBeTruthy();
    expect(classOf('hygienist') & HEALTH).toBeTruthy();
    expect(classOf('gentleman') & PERSON).toBeTruthy();
    expect(classOf('molars') & BODY).toBeTruthy();
    expect(classOf('dementia') & CONDITION).toBeTruthy();
    expect(classOf('extraction') & PROCEDURE).toBeTruthy();
    expect(classOf('warfarin') & MEDICINE).toBeTruthy();
    // British spellings of WordNet's American ones.
    expect(classOf('tumour') & CONDITION).toBeTruthy();
    // A word joins a class only by a main sense: a foot is a body part, not a soldier; a star is not a person.
    expect(classOf('foot') & PERSON).toBe(0);
    expect(classOf('star') & PERSON).toBe(0);
    expect(classOf('monday')).toBe(0);
  });

  it('gives Draft.targets its words from the same file', () => {
    const v = targetVocabulary();
    // Person nouns include insults ("muppet"); endearments are not who a remark is aimed at.
    expect(v.person.has('receptionist')).toBe(true);
    expect(v.person.has('muppet')).toBe(true);
    expect(v.person.has('darling')).toBe(false);
    expect(v.cared.has('residents')).toBe(true);
    expect(v.cared.has('receptionist')).toBe(false);
    // Phrases by their first word, longest first; a word in two characteristics keeps the first.
    expect(
      v.phrases
        .get('service')
        ?.map((p) => `${p.words.join(' ')}: ${p.what}`)
        .sort(),
    ).toEqual(['service user: cared', 'service users: cared']);
    expect(v.phrases.get('one')?.[0]?.words).toEqual(['one', 'of', 'my', 'ladies']);
    expect(v.phrases.get('hindu')?.map((p) => p.what)).toEqual(['race']);
    expect(v.phrases.get('management')?.map((p) => p.what)).toEqual(['collective']);
    expect(v.phrases.get('monday')).toBeUndefined();
  });

  it("keeps the targets' words out of the people layer's classes", () => {
    // "muppet" is a target's person noun only: the people layer sees no class in it.
    expect(wordClass('muppet')).toBe(0);
    expect(wordClass('service users')).toBe(0);
  });
});
