import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('commercial-promotion', {
  valid: [
    '---\naccount: practice\n---\n20% off whitening this month at our practice – book online!',
    'Our team raised £500 for the hospice – please donate if you can.',
    'Honestly the best electric toothbrush I have used. Not sponsored, just sore gums no more.',
    'Link in bio for our new patient leaflet on gum health.',
    'My code for the staff car park still does not work 🙄',
    // Places one uses, and recommendations with nothing earned.
    'Got 20% off my glasses at my local opticians with the NHS staff card, worth asking!',
    'Not an ad, just a radiographer who loves her new trainers after a 12-hour shift.',
    'Use SPF every day, even in winter: your skin will thank you.',
  ],
  invalid: [
    { code: 'Use my code SMILE20 for 20% off these whitening strips – link in bio! #ad', errors: ['affiliate'] },
    { code: 'Hygienist by day, lash tech by night ✨ Book your lash lift at my home salon in Hove!', errors: ['sideBusiness'] },
    { code: 'Looking for people to join my team – be your own boss and work from your phone 💕', errors: ['mlm'] },
    { code: 'Loving these new eye drops, gifted by the brand #gifted', errors: ['affiliate'] },
    { code: 'Pharmacist by day, candle maker by night! DM me to order for Christmas 🎄', errors: ['sideBusiness'] },
    { code: 'So proud of my Forever Living aloe range – message me for prices!', errors: ['mlm'] },
    // Codes, referrals and ventures in other voices: a paramedic, a physio, an OT, a midwife.
    { code: 'Knee brace I swear by after nights on the road 👇 use PARAMED10 for 10% off', errors: ['affiliate'] },
    { code: "Seen at the MSK clinic? My brother's gym on Mill Lane does 15% off if you mention my name 💪", errors: ['affiliate'] },
    { code: 'OT by day 🧶 my crocheted grip aids are £6 each this week, DM to order #smallbusiness', errors: ['sideBusiness'] },
    { code: 'Midwife-approved 💕 my homemade nipple balm, £8 a pot, link in bio', errors: ['sideBusiness'] },
    { code: 'Honestly changed my sleep on nights 🌙 DM me for my link, not an ad!!', errors: ['affiliate'] },
  ],
});

// The author's own service, priced and on private terms.
ruleTester('commercial-promotion', {
  valid: [
    '---\naccount: practice\n---\nNow offering acupuncture with our physio team, £40 a session. Book online.',
    "I'm now doing a sponsored swim for the hospice, £2 a length, message me to sponsor!",
    'Now doing days on the surgical ward, and £7 for a sandwich in the canteen. Text me for a lift share.',
  ],
  invalid: [
    {
      code: "I'm now offering reflexology from home on my days off, £25 an hour, cash only. Message me to book.",
      errors: ['sideBusiness'],
    },
  ],
});

// Blind set 10: an MLM pitch offers income with an invitation; a complaint about pay does not.
ruleTester('commercial-promotion', {
  valid: ['No physio should need side income just to pay the rent. Pay us properly.'],
  invalid: [{ code: "Any nurses fancy some income on the side? I'm building my own team, message me 💸", errors: ['mlm'] }],
});
