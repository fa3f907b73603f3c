import { expect, it } from 'vitest';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

ruleTester('offensive-language', {
  valid: [
    // Places, names and everyday words that contain or resemble obscenities.
    'Great CPD day in Scunthorpe, then home to Penistone. Next course is in Cockermouth.',
    'Walking holiday: Shitterton in Dorset, then the ferry to Twatt on Orkney.',
    'Shiitake risotto for the team lunch, then a cocktail at the leaving do.',
    'Off to the Dick Whittington panto tonight with the kids 🎭',
    'Assessment, analysis and classification: our therapist training covered all three.',
    'Graduated summa cum laude! Thank you to everyone who supported me.',
    'Blue tits nesting in the box outside the surgery window again 🐦',
    // Clinical and anatomical words.
    '---\naccount: professional\n---\nTeaching tonight: testicular self-examination, penile cancer red flags and anal fissures.',
    'Bloody diarrhoea or blood in your stool? See your GP. Nosebleeds and a bloody nose are common in winter.',
    'Our sexual health clinic now runs on Saturdays. Rape crisis support details are on the board.',
    'Hereditary spastic paraplegia and spastic cerebral palsy: a new physio group starts Monday.',
    'Vaginal oestrogen is now available from pharmacies without a prescription.',
    // Talking about groups without stereotyping them.
    'Elderly patients are at higher risk of falls in winter – keep walkways clear.',
    'Not all Polish patients want antibiotics – that is a stereotype we should drop.',
    'Third patient today who needed an interpreter. Thank goodness for Language Line.',
    'We welcome patients of all faiths, and the prayer room is open to everyone.',
    'Muslim colleagues are fasting for Ramadan this month – let us all be considerate at lunch.',
  ],
  invalid: [
    { code: 'Fucking fed up of no-shows today.', errors: [{ messageId: 'obscene', line: 1, column: 1, endColumn: 8 }] },
    { code: 'F*** this rota, honestly.', errors: [{ messageId: 'obscene', column: 1, endColumn: 5 }] },
    { code: 'Some b*****d has nicked the staff room biscuits 😤', errors: ['obscene'] },
    { code: 'What a sh1t shift that was.', errors: ['obscene'] },
    { code: 'Utter bollocks from the agency again.', errors: ['obscene'] },
    { code: 'Whoever parked across the ambulance bay is a total bellend.', errors: ['obscene'] },
    { code: 'Bloody timewasters, the lot of them.', errors: [{ messageId: 'mild', severity: 1 }] },
    { code: 'Another c**p day on the ward.', errors: [{ messageId: 'mild', severity: 1 }] },
    { code: 'That patient was a proper spastic about it.', errors: ['slur'] },
    { code: 'Third patient today who could not speak a word of English. If you live here, learn the language.', errors: ['exclusion'] },
    { code: 'Never trust a boomer to remember their own meds, they are all half senile by 70 anyway.', errors: ['stereotype'] },
    { code: 'Polish patients always want antibiotics for everything. Every single time.', errors: ['stereotype'] },
    { code: 'Women are always so hysterical in the dental chair.', errors: ['stereotype'] },
  ],
});

it('never prints the word it found in full', async () => {
  const r = await runRule('offensive-language', 'Some b*****d nicked my lunch, the fucking cheek.');
  expect(r.messages).toHaveLength(2);
  for (const m of r.messages) expect(m.message).not.toMatch(/b\*\*\*\*\*d|fucking/i);
});

it('keeps UTF-16 columns right after emoji', async () => {
  const r = await runRule('offensive-language', '😤😤 fuck this');
  expect(r.messages.map((m) => [m.column, m.endColumn])).toEqual([[6, 10]]);
});

// Profanity from cuss with sureness, masked letter by letter, guarded by a dictionary; and
// hostility to protected groups weighed from hostile framings (rules/lib/group-hostility.ts).
ruleTester('offensive-language', {
  valid: [
    'After your extraction take a simple analgesic before the numbness wears off.',
    'Nine of us (plus assorted partners and three muddy spaniels) walked the Malverns.',
    'Sorry for the wait on assesment letters this week, the printer has been playing up.',
    'Our podiatry team now runs clinics in Scunthorpe and Penistone.',
    'A little niggle in my calf after the parkrun, nothing a foam roller will not fix.',
    'Eid Mubarak to all our patients celebrating today! Let us know if you need your appointment moved.',
    'Happy Pride from our pharmacy team. Trans and non-binary customers can ask us to use a different name.',
    'Atrial fibrillation (AF) clinic moves to Thursdays from next week.',
    // Praise that shares a word with a slur; clothes in a fundraiser, with no trans people in view.
    'Dee you absolute queen, three home visits in the snow and back for the huddle.',
    'The physios did the fun run in wigs and heels. They all finished, the lads in dresses first!',
  ],
  invalid: [
    { code: 'To whoever booked a 7am Sunday webinar: TTFO', errors: [{ messageId: 'obscene', column: 41, endColumn: 45 }] },
    { code: 'Fourth person today shouting at the counter about HRT #WTAF #pharmacylife', errors: [{ messageId: 'mild', severity: 1 }] },
    { code: 'whoever parked across the ambulance bay is a c+++', errors: ['obscene'] },
    { code: 'Our reception team were called "f***ing useless" eleven times last week.', errors: [{ messageId: 'quoted', severity: 1 }] },
    {
      code: 'Not being racist but the high street is nothing but Romanian car washes. Send the lot back.',
      errors: ['hostility'],
    },
    { code: 'Another mosque going up. these Muslims breed like rats and the council waves it through', errors: ['hostility'] },
    { code: 'Well done to whoever firebombed that hostel last night. about time 🔥', errors: ['hostility'] },
    {
      code: 'Every "expert" on telly funded by the same lobby. we all know who is pulling the strings #followthemoney',
      errors: ['hostility'],
    },
    { code: 'Dinghy lands = 4 star hotel. Our veterans = a shop doorway. Time this country put its OWN first.', errors: ['hostility'] },
    { code: 'trans patients on the female ward? blokes in make-up, a danger to every woman in there', errors: ['hostility'] },
    { code: 'the new healthcare assistant is a flaming queen, minces round the bays all shift', errors: ['slur'] },
  ],
});

it('weighs hostility against its threshold option', async () => {
  const code = 'The same lobby runs every health board, funny that.';
  expect((await runRule('offensive-language', code)).messages).toEqual([]);
  const strict = await runRule('offensive-language', code, { options: { threshold: 0.5 } });
  expect(strict.messages.map((m) => m.messageId)).toEqual(['hostility']);
});

// Names, eponyms and body words in a health frame (blind set 3's ideas, our own words).
ruleTester('offensive-language', {
  valid: [
    // A word the draft uses as someone's name is that name wherever it is capitalised.
    'Farewell to our audiologist Helen Cock after 20 years. Cock, as the juniors called her, never missed a clinic.',
    'Welcome Dr Priya Butt to the optometry team! Butt joins us from Leeds.',
    'Big thanks to pharmacist Thomas "Dick" Oyelaran, who retires on Friday. Dick, the coffee is on us.',
    // A common first name mid-sentence, with no insult frame before it.
    'Happy retirement Dick! Forty years on the community pharmacy counter.',
    // A thing named after a person: the capitalised word before "test", "sign", "syndrome".
    'Revision for finals: the Dick test, Homans sign and the rest of the eponyms list.',
    // Body words in a health frame: examination or awareness, beside a body part or condition.
    'Physio tip for Movember: check your balls once a month and see your GP about any lump. Testicular cancer is treatable.',
    'Boobs, pecs, whatever you call them: our pharmacy team will talk you through checking for changes. Breast cancer caught early is treatable.',
  ],
  invalid: [
    // The same words as insults, with no name or frame around them, still count.
    { code: 'What a dick the new rota manager is.', errors: ['obscene'] },
    { code: 'The new rota manager is a total Dick.', errors: ['obscene'] },
    { code: 'Talking out of his balls again, our area manager.', errors: [{ messageId: 'mild', severity: 1 }] },
  ],
});

// Hostile framings of a group the post may never name (blind set 3's ideas, our own words).
ruleTester('offensive-language', {
  valid: [
    'Interpreters for our Arabic-speaking patients are now booked through reception. Ask if you need one.',
    'Sorry but the men’s health evening is moved to Thursday.',
    'Locking up at 6 tonight, the girls on the late shift have the keys.',
  ],
  invalid: [
    // A disclaimer names the characteristic; removal of people by where they are from.
    { code: 'Not being racist but they all come here for the free dentistry. Deport the lot of them.', errors: ['hostility'] },
    // Vermin words said of people named by a migration story.
    { code: 'Pharmacy rammed with them again, crawling in off the boats like cockroaches.', errors: ['hostility'] },
    // Confinement, said of a protected group that is not about nationality.
    { code: 'Honestly gay men like that should be locked up, not given a clinic of their own.', errors: ['hostility'] },
    // A group named in a plural the vocabulary keeps only in the singular.
    { code: 'Half the waiting room is Albanians again. Keep them out, I say.', errors: ['hostility'] },
  ],
});

// Ordinary words that are also slurs (blind set 6): a slur only in a person's frame.
ruleTester('offensive-language', {
  valid: [
    'The pharmacy team baked fairy cakes for the hospice coffee morning 🧁',
    'Winner of the reception colouring contest drew a tooth fairy picture with glitter.',
    'Quick nip to the wholesaler for more gauze, back by two.',
    'Spotted a chink in the surgery fence, maintenance are on it.',
    'Our queer staff network meets on Thursday: everyone welcome.',
    'Stop taking the mickey out of my new lab coat, team 😂',
    'The queen bee in our observation hive has been marked blue.',
  ],
  invalid: [
    { code: 'Oi you fairy, your van is blocking the ambulance bay.', errors: ['slur'] },
    { code: 'That new porter is such a pansy, he cried at the first complaint.', errors: ['slur'] },
    { code: 'A patient called our dispenser a dirty paddy at the counter.', errors: ['slur'] },
  ],
});

// A group named by its month or festival; illness and danger to children as framings.
ruleTester('offensive-language', {
  valid: [
    '---\naccount: practice\n---\nPride month at the practice: rainbow badges for the team and a stall for families with kids this Saturday.',
    'Autistic people are not a danger to children. The myth keeps families from asking for help.',
  ],
  invalid: [{ code: 'pride week again. they are perverts and should not be allowed near children', errors: ['hostility'] }],
});

// Blind set 10: "cow" is name-calling (personal-attack's), not swearing; a sneer's name for old
// people with a dehumanising word is hostility to an age group.
ruleTester('offensive-language', {
  valid: [
    'the silly cow on reception lost my notes again',
    'Medicinal leeches on the plastics ward today to save a flap, patients are always amazed.',
  ],
  invalid: [{ code: 'Ward full of wrinklies again. Leeches, the lot of them, blocking beds.', errors: ['hostility'] }],
});
