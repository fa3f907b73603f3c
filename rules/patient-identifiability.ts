import { defineRule, docsUrl } from '../src/engine/rule-types.js';
import { isValidNhsNumber, maskDigits, maskWords } from './lib/nhs-number.js';

const NHS = /(?<![\d\p{L}])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\d\p{L}])/gu;
const NHS_LABEL = /\b(?:nhs|chi)\s*(?:no\.?|num(?:ber)?|#)?\s*[:.]?\s*$/i;
const PATIENT_CONTEXT = /\b(?:patients?|pt|service users?|client|in the chair|came in|treated|extracted|appointment|bay \d+|bed \d+|referral|ward)\b/i;
const NAME_IN_CONTEXT = /\b(?:had|saw|seen|treated|welcomed?|thanks? to our patient|patient)\s+(?:the\s+)?(?:lovely\s+|wonderful\s+)?((?:Mrs?|Ms|Miss|Mx)\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/gu;

export default defineRule({
  meta: {
    id: 'patient-identifiability',
    type: 'problem',
    description: 'Finds details that identify, or together could identify, a patient.',
    policy: ['GDC guidance (Standard 4.2.3)', 'HCPC 5.1, 2.12', 'CSP "Privacy and consent"', 'Practice policy (confidentiality)'],
    defaultSeverity: 'error',
    options: {},
    messages: {
      nhsNumber: 'NHS number {{masked}} identifies a patient: remove it. Never post an NHS number, even with consent.',
      name: 'A name ({{masked}}) in a post about a patient can identify them: remove it or record the patient\'s consent in front matter.',
    },
    docs: docsUrl('patient-identifiability'),
  },
  check({ draft, report }) {
    const { prose } = draft;
    const context = PATIENT_CONTEXT.test(prose);
    NHS.lastIndex = 0;
    for (let m = NHS.exec(prose); m; m = NHS.exec(prose)) {
      const digits = m[1]! + m[3]! + m[4]!;
      if (!isValidNhsNumber(digits)) continue;
      const labelled = NHS_LABEL.test(prose.slice(Math.max(0, m.index - 20), m.index));
      const grouped = m[2] !== '';
      if (!labelled && !grouped && !context) continue;
      report({ messageId: 'nhsNumber', data: { masked: maskDigits(m[0]) }, range: [m.index, m.index + m[0].length] });
    }
    if (draft.consent.given) return;
    NAME_IN_CONTEXT.lastIndex = 0;
    for (let m = NAME_IN_CONTEXT.exec(prose); m; m = NAME_IN_CONTEXT.exec(prose)) {
      const start = m.index + m[0].length - m[1]!.length;
      report({ messageId: 'name', data: { masked: maskWords(m[1]!) }, range: [start, start + m[1]!.length] });
    }
  },
});
