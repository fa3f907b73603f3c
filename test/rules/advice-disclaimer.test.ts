import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('advice-disclaimer', {
  valid: [
    'Toothache keeping you up? Take 400mg ibuprofen every 6 hours.\n\nThis is general information, not personal advice – call us or NHS 111 if it does not settle.',
    '---\naccount: practice\n---\nBleeding gums when you brush? That can be an early sign of gum disease. Book a check-up with our hygienist today.',
    'Sugar-free Halloween treat ideas: cheese cubes, popcorn and satsumas. Your teeth will thank you!',
    'How often should you have a check-up? Ask your dentist: everyone is different.',
    'Hay fever season is here. Speak to your pharmacist about which antihistamine suits you.',
    'Ran my first 10k today, legs are stiff but happy!',
    // Offers, notices and what other services can do: not advice.
    'Dry skin this winter? Use code WARDNURSE for 15% off at the chemist near the hospital.',
    '---\naccount: practice\n---\nUnder the new scheme, optometrists can now see red eyes and sore eyelids and give the same care as your GP.',
    '---\naccount: practice\n---\nBank holiday hours: closed Monday. For urgent toothache call NHS 111.',
    // Sent to a clinician: signposting, the disclaimer's own content; a habit described, not an instruction.
    'A mole that has changed shape? Get it looked at by your GP or a pharmacist this week.',
    'Our hygienist retires today: she always had a bowl of sugar-free mints for the nervous ones and never missed a birthday.',
  ],
  invalid: [
    {
      code: 'Toothache keeping you up? Take 400mg ibuprofen and 1g paracetamol every 6 hours.\n',
      errors: [{ messageId: 'missing', line: 1, column: 27 }],
      output:
        'Toothache keeping you up? Take 400mg ibuprofen and 1g paracetamol every 6 hours.\n\nThis is general information, not personal advice. If you are worried, speak to your dentist, GP or pharmacist, or call NHS 111.\n',
    },
    { code: '@mark_t88 sounds like a dry socket tbh – pack it with some clove oil and you will be fine', errors: ['tailored', 'missing'] },
    { code: '@jo_b sounds like a dry socket. This is general information only, please book an appointment.', errors: ['tailored'] },
    { code: 'Lower back pain? Stop resting! Do these 3 stretches twice a day.', errors: ['missing'] },
    // A dose with no digit, and no other advice: the spelled count alone must find it.
    { code: 'Toothache? Paracetamol twice daily usually helps.', errors: [{ messageId: 'missing', line: 1, column: 12 }] },
    {
      code: 'Sticky eye in the mornings? Bathe it with cooled boiled water and use chloramphenicol drops for five days.',
      errors: ['missing'],
    },
    { code: 'Sprained ankle? Rest, ice it for 20 minutes every 2 hours and keep it raised.', errors: ['missing'] },
    { code: 'Hay fever? Always take your antihistamine before you go out.', errors: ['missing'] },
    { code: 'Cold sore coming? Dab on aciclovir cream 5 times a day at the first tingle.', errors: ['missing'] },
    // A symptom judged harmless, in a paramedic's and a health visitor's voice.
    { code: 'Chest pain after a big meal is totally normal, nothing to worry about, no need to call us out 🚑', errors: ['missing'] },
    { code: 'A rash with a fever in toddlers is usually harmless, it will settle on its own x', errors: ['missing'] },
  ],
});

// Blind set 10: a blockquote quotes someone else's findings; "I'd love to hear" is a wish.
ruleTester('advice-disclaimer', {
  valid: [
    "---\naccount: practice\n---\nFrom this month's journal:\n\n> Children who brushed twice a day with fluoride toothpaste had fewer fillings.\n\n— BDJ, 2026\n",
    "---\naccount: professional\n---\nPresenting our fatigue management audit next week. If you run a similar group I'd love to hear how you do it.",
  ],
  invalid: [{ code: "Sprained ankle? I'd ice it for 20 mins every 2 hours and keep it raised.", errors: ['missing'] }],
});
