import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigResolver, lintText } from '../../src/api.js';
import { ROOT } from '../helpers/cli.js';

// Property-based tests over random Unicode and random Markdown: linting never throws, every
// reported range lies within the text and points at the right characters, and a fix never
// changes text outside its range.

const resolver = ConfigResolver.create({ cwd: ROOT, noLookup: true });
const lint = async (text: string, fix = false) => lintText(text, { filePath: 'draft.md', fix }, await resolver);

/** Offset of a 1-based line and UTF-16 column, computed independently of src/positions.ts. */
function offsetOf(text: string, line: number, column: number): number {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const re = /\r\n|[\r\n\u2028\u2029]/g;
  let start = 0;
  for (let l = 1; l < line; l++) {
    const m = re.exec(body);
    if (!m) return -1;
    start = m.index + m[0].length;
  }
  const next = re.exec(body);
  const end = next ? next.index : body.length;
  const offset = start + column - 1;
  return offset <= end ? offset : -1;
}

// Pieces drafts are made of, so random drafts look like drafts and reach the rules.
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom(
    '\n',
    '\r\n',
    '\r',
    '\u2028',
    '\n\n',
    '> ',
    '# ',
    '- ',
    '1. ',
    '* ',
    '**',
    '_',
    '`',
    '```\n',
    '[',
    '](http://x.test/a)',
    '![',
    '<!-- ',
    ' -->',
    '"',
    '“',
    '”',
    "'",
    '‘',
    '’',
    '#ad',
    '@jess',
    '😀',
    '👩🏽‍⚕️',
    '🇬🇧',
    'é',
    '\u0301',
    '\t',
    '---\n',
    'account: practice\n',
    'Margaret Hughes',
    'my patient',
    'NHS no 943 476 5919',
    '07700 900123',
    'DOB 14/02/1988',
    'Vote Labour',
    'views are my own',
    'Take 400mg ibuprofen for toothache',
    'As a nurse at St Mary’s I think',
    'f***',
    'Botox from £99',
    'our implant specialist',
    'hope he dies',
    'use my code SAVE20 for 20% off',
    'safeguarding',
    'bed 4',
    'Scunthorpe',
  ),
);
const draft = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const withFrontMatter = fc
  .tuple(fc.boolean(), fc.boolean(), draft)
  .map(([bom, fm, body]) => `${bom ? '\uFEFF' : ''}${fm ? '---\naccount: personal\n---\n' : ''}${body}`);

describe('random drafts', () => {
  it('never throw, never raise an internal error, and report ranges inside the text', async () => {
    await fc.assert(
      fc.asyncProperty(withFrontMatter, async (text) => {
        const r = await lint(text);
        for (const m of r.messages) {
          expect(m.fatal, m.message).toBeFalsy();
          expect(m.message).not.toMatch(/internal error/);
          const start = offsetOf(text, m.line, m.column);
          const end = offsetOf(text, m.endLine ?? m.line, m.endColumn ?? m.column);
          expect(start, `${m.ruleId} ${m.line}:${m.column}`).toBeGreaterThanOrEqual(0);
          expect(end, `${m.ruleId} ${m.endLine}:${m.endColumn}`).toBeGreaterThanOrEqual(start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('point at the right characters: an NHS number anywhere is reported exactly where it is', async () => {
    // Filler that cannot turn the line into Markdown code or syntax (that would rightly hide the number).
    const filler = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/[\d\p{L}*_`>#+=~|<[\]!\\-]|\s/gu, '·'));
    await fc.assert(
      fc.asyncProperty(filler, filler, fc.constantFrom('\n', '\r\n', ' '), async (before, after, eol) => {
        const number = '943 476 5919';
        const text = `My patient today.${eol}${before} NHS no ${number} ${after}`;
        const r = await lint(text);
        const m = r.messages.find((x) => x.ruleId === 'patient-identifiability' && /NHS number/.test(x.message));
        expect(m, JSON.stringify(r.messages)).toBeDefined();
        const start = offsetOf(text, m!.line, m!.column);
        const end = offsetOf(text, m!.endLine!, m!.endColumn!);
        expect(text.slice(start, end)).toContain(number);
      }),
      { numRuns: 150 },
    );
  });

  it('fixes change nothing outside their ranges, and leave nothing fixable behind', async () => {
    const fixable = fc.constantFrom(
      'As a dental nurse at Smile Dental I think the new contract is a disaster.',
      'Patient NHS no 943 476 5919 seen today.',
      'Toothache? Take 400mg ibuprofen every 6 hours.',
    );
    await fc.assert(
      fc.asyncProperty(fc.tuple(draft, fixable, draft), async ([before, middle, after]) => {
        const text = `${before}\n\n${middle}\n\n${after}`;
        const plain = await lint(text);
        const fixes = plain.messages.flatMap((m) => (m.fix ? [m.fix] : []));
        const fixed = await lint(text, true);
        if (!fixes.length) return;
        const output = fixed.output ?? text;
        const from = Math.min(...fixes.map((f) => f.range[0]));
        const to = Math.max(...fixes.map((f) => f.range[1]));
        // Later passes may fix text the first pass's fixes brought in, but only after `from`.
        expect(output.slice(0, from)).toBe(text.slice(0, from));
        expect(output.endsWith(text.slice(to))).toBe(true);
        // Between the fixes, only the fixed ranges changed: applying them by hand gives the same text.
        const byHand = [...fixes]
          .sort((a, b) => b.range[0] - a.range[0])
          .reduce((t, f) => t.slice(0, f.range[0]) + f.text + t.slice(f.range[1]), text);
        if (!fixes.some((f, i) => fixes.some((g, j) => i !== j && f.range[0] <= g.range[1] && g.range[0] <= f.range[1])))
          expect(output).toBe(byHand);
        expect((await lint(output)).messages.filter((m) => m.fix)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
