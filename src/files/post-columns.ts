// Which column (or field) of a scheduler's export holds the post text, its network and its
// account. The names are the vendors' own where their bulk-upload documentation was found
// (Sprout Social, Agorapulse, Publer, Postiz, and other schedulers'); for the rest they are
// remembered, not confirmed (docs/integrations.md says which is which and what was searched).
// They are compared case-insensitively with `_`, `-`, `.`, "(s)" and camelCase read as spaces.

/** Header names of the post text, most specific first (the first one a file has wins). */
export const TEXT_NAMES = [
  'message text', // Sprout Social: message_text
  'post content', // Agorapulse: post_content
  'post text', // Meta Business Suite (not confirmed)
  'post copy',
  'text', // Publer (since its 2025 template), SocialBee; Buffer (not confirmed)
  'message', // Publer (earlier template), Hootsuite's own sample
  'caption', // Later (not confirmed)
  'content', // Postiz
  'copy', // Loomly (not confirmed)
  'post', // Ayrshare
  'body',
  'status',
  'tweet',
  'description',
];

/**
 * Text published with the post, under it: a first comment is as public as the caption, so it
 * is checked as a post of its own (at its own cell). Not internal notes ("comment", "notes").
 */
export const COMMENT_NAMES = ['first comment', 'follow up comment', 'first comment text'];

/** The network a row is for (feeds platform-limits). */
export const PLATFORM_NAMES = ['platform', 'platforms', 'network', 'networks', 'social network', 'channel', 'channels', 'service', 'site'];

/** personal / professional / practice. */
export const ACCOUNT_NAMES = ['account', 'account type', 'profile type'];

/** Other columns schedulers document: they make a first row a header, and are never post text. */
const OTHER_NAMES = [
  'date',
  'time',
  'time 24hr', // Sprout Social: time_24hr
  'date time',
  'datetime',
  'posting time', // Buffer (not confirmed)
  'scheduled time',
  'scheduled at',
  'schedule date',
  'scheduled date',
  'publish date',
  'publishing date',
  'publication date',
  'post at specific time',
  'send time',
  'link', // Sprout Social, Publer: Link(s)
  'post link', // Agorapulse
  'url',
  'image url', // Sprout Social, Agorapulse; Buffer (not confirmed)
  'video url',
  'image urls', // SocialBee, HighLevel: imageUrls
  'video urls',
  'gif urls',
  'gif url',
  'media url', // Publer: Media URL(s)
  'media urls',
  'image',
  'images',
  'tags', // Sprout Social; Buffer (not confirmed)
  'labels', // Publer
  'title',
  'alt text',
  'comment',
  'first comment',
  'profile',
  'id',
];

export const norm = (s: string): string =>
  s
    .replace(/^\uFEFF/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/\(s\)/gi, '')
    .toLowerCase()
    .replace(/[_\-.()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const KNOWN = new Set([...TEXT_NAMES, ...COMMENT_NAMES, ...PLATFORM_NAMES, ...ACCOUNT_NAMES, ...OTHER_NAMES]);

/** A first row with a name schedulers use is a header, not a post. */
export function looksLikeHeader(cells: string[]): boolean {
  return cells.some((c) => KNOWN.has(norm(c)));
}

/** The index of the first name of `wanted` (in its order) among `names`, or -1. */
export function findName(names: string[], wanted: string[]): number {
  const normed = names.map(norm);
  for (const w of wanted) {
    const i = normed.indexOf(w);
    if (i >= 0) return i;
  }
  return -1;
}

/** --column / --field: a 1-based number, or a name. */
export function parseSelector(value: string | undefined): { index: number } | { name: string } | undefined {
  if (value === undefined || value === '') return undefined;
  if (/^\d+$/.test(value.trim())) return { index: Number(value.trim()) - 1 };
  return { name: value };
}

// A header-less export (Hootsuite's bulk composer, SocialPilot) has no names to go by: its text
// column is the one whose cells read as sentences. A date, a link, a name or a number does not.
const URLISH = /^(?:https?:\/\/|www\.)\S*$/i;
const LETTERED = /\p{L}/u;

export function readsAsProse(cell: string): boolean {
  const t = cell.trim();
  if (!t || URLISH.test(t)) return false;
  let words = 0;
  for (const w of t.split(/\s+/)) if (LETTERED.test(w) && !URLISH.test(w)) words++;
  return words >= 4;
}

/** The one column whose cells mostly read as prose, or -1 when none (or two) do. */
export function proseColumn(rows: string[][]): number {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const scores: number[] = [];
  for (let c = 0; c < width; c++) {
    let filled = 0;
    let prose = 0;
    for (const r of rows) {
      const cell = r[c] ?? '';
      if (!cell.trim()) continue;
      filled++;
      if (readsAsProse(cell)) prose++;
    }
    scores.push(filled && prose * 2 >= filled ? prose : 0);
  }
  const best = Math.max(0, ...scores);
  if (!best || scores.filter((s) => s === best).length > 1) return -1;
  return scores.indexOf(best);
}

// Networks as vendors write them ("Facebook Page", "LinkedIn Company", "Twitter/X",
// "instagram-standalone") to the names platform-limits knows.
const NETWORKS: [RegExp, string][] = [
  [/^(?:x|twitter|twitter\s*\/\s*x|x\s*\/\s*twitter|x \(twitter\)|tweet)$/, 'x'],
  [/^(?:facebook|fb|meta)\b/, 'facebook'],
  [/^(?:instagram|ig|insta)\b/, 'instagram'],
  [/^linkedin\b/, 'linkedin'],
  [/^threads\b/, 'threads'],
  [/^(?:bluesky|bsky)\b/, 'bluesky'],
  [/^tiktok\b/, 'tiktok'],
  [/^mastodon\b/, 'mastodon'],
  [/^pinterest\b/, 'pinterest'],
  [/^youtube\b/, 'youtube'],
  [/^(?:google business|gmb|google my business)\b/, 'gmb'],
];

function network(value: string): string {
  const v = value.trim().toLowerCase().replace(/[_-]+/g, ' ');
  for (const [re, id] of NETWORKS) if (re.test(v)) return id;
  return value.trim();
}

/** A platform cell's networks: one, or several ("facebook, instagram", "x|threads"). */
export function platformsOf(value: string | undefined): string[] {
  const v = value?.trim();
  if (!v) return [];
  const whole = network(v);
  if (whole !== v || !/[,;|]/.test(v)) return [whole];
  return [
    ...new Set(
      v
        .split(/[,;|]/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map(network),
    ),
  ];
}

export const ACCOUNTS = new Set(['personal', 'professional', 'practice']);

/** What was looked for, said without quoting anything from the file. */
export const LOOKED_FOR = `a column named ${TEXT_NAMES.slice(0, 8).join(', ')} (or similar)`;
