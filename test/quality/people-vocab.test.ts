import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY, CONDITION, HEALTH, MEDICINE, OCCUPATION, PERSON, PROCEDURE, RELATION, classOf } from '../../src/draft/people/vocabulary.js';
import { ROOT } from '../helpers/cli.js';

// rules/data/people-vocab.json is generated from WordNet (scripts/build-people-vocab.mjs): it
// must match a fresh build, and its classes must say what the people layer relies on.

describe('the people vocabulary', () => {
  it('is what a fresh build from WordNet makes', { timeout: 60000 }, () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-people-vocab.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

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
});
