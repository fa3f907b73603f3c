import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('safeguarding-concern', {
  valid: [
    'Completed my level 3 safeguarding training today – really useful refresher on the signs of neglect in children.',
    'Safeguarding lead meeting this afternoon: thanks to everyone who came.',
    'Our little girl lost her first tooth today! Tooth fairy is skint 😂',
    'Dental neglect awareness: signs of neglect include untreated decay and missed appointments. Speak to your safeguarding lead if worried.',
    'Bruised knee from the staff netball match, worth it for the win!',
    '"I\'ve been scared of dentists since I was a kid, but the team were so patient." Thank you for the review!',
  ],
  invalid: [
    {
      code: "Really worried about a little boy I saw today – bruises on both arms and his mum wouldn't let him speak to me. Should I report it?",
      errors: [{ messageId: 'concern', line: 1, column: 1 }],
    },
    {
      code: "Elderly lady on my rounds today had unexplained bruising again and her carer does all the talking. Something's not right.",
      errors: ['concern'],
    },
    {
      code: "Saw a toddler this morning with rotten teeth, never been to a dentist, parents didn't seem bothered. What would you do?",
      errors: ['concern'],
    },
    {
      code: "A teenager came in with burn marks on her wrists and said she didn't want to go home. Gut feeling says abuse.",
      errors: ['concern'],
    },
    {
      code: 'Resident in our care home looks underweight and scared of one of the night staff. Not sure if I should say anything?',
      errors: ['concern'],
    },
  ],
});

// A particular person's case, weighed per paragraph (rules/data/work-matters.yaml).
ruleTester('safeguarding-concern', {
  valid: [
    "It's Foster Care Fortnight! Could you foster? Our council is looking for carers of all backgrounds.",
    'Thank you to the family who dropped off biscuits for the team after their mum stayed with us.',
    'Social workers: join our Children’s Disability Team. Caseloads capped at 18, weekly supervision.',
    'Strategy meeting for the new clinic layout on Tuesday, bring your ideas!',
  ],
  invalid: [
    { code: 'Strategy meeting again for the same family off the high street. And the kids are still there.', errors: ['caseDetail'] },
    { code: 'First day at St Bede’s for our little foster star [photo] since leaving her birth mum’s', errors: ['caseDetail'] },
    { code: 'One of my ladies says her grandson "borrowed" her bank card again and the fridge is empty.', errors: ['caseDetail'] },
    { code: '[snap] the lady in bed 7 asleep with her nightie up 😂', errors: ['caseDetail'] },
    { code: 'So sad for the 14 year old girl we took in tonight after what happened at the bus station.', errors: ['caseDetail'] },
  ],
});

// Money taken from someone in care, in any form of the verb.
ruleTester('safeguarding-concern', {
  valid: ['My son keeps borrowing my car, so I walked to the pharmacy today.'],
  invalid: [
    { code: 'One of our residents has a nephew who keeps "using" her bank card on every visit.', errors: ['caseDetail'] },
    { code: 'Her son has been taking her pension every Friday, says the gent in room 4 who shares her table.', errors: ['caseDetail'] },
  ],
});

// A child in view by their age alone; a group asked whether to report.
ruleTester('safeguarding-concern', {
  valid: ['Safeguarding level 3 course today: how to spot neglect in a 4 year old. Report it to your lead, not online.'],
  invalid: [
    { code: '6 yo in today, filthy clothes and starving hungry, third time this month. Would you report it?', errors: ['concern'] },
  ],
});
