import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

ruleTester('patient-identifiability', {
  valid: [
    'Lots of patients ask us whether whitening damages enamel. Ask us at your next check-up!',
    '---\naccount: practice\n---\nPlease welcome Dr Priya Shah to the team! Priya joins us from Exeter on Mondays.',
    '---\naccount: practice\n---\nHuge congratulations to our dental nurse Becky on passing her radiography certificate!',
    '---\naccount: practice\n---\nCall us on 01409 254 354 to book your hygienist appointment.',
    "Everyone is talking about Tom Cruise's smile, but veneers need looking after too.",
    'Interesting case: lower first molar with a C-shaped canal. Radiograph shared with identifying details removed.',
    '---\nconsent: {reference: C-1042, scope: [name, quote]}\n---\n"I was terrified until I met the team" – thank you Sarah for your lovely review!',
    '---\nconsent: {reference: C-2291, scope: [photo]}\n---\n![Patient before and after whitening](img/before-after.jpg)\n\nSwipe to see the result!',
    // Consent to be named covers the lesser details that identify only together (an OT's case story).
    '---\naccount: practice\nconsent: {reference: OT-12, scope: [name]}\n---\nMarcus, 58, a joiner from Kendal, is back on the tools six months after his stroke. Thank you for letting us share this, Marcus!',
    { code: 'Had Gemma Clarke in clinic today helping with the new hearing loop. Thanks Gemma!', practice: { staff: ['Gemma Clarke'] } },
    'Our order number 9434765919 for the new autoclave has shipped.',
    'Our newsletter is out: https://smile.example/news/2025/07700900123',
    'Great physio session with the team at the Leeds half marathon on Sunday.',
    'Hello Monday! Fresh week, fresh coffee, full diary of check-ups.',
    // Staff, organisations named after people, the practice's own mailbox: the people layer places them.
    '---\naccount: practice\n---\nOur Lead Nurse for diabetes, Rosalind Achebe, said the new foot clinic has cut waits for patients by half.',
    '---\naccount: practice\n---\nWe are hiring a trainee dental nurse! Email your CV to Karen at jobs@brookdental.example.co.uk',
    '---\naccount: practice\n---\nThank you to everyone who walked for Marie Curie on Saturday: £1,200 raised for their nurses, who cared for so many of our patients.',
    'Hi all, I (Marnie) run the knee class at the leisure centre on Tuesdays. Bring water!',
    // A picture with nobody in care in view.
    '[photo of the team at the fun run] Ten of us, one medal each, zero blisters.',
    // An appointment slot alone names nobody.
    'My 9am has cancelled again.',
    // A picture at work of the team, or of a named colleague, shows no patient.
    '[photo] Team breakfast after a long nightshift, all of us asleep by 10 #nightshift',
    '[photo] My crewmate Jordan after a double on the road, he is shattered 🚑',
    // Staff named in a picture's alt text with their jobs (an optician's team photo).
    '---\naccount: practice\n---\n![Dr Ruth Ansah, optometrist Kieran Doyle and receptionist Mei Lin at the front desk](team.jpg)\n\nSay hello next time you visit!',
    // A handle of several words ending in a town, with no one's name in it, is a business's (a café thanked by a GP practice).
    "---\naccount: practice\n---\nThank you @CopperKettleBude for the cakes at today's flu clinic, you kept our patients smiling!",
    // The alt text introduces the name as staff: its file name's "shona" is the same colleague (a pharmacy's refit).
    '---\naccount: practice\n---\nOur dispensary has had a refit!\n\n![Our dispenser Shona at the new counter](img/shona-new-counter.jpg)',
    // An age range is who is eligible, not anyone's age (a pharmacy notice).
    '---\naccount: practice\n---\nWe can now treat earache and sore throats in children aged 1–17 and adults aged 65 and over without a GP appointment.',
    // An address in a post at work with no one's complaint beside it is nobody's home (an ambulance station's open day).
    'Open day at the station, 4 Mill Lane, this Saturday! Come and sit in the ambulance #ambulancelife',
    // A signed quoted message that thanks for no care (a colleague's leaving card).
    '---\naccount: practice\n---\nBrenda left us this on her last day: "Thank you for making my last day so special. Love, Brenda"',
    // A retiring GP: "his last clinic" is the GP's, and "Fernbank Surgery" is the practice's name, not an operation.
    '---\naccount: practice\n---\nAfter 30 years at Fernbank Surgery in Tiverton, Dr Olu Adeyemi retires in May. He has trained more GP registrars than anyone in the village. His last clinic is on Friday.',
    // "as a partner" is the role the GP takes, not someone else singled out at a named place.
    '---\naccount: practice\n---\nWe are delighted to welcome Dr Mei Chen as a partner at Brookside Surgery. Dr Chen has been a salaried GP with us for four years and runs our minor surgery list.',
    // "Meet X" for a new colleague who helps with care given by a clinician.
    '---\naccount: practice\n---\nMeet Priya, our new dental nurse! She helps with implant appointments with Dr Lowe, so say hello to her.',
    // A jigsaw's details are one person's: a pharmacy's year in review names a street, blood pressure checks and the
    // fire brigade in different paragraphs about different things.
    "---\naccount: practice\n---\nOur pharmacy's year in review.\n\nIn May our pharmacist Ravi Patel started a Saturday clinic on Mill Street.\n\nAt the summer fete we ran blood pressure checks and the fire brigade brought an engine for the children.\n\nAs ever, our patient panel meets on the first Monday of the month.",
    // '"...," she said' means the radiographer quoted, not the scanner named last (a trust's news of a memorial fund).
    '---\naccount: practice\n---\nOur new bladder scanner was part-funded by the Ellen Hart Memorial Fund, set up by the family of a much-loved local postman, with a charity match every summer. Lead radiographer Mia Cole said the scanner would spare patients a catheter and an infection. "It will make a real difference to the ward," she said.',
    // Names after a team in a picture's description are staff, every name of the list (a pharmacy's team photo).
    '---\naccount: practice\n---\nMeet the people who answer the phone.\n\n![Our dispensary team Harriet and Sunil at the counter](img/dispensary-team.jpg)\n\nHarriet and Sunil have been with us for ten years between them.',
    // A supplier's trainer, named with the firm they are from, is no patient; nor are colleagues on the rota.
    '---\naccount: practice\n---\nThanks to Priya from Brightside Dental Supplies who came in today to take the team through our new autoclave.',
    "March rota is up! Shona, you've got the Sunday lates again, and Dev is off the 3rd to the 10th for his knee op.",
  ],
  invalid: [
    // A team beside a name is not in apposition to it: "the team with Doris" shows Doris (a ward's photo).
    {
      code: '---\naccount: practice\n---\nWhat a morning!\n\n![The team with Doris after her hip op](img/doris-ward.jpg)\n\nBack on her feet in no time.',
      errors: ['photo'],
    },
    // A street named after someone is no firm: "Dave from Henry Street" is still where a patient is.
    { code: 'Dave from Henry Street came in again today, same cracked molar, same excuses.', errors: ['name'] },
    // A handle addressed with the injury the author rescued them with (fell rescue).
    {
      code: 'Remember @megan_runs_uk who we stretchered off Helvellyn in March with a shattered ankle? Just watched you finish the fell race!',
      errors: ['detail'],
    },
    // A paragraph that opens with "She's" goes on about the resident of the one before (a care home worker's post).
    {
      code: "---\naccount: personal\n---\nHad a proper natter with a new resident this afternoon.\n\nShe's a retired headmistress from Hexham, and beat me at cribbage twice.",
      errors: ['jigsaw'],
    },
    {
      code: 'Chasing a max fax referral for my patient, NHS no 943 476 5919, 14 weeks now.',
      errors: [{ messageId: 'nhsNumber', line: 1, column: 51, endColumn: 63 }],
      output: 'Chasing a max fax referral for my patient, NHS no 943 ••• ••••, 14 weeks now.',
    },
    { code: '---\nconsent: true\n---\nNHS number: 9434765919 please call the ward.', errors: ['nhsNumber'] },
    {
      code: 'Had the lovely Margaret Hughes in the chair this morning for her denture fit.',
      errors: [{ messageId: 'name', line: 1, column: 16, endColumn: 31 }],
    },
    { code: 'Mrs B from Bideford came back today to say thanks for her new bridge.', errors: ['name'] },
    { code: 'Lovely chat with the gentleman in bed 12 (88, ex-miner from Camborne) on nights.', errors: ['jigsaw'] },
    {
      code: 'Saw a 34-year-old primary school teacher from Bude this morning who fell off her horse at the Holsworthy show.',
      errors: ['jigsaw'],
    },
    { code: '![Patient before and after whitening](img/jane-before-after.jpg)\n\nAmazing transformation!', errors: ['photo'] },
    {
      code: 'Does anyone know a Mr Dawson from Launceston? Patient left his glasses and the number on file (07700 900123) is dead.',
      errors: ['name', 'detail'],
    },
    { code: 'Patient: Rebecca Collins\nDOB 14/02/1988\nPlease RT if you know her.', filename: 'x.txt', errors: ['name', 'detail'] },
    { code: '@jess_m92 so glad the extraction site is healing nicely, see you at your review!', errors: ['detail'] },
    { code: 'My lady in bay 4, Doreen, asked for her teeth in before visiting time. MRN 4471923.', errors: ['name', 'recordNumber'] },
    { code: 'Dispensed for a Mr Okafor today and his postcode TR1 3LJ was wrong on the prescription.', errors: ['name', 'detail'] },
    { code: 'Happy 100th birthday to our oldest patient, Edna, born 3 March 1926!', errors: ['name', 'detail'] },
    // A day list: times with names, teeth in dental notation and treatments.
    {
      code: '9:00 Mrs Patel UR6 ext\n9:30 J. Brown scale and polish\n10:15 Mr Cole LL8 RCT',
      filename: 'x.txt',
      errors: [{ messageId: 'list', line: 1, column: 1, endLine: 3 }],
    },
    { code: 'Lovely result today!\n\n![smile](uploads/kerry-mcbride-smile.jpg)', errors: ['photo'] },
    // A named person's contact details on a practice account, whatever the other words.
    {
      code: '---\naccount: practice\n---\nA reminder for Alison Kettering: your bridge is ready, ring 07700 900456 if Thursday suits.',
      errors: ['name', { messageId: 'detail', line: 4, column: 61, endColumn: 73 }],
    },
    { code: 'Heartbroken for the 16-year-old lad we had in resus after the crash on Mill Lane in Truro.', errors: ['jigsaw'] },
    // Title and surname in lower case; a first name as the subject of their own recovery.
    { code: 'mrs p came in with her denture in a hankie again', errors: [{ messageId: 'name', line: 1, column: 1, endColumn: 6 }] },
    { code: 'Rhiannon is walking without her crutches six weeks after the ACL repair.', errors: ['name'] },
    // Described, not named, but one of a kind: a public role, with their care.
    {
      code: 'Had the mayor in for his flu jab today, he is terrified of needles.',
      errors: [{ messageId: 'described', column: 5, endColumn: 14 }],
    },
    // A picture placeholder in a post about someone in care.
    { code: '[photo] The gentleman in bed 3 finally smiling after his op', filename: 'x.txt', errors: ['photo'] },
    // A picture taken at work with someone in view who is not staff: a warning.
    {
      code: '[pic] quiet one tonight, found her sat at the bus stop in the rain #nightshift',
      filename: 'x.txt',
      errors: [{ messageId: 'photo', severity: 1 }],
    },
    // An NHS number in a picture's alt text is posted with it; no consent covers it.
    {
      code: "---\nconsent: {reference: C-77, scope: [name, photo]}\n---\nMeet Gwen, back on her bike!\n\n![Gwen's discharge letter, NHS no 943 476 5919](gwen.jpg)",
      errors: [{ messageId: 'nhsNumber', line: 6 }],
    },
    // "born <date>" beside a person named in its sentence (a care home birthday post).
    {
      code: '---\naccount: practice\n---\nHappy birthday to Ivy Marsden (born 02/07/1931), the star of our Tuesday singalong!',
      errors: [{ messageId: 'detail' }],
    },
    // After the sixth blind set: a home visited at work beside a complaint; a clinician's "NNyo male"; medicines as dispensed;
    // the signer of a quoted thank-you for care; care "with Dr X" had by the one the pronoun means.
    { code: 'Nights. Sent to 9 Larkspur Grove again at 2am, same fall, same refusal to go in #paramediclife', errors: ['detail'] },
    { code: 'Rough night. 71yo male, retired postman, found on his kitchen floor with a broken hip. #nurselife', errors: ['jigsaw'] },
    // A handle ending in a town that holds a first name is that person's.
    { code: '@AmyBrownLeeds so glad the extraction site is healing, see you at your review!', errors: ['detail'] },
    // After the seventh: the person met singled out (an age, a sex) in the sentence beside the encounter;
    // a name in a picture that nothing introduces as staff, beside a colleague's.
    {
      code: 'On a job tonight to Cedar Close in Barnstaple. Gent in his 70s, been on the floor since lunchtime. #ambulancelife',
      errors: ['jigsaw'],
    },
    {
      code: '---\naccount: practice\n---\nOur dispensary has had a refit!\n\n![Our dispenser Shona with Harold at the new counter](img/shona-harold.jpg)',
      errors: [{ messageId: 'photo', line: 6 }],
    },
    { code: "Spent an hour with Arthur sorting his dosette box, he'd muddled the evening slots again.", errors: ['name'] },
    {
      code: '---\naccount: practice\n---\nThis arrived today: "Thank you all on the stroke unit for getting me talking again. Love, Dennis Ruddock" 💐',
      errors: [{ messageId: 'name', line: 4, column: 91 }],
    },
    {
      code: '---\naccount: practice\n---\nMeet Gwen! At Christmas she could barely manage the stairs. Eight weeks of rehab with Dr Osei later, and look at her go.',
      errors: [{ messageId: 'name', line: 4, column: 6 }],
    },
    // Consent said in the text but not recorded: a warning to record it.
    {
      code: "---\naccount: practice\n---\nHappy 90th birthday to our resident Maureen! Shared with Maureen's permission.",
      errors: [
        { messageId: 'name', severity: 1 },
        { messageId: 'name', severity: 1 },
      ],
    },
  ],
});

describe('patient-identifiability: what a report prints', () => {
  it('masks a home address word by word: a house number of two digits left the street whole', async () => {
    const r = await runRule(
      'patient-identifiability',
      'Third call-out this week to 14 Larkspur Grove, same gent, same chest pain #ambulancelife',
    );
    const detail = r.messages.find((m) => m.messageId === 'detail');
    expect(detail?.message).toContain('1• L••••••• G••••');
    expect(detail?.message).not.toMatch(/Larkspur|Grove/);
  });
});
