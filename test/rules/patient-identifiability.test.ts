import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('patient-identifiability', {
  valid: [
    'Lots of patients ask us whether whitening damages enamel. Ask us at your next check-up!',
    '---\naccount: practice\n---\nPlease welcome Dr Priya Shah to the team! Priya joins us from Exeter on Mondays.',
    '---\naccount: practice\n---\nHuge congratulations to our dental nurse Becky on passing her radiography certificate!',
    '---\naccount: practice\n---\nCall us on 01409 254 354 to book your hygienist appointment.',
    "Everyone is talking about Tom Cruise's smile, but veneers need looking after too.",
    'Interesting case: lower first molar with a C-shaped canal. Radiograph shared with identifying details removed.',
    '---\nconsent: {reference: C-1042, scope: [name, quote]}\n---\n"I was terrified until I met the team" – thank you Sarah for your lovely review!',
    '---\nconsent: {reference: C-2291, scope: [photo]}\n---\n![Patient before and after whitening](img/before-after.jpg)\n\nSwipe to see the result!',
    { code: 'Had Gemma Clarke in clinic today helping with the new hearing loop. Thanks Gemma!', practice: { staff: ['Gemma Clarke'] } },
    'Our order number 9434765919 for the new autoclave has shipped.',
    'Our newsletter is out: https://smile.example/news/2025/07700900123',
    'Great physio session with the team at the Leeds half marathon on Sunday.',
    'Hello Monday! Fresh week, fresh coffee, full diary of check-ups.',
  ],
  invalid: [
    {
      code: 'Chasing a max fax referral for my patient, NHS no 943 476 5919, 14 weeks now.',
      errors: [{ messageId: 'nhsNumber', line: 1, column: 51, endColumn: 63 }],
      output: 'Chasing a max fax referral for my patient, NHS no 943 ••• ••••, 14 weeks now.',
    },
    { code: '---\nconsent: true\n---\nNHS number: 9434765919 please call the ward.', errors: ['nhsNumber'] },
    {
      code: 'Had the lovely Margaret Hughes in the chair this morning for her denture fit.',
      errors: [{ messageId: 'name', line: 1, column: 16, endColumn: 31 }],
    },
    { code: 'Mrs B from Bideford came back today to say thanks for her new bridge.', errors: ['name'] },
    { code: 'Lovely chat with the gentleman in bed 12 (88, ex-miner from Camborne) on nights.', errors: ['jigsaw'] },
    {
      code: 'Saw a 34-year-old primary school teacher from Bude this morning who fell off her horse at the Holsworthy show.',
      errors: ['jigsaw'],
    },
    { code: '![Patient before and after whitening](img/jane-before-after.jpg)\n\nAmazing transformation!', errors: ['photo'] },
    {
      code: 'Does anyone know a Mr Dawson from Launceston? Patient left his glasses and the number on file (07700 900123) is dead.',
      errors: ['name', 'detail'],
    },
    { code: 'Patient: Rebecca Collins\nDOB 14/02/1988\nPlease RT if you know her.', filename: 'x.txt', errors: ['name', 'detail'] },
    { code: '@jess_m92 so glad the extraction site is healing nicely, see you at your review!', errors: ['detail'] },
    { code: 'My lady in bay 4, Doreen, asked for her teeth in before visiting time. MRN 4471923.', errors: ['name', 'recordNumber'] },
    { code: 'Dispensed for a Mr Okafor today and his postcode TR1 3LJ was wrong on the prescription.', errors: ['name', 'detail'] },
    { code: 'Happy 100th birthday to our oldest patient, Edna, born 3 March 1926!', errors: ['name', 'detail'] },
  ],
});
