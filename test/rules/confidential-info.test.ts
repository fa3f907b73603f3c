import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('confidential-info', {
  valid: [
    "The team raised £1,240 for St Petroc's Society at the Truro 10k on Sunday.",
    '---\naccount: practice\n---\nWe are delighted to announce that Riverside Dental has joined our group: same team, same care.',
    'Dentists are losing money on every NHS course of treatment, says the BDA.',
    'Congratulations to our nurse Becky on passing her exams!',
    'Pay rise for nurses announced by the government today.',
  ],
  invalid: [
    { code: "Practice turnover hit £1.2m this year but the partners still won't give the nurses a pay rise 🙄", errors: ['finance'] },
    { code: "Can't say too much yet but we're buying out Riverside Dental next month – big changes coming!", errors: ['plans'] },
    { code: "Our receptionist is pregnant again, she's pregnant with twins but hasn't told the boss yet!", errors: ['colleague'] },
    { code: 'Rumour is the pharmacy is being sold to a chain, keep it quiet.', errors: ['plans'] },
    { code: 'The door code at work is still 1234, nobody ever changes it 😂', errors: ['secret'] },
    { code: 'Our practice is £80k in the red and the owner is still buying a new Porsche.', errors: ['finance'] },
  ],
});
