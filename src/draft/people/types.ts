import type { FoundName } from '../../shared/names.js';
import type { Range } from '../types.js';

/** Who a person in a draft is, as far as the draft says. */
export type PersonRole = 'patient' | 'staff' | 'public figure' | 'organisation' | 'other';

export type MentionKind =
  | 'full name'
  | 'first name'
  | 'title and name'
  | 'initials'
  | 'handle'
  /** A role or relation that singles someone out: "the lady in bed 6", "a 15-year-old girl from Leek", "my 9am". */
  | 'description'
  /** The author naming themselves: "I (Sam)", "I'm Sam", a sign-off. */
  | 'self';

/** One piece of evidence for a role, with where it is in the draft. */
export interface RoleEvidence {
  role: PersonRole;
  /** Short words for a message or a test: "job title", "signs off", "own care", "patient word". */
  why: string;
  range: Range;
  /** How strong: 1 a hint, 2 clear, 3 decisive (configured staff, "my patient <name>"). */
  weight: number;
}

export interface Mention {
  kind: MentionKind;
  range: Range;
  /** The mention as written in the source. */
  text: string;
  /** Index into draft.sentences. */
  sentence: number;
  /** Lower-cased name words (title dropped); for a description its head noun; for a handle the handle. */
  parts: string[];
  /** The title, lower-cased, for "title and name" ("mrs", "dr"). */
  title?: string;
  person: Person;
}

export interface Person {
  role: PersonRole;
  /** Named: by a name, initials or a handle (not only described). */
  named: boolean;
  mentions: Mention[];
  /** Every piece of evidence found, for any role; `role` is decided from it. */
  evidence: RoleEvidence[];
  /** The care that is this person's: ranges of the words ("extraction", "his splint", "on blood thinners"). */
  care: Range[];
}

export interface People {
  /** Everyone, in order of first mention. */
  persons: readonly Person[];
  /** Every mention, in draft order. */
  mentions: readonly Mention[];
  /** The names the name finder found in the sentences, in order, before lower-case names were added (`apposed` marks those found by where they stand). */
  foundNames: readonly FoundName[];
  patients(): Person[];
  staff(): Person[];
  /** The mention covering an offset, if any. */
  mentionAt(offset: number): Mention | undefined;
  /** The mentions in sentence i (an index into draft.sentences), in order. */
  inSentence(i: number): readonly Mention[];
}
