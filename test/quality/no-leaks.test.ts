import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { lintText } from '../../src/api.js';

// CI logs are public-ish: no formatter may print an identifier it found in full.

const identifiers = {
  name: ['Margaret Hughes', 'Darren Finch', 'Rebecca Collins'],
  nhs: ['943 476 5919', '9434765919'],
  phone: ['07700 900123', '07700900123'],
  email: ['maggie.hughes@example.com'],
  dob: ['14/02/1988'],
  handle: ['@jess_smith'],
};
const draft = `Had the lovely Margaret Hughes in the chair today, DOB 14/02/1988, NHS no 943 476 5919.
Her daughter is on 07700 900123 or maggie.hughes@example.com if anyone knows her.
Hope that locum from last week, Darren Finch, trips over and breaks something.

@jess_smith your crown is ready Tuesday, come in.

Patient: Rebecca Collins
NHS 9434765919, mobile 07700900123
`;

const t = tempTree({ 'draft.md': draft });
afterAll(t.cleanup);

describe('formatters never print a detected identifier in full', () => {
  for (const format of ['stylish', 'json', 'compact', 'unix', 'sarif', 'github', 'gitlab', 'junit']) {
    it(format, async () => {
      const r = await runCli(['--no-config-lookup', '-f', format, 'draft.md'], { cwd: t.dir });
      expect(r.code).toBe(1);
      expect(r.stdout.length).toBeGreaterThan(100);
      for (const [kind, values] of Object.entries(identifiers)) {
        for (const v of values) expect(r.stdout, `${kind} ${v} in ${format}`).not.toContain(v);
      }
      // The names are not there in any case either ("HUGHES", "hughes").
      expect(r.stdout.toLowerCase()).not.toMatch(/hughes|finch|collins|jess_smith/);
    });
  }
});

it('masks what a rule quotes in passing, through the API too', async () => {
  const r = await lintText('Hope that locum from last week, Darren Finch, trips over and breaks something.', { noConfigLookup: true });
  const harm = r.messages.find((m) => m.ruleId === 'personal-attack');
  expect(harm?.message).toMatch(/D•+ F•+/);
  expect(JSON.stringify(r.messages)).not.toMatch(/Darren|Finch/);
});
