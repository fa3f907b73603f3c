import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('views-disclaimer', {
  valid: [
    'Honestly think electric toothbrushes are worth every penny.',
    '---\naccount: practice\n---\nAt Smile Dental Care we believe everyone deserves a healthy smile.',
    "As a staff nurse at St Mary's Hospital I think the new rota is a disaster.\n\nAll views my own.",
    "Working as a band 6 physio I think we need to talk about burnout. Opinions are mine, not my Trust's.",
    'Speaking personally, not for my employer: our ward is the best team in Leeds.',
    { code: 'Proud to work at Parkview Physio. The new role is brilliant.', options: { disclaimerInBio: true } },
    { code: 'Best team at Harbour Eyecare, I think!\n\nPosting in my own right.', options: { disclaimers: ['posting in my own right'] } },
    'Great day at work today.',
  ],
  invalid: [
    {
      code: 'As a dental nurse at Smile Dental Care in Truro I can honestly say the new NHS contract is a disaster.\n',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
      output:
        'As a dental nurse at Smile Dental Care in Truro I can honestly say the new NHS contract is a disaster.\n\nViews are my own, not those of my employer.\n',
    },
    {
      code: 'Proud to work at Parkview Physio. In my view first-contact physio is the best thing in years. RTs ≠ endorsements',
      errors: ['retweetOnly'],
    },
    { code: "I'm a community pharmacist and honestly the pharmacy funding model is broken.", errors: ['missing'] },
    { code: 'Another shift on my ward where we were short of three nurses. Something has to change.', errors: ['missing'] },
    { code: 'Loving life at #TeamBrightSmile, best practice in Devon!', errors: ['missing'] },
    {
      code: 'The management at Riverside Opticians should listen to staff more.',
      practice: { names: ['Riverside Opticians'] },
      errors: ['missing'],
    },
    {
      code: 'As an optometrist I believe every child should have a sight test before school.\r\n',
      errors: ['missing'],
      output:
        'As an optometrist I believe every child should have a sight test before school.\r\n\r\nViews are my own, not those of my employer.\r\n',
    },
  ],
});
