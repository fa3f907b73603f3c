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
    // A one-word verdict after "you" that is about a thing, or after praise.
    'You were right about the new stock system. Useless. Back to paper for now.',
    'To the porters who stayed late tonight: you are a credit to the ward. Brilliant does not cover it.',
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
    // A verdict in its own sentence, on the person just told what they are.
    {
      code: 'To the sonographer who rushed my scan: you are a complete joke. Incompetent does not begin to describe it.',
      errors: ['aimed'],
    },
  ],
});

// Evidence aimed at the draft's targets (rules/lib/attack-evidence.ts), named or not.
ruleTester('personal-attack', {
  valid: [
    // Criticism of a rota, a decision or an organisation.
    'Why does the new rota put two newly qualified nurses alone on nights? The rota is a mess and the decision makes no sense.',
    "The trust's decision to close the minor injuries unit at weekends is short-sighted.",
    // Praise in the same frames as an insult.
    'Our receptionist Dawn is an absolute star: she stayed late three nights running.',
    // Self-deprecation and abuse quoted to call it out.
    "I'm a total muppet, left the fridge key in my other tunic again",
    'Our pharmacists were called "useless b*stards" at the counter twice this week. Abuse of staff is never OK.',
    // A protected group is offensive-language's; a group mentioned kindly is nobody's.
    'Eid Mubarak to all our patients and staff celebrating today 🌙',
    // Wishing someone disciplined is reported once, as harm, not as gloating.
    'Shout out to our band 7 who finally got her MSc after five years of evening study!',
    // Palliative care and kind hopes are not harm wished.
    'Dying Matters Week: every patient should die with dignity, in the place they choose.',
    "Hope she doesn't suffer any more, her family were with her",
  ],
  invalid: [
    { code: 'why are agency coordinators always such pr*cks about shift swaps??', errors: ['aimed'] },
    { code: 'oi numpty in the blue audi, the disabled bay is not your parking space', errors: ['aimed'] },
    { code: 'area managers telling us how to run a Saturday counter. clueless, the lot of you 🤡', errors: ['aimed'] },
    // The listed-phrase check finds this one first; the evidence pass does not report it again.
    { code: '@HighStreetSpecs your senior optometrists are a bunch of clowns', errors: ['insult'] },
    { code: "to the radiologist who sends every film back: you're a gutless box-ticker", errors: ['aimed'] },
    { code: 'To whoever at head office thought a 7am Sunday webinar was a good idea: GTFO', errors: ['aimed'] },
    { code: 'Shoutout to "Dr" Callum on AMU who told my patient he was one of the doctors.', errors: ['aimed'] },
    { code: 'Room 9 tonight = a 30-stone fella who thinks deodorant is optional 🤮', errors: ['contempt'] },
    { code: 'third call tonight to the same frequent flyer on the estate, natural selection can come soon enough', errors: ['contempt'] },
    { code: 'Leanne and Josh from nights reported me. Screenshot their faces so everyone knows who they are', errors: ['exposure'] },
    { code: 'Dr M on our unit finally got suspended today. We all saw it coming.', errors: ['gloat'] },
    { code: 'the agency lot on nights, someone should run them over in the car park', errors: ['harm'] },
    { code: 'the bloke who spat at our paramedic deserves to suffer', errors: ['harm'] },
    {
      code: 'apparently we have to call the new porter "she" now. not getting changed next to a tr@nny',
      errors: [{ messageId: 'aimed', line: 1, column: 84, endColumn: 90 }],
    },
  ],
});

// Blind set 6: an insult word before a thing it modifies; animals and "waste of" said of people.
ruleTester('personal-attack', {
  valid: [
    'Brave little Priya chose the dinosaur sticker after her check-up today 🦖',
    'Our optician Sam wore the clown costume for the charity fun run.',
    'Dr Osei said the new audit was a waste of time, and we agreed to simplify it.',
    'The new booking system is a waste of money, if you ask me.',
    "It's down to you to chase your references, we can't do it for you.",
  ],
  invalid: [
    { code: 'Area managers at Fenwick Road: greedy spreadsheet parasites, the lot of you.', errors: ['aimed'] },
    { code: 'The bloke who rang three times about his parking is the biggest waste of space on the planet.', errors: ['aimed'] },
    { code: 'Our manager who never answers emails is a waste of oxygen.', errors: ['aimed'] },
  ],
});

// An insult said of a whole group ("..., the lot of them"); care words that name a service.
ruleTester('personal-attack', {
  valid: [
    'The agency carers on the late shift were brilliant, the lot of them.',
    'The new hoists on the unit are useless, the lot of them.',
    '---\naccount: practice\n---\nShower chairs and wash basins have been replaced in every room. Residents can try them from Monday.',
  ],
  invalid: [
    { code: 'The relatives we get at visiting time on a sunday are clueless, the lot of them.', errors: ['aimed'] },
    { code: 'Agency pharmacists covering the weekend again. Useless, every one of them.', errors: ['aimed'] },
  ],
});

// Nouns said of things as often as of people; a thing's verb; people described by what they do;
// mishaps wished on someone.
ruleTester('personal-attack', {
  valid: [
    'Our practice manager has had three weeks to sort the rota. Beyond a joke now.',
    'The rota from our practice manager is beyond a joke.',
    'By the end of the shift the swelling creeps up past the ankle, the nurse said.',
    "Hope nobody slips on the ice outside, we've gritted the path.",
    'Hope the new rails mean fewer residents fall over this winter.',
    'Hope you all get sick of hearing about our open day!',
  ],
  invalid: [
    { code: 'Our ward manager is an absolute joke, cancelled my leave the day before.', errors: ['insult'] },
    { code: 'The porters who film us on our breaks are creeps, every one of them.', errors: ['aimed'] },
    { code: 'The drunks who kick off in the waiting room every Friday are the scum of the earth.', errors: ['aimed'] },
    { code: 'The visitors who park across the ambulance bay. Vultures, every one of them.', errors: ['aimed'] },
    { code: 'Hope the manager who cut our pool sessions slips on the poolside and needs rehab.', errors: ['harm'] },
  ],
});

// Blind set 10: "pompous" insults; "<slighting adjective> cow" said of whoever is on the front desk.
ruleTester('personal-attack', {
  valid: ['Spent my day off on the farm helping with the cows 🐄 back on the ward tomorrow'],
  invalid: [
    { code: 'To the registrar who sighed at my bleep: you are a pompous windbag and nobody can stand you.', errors: ['aimed'] },
    { code: 'the dozy cow on the front desk lost my referral again. how is she still employed', errors: ['insult'] },
  ],
});
