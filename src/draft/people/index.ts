// The people layer: who is in a draft, built once per draft and read by every rule and by
// the engine's redaction as `draft.people` (a lazily built, memoised field of the draft).
//
//   draft.people.persons      everyone, in order of first mention
//   draft.people.mentions     every mention, in draft order: names ("Priya Shah", "Priya",
//                             "mrs khan", "J.S."), @handles, and descriptions that single
//                             someone out ("the lady in bed 6", "a 15-year-old girl", "my 9am")
//   draft.people.patients()   persons whose care the draft describes (role 'patient')
//   draft.people.staff()      persons introduced as staff: a job title, a clinical title,
//                             signing off, "I (Sam)", welcomed to the team, configured staff
//   draft.people.mentionAt(o) the mention covering offset o
//
// Each Person has a role ('patient' | 'staff' | 'public figure' | 'organisation' | 'other'),
// the evidence that decided it (RoleEvidence: role, why, range, weight), `named`, and `care`:
// the ranges of the care that is theirs. Care attaches to a person, not to a window of text:
// a possessed care word ("his splint"), their recovery ("Sam is healing after the
// extraction"), an encounter with them ("we saw Sam"), a patient word in apposition ("my
// patient, Sam"). Organisations that look like names ("Marie Curie nurses", "the Sue Ryder
// hospice", "raised £200 for Ronald McDonald House", a name before a capitalised workplace: "Rose
// Hill Farm") are persons of role 'organisation'; an animal named like a person ("Bella the therapy
// dog") is 'other', never a patient. A name placed in a bed or room, booked in or in for care is a
// patient's; an age in apposition ("Bill, 84,") is marked for the rules to weigh. Care given
// "with Dr X" is had by the one the sentence's pronoun means, and a pronoun after the clinician
// means them too; the signer of a quoted thank-you for their care ("... Love, Bernard") is the one
// cared for; "as a partner" is the named person's role, not a second person. A role said after a
// list of names ("Chloe and Marcus, our hygiene team", "our physiotherapists") is every name's; a
// two-word name ending in a building word where a place stands ("at Willow Lodge") is the
// building's; a handle ending in a business word ("@HarbourViewCafe") or thanked for hosting is an
// organisation's; a first name with the team they play for ("Tom from the Dockers U18s") beside an
// injury or treatment is a patient's. Someone named with the firm they are from ("Jo from Amelia
// Hartwell") works there; a lower-case handle holding a business word ("@millbrookbakerytq") is a
// business's, one opening with a first name a person's whatever tag ends it; the one the author did
// something to ("who we stretchered off ...") with an injury in that clause is a patient; the names in a
// paragraph about the rota are colleagues, whatever their own care. A trade after a full name ("... Joinery"), a
// maker after a product ("frames by ..."), a known charity or maker (people-context.yaml) are organisations; a
// professional "at <Town> Dental" and one whose shift it is ("her last shift") are staff (the first a hint); an
// injury opening the clause after "who we ..." and a time since care after the one named first ("first time since
// the stroke") are theirs; the one spoken to as a baby arrives is its mother; a first name and a lower-case word we do
// not know, the subject of what happened to someone, are a full name (LOWER_CASE_NAME marks it: a patient's only on
// care of their own).
//
// Vocabulary: src/draft/people/vocabulary.ts (WordNet 3.1, compiled by
// scripts/build-vocabulary.mjs into rules/data/people-vocab.json); names:
// src/shared/names.ts.
export type { Mention, Person, PersonRole } from './types.js';
export { LOWER_CASE_NAME } from './build.js';
