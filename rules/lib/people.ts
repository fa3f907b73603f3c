import type { Draft, Sentence } from '../../src/draft/types.js';
import { firstNameFlags, ROLE_TITLES } from '../../src/shared/names.js';
import { perDraft } from './per-draft.js';

// People's names for the rules, read from the draft's people layer (src/draft/people/) and the
// shared name finder (src/shared/names.ts). Kept for the rules that ask for names as before;
// new code reads draft.people, which also says who each person is.

export { firstNameFlags };

export interface PersonName {
  start: number;
  end: number;
  text: string;
  kind: 'full name' | 'first name' | 'title and name' | 'initials';
  /** Lower-cased words of the name (title dropped). */
  parts: string[];
  sentence: Sentence;
}

/**
 * People's names in the draft (computed once per draft; do not modify the list). Names after a
 * clinical or honorific title ("Dr Phil Barker") are left out, as they always were here: they
 * are the people layer's staff and public figures.
 */
export const findNames: (draft: Draft) => readonly PersonName[] = perDraft((draft: Draft) =>
  draft.people.foundNames
    .filter((n) => !n.apposed && !(n.title && ROLE_TITLES.has(n.title)))
    .map((n) => ({ start: n.start, end: n.end, text: n.text, kind: n.kind, parts: n.parts, sentence: draft.sentences[n.sentence]! })),
);
