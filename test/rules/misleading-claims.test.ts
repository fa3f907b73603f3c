import { expect, it } from 'vitest';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

const practice = (body: string) => `---\naccount: practice\n---\n${body}`;

ruleTester('misleading-claims', {
  valid: [
    // Honest, hedged or negated claims.
    practice('We won\'t promise "painless" – no honest dentist can – but we will always go at your pace.'),
    practice('Most patients tell us the wand makes injections far more comfortable than they expected.'),
    'There is no cure for the common cold, but rest and fluids help.',
    'The aim of rehab is to get you back to pain-free running, step by step.',
    'We cannot guarantee results, but we will talk you through the evidence for each option.',
    // Prescription-only medicines named to inform, not offered.
    practice(
      'Thinking about anti-wrinkle injections? Botox is a prescription-only medicine, so check your prescriber examined you face to face.',
    ),
    'Great lecture on Mounjaro and Wegovy: what pharmacists need to know about supply.',
    // Real specialists and NHS job titles.
    practice('Meet Dr Leanne Byrne, our specialist in orthodontics (on the GDC specialist list).'),
    practice('Dr Omar Aziz is a specialist periodontist and sees referrals on Fridays.'),
    'Proud to start my new role as a clinical nurse specialist in tissue viability!',
    'Our MSK specialist physio runs the back pain class on Tuesdays.',
    practice('If your wisdom tooth needs it, we will refer you to a specialist oral surgeon.'),
    // Public-health guidance, and myths debunked.
    "Antibiotics don't work on colds or flu – rest, fluids and paracetamol are your friends.",
    'No, fluoride is not a neurotoxin at the levels in toothpaste. Here is the evidence.',
    'Flu jab clinic this Saturday! The vaccine cannot give you flu – it contains no live virus.',
    practice('Fluoride varnish, applied twice a year, helps prevent decay in children.'),
    // Frames need their evidence: a health message about a harm, a thank-you, a staff award.
    practice('Flu kills thousands of older people every winter. Book your jab at the front desk.'),
    practice('The HPV vaccine protects against cervical cancer and several other cancers.'),
    practice('Our stroke team won the patient choice award: "You remember a thank-you card forever," says sister Ama Boateng.'),
    practice('Pharmacy First: we can now supply some prescription-only medicines for seven common conditions.'),
    'As a physio I think the new exercise referral scheme will help a lot of people.',
    practice('Myth: vaccines cause infertility. There is no evidence of any such link.'),
    // Correcting the antibiotics myth is the guidance itself, however it is worded.
    practice(
      "Sniffles and a sore throat? Antibiotics don't work on colds because they're viral. Using them when you don't need them helps resistance grow. Ask our pharmacist what will ease it.",
    ),
    'Colds are caused by viruses and antibiotics do nothing for viruses. Rest up and drink plenty.',
    "Please don't ask the reception team for antibiotics for a cold or flu: they won't shift it.",
    // What someone else wanted is reported, not claimed to work.
    'Busy clinic: one lad wanted antibiotics for a cold, another asked for amoxicillin for his cough.',
    "Antibiotics won't cure a cold, whatever the advert says.",
    practice('There is no cure for the common cold. Rest, fluids and paracetamol will help you feel better.'),
  ],
  invalid: [
    { code: practice('100% painless treatment, guaranteed! Nervous patients welcome.'), errors: ['absolute'] },
    { code: "Lower back pain? Do these 3 stretches twice a day. You'll be pain-free in a week.", errors: ['absolute'] },
    { code: practice('Painless extractions with our new sedation technique 😴'), errors: ['absolute'] },
    { code: practice('Whitening with zero side effects and results that last a lifetime ✨'), errors: ['absolute'] },
    { code: practice('Our shockwave therapy cures plantar fasciitis in just three sessions!'), errors: ['cure'] },
    { code: practice('Anti-wrinkle injections now available! Botox from £150 per area 💉'), errors: ['pom'] },
    { code: 'Now doing Bocouture from my kitchen in Solihull – £99 for three areas, message me!', errors: ['pom'] },
    { code: 'Mounjaro starter packs in stock – order online for next-day delivery.', errors: ['pom'] },
    { code: practice('Meet Dr Adams, our cosmetic dentistry specialist.'), errors: ['specialist'] },
    { code: practice('Our implant specialist Dr Tariq Anwar has placed over 2,000 implants.'), errors: ['specialist'] },
    { code: practice('Meet Sophie, our smile makeover specialist 💫'), errors: ['specialist'] },
    { code: 'Not having the flu jab this year. It gives you flu every single time.', errors: ['misinformation'] },
    { code: 'Fluoride is a neurotoxin they put in the water to keep us docile.', errors: ['misinformation'] },
    { code: 'Feel a cold coming on? Ask your GP for antibiotics early and you will shake it off.', errors: ['misinformation'] },
    // Urging the remedy for a virus is still read, when a negation elsewhere is not about it.
    { code: 'No need to wait for the surgery: we can give you antibiotics for your cold today.', errors: ['misinformation'] },
    { code: 'Antibiotics cure colds, simple as that.', errors: ['misinformation'] },
    { code: 'Antibiotics for a chesty cold? Not a problem, we can sort you a course this afternoon.', errors: ['misinformation'] },
    { code: 'As a nurse I can tell you the MMR causes autism. Do your own research.', errors: ['misinformationProfessional'] },
    { code: "The NHS are in the pocket of big pharma and they don't want you to know.", errors: ['misinformation'] },
    // Claims and frames, each in its own words: an optometrist, a pharmacist, a paramedic, a radiographer.
    {
      code: 'Optom of 20 yrs here. Sight loss, strokes, blood clots – all since the boosters. Trust your gut, folks.',
      errors: ['frames'],
    },
    {
      code: 'They want the frail ones gone: culling the care homes quietly while the papers talk about waiting lists. Wake up.',
      errors: ['frames'],
    },
    {
      code: 'Radiographer, 12 years. Masks do nothing and the government knows it. They hid the data. Follow the money.',
      errors: ['frames'],
    },
    {
      code: "Trust me I'm a pharmacist: my hydration drips boost your immunity for the whole winter 💧 £85 this week only",
      errors: ['frames'],
    },
    { code: practice('Only 5 pens of W3g0vy left ⚠️ message us now, starter month £139'), errors: ['pom'] },
    { code: 'Back in my jeans thanks to the weekly pen 💉 code PARA10 for 10% off your first box', errors: ['pom'] },
    {
      code: 'Toothache and no appointment? Take the penicillin left over in your cupboard, 4 a day for a week.',
      errors: ['misinformation'],
    },
  ],
});

it('says how serious misinformation is when the author states a profession', async () => {
  const r = await runRule('misleading-claims', 'Speaking as a pharmacist: vaccines are dangerous and untested.');
  expect(r.messages.map((m) => m.messageId)).toEqual(['misinformationProfessional']);
  expect(r.messages[0]!.message).toMatch(/your profession/);
});
