import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('party-political', {
  valid: [
    'The government has announced a new dental contract from April.',
    "Don't forget polling stations are open 7am–10pm. Whoever you vote for, bring your photo ID!",
    'The Health Secretary said the Labour government will publish its plan in June.',
    'Interesting to read the Conservative and Labour manifestos side by side on dentistry.',
    'Went into labour at 3am, baby girl arrived at 6! Huge thanks to the midwives.',
    'We need reform of the dental contract, and a green approach to clinical waste.',
    "Our team raised £500 for the Alzheimer's Society. Please donate if you can!",
    'Register to vote by 18 June: it takes five minutes.',
    // Election time, even-handed: two parties and a call to vote, or a party's voters with no election.
    '---\naccount: practice\n---\nThe Labour and Conservative candidates both came to our hustings. Remember to vote on Thursday!',
    'Polling stations open at 7am. Remember to vote, whoever you choose.',
  ],
  invalid: [
    {
      code: 'Polling day tomorrow! If you care about NHS dentistry, vote Labour. #GE2029',
      errors: [{ messageId: 'promotion', line: 1, column: 56 }],
    },
    { code: 'Proud to be out canvassing for the Liberal Democrats this weekend – come and join us!', errors: ['promotion'] },
    { code: 'Enough is enough. #VoteReform #ReformUK', errors: ['hashtag'] },
    { code: 'Sign the Labour Party petition to save NHS dentistry in Devon!', errors: ['promotion'] },
    { code: "Don't vote Tory on Thursday. Our NHS can't take five more years.", errors: ['promotion'] },
    { code: 'Both votes SNP on the 7th! #BothVotesSNP', errors: ['slogan', 'hashtag'] },
    { code: 'Delighted to be backing Plaid Cymru in Ceredigion. Diolch!', errors: ['promotion'] },
    { code: 'Chip in £5 to help the Greens win here.', errors: ['promotion'] },
    // A party's voters singled out at election time, and an endorsement by thanks: a paramedic, a pharmacy.
    { code: 'Any Tory voters in my ambulance this week can have the scenic route 🙃 #GeneralElection', errors: ['partisan'] },
    {
      code: "---\naccount: practice\n---\nLovely to show Cllr Dee Marsh (Green Party) round the dispensary. She really gets community pharmacy. Don't forget to vote on 6th May!",
      errors: ['promotion'],
    },
    { code: 'Get the Tories out. #GTTO', errors: ['slogan', 'hashtag'] },
    { code: 'Jane Smith has my vote: vote for Jane on Thursday!', options: { candidates: ['Jane Smith', 'Jane'] }, errors: ['promotion'] },
  ],
});
