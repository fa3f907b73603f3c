import type { Draft, Range } from '../../src/draft/types.js';

// Pictures and videos a draft carries: Markdown images, and the placeholders people write in a
// plain draft for what they will attach ("[photo]", "[pic of the ward]", "[video]",
// "[before/after]", "pic 👇"). Each with what the draft says it shows.

export interface Attachment {
  range: Range;
  /** What the draft says of it: alt text, title and file name, or the placeholder's words. */
  described: string;
  /** A Markdown image (its file name and alt text are in the draft), or a placeholder. */
  kind: 'image' | 'placeholder';
  /** The file name, for a Markdown image. */
  file?: string;
}

const MEDIA =
  'photos?|pics?|pictures?|images?|videos?|vids?|clips?|snaps?|selfies?|screenshots?|scans?|x-?rays?|before\\s*/\\s*after|before\\s+and\\s+after|gif|reel|story';
// "[photo]", "[pic of handover sheet]", "[before/after]": a bracketed note that names a kind of media first,
// closed within 80 characters on its line. Tried at each '[' (sticky), the closing bracket found by a loop.
const PLACEHOLDER_START = new RegExp(`\\[\\s*(?:${MEDIA})(?![\\p{L}])`, 'iuy');
// "pic 👇", "video below ⬇️": media pointed at.
const POINTED = new RegExp(`(?<![\\p{L}])(?:${MEDIA})\\s*(?:👇|⬇️?|below)`, 'giu');

export function attachments(draft: Draft): Attachment[] {
  const out: Attachment[] = [];
  for (const img of draft.images) {
    const file = safeDecode(img.url.split(/[?#]/)[0]!.split('/').pop() ?? '');
    out.push({ range: img.range, described: `${img.alt} ${img.title} ${file.replace(/[-_.]+/g, ' ')}`, kind: 'image', file });
  }
  // Placeholders are read from the source: "[photo]" is a link reference to Markdown, not prose.
  const body = draft.source.slice(draft.bodyStart);
  if (!body.includes('[') && !/👇|⬇|below/.test(body)) return out;
  // Images first, then each expression's matches in order: a match is kept unless it overlaps one kept (checked
  // against the kept ranges by binary search, so a draft of thousands of placeholders stays linear).
  const kept = out.map((a) => a.range).sort((a, b) => a[0] - b[0]);
  const keep = (index: number, text: string) => {
    const start = draft.bodyStart + index;
    const range: Range = [start, start + text.length];
    if (overlapsAny(kept, range)) return;
    insertSorted(kept, range);
    out.push({ range, described: text.replace(/[[\]]/g, ' '), kind: 'placeholder' });
  };
  for (let i = body.indexOf('['); i >= 0; i = body.indexOf('[', i + 1)) {
    PLACEHOLDER_START.lastIndex = i;
    if (!PLACEHOLDER_START.test(body)) continue;
    const limit = Math.min(body.length, i + 90);
    let close = -1;
    for (let k = PLACEHOLDER_START.lastIndex; k < limit; k++) {
      const c = body.charCodeAt(k);
      if (c === 0x5d /* ] */) {
        close = k;
        break;
      }
      if (c === 0x0a || c === 0x0d || c === 0x5b /* [ */) break;
    }
    if (close >= 0) keep(i, body.slice(i, close + 1));
  }
  POINTED.lastIndex = 0;
  for (let m = POINTED.exec(body); m; m = POINTED.exec(body)) keep(m.index, m[0]);
  return out.sort((a, b) => a.range[0] - b.range[0]);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Whether range overlaps one of the sorted, non-overlapping ranges. */
export function overlapsAny(sorted: Range[], [s, e]: Range): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = sorted[mid]!;
    if (b <= s) lo = mid + 1;
    else if (a >= e) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Puts a range into the sorted list (ranges that overlap none already there). */
export function insertSorted(sorted: Range[], r: Range): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]![0] < r[0]) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, r);
}
