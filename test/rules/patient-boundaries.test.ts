import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('patient-boundaries', {
  valid: [
    'Had a lovely card from a patient today – made my week.',
    '---\naccount: practice\n---\nMessage us on Facebook or call reception to book your check-up.',
    'My sister sent me a friend request on the new app, finally joined the 21st century!',
    '@BDA_Dentistry great article on the new contract, thanks for sharing.',
    'Patients often ask whether they can follow us on Instagram: yes, we post tips every week!',
    'DM me for the recipe, it is delicious.',
  ],
  invalid: [
    {
      code: 'Just accepted a friend request from one of my patients 😬 is that allowed??',
      errors: [{ messageId: 'connection', line: 1, column: 17 }],
    },
    {
      code: "Any of my patients reading this – DM me and I'll squeeze you in next week, no need to ring the practice 😉",
      errors: ['privateChannel'],
    },
    { code: '@jess_m92 so glad the extraction site is healing nicely, see you at your review on Tuesday!', errors: ['treatment'] },
    { code: '@jo_taylor your crown is back from the lab, see you Tuesday 👍', errors: ['treatment'] },
    { code: 'One of my service users added me on Instagram last night. Awkward!', errors: ['connection'] },
    { code: 'My clients can WhatsApp me any time for exercise tweaks, no need to go through the clinic.', errors: ['privateChannel'] },
    { code: '@sam.k88 your new lenses should be ready Friday, pop in to collect!', errors: ['treatment'] },
    { code: 'A patient asked me out after his physio session today. Flattered but no!', errors: ['connection'] },
  ],
});

// Money from someone in care; a reply to an organisation about its people.
ruleTester('patient-boundaries', {
  valid: [
    '@gdcuk your case examiners could not do a crown prep if their pension depended on it',
    'Thank you to the family who brought in a tin of biscuits for the team. It meant a lot.',
    'Mr H in room 12 tried to slip me £20 again today. I declined and told the nurse in charge, as always.',
  ],
  invalid: [
    { code: 'Mr H in room 12 slipped me another £50 today for being his favourite 😂', errors: ['gift'] },
    { code: 'the gent in bed 3 handed me a twenty quid note for being his favourite nurse', errors: ['gift'] },
  ],
});

// Reaching a patient through personal channels, in any person; a draft that speaks to one patient.
ruleTester('patient-boundaries', {
  valid: [
    'Find us on Facebook for our opening hours over Christmas.',
    '@DentalTechUK lovely lab visit today, thanks for the tour of your milling room.',
  ],
  invalid: [
    {
      code: 'The gentleman I treated for his shoulder last week, I looked you up on Facebook and sent you a friend request!',
      errors: ['connection'],
    },
    {
      code: 'Any of my old physio patients from the leisure centre clinic, shoot me a quick message and I will fit you in.',
      errors: ['privateChannel'],
    },
    // The person in care is described, not called a patient.
    {
      code: 'To the lovely lady from cubicle 3 on Friday night, I added you on Instagram, hope you are on the mend!',
      errors: ['connection'],
    },
    // Addressed by their care: the reader is a patient though the post never says "patient".
    {
      code: 'To my Thursday knee replacement gent, looked you up on Facebook and sent you a follow. Keep up the squats!',
      errors: ['connection'],
    },
    // The reader's own care and a private channel: "your scan" makes the reader a patient.
    { code: 'Message me privately and I will explain what your scan showed before the clinic letter arrives.', errors: ['privateChannel'] },
    // One report for the person spoken to, however many sentences talk of their care.
    {
      code: '@raj_p88 hope the new splint feels ok! Your review is on Monday and your exercises are in the leaflet.',
      errors: ['treatment'],
    },
    {
      code: '@marie_k70 great to see you at the eye clinic on Monday. Your new varifocals are in, collect them any time.',
      errors: [{ messageId: 'treatment', line: 1, column: 58 }],
    },
  ],
});

// Blind set 6: a relationship with someone met through care; a private channel in a sales pitch.
ruleTester('patient-boundaries', {
  valid: [
    // Someone else's relationship, not the author's.
    "Seen a lad in clinic today whose mum's new boyfriend drives him in. Lovely family.",
    'Date night with my husband of twenty years after a long week on the ward 🍝',
    // A partner who visits is no patient, however many patients are in the sentence.
    'My new girlfriend popped in with doughnuts for the ward and the patients adored her.',
    // A sales pitch invites buyers: commercial-promotion reports it.
    'Nail tech by night 💅 gel sets £25, evenings only at my home studio. Message me for prices!',
    'Looking for three people to join my team and earn from home around your shifts. DM me!',
  ],
  invalid: [
    { code: 'Started seeing someone I met when she came in for her hearing test 🙈 is that allowed?', errors: ['relationship'] },
    { code: 'Finally got together with the lovely man I treated for his frozen shoulder last spring.', errors: ['relationship'] },
    // A particular patient in a pitch is still a boundary problem.
    { code: 'My patient from Tuesday wants a lash set at my home studio, £30. Message me privately to book.', errors: ['privateChannel'] },
  ],
});

// "ur" is "your"; anything made or done in care is the person's treatment.
ruleTester('patient-boundaries', {
  valid: ['@kez ur new haircut is stunning, see you at the quiz x'],
  invalid: [
    { code: "@kez ur brace is back from the lab, I'll pop it in for you after work x", errors: ['treatment'] },
    { code: '@dan_r your splint is ready, come by the clinic at 4', errors: ['treatment'] },
  ],
});
