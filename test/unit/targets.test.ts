import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../src/draft/build.js';
import type { Target } from '../../src/draft/targets.js';

// Who a draft addresses or describes (src/draft/targets.ts), on drafts in several professions' voices.

const targetsOf = (text: string) => buildDraft(text, 'draft.md', { format: 'text' }).targets;
const kinds = (text: string) => targetsOf(text).all.map((t: Target) => `${t.kind}:${t.text}`);

describe('Draft.targets', () => {
  it('finds second person, the whole audience and vocatives', () => {
    expect(kinds("oi baldy, you're a disgrace")).toEqual(expect.arrayContaining(['vocative:oi baldy', "you:you're"]));
    expect(kinds('clipboard merchants, the lot of you')).toContain('all-of-you:lot of you');
    expect(kinds('Dear whoever at the ICB wrote this spec: no.')).toContain('vocative:Dear whoever at the ICB');
    expect(targetsOf('Dear whoever at the ICB wrote this spec: no.').addressed).toBe(true);
    expect(targetsOf('@jo_physio see you Tuesday').all[0]!.kind).toBe('vocative');
  });

  it('finds descriptions of one person, headed by a person noun or an insult', () => {
    expect(kinds('the dozy muppet on reception ignored me')).toContain('described:the dozy muppet');
    expect(kinds('that clown from my last trust is a manager now')).toContain('described:that clown');
    expect(kinds('Our new receptionist is brilliant')).toContain('described:Our new receptionist');
  });

  it('finds groups of people by what they do, and bodies of people', () => {
    expect(kinds('why are night coordinators always late')).toContain('group:coordinators');
    expect(kinds('management dito puro bobo')).toContain('group:management');
  });

  it('marks the people in the practice care, by word or by bed and bay', () => {
    const t = targetsOf('the frequent flyer in bay 4 is back').all;
    expect(t.find((x) => x.head === 'frequent flyer')?.cared).toBe(true);
    expect(targetsOf('Room 9 tonight: a fella who sang all night').all.find((x) => x.head === 'fella')?.cared).toBe(true);
    expect(targetsOf('Our new receptionist is brilliant').all.every((x) => !x.cared)).toBe(true);
  });

  it('names the protected characteristic of a group (Equality Act 2010)', () => {
    const of = (text: string) =>
      targetsOf(text)
        .all.filter((x) => x.kind === 'protected')
        .map((x) => x.characteristic);
    expect(of('nothing but Romanian car washes now')).toEqual(['race']);
    expect(of('Muslim colleagues are fasting this month')).toEqual(['religion']);
    expect(of('Trans and non-binary patients can update their records')).toContain('gender reassignment');
    expect(of('pensioners queue from 8')).toEqual(['age']);
  });

  it('does not make a target of things, decisions or organisations', () => {
    expect(kinds('The rota is a mess and the decision makes no sense.')).toEqual([]);
    expect(kinds("The trust's consultation was a farce.")).toEqual([]);
  });

  it('is found once, on first use, and kept on the draft without being one of its fields', () => {
    const draft = buildDraft('you lot again', 'draft.md', { format: 'text' });
    expect(Object.keys(draft)).not.toContain('targets');
    const first = draft.targets;
    expect(draft.targets).toBe(first);
    expect({ ...draft }).not.toHaveProperty('targets');
  });

  it('lives in the draft model: nothing of rules/ is imported', () => {
    const source = readFileSync(new URL('../../src/draft/targets.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/from\s+['"][^'"]*rules\//);
  });
});
