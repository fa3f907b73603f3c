import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../src/draft/build.js';
import { lastOf, perDraft } from '../../rules/lib/per-draft.js';

const draftOf = (text: string) => buildDraft(text, 'post.txt', { format: 'text' });

describe('perDraft', () => {
  it('computes once for repeated questions about the same draft', () => {
    let calls = 0;
    const words = perDraft((d) => {
      calls++;
      return d.prose.split(' ');
    });
    const draft = draftOf('a b c');
    const first = words(draft);
    expect(words(draft)).toBe(first);
    expect(calls).toBe(1);
  });

  it('keeps each draft its own answer when drafts are linted side by side', () => {
    let calls = 0;
    const length = perDraft((d) => {
      calls++;
      return d.prose.length;
    });
    const a = draftOf('four');
    const b = draftOf('sixsix');
    expect([length(a), length(b), length(a), length(a), length(b)]).toEqual([4, 6, 4, 4, 6]);
    expect(calls).toBe(2);
  });

  it('tells apart drafts with equal text, and askers with equal code', () => {
    const first = perDraft((d) => ({ of: d }));
    const second = perDraft((d) => ({ of: d }));
    const a = draftOf('same');
    const b = draftOf('same');
    expect(first(a).of).toBe(a);
    expect(first(b).of).toBe(b);
    expect(second(a)).not.toBe(first(a));
  });
});

describe('lastOf', () => {
  it('remembers the latest key only', () => {
    let calls = 0;
    const size = lastOf((xs: number[]) => {
      calls++;
      return xs.length;
    });
    const a = [1, 2];
    const b = [3];
    expect([size(a), size(a), size(b), size(a)]).toEqual([2, 2, 1, 2]);
    expect(calls).toBe(3);
  });
});
