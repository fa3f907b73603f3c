import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { simpleMapping } from '../../src/shared/scanners/simple-yaml.js';
import { fixtureTexts, randomText, rng } from '../helpers/equivalence.js';

// simpleMapping reads the commonest front matter without the YAML parser. Whenever it answers,
// the answer must be what the parser gives; when in doubt it must give up (null).

function yamlValue(raw: string): unknown {
  const doc = parseDocument(raw, { prettyErrors: false, uniqueKeys: false });
  return doc.errors.length ? 'error' : doc.toJS();
}

const KEYS = [
  'platform',
  'account',
  'consent',
  'title',
  'a',
  'Key_1',
  'x-y',
  '_k',
  '2k',
  'key with space',
  'é',
  '__proto__',
  'constructor',
];
const SEPARATORS = [': ', ':  ', ':', ':\t', ' : ', ': \t'];
const VALUES = [
  ...['x', 'practice', 'Yes', 'no', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'null', 'Null', 'NULL', 'nULL', '~'],
  ...['on', 'off', 'y', 'n', 'hello world', 'a  b', 'a #b', 'a#b', 'a: b', 'a:b', 'Dr. Smith', 'ok ', 'ok\t', 'a, b', '[x]', '{a}'],
  ...['1', '0x1F', '1e3', '.inf', '.NaN', '-x', 'x-', 'a/b', 'a@b', 'A&B', '(x)', 'x+y', "it's", '"q"', "'q'", 'é', 'x é'],
  ...['2026-12-01', 'Infinity', 'NaN', 'x |', 'x >', '*ref', '&anchor', '!tag', '%x', '`x`', '   ', ''],
];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\n  ', '\n# c\n', '\n- x\n', '\n  more\n'];

function generated(count: number): string[] {
  const r = rng(5);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  // Each part of a line is usual more often than not, so whole documents of usual lines are
  // common, and so are documents with one odd part in one line.
  const part = <T>(usual: T[], all: T[]) => (r() < 0.8 ? pick(usual) : pick(all));
  const lines = Array.from(
    { length: 5000 },
    () => part(KEYS.slice(0, 7), KEYS) + part([': '], SEPARATORS) + part(VALUES.slice(0, 20), VALUES) + part(['\n', '\r\n'], BREAKS),
  );
  return Array.from({ length: count }, () => randomText(r, lines, 4).replace(/\s+$/, (ws) => (r() < 0.5 ? '' : ws)));
}

function fixtureFrontMatter(): string[] {
  const out: string[] = [];
  for (const text of fixtureTexts()) {
    const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (m) out.push(m[1]!);
  }
  return out;
}

describe('simpleMapping', () => {
  it('answers only as the YAML parser does', () => {
    let answered = 0;
    let declined = 0;
    for (const raw of [...fixtureFrontMatter(), ...generated(20000), '', '\n', 'a: b\na: c']) {
      const ours = simpleMapping(raw);
      if (ours === null) {
        declined++;
        continue;
      }
      answered++;
      const theirs = yamlValue(raw);
      expect(ours, JSON.stringify(raw)).toStrictEqual(theirs);
      expect(Object.keys(ours)).toEqual(Object.keys(theirs as object));
      expect(Object.getPrototypeOf(ours)).toBe(Object.getPrototypeOf(theirs));
    }
    // Both ways must be exercised, or the comparison proves nothing.
    expect(answered).toBeGreaterThan(1000);
    expect(declined).toBeGreaterThan(1000);
  });

  it('reads the usual platform and account lines', () => {
    expect(simpleMapping('platform: x\r\naccount: practice')).toStrictEqual({ platform: 'x', account: 'practice' });
    expect(simpleMapping('consent: true')).toBeNull();
  });
});
