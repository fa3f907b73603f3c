import { join } from 'node:path';
import { countMessages, type LintMessage, type LintResult } from '../../src/engine/results.js';
import { randomText, rng } from './equivalence.js';

/** Made-up results (odd messages, rule ids and paths around `cwd`) for holding formatters to each other. */
export function randomResults(seed: number, cwd: string): LintResult[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const texts = [
    'A message long enough to be encoded once.',
    'lone \ud800 surrogate and more text.',
    'Name.',
    'ends with a stop.',
    'a . ',
    '.',
    '',
    ' ',
    'line\nbreak.',
    'tab\t',
    'emoji 🦷.',
    'x \u00a0',
    'é.',
    '\u001b[31mred\u001b[39m',
    'a\u2028',
  ];
  const ruleIds = [null, 'views-disclaimer', 'patient-identifiability', '', 'odd id ', 'new\nline', 'x\u001b[1my'];
  const paths = [
    join(cwd, 'a.md'),
    join(cwd, 'posts', 'b c.md'),
    '/elsewhere/d.md',
    '<text>',
    join(cwd, '..', 'e.md'),
    join(cwd, 'f\nname.md'),
  ];
  return Array.from({ length: 1 + Math.floor(r() * 6) }, () => {
    const messages: LintMessage[] = Array.from({ length: Math.floor(r() * 5) }, () => ({
      ruleId: pick(ruleIds),
      severity: pick([1, 2] as const),
      message: randomText(r, texts, 3),
      line: pick([0, 1, 9, 10, 123, 99999]),
      column: pick([0, 1, 12, 1000]),
      ...(r() < 0.2 ? { fatal: true as const } : {}),
      ...(r() < 0.2 ? { fix: { range: [0, 1] as [number, number], text: 'x' } } : {}),
    }));
    return countMessages(pick(paths), messages);
  });
}
