import { beforeAll, describe, expect, it } from 'vitest';
import { buildDraft } from '../../src/draft/build.js';
import { findNamesIn } from '../../src/shared/names.js';
import { loadMarkdownParser, type MarkdownParser } from '../../src/draft/markdown.js';
import type { PersonRole } from '../../src/draft/people/index.js';
import type { Draft } from '../../src/draft/types.js';

// The people layer on drafts in the voices of other professions than the rule's fixtures
// lean on (nurse, physio, paramedic, pharmacist, dentist, occupational therapist, care home):
// who is staff, who is a patient, which "names" are organisations, who is a public figure.
// Every draft here is written for this test.

let parse: MarkdownParser;
beforeAll(async () => {
  parse = await loadMarkdownParser();
});
const draft = (text: string, staff: string[] = []): Draft => buildDraft(text, 'x.md', { format: 'markdown', parseMarkdown: parse, staff });

/** The role of the person a mention with this exact text belongs to. */
function roleOf(d: Draft, text: string): PersonRole | undefined {
  return d.people.mentions.find((m) => m.text === text)?.person.role;
}

describe('people: staff', () => {
  it('a nurse introduced by her job title, with a comma (trust news)', () => {
    const d = draft(
      '---\naccount: practice\n---\nOur Lead Nurse for tissue viability, Rosalind Achebe, said the new dressings clinic has cut waiting times.',
    );
    expect(roleOf(d, 'Rosalind Achebe')).toBe('staff');
    expect(d.people.staff().map((p) => p.mentions[0]!.text)).toEqual(['Rosalind Achebe']);
  });

  it('a physio who introduces herself, and signs off', () => {
    const d = draft('Hi all, I (Marnie) run the Tuesday knee class at the leisure centre. Bring water and trainers!\n\n– Marnie');
    expect(roleOf(d, 'Marnie')).toBe('staff');
    expect(d.people.staff()).toHaveLength(1);
    expect(d.people.staff()[0]!.mentions).toHaveLength(2);
  });

  it('a pharmacist the reader is told to ask for, and the colleague named with him', () => {
    const d = draft('---\naccount: practice\n---\nBlood pressure checks are free this week: just ask for Tobias or Wren at the counter.');
    expect(roleOf(d, 'Tobias')).toBe('staff');
  });

  it('a dentist with a clinical title, and a receptionist named after her job', () => {
    const d = draft('---\naccount: practice\n---\nDr Okonkwo is back from leave on Monday, and receptionist Gemma can book you in.');
    expect(roleOf(d, 'Dr Okonkwo')).toBe('staff');
    expect(roleOf(d, 'Gemma')).toBe('staff');
  });

  it('an OT welcomed to the team, and staff listed in config', () => {
    const d = draft(
      '---\naccount: practice\n---\nPlease welcome Ifeoma, who joins the community team as an occupational therapist. Thanks to Bryony for the cake.',
      ['Bryony Hale'],
    );
    expect(roleOf(d, 'Ifeoma')).toBe('staff');
    expect(roleOf(d, 'Bryony')).toBe('staff');
  });
});

describe('people: patients', () => {
  it('a first name whose recovery is the subject (physio)', () => {
    const d = draft('Rhiannon is walking without her crutches six weeks after the ACL repair. So proud of the work she put in!');
    expect(roleOf(d, 'Rhiannon')).toBe('patient');
    expect(d.people.patients()[0]!.care.length).toBeGreaterThan(0);
  });

  it('care given to "his" attaches to the man named before it (paramedic)', () => {
    const d = draft('Took Mr Pemberton in tonight. In theatre now for his hip repair, fingers crossed.');
    expect(roleOf(d, 'Mr Pemberton')).toBe('patient');
  });

  it('a possessive with the care that is theirs (dentist)', () => {
    const d = draft("Priyanka's crown is ready to collect from Thursday.");
    expect(roleOf(d, 'Priyanka')).toBe('patient');
  });

  it('a patient word in apposition (care home), and her son, who is not one', () => {
    const d = draft('---\naccount: practice\n---\nOur resident Marjorie turned 101 today and her son Declan brought a cake.');
    expect(roleOf(d, 'Marjorie')).toBe('patient');
    expect(roleOf(d, 'Declan')).toBe('other');
  });

  it('title and surname in lower case or capitals are names too (pharmacist)', () => {
    const d = draft('mrs okafor came back for her warfarin again. MR JENKINS rang about his inhaler.');
    expect(roleOf(d, 'mrs okafor')).toBe('patient');
    expect(roleOf(d, 'MR JENKINS')).toBe('patient');
  });

  it('a description that singles someone out in care (nurse)', () => {
    const d = draft('The lady in bed 6 asked for a cup of tea at 4am and I could have cried.');
    const described = d.people.mentions.find((m) => m.kind === 'description');
    expect(described?.text).toBe('The lady');
    expect(described?.person.role).toBe('patient');
  });

  it('an appointment slot stands for its patient (dentist)', () => {
    const d = draft('My 9am has cancelled for the third time this month.');
    expect(d.people.mentions.map((m) => [m.kind, m.text, m.person.role])).toEqual([['description', 'My 9am', 'patient']]);
  });
});

describe('people: organisations and public figures', () => {
  it('charities and houses named after people are organisations (fundraising post)', () => {
    const d = draft(
      '---\naccount: practice\n---\nWe raised £640 for Ronald McDonald House, and the Sue Ryder hospice shop took our tombola prizes. Marie Curie nurses joined us too.',
    );
    expect(roleOf(d, 'Ronald McDonald')).toBe('organisation');
    expect(roleOf(d, 'Sue Ryder')).toBe('organisation');
    expect(roleOf(d, 'Marie Curie')).toBe('organisation');
    expect(d.people.patients()).toEqual([]);
  });

  it('a person introduced by where they are from names a firm, not a person (optometry supplier)', () => {
    const d = draft(
      '---\naccount: practice\n---\nThe new retinal camera from Amelia Hartwell is in. Thanks to Priya from Amelia Hartwell for the training day.',
    );
    expect(roleOf(d, 'Amelia Hartwell')).toBe('organisation');
    expect(d.people.patients()).toEqual([]);
  });

  it('"from" after something given still leaves the giver a person', () => {
    const d = draft('A lovely card from Doreen Ashby today after her new dentures were fitted.');
    expect(roleOf(d, 'Doreen Ashby')).toBe('patient');
  });

  it('a saint before a name makes it a place', () => {
    const d = draft('The flu clinic moves to St Luke’s church hall next week.');
    expect(d.people.patients()).toEqual([]);
    expect(d.people.mentions.every((m) => m.person.role !== 'patient')).toBe(true);
  });

  it('an MP named with their role, and a well-known name', () => {
    const d = draft('Our MP Harriet Quayle opened the new wing. Everyone is talking about Tom Hanks and his new film.');
    expect(roleOf(d, 'Harriet Quayle')).toBe('public figure');
    expect(roleOf(d, 'Tom Hanks')).toBe('public figure');
  });

  it('a staff member\'s "his crowns" does not make him a patient', () => {
    const d = draft('Dr Venn, our principal, says half his crowns are done in the lab down the road.');
    expect(roleOf(d, 'Dr Venn')).toBe('staff');
  });
});

describe('people: the layer itself', () => {
  it('is built once per draft and kept with it', () => {
    const d = draft('Saw Elspeth today for her review.');
    expect(d.people).toBe(d.people);
    expect(draft('Saw Elspeth today for her review.').people).not.toBe(d.people);
  });

  it('joins the mentions of one person', () => {
    const d = draft('Welcome Dr Anjali Rao to the practice! Anjali joins us from Leeds, and Dr Rao will see patients on Fridays.');
    const people = d.people.persons.filter((p) => p.named && p.role === 'staff');
    expect(people).toHaveLength(1);
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(['Dr Anjali Rao', 'Anjali', 'Dr Rao']);
  });

  it('finds handles and says where a mention is', () => {
    const d = draft('Congratulations @leah_runs on the half marathon!');
    const m = d.people.mentionAt(d.source.indexOf('@leah') + 2);
    expect(m?.kind).toBe('handle');
    expect(m?.text).toBe('@leah_runs');
  });

  it('a post with nobody in it has no people', () => {
    const d = draft('Opening hours change over the bank holiday: closed Monday, open as usual Tuesday.');
    expect(d.people.persons).toEqual([]);
  });
});

// Ideas added after the third blind set: each in a profession's voice of its own.
describe('people: who the words around a name say it is', () => {
  it('an appositive job whose head comes a few words on, after "our" (respiratory nurse)', () => {
    const d = draft(
      '---\naccount: practice\n---\nQuestions about your inhaler? Catch Oluwaseun, our respiratory clinical lead, at the Thursday clinic.',
    );
    expect(roleOf(d, 'Oluwaseun')).toBe('staff');
  });

  it('a pronoun is never a surname: "miss you" is a verb (care home farewell)', () => {
    const d = draft('Good luck Hamid, everyone on the unit will miss you.');
    expect(d.people.mentions.filter((m) => m.kind === 'title and name')).toEqual([]);
    expect(d.people.patients()).toEqual([]);
  });

  it('a double-barrelled surname after a title, booked in (audiologist)', () => {
    const d = draft('Mrs Ashworth-Bell is booked in for her hearing test at 3 again, bless her.');
    expect(d.people.mentions.map((m) => m.text)).toContain('Mrs Ashworth-Bell');
    expect(roleOf(d, 'Mrs Ashworth-Bell')).toBe('patient');
  });

  it('placed in a bay or a room straight after the name (ward nurse, care home)', () => {
    expect(roleOf(draft('K.M. in bay 4 managed a full cup of tea after a week on fluids.'), 'K.M.')).toBe('patient');
    expect(roleOf(draft('Winifred (room 9) asked for her hair doing before the vicar came.'), 'Winifred')).toBe('patient');
    // A clinician in a consulting room is still staff; a colleague from a ward is not placed in a bed.
    expect(roleOf(draft('Dr Okafor in room 3 is running the baby clinic this morning.'), 'Dr Okafor')).toBe('staff');
    expect(roleOf(draft('---\naccount: practice\n---\nWell done to Staff Nurse Kofi Mensah from Ward 12!'), 'Nurse Kofi Mensah')).toBe(
      'staff',
    );
  });

  it('an animal named like a person is no patient, even beside care words (stroke unit)', () => {
    const d = draft('Bella the therapy dog sat with everyone on the stroke unit today, and her tail never stopped after her bath.');
    expect(roleOf(d, 'Bella')).toBe('other');
    expect(d.people.patients()).toEqual([]);
  });

  it('a capitalised workplace after a name makes it a place (care home thank-you)', () => {
    const d = draft('Thanks to Rose Hill Farm for bringing the lambs to see our residents.');
    expect(roleOf(d, 'Rose Hill')).toBe('organisation');
    // A three-word "name" ending in one is the place's too (a pub named after a singer).
    expect(roleOf(draft('Raffle prizes came from the Jenny Lind Inn, thank you!'), 'Jenny Lind Inn')).toBe('organisation');
  });

  it('a first name in lower case owning a tooth in notation is a patient (dentist)', () => {
    const d = draft("amir's UL4 filling finally stayed put this time");
    expect(roleOf(d, 'amir')).toBe('patient');
    // Lower case alone, with no care owned, is no name.
    expect(draft("amir's dog is called Biscuit").people.mentions.filter((m) => m.text === 'amir')).toEqual([]);
  });

  it('an age in apposition marks a name that is also a word, without making it a patient (district nurse)', () => {
    const d = draft('Bill, 88, told me about the war over a brew.');
    const bill = d.people.mentions.find((m) => m.text === 'Bill');
    expect(bill?.kind).toBe('first name');
    expect(bill?.person.evidence.map((e) => e.why)).toContain('an age given');
    expect(bill?.person.role).toBe('other');
    // Without the age, "Bill" is the everyday word.
    expect(draft('Bill told me about the war.').people.mentions).toEqual([]);
  });
});

// Ideas added after the sixth blind set, in voices of other professions than its drafts.
describe('people: care received, however it is said', () => {
  it('a clinician\'s "NNyo female" is a person singled out; "female runners" is nobody (A&E nurse, physio)', () => {
    const d = draft('Brought in a 62yo female from the leisure centre, collapsed on the treadmill.');
    const described = d.people.mentions.find((m) => m.kind === 'description');
    expect(described?.text).toBe('a 62yo female');
    expect(draft('Our clinic sees more female runners than male ones with shin pain.').people.mentions).toEqual([]);
  });

  it('medicines as they are dispensed are care: "his dosette box", "her meds" (carer, pharmacist)', () => {
    expect(roleOf(draft("Spent an hour with Arthur sorting his dosette box, he'd muddled the evening slots."), 'Arthur')).toBe('patient');
    expect(roleOf(draft('Had a lovely chat with Joyce while I checked her meds at the counter.'), 'Joyce')).toBe('patient');
    // The same words with no one's care: a colleague who runs the service.
    expect(roleOf(draft('---\naccount: practice\n---\nOur technician Hollie runs the dosette box service on Mondays.'), 'Hollie')).toBe(
      'staff',
    );
  });

  it("the signer of a quoted thank-you for their care is a patient; a leaving card's is not (ward, care home)", () => {
    const ward = draft(
      '---\naccount: practice\n---\nThis arrived today: "Thank you all on the stroke unit for getting me talking again. Love, Dennis Ruddock" 💐',
    );
    expect(roleOf(ward, 'Dennis Ruddock')).toBe('patient');
    const family = draft('---\naccount: practice\n---\n> Thank you for caring for my mum so gently.\n> With love, Karen Whitlow');
    expect(roleOf(family, 'Karen Whitlow')).toBe('patient');
    // A colleague's leaving card thanks for no care; a bare "thanks, <name>" thanks the one named.
    const leaving = draft('---\naccount: practice\n---\nBrenda left us this: "Thank you for making my last day so special. Love, Brenda"');
    expect(roleOf(leaving, 'Brenda')).not.toBe('patient');
    const thanked = draft('---\naccount: practice\n---\nA card on the ward: "You looked after my hip so well, thanks Priya"');
    expect(roleOf(thanked, 'Priya')).not.toBe('patient');
  });

  it('care given "with Dr X" is had by the one the pronoun means, and the pronoun after the clinician means them too (physio, optician)', () => {
    const d = draft(
      '---\naccount: practice\n---\nMeet Gwen! At Christmas she could barely manage the stairs. Eight weeks of rehab with Dr Osei later, and look at her go.',
    );
    expect(roleOf(d, 'Gwen')).toBe('patient');
    expect(roleOf(d, 'Dr Osei')).toBe('staff');
    const o = draft(
      '---\naccount: practice\n---\nSay hi to Florin! One eye test with Dr Haddad and his first varifocals later, he reads the paper again.',
    );
    expect(roleOf(o, 'Florin')).toBe('patient');
    expect(o.people.mentions.find((m) => m.text === 'Dr Haddad')?.person.evidence.every((e) => e.role === 'staff')).toBe(true);
  });

  it('"Meet X" is a hint of staff; a job title still makes a colleague of a new nurse who helps with care (dental practice)', () => {
    const lily = draft('---\naccount: practice\n---\nMeet Lily! She joined the front desk in March.').people.mentions.find(
      (m) => m.text === 'Lily',
    );
    expect(lily?.person.role).toBe('staff');
    expect(lily?.person.evidence.find((e) => e.why === 'welcomed')?.weight).toBe(1);
    const priya = draft(
      '---\naccount: practice\n---\nMeet Priya, our new dental nurse! She helps with implant appointments with Dr Lowe, so say hello to her.',
    );
    expect(roleOf(priya, 'Priya')).toBe('staff');
  });
});

describe('people: care given, not had, and who is no person at all', () => {
  it('a quoted note thanks for care given, or for training, from no one cared for (practice manager, student nurse)', () => {
    const manager = draft('---\naccount: practice\n---\nHer note says it all: "I am so grateful for the care you all give. Love, Sandra"');
    expect(roleOf(manager, 'Sandra')).not.toBe('patient');
    const student = draft(
      '---\naccount: practice\n---\nFrom a student: "Thanks for all the training on the ward, you helped me so much. From Aoife"',
    );
    expect(roleOf(student, 'Aoife')).not.toBe('patient');
  });

  it("care done alongside a clinician is the helper's work, not their care (practice nurse)", () => {
    const d = draft(
      '---\naccount: practice\n---\nShout out to Kerry, who helped with forty flu jabs with Nurse Obi. She deserves a cuppa!',
    );
    expect(roleOf(d, 'Kerry')).toBe('staff');
    expect(d.people.mentions.find((m) => m.text === 'Kerry')?.person.evidence.some((e) => e.role === 'patient')).toBe(false);
  });

  it('"She\'s our practice dog", "Rosie is our practice dog": the one named is an animal; "a tough old bird" is a person (practice, ward)', () => {
    const dog = draft("Meet Rosie! She's our practice dog, and after her boosters with Dr Hale she is back on reception.");
    expect(roleOf(dog, 'Rosie')).toBe('other');
    expect(roleOf(draft('Rosie is our practice dog, and after her boosters she is back on reception.'), 'Rosie')).toBe('other');
    const bird = draft('Mrs Jones is a tough old bird, cracking jokes the day after her hip replacement.');
    expect(roleOf(bird, 'Mrs Jones')).toBe('patient');
    expect(bird.people.mentions[0]!.person.evidence.some((e) => e.why === 'an animal')).toBe(false);
  });
});

describe('people: a role taken is no one else', () => {
  it('"as a partner", "as a receptionist" describe the one named, not a second person (GP practice, pharmacy)', () => {
    const gp = draft('---\naccount: practice\n---\nWe are delighted to welcome Dr Mei Chen as a partner at Brookside Surgery.');
    expect(gp.people.mentions.filter((m) => m.kind === 'description')).toEqual([]);
    const counter = draft('---\naccount: practice\n---\nJamal joins us on Monday as the new volunteer coordinator at Kingsway Pharmacy.');
    expect(counter.people.mentions.filter((m) => m.kind === 'description')).toEqual([]);
    // Someone met in care is still singled out after "as": an age makes them a person, not a role.
    const seen = draft('She presented as a 34-year-old woman from Leek with chest pain.');
    expect(seen.people.mentions.filter((m) => m.kind === 'description').map((m) => m.text)).toEqual(['a 34-year-old woman']);
  });
});

describe('people: after blind set 7', () => {
  it('a role said after a list of names is every name\'s: "our pharmacy team", "our physiotherapists" (pharmacy, physio)', () => {
    const team = draft('---\naccount: practice\n---\nFlu jabs in October with Priya and Tomasz, our pharmacy team.');
    expect(roleOf(team, 'Priya')).toBe('staff');
    expect(roleOf(team, 'Tomasz')).toBe('staff');
    const plural = draft('---\naccount: practice\n---\nSaturday clinics with Imogen, Rashid and Beth, our physiotherapists.');
    expect(roleOf(plural, 'Imogen')).toBe('staff');
    expect(roleOf(plural, 'Beth')).toBe('staff');
    // A singular job after the last name is that name's alone.
    const one = draft('---\naccount: practice\n---\nLovely to see Doris and Ken, our receptionist, at the summer fete.');
    expect(roleOf(one, 'Ken')).toBe('staff');
    expect(roleOf(one, 'Doris')).toBe('other');
  });

  it('a two-word name ending in a building word after "at" or "in" is the building (care home)', () => {
    const d = draft('---\naccount: practice\n---\nOur carer Femi has worked at Hazel Lodge for six years and in Ash Grange before that.');
    expect(roleOf(d, 'Hazel Lodge')).toBe('organisation');
    expect(roleOf(d, 'Ash Grange')).toBe('organisation');
    // Not after a preposition of place, the same words can be a person's name.
    expect(roleOf(draft('Thank you to Sarah Lodge for the flowers.'), 'Sarah Lodge')).not.toBe('organisation');
  });

  it('a handle that ends in a business word, or is thanked for hosting, is an organisation; one ending in a name is a person', () => {
    expect(roleOf(draft('Coffee morning at @HarbourViewCafe on Friday!'), '@HarbourViewCafe')).toBe('organisation');
    expect(roleOf(draft('Thanks @RedKiteDarts for hosting our quiz night.'), '@RedKiteDarts')).toBe('organisation');
    expect(roleOf(draft('Look who was in the chair today! @oakbakery_ceri'), '@oakbakery_ceri')).not.toBe('organisation');
  });

  it('a first name with the team they play for, beside an injury, is a patient; a fundraiser from the team is not (physio)', () => {
    const hurt = draft(
      '---\naccount: professional\n---\nGreat session with Callum from the Ashby U14s today: hamstring finally holding up to sprints.',
    );
    expect(roleOf(hurt, 'Callum')).toBe('patient');
    const raised = draft(
      '---\naccount: practice\n---\nWell done to Callum from the Ashby U14s, who raised £90 for the hospice with a sponsored dribble.',
    );
    expect(roleOf(raised, 'Callum')).not.toBe('patient');
  });
});

describe('people: after blind set 8', () => {
  it('someone named with the firm they are from works there; their own care still makes them a patient (dental, pharmacy)', () => {
    const rep = draft(
      '---\naccount: practice\n---\nThanks to Priya from Brightside Dental Supplies who came in today to take the team through the autoclave.',
    );
    expect(roleOf(rep, 'Priya')).not.toBe('patient');
    expect(rep.people.mentions.find((m) => m.text === 'Priya')!.person.evidence.map((e) => e.why)).toContain('works for a firm');
    const byName = draft('Jo from Amelia Hartwell came in to train the team on the new camera.');
    expect(roleOf(byName, 'Jo')).not.toBe('patient');
    expect(roleOf(draft('Sam from Oakfield Pharmacy came in for his flu jab today.'), 'Sam')).toBe('patient');
  });

  it('a lower-case handle holding a business word is a business; a name at its start or a tag at its end keeps a person (nursing, fell rescue)', () => {
    expect(roleOf(draft('Cake by @millbrookbakerytq for our leaving do!'), '@millbrookbakerytq')).toBe('organisation');
    expect(roleOf(draft('Cake by @jessicahall for our leaving do!'), '@jessicahall')).not.toBe('organisation');
    expect(roleOf(draft('Great to run with @megan_runs_uk today.'), '@megan_runs_uk')).not.toBe('organisation');
  });

  it('the one the author did something to, with an injury in that clause, is a patient; running with them is not (mountain rescue)', () => {
    const hurt = draft('Remember @megan_runs_uk who we stretchered off Helvellyn in March with a shattered ankle?');
    expect(roleOf(hurt, '@megan_runs_uk')).toBe('patient');
    const ran = draft('Shoutout to @megan_runs_uk who we ran with at the fell race on Sunday, grinning all the way.');
    expect(roleOf(ran, '@megan_runs_uk')).not.toBe('patient');
  });

  it('the names in a paragraph about the rota are colleagues, whatever their own care; a patient placed in a bay is not (care home, ward)', () => {
    const rota = draft("March rota is up! Shona, you've got the Sunday lates, and Dev is off the 3rd to the 10th for his knee op.");
    expect(roleOf(rota, 'Shona')).toBe('staff');
    expect(roleOf(rota, 'Dev')).toBe('staff');
    const ward = draft('Swapped onto the Christmas rota so I can be with Mrs Okafor in bay 6 for her last days.');
    expect(roleOf(ward, 'Mrs Okafor')).toBe('patient');
  });

  it('an age, then "retired" or "former" and a job, singles one person out (paramedic)', () => {
    const d = draft('Call to the Co-op in Settle, 68 yr old former firefighter collapsed in the queue.');
    expect(d.people.mentions.find((m) => m.kind === 'description')?.text).toBe('68 yr old former firefighter');
  });
});

describe('people: the names found, shared with the rules', () => {
  // The rules read the names the people layer found (one search per draft) without those found
  // only by where they stand: that must be exactly what the search without that help finds.
  const drafts = [
    'Our practice manager Nimisha and Dr Okafor welcomed J.S. and Mrs Pemberton-Hale today.',
    "gary's LL6 came out fine. Will and Grace from reception say hi to Siân Prydderch.",
    'Huge thanks to our receptionist Tamsin, to Rhodri Vaughan-Ellis, and to MR JONES for the flowers.',
    'Welcome Ffion, our new trainee, who joins Staff Nurse Adaeze and Tindall on the ward.',
  ];
  for (const text of drafts)
    it(`the same names as the plain search: ${text.slice(0, 40)}`, () => {
      const d = draft(text, ['Tindall']);
      const plain = findNamesIn(d).map((n) => n.text);
      const shared = d.people.foundNames.filter((n) => !n.apposed).map((n) => n.text);
      expect(shared).toEqual(plain);
      // The help finds more, here: the shared list is not just the plain one.
      expect(d.people.foundNames.length).toBeGreaterThan(plain.length);
    });
});
