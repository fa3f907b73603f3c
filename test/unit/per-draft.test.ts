import { describe, expect, it } from 'vitest';
import { perDraft } from '../../rules/lib/per-draft.js';

describe('perDraft', () => {
  it('computes once for repeated questions about the same draft', () => {
    let calls = 0;
    const words = perDraft((d: { text: string }) => {
      calls++;
      return d.text.split(' ');
    });
    const draft = { text: 'a b c' };
    const first = words(draft);
    expect(words(draft)).toBe(first);
    expect(calls).toBe(1);
  });

  it('answers for the draft asked about when drafts interleave', () => {
    let calls = 0;
    const length = perDraft((d: { text: string }) => {
      calls++;
      return d.text.length;
    });
    const a = { text: 'four' };
    const b = { text: 'sixsix' };
    expect([length(a), length(b), length(a), length(a)]).toEqual([4, 6, 4, 4]);
    expect(calls).toBe(3);
  });

  it('tells apart drafts with equal text (the key is the object)', () => {
    const id = perDraft((d: { text: string }) => ({ of: d }));
    const a = { text: 'same' };
    const b = { text: 'same' };
    expect(id(a).of).toBe(a);
    expect(id(b).of).toBe(b);
  });
});
