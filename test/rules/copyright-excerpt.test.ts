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
  ],
  invalid: [
    { code: `Love this: "${mid}"`, errors: [{ messageId: 'unattributed', line: 1, column: 12, severity: 1 }] },
    { code: `> ${long}\n\n— from a review in the British Dental Journal`, errors: [{ messageId: 'tooLong', severity: 2 }] },
    { code: `> ${long}`, errors: ['tooLong', 'unattributed'] },
    { code: `“${long}”`, errors: ['tooLong', 'unattributed'] },
    { code: `Read it here (https://example.org):\n\n"${long}"`, errors: ['tooLong'] },
  ],
});
