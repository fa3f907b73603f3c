import type { Draft } from '../../src/draft/types.js';
import { loadData } from './lexicon.js';

// UK towns and places (rules/data/places-gb.json, built from GeoNames). A place that is also
// an everyday word (Bath, Reading, March) counts only after "from", "in", "at" or "near".

interface PlaceData {
  places: Record<string, number>;
}

const AMBIGUOUS_PLACE = 1;
/** A county, nation or region rather than a town: a weaker clue. */
const REGION = 2;
let table: Map<string, number> | undefined;
let longest = 1;

function places(): Map<string, number> {
  if (!table) {
    table = new Map(Object.entries(loadData<PlaceData>('places-gb.json').places));
    for (const k of table.keys()) longest = Math.max(longest, k.split(/\s+/).length);
    longest = Math.min(longest, 5);
  }
  return table;
}

export interface PlaceMatch {
  start: number;
  end: number;
  text: string;
  region: boolean;
}

/** /^\p{Lu}/u, ASCII by its code: most words start with one (findPlaces 121 -> 58 ms on the 10k bench, profiled). */
function upperFirst(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(word);
}

/** Capitalised runs of words that name a UK place. */
export function findPlaces(draft: Draft): PlaceMatch[] {
  const table = places();
  const out: PlaceMatch[] = [];
  for (const s of draft.sentences) {
    const ws = s.words.filter((w) => w.kind === 'word');
    for (let i = 0; i < ws.length; i++) {
      if (!upperFirst(ws[i]!.text)) continue;
      // Longest run first: "Stoke-on-Trent", "Milton Keynes", "St Ives".
      for (let n = Math.min(longest, ws.length - i); n >= 1; n--) {
        const last = ws[i + n - 1]!;
        if (!upperFirst(last.text)) continue;
        const text = draft.source.slice(ws[i]!.range[0], last.range[1]);
        const key = text.toLowerCase().replace(/\s+/g, ' ').replace(/[’]/g, "'");
        const flags = table.get(key);
        if (flags === undefined) continue;
        if (flags & AMBIGUOUS_PLACE) {
          // After a preposition of place: "from Leek", "just outside Leek", "nr Bath".
          const before = draft.prose.slice(Math.max(0, ws[i]!.range[0] - 9), ws[i]!.range[0]);
          if (!/\b(?:from|in|at|near|nr|of|to|outside|around|towards|past|beyond)\s+$/i.test(before)) continue;
        }
        out.push({ start: ws[i]!.range[0], end: last.range[1], text, region: (flags & REGION) !== 0 });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/** Whether a single capitalised word is the name of a UK place ("Penistone", "Twatt"). */
export function isPlaceName(word: string): boolean {
  return /^\p{Lu}/u.test(word) && places().has(word.toLowerCase());
}
