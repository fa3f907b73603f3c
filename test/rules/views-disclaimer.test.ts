import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('views-disclaimer', {
  valid: [
    // The advice disclaimer's own words ("if you are worried") are no opinion of the author's.
    "As a nurse at Oakfield Surgery, here are this week's clinic times: Tuesday and Thursday mornings.\n\nThis is general information, not personal advice. If you are worried, speak to your GP or pharmacist.",
    'Honestly think electric toothbrushes are worth every penny.',
    '---\naccount: practice\n---\nAt Smile Dental Care we believe everyone deserves a healthy smile.',
    "As a staff nurse at St Mary's Hospital I think the new rota is a disaster.\n\nAll views my own.",
    "Working as a band 6 physio I think we need to talk about burnout. Opinions are mine, not my Trust's.",
    'Speaking personally, not for my employer: our ward is the best team in Leeds.',
    { code: 'Proud to work at Parkview Physio. The new role is brilliant.', options: { disclaimerInBio: true } },
    { code: 'Best team at Harbour Eyecare, I think!\n\nPosting in my own right.', options: { disclaimers: ['posting in my own right'] } },
    'Great day at work today.',
    // Being at work is not naming an employer; a courtesy is not a view.
    'On shift till 8, then a long bath. The night was quiet for once.',
    'Patients from Hull are welcome at our new clinic on Ferry Lane.',
    // A practice speaking as itself (no account declared, "we" and "our", never "I", only warmth).
    'Seasons greetings from everyone at Fernbank Opticians! We close at 1pm on Christmas Eve and reopen on the 27th.',
    'Please welcome Tomasz, our new locum physiotherapist at Elm Road Physio. He joins us from a sports clinic in Bath and the team are thrilled.',
    'After 28 years at Harrowgate Pharmacy, our dispenser Linda "Bunny" Fox retires on Friday. Bunny has been brilliant and we will miss her.',
    // A name that is also a rude word is a name, not an evaluation.
    'Thank you to the Friends of Castle Ward, who bought two new hoists for our rehab unit. Our physio lead, Phil Dick, says they will make a real difference.',
  ],
  invalid: [
    // A team member's "we" with a verdict on the service still speaks for themselves.
    {
      code: 'Our stroke unit is down to two nurses a night. We are sending people home too early and the board knows it.',
      errors: ['missing'],
    },
    // A standard denied is a verdict on the employer: "not safe", "isn't sustainable".
    {
      code: '---\naccount: personal\n---\nyet another rota overhaul at Westmoor Community Mental Health that no one on the teams wanted. 30 clients each is not safe #teamWestmoor',
      errors: ['missing'],
    },
    { code: "Physio at Ridgeway Hospital. Three weekend on-calls a month isn't sustainable for anyone.", errors: ['missing'] },
    // Ties and judgements in other voices: a paramedic, a radiographer, an OT, an HCA.
    {
      code: 'Working for one of the big ambulance trusts (no names): the new handover rule is a disgrace and the execs know it.',
      errors: ['missing'],
    },
    {
      code: 'Radiographer at Northgate Royal. Hot take: the scanner waiting list is dangerous and nobody upstairs cares.',
      errors: ['missing'],
    },
    { code: 'Proud to be a Kestrel Vale OT, not proud of the six-month wait our families face.', errors: ['missing'] },
    { code: "Twelve hours on shift and I'm more convinced than ever the new staffing model is failing people.", errors: ['missing'] },
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

// Blind set 6: "@" for "at" in a role line.
ruleTester('views-disclaimer', {
  valid: ['Physio @ Riverside MSK. Honestly think the new referral form is a real step backwards. Views are my own.'],
  invalid: [
    { code: 'Physio @ Riverside MSK. Honestly think the new referral form is a real step backwards.', errors: ['missing'] },
    {
      code: 'Physio @ Riverside MSK. Honestly think the new referral form is a real step backwards. RTs ≠ endorsements.',
      errors: ['retweetOnly'],
    },
  ],
});

// A sales pitch's enthusiasm is not a view on work; a clear judgement still is.
ruleTester('views-disclaimer', {
  valid: ['As a paramedic by day I have joined the most AMAZING wellness brand! Join my team and earn from your phone 💸'],
  invalid: [
    {
      code: 'As a paramedic I think the handover queues are a disgrace. Anyway, join my team and earn from your phone!',
      errors: ['missing'],
    },
  ],
});

// Blind set 10: a greeting wishes, it is no view; a work context said of generic "you" is anyone's conduct.
ruleTester('views-disclaimer', {
  valid: [
    '---\naccount: professional\n---\nHappy World Physiotherapy Day 💪 Proud to be part of a profession that gets people moving again. Shout out to every physio working today!',
    '---\naccount: personal\n---\nI reckon it is fine to say hello to patients in the supermarket as long as you keep it professional at work.',
  ],
  invalid: [
    {
      code: '---\naccount: personal\n---\nAt work again and I think the new rota is completely unfair on the night staff.',
      errors: ['missing'],
    },
  ],
});
