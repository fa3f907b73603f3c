import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('personal-attack', {
  valid: [
    // Criticism of decisions, policies and things, not people.
    "NHS England's decision to cut the pharmacy funding uplift is short-sighted and will cost more in A&E visits.",
    'The new referral form is genuinely the worst form I have ever used. Fourteen pages! Please fix it, @NHSGGC 🙏',
    "I disagree with the Health Secretary's plan – the evidence on patient safety just isn't there yet.",
    'Our IT system is useless today, third crash before lunch.',
    // Praise, self-deprecation and negated insults.
    'Our new receptionist is brilliant – calm, kind and never rude even on the busiest Monday.',
    'I am such an idiot, left my lanyard at home again 🙈',
    'Shout out to Dr Priya Shah, who is far from lazy: she ran the whole clinic alone today.',
    'Hope our student nurse Amy enjoys her first placement – she will be brilliant!',
    // Patients as a whole, without a target.
    'Fed up of no-shows this week. Please cancel if you cannot come.',
    "Hope the patient in bay 4 doesn't suffer overnight – the pain team are on it.",
  ],
  invalid: [
    { code: 'Dr Kevin Marsh at the practice down the road is an absolute butcher. Avoid!!', errors: ['insult'] },
    { code: "Our new receptionist is as thick as two short planks, honestly don't know how she got the job", errors: ['insult'] },
    { code: '@DrMikeSmilesLeeds you are a fraud and a disgrace to the profession.', errors: ['insult'] },
    { code: 'Hope that locum from last week, Darren Finch, trips over his own ego and breaks something 🙄', errors: ['harm'] },
    { code: 'Patients from the Ferrier estate are the worst – rude, filthy and never on time.', errors: ['insult'] },
    { code: 'The night staff on ward 7 are the laziest people I have ever worked with.', errors: ['insult'] },
    { code: 'Tom, the pharmacist at Boots on King Street, could not count tablets to save his life.', errors: ['insult'] },
    { code: 'Just met the new practice manager. She is clueless and so smug about it.', errors: ['insult'] },
    { code: 'Bright Smiles Dental are cowboys – ripping people off with fake "specialists".', errors: ['insult'] },
    { code: '@physio_dan hope you get struck off, you are a danger to patients', errors: ['harm'] },
  ],
});
