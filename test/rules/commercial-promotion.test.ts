import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('commercial-promotion', {
  valid: [
    '---\naccount: practice\n---\n20% off whitening this month at our practice – book online!',
    'Our team raised £500 for the hospice – please donate if you can.',
    'Honestly the best electric toothbrush I have used. Not sponsored, just sore gums no more.',
    'Link in bio for our new patient leaflet on gum health.',
    'My code for the staff car park still does not work 🙄',
  ],
  invalid: [
    { code: 'Use my code SMILE20 for 20% off these whitening strips – link in bio! #ad', errors: ['affiliate'] },
    { code: 'Hygienist by day, lash tech by night ✨ Book your lash lift at my home salon in Hove!', errors: ['sideBusiness'] },
    { code: 'Looking for people to join my team – be your own boss and work from your phone 💕', errors: ['mlm'] },
    { code: 'Loving these new eye drops, gifted by the brand #gifted', errors: ['affiliate'] },
    { code: 'Pharmacist by day, candle maker by night! DM me to order for Christmas 🎄', errors: ['sideBusiness'] },
    { code: 'So proud of my Forever Living aloe range – message me for prices!', errors: ['mlm'] },
  ],
});
