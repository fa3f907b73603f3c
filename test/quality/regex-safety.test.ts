import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMatches, phraseMatcher } from '../../rules/lib/lexicon.js';
import { ROOT } from '../helpers/cli.js';
// @ts-expect-error: a plain .mjs helper shared with the audit script
import { dynamicRegexes, fixtureDrafts, lexiconMatchers, regexLiterals } from '../../scripts/regexes.mjs';

// Patterns that cannot hang it. recheck is slow (minutes for all our expressions), so
// scripts/regex-audit.mjs records its verdicts in test/data/regex-audit.json; this test holds
// the code to that record: every expression audited, none exponential. Timing under attack is
// scripts/adversarial.mjs (CI). User phrases are checked with recheck here, directly.

interface Audited {
  where: string;
  source: string;
  flags: string;
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity: 'constant' | 'linear' | 'safe' | 'polynomial' | 'exponential' | null;
}
const audit = JSON.parse(readFileSync(join(ROOT, 'test', 'data', 'regex-audit.json'), 'utf8')) as Audited[];
const key = (r: { source: string; flags: string }) => `/${r.source}/${r.flags}`;

describe('built-in regular expressions', () => {
  it('are all in the recheck audit (run scripts/regex-audit.mjs after changing one)', { timeout: 120000 }, async () => {
    const audited = new Set(audit.map(key));
    const built = (await dynamicRegexes(async () => {
      const { lintText } = await import('../../src/api.js');
      for (const text of fixtureDrafts() as string[]) await lintText(text, { noConfigLookup: true, filePath: 'draft.md' });
    })) as Audited[];
    expect(built.length).toBeGreaterThan(5);
    const current = [...(regexLiterals() as Audited[]), ...((await lexiconMatchers()) as Audited[]), ...built];
    expect(current.length).toBeGreaterThan(150);
    expect(current.filter((r) => !audited.has(key(r))).map((r) => `${r.where} ${key(r).slice(0, 80)}`)).toEqual([]);
  });

  it('include none that recheck finds exponential, and none it could not decide', () => {
    expect(audit.filter((r) => r.complexity === 'exponential').map((r) => r.where)).toEqual([]);
    expect(audit.filter((r) => r.status === 'unknown').map((r) => r.where)).toEqual([]);
  });

  it('compile every lexicon as safe (an alternation of literals)', () => {
    const lexicons = audit.filter((r) => r.where.startsWith('rules/data/'));
    expect(lexicons.length).toBeGreaterThan(40);
    expect(lexicons.filter((r) => r.complexity === 'exponential')).toEqual([]);
  });
});

describe('phrases from user config', () => {
  it('are escaped: a hostile phrase matches only itself', () => {
    const re = phraseMatcher(['(a+)+$', 'a*a*a*b', '[^x]+y', 'Green Party']);
    expect(allMatches(re, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')).toEqual([]);
    expect(allMatches(re, 'they wrote (a+)+$ in the config')[0]?.text).toBe('(a+)+$');
    expect(allMatches(re, 'Vote Green  Party')[0]?.text).toBe('Green  Party');
    // And the expression that defines the list is escaped the same way.
    expect('they wrote (a+)+$ in the config'.match(new RegExp(re.source, re.flags))?.[0]).toBe('(a+)+$');
  });

  it('compile to patterns recheck finds safe', async () => {
    const { checkSync } = await import('recheck');
    const re = phraseMatcher(['(a+)+$', '(x|xx)+z', 'a{1,99}{1,99}', 'Reform UK', 'views are my own']);
    const verdict = checkSync(re.source, re.flags, { timeout: 20000 });
    expect(verdict.status).toBe('safe');
  }, 60000);
});
