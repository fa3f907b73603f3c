import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('confidential-info', {
  valid: [
    "The team raised £1,240 for St Petroc's Society at the Truro 10k on Sunday.",
    '---\naccount: practice\n---\nWe are delighted to announce that Riverside Dental has joined our group: same team, same care.',
    'Dentists are losing money on every NHS course of treatment, says the BDA.',
    'Congratulations to our nurse Becky on passing her exams!',
    'Pay rise for nurses announced by the government today.',
    "I'm one of the student nurses and I'm taking over the trust's account for the day!",
    'Taking over the night shift from a crewmate so she can get to the nativity.',
  ],
  invalid: [
    { code: "Practice turnover hit £1.2m this year but the partners still won't give the nurses a pay rise 🙄", errors: ['finance'] },
    { code: "Can't say too much yet but we're buying out Riverside Dental next month – big changes coming!", errors: ['plans'] },
    { code: "Our receptionist is pregnant again, she's pregnant with twins but hasn't told the boss yet!", errors: ['colleague'] },
    { code: 'Rumour is the pharmacy is being sold to a chain, keep it quiet.', errors: ['plans'] },
    { code: 'Heard a national chain is taking over our care home in January.', errors: ['plans'] },
    { code: 'The door code at work is still 1234, nobody ever changes it 😂', errors: ['secret'] },
    { code: 'Our practice is £80k in the red and the owner is still buying a new Porsche.', errors: ['finance'] },
  ],
});

// Work matters weighed per paragraph (rules/lib/work-matters.ts, rules/data/work-matters.yaml).
ruleTester('confidential-info', {
  valid: [
    '---\naccount: practice\n---\nWe are hiring a receptionist. For an informal chat call our practice manager Sunita on 01632 960 184.',
    // An advert that says what is "wanted" states the pay on purpose.
    '---\naccount: practice\n---\nPharmacy counter assistants wanted! £12.40 an hour, paid training and a warm welcome from our manager Mr Osei. Apply online.',
    '---\naccount: practice\n---\nSpring offer: 20% off hygiene appointments booked this month with code SMILE20.',
    '---\naccount: practice\n---\nWe are a social enterprise that runs for-better-profit: our surplus goes back into free dental care.',
    '---\naccount: practice\n---\nOur principal promised £1 per bonus kilometre on the exercise bike. Final total £1,041 for Cash for Kids!',
    '---\naccount: practice\n---\nOur CQC inspection report, published today, rates us Good in every area. Thank you, team!',
    'What a week: a burst pipe, the lift out and our annual inspection on Thursday. So proud of this team.',
    'rota out 3 days late AGAIN and we are two carers down on the dementia unit',
    'Really hope the locum who covered Saturday gets struck off.',
  ],
  invalid: [
    { code: "[photo of the off-duty] here's who's on for Christmas 👀", errors: ['workMatter'] },
    // "wanted to say" is not a job advert: a colleague's pay is still theirs.
    { code: 'Just wanted to say our receptionist Sarah only earns £9 an hour, which is shocking.', errors: ['colleague'] },
    {
      code: 'Heard in confidence from area office: the Elm Road branch is closing and staff have not been told yet.',
      errors: ['workMatter'],
    },
    { code: 'Our draft inspection report says requires improvement. Not public yet so keep it quiet x', errors: ['workMatter'] },
    { code: 'Dr M on our unit got suspended pending investigation today.', errors: ['workMatter'] },
    { code: 'CD cupboard out by two amps of morphine again. Always the week a certain locum is in.', errors: ['workMatter'] },
    { code: 'Child protection conference for the same family this morning, their fifth this year.', errors: ['workMatter'] },
  ],
});

// An inspection result before it is published; the court steps of a child's case.
ruleTester('confidential-info', {
  valid: [
    '---\naccount: practice\n---\nOur GPhC inspection is published: all standards met. Thank you to the pharmacy team!',
    'Hearing loss clinic moves to Fridays. Our audiologist will check your hearing aids while you wait.',
  ],
  invalid: [
    { code: 'Draft GPhC inspection is in. Two standards not met, not published until March so say nowt.', errors: ['workMatter'] },
    {
      code: 'Interim hearing this afternoon for the twins on my caseload, then supervised contact at the contact centre.',
      errors: ['workMatter'],
    },
  ],
});

// Blind set 6: a workplace's message quoted; the business as the subject of a trading result.
ruleTester('confidential-info', {
  valid: [
    'My mum\'s text this morning said "so proud of you, love, see you Sunday for a roast with everyone".',
    'The clinic raised £2k for the hospice at the fun run, thank you all!',
  ],
  invalid: [
    {
      code: 'The area manager\'s email just said "please do not mention the branch closures to staff or customers until the consultation starts". Lovely.',
      errors: ['workMatter'],
    },
    { code: 'Turns out the pharmacy lost £120k last year and nobody told us.', errors: ['finance'] },
  ],
});

// A quotation introduced by someone at work sending it, from the line before too.
ruleTester('confidential-info', {
  valid: ['my sister just sent this to the group chat\n"Dinner at 7, bring wine."'],
  invalid: [
    {
      code: 'the ward manager just messaged everyone 🙄\n"From next month night staff lose the enhanced rate and the bank pool is closing."',
      errors: ['workMatter'],
    },
  ],
});

// Blind set 10: "the safe" as an adjective is no safe; its code or keys are a secret.
ruleTester('confidential-info', {
  valid: ['The safe staffing review for district nurses came out today and it barely mentions caseloads. Personal views only.'],
  invalid: [{ code: 'New starters: the code to the safe is written inside the CD cupboard door 🙈', errors: ['secret'] }],
});
