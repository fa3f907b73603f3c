import type { Fix } from './rule-types.js';

/** Applies non-overlapping fixes (earliest first, as ESLint does); returns the new text and how many applied. */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: number; used: Set<Fix> } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let at = 0;
  let applied = 0;
  const used = new Set<Fix>();
  let lastEnd = -1;
  for (const fix of sorted) {
    const [s, e] = fix.range;
    // Overlapping or touching an earlier fix: leave it for the next pass.
    if (s < lastEnd || s < at || s > text.length || e > text.length || e < s) continue;
    out += text.slice(at, s) + fix.text;
    at = e;
    lastEnd = e;
    applied++;
    used.add(fix);
  }
  return { text: out + text.slice(at), applied, used };
}
