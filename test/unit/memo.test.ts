import { describe, expect, it } from 'vitest';
import { memoWords } from '../../src/shared/memo.js';

describe('memoWords', () => {
  it('answers as the function does, computing each word once', () => {
    const asked: string[] = [];
    const long = memoWords((w) => (asked.push(w), w.length > 3));
    expect(['tooth', 'gum', 'tooth', 'gum', 'molar'].map(long)).toEqual([true, false, true, false, true]);
    expect(asked).toEqual(['tooth', 'gum', 'molar']);
  });

  it('forgets everything past its bound, and still answers right', () => {
    const asked: string[] = [];
    const upper = memoWords((w) => (asked.push(w), w.toUpperCase()), 2);
    expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers undefined answers too', () => {
    let calls = 0;
    const none = memoWords(() => (calls++, undefined));
    none('x');
    none('x');
    expect(calls).toBe(1);
  });
});
