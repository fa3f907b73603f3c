import { ruleTester } from '../helpers/rule-tester.js';

const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
const mid = 'The mouth is a mirror of the body and the dental team are often first to notice disease.';

ruleTester('copyright-excerpt', {
  valid: [
    '"Prevention is better than cure" – a motto we live by.',
    "So-called 'smile makeovers' are everywhere.",
    'Great new paper, well worth a read: https://example.org/paper',
    `Love this from Prof Ann Lee: "${mid}"`,
    `"${mid}" (BDJ, 2024)`,
    `> ${mid}\n\n— Dr Sam Patel, British Dental Journal`,
    `As NICE puts it, "${mid}"`,
    { code: `"${long}" — Source: the Guardian`, options: { maxWords: 100 } },
    // A quote shorter than attributionMinWords words needs no source.
    { code: `"${mid}"`, options: { attributionMinWords: 30 } },
    // A person's spoken words, and a staff member's own story: a pharmacy, a care home, a physio clinic.
    '---\naccount: practice\n---\nOur new pharmacy technician Femi Adeyemi joins us from Leeds. "I trained on the hospital wards and I have wanted a community role for years," he said.',
    '---\naccount: practice\n---\nBingo champion of the month is Doreen! "I have not won anything since 1974 and I intend to keep the trophy on my windowsill," she told us.',
    '---\naccount: practice\n---\nMeet Priya, our senior physio. "I came into physio after a rugby injury at school and I still remember how much the exercises helped me."',
    'Just got this from the rota office: "please swap any Christmas shifts between yourselves and let us know by Friday at the latest".',
    // Copying that is not a work: a chain message, a photo of a rota.
    'Copied from a friend: pop a heart on this if you would sit with someone on their worst day ❤️',
  ],
  invalid: [
    // Whole works copied: a textbook for a student optometrist, lyrics for a ward, a paywalled article for paramedics.
    { code: 'Scanned the whole binocular vision chapter for anyone who missed the lecture, drive link below 📚', errors: ['copiedWork'] },
    {
      code: 'Ward sing-along! Words to our favourite:\nVerse 1: the kettle is on and the tea is brewed\nChorus: oh matron dear\nVerse 2: the trolley is late again',
      errors: ['copiedWork'],
    },
    { code: "Ambulance news has paywalled it so I've pasted the full article in the comments 👇", errors: ['copiedWork'] },
    { code: `Love this: "${mid}"`, errors: [{ messageId: 'unattributed', line: 1, column: 12, severity: 1 }] },
    { code: `> ${long}\n\n— from a review in the British Dental Journal`, errors: [{ messageId: 'tooLong', severity: 2 }] },
    { code: `> ${long}`, errors: ['tooLong', 'unattributed'] },
    { code: `“${long}”`, errors: ['tooLong', 'unattributed'] },
    { code: `Read it here (https://example.org):\n\n"${long}"`, errors: ['tooLong'] },
  ],
});

// Blind set 6: a speaker named in an appositive, and a quotation read out of a particular message.
ruleTester('copyright-excerpt', {
  valid: [
    'Lovely evening with the pharmacy forum. As their president, Dr Amara Bello, put it: "Every conversation at the counter is a chance to keep someone out of hospital tonight."',
    'Our rota memo this week reads "please swap shifts through the app only and tell your lead before the Friday deadline so cover is fair".',
  ],
  invalid: [
    {
      code: 'As someone once put it: "Every conversation at the counter is a chance to keep someone out of hospital tonight, whatever the queue."',
      errors: ['unattributed'],
    },
  ],
});
