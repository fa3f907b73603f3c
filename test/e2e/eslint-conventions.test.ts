import { afterAll, describe, expect, it } from 'vitest';
import { cli, json, tempTree, type Run } from '../helpers/cli.js';

/** The disable comment on line 1 did nothing: line 2's problem stands, and the comment says why. */
function expectIgnoredDirective(r: Run, why: RegExp): void {
  expect(r.code).toBe(1);
  const messages = json(r)[0]!.messages;
  expect(messages.find((m) => m.ruleId === 'patient-identifiability')).toMatchObject({ line: 2, severity: 2 });
  expect(messages.find((m) => m.ruleId === null)).toMatchObject({ line: 1, severity: 1, message: expect.stringMatching(why) });
}

// Where users expect ESLint's behaviour: nothing matched is an error, inline directives can be
// turned off, a directive naming a rule that does not exist is reported, and a run failed by
// --max-warnings says why.

const nhs = 'Follow-up for our patient, NHS number 943 476 5919.';
const t = tempTree({
  'empty/.keep': '',
  'posts/warn.md': 'Use my discount code SMILE20 at my online shop for 20% off whitening kits.\n',
  'disabled.md': `<!-- socialcheck-disable-next-line patient-identifiability -- reviewed -->\n${nhs}\n`,
  'typo.md': `<!-- socialcheck-disable-next-line patient-identifyability -->\n${nhs}\n`,
  'named.md': '<!-- socialcheck-disable-next-line Margaret Hughes -->\nOpen evening on Thursday. All welcome!\n',
});
afterAll(t.cleanup);
const run = (...args: string[]) => cli(['--no-config-lookup', ...args], { cwd: t.dir });

describe('no files matched', () => {
  it('an empty folder or a glob matching nothing is an error (exit 2) that names the pattern', () => {
    const r = run('empty');
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/No files matching the pattern "empty" were found/);
    const g = run('drafts/**/*.md');
    expect(g.code).toBe(2);
    expect(g.stdout).toMatch(/No files matching the pattern "drafts\/\*\*\/\*\.md" were found/);
  });

  it('--no-error-on-unmatched-pattern lets it pass, and the other patterns are still linted', () => {
    expect(run('--no-error-on-unmatched-pattern', 'empty').code).toBe(0);
    const r = run('--no-error-on-unmatched-pattern', '-f', 'json', 'empty', 'disabled.md');
    expect(json(r).map((x) => x.filePath.split('/').pop())).toEqual(['disabled.md']);
  });
});

describe('--no-inline-config', () => {
  it('without it, a disable comment suppresses the problem', () => {
    const r = json(run('-f', 'json', 'disabled.md'))[0]!;
    expect(r.messages).toEqual([]);
  });

  it('with it, the problem is reported and the comment is said to have no effect', () => {
    const r = run('-f', 'json', '--no-inline-config', 'disabled.md');
    expectIgnoredDirective(r, /has no effect/);
  });

  it('is part of the cache key: a cached run with directives is not reused without them', () => {
    const cache = ['--cache', '--cache-location', 'c.cache', '-f', 'json', 'disabled.md'];
    expect(json(run(...cache))[0]!.errorCount).toBe(0);
    expect(json(run('--no-inline-config', ...cache))[0]!.errorCount).toBe(1);
  });
});

describe('noInlineConfig in the config file', () => {
  const c = tempTree({
    'strict/.socialpolicyrc.yaml': 'noInlineConfig: true\n',
    'strict/disabled.md': `<!-- socialcheck-disable-next-line patient-identifiability -- reviewed -->\n${nhs}\n`,
    'lenient/.socialpolicyrc.yaml': 'noInlineConfig: false\n',
    'lenient/disabled.md': `<!-- socialcheck-disable-next-line patient-identifiability -- reviewed -->\n${nhs}\n`,
    'typo/.socialpolicyrc.yaml': 'account: practice\nnoInlineConfig: "yes"\n',
    'typo/a.md': 'Open evening on Thursday.\n',
  });
  afterAll(c.cleanup);
  const lint = (...args: string[]) => cli(args, { cwd: c.dir });

  it('true: the disable comment does nothing, and says the config turned it off', () => {
    const r = lint('-f', 'json', 'strict/disabled.md');
    expectIgnoredDirective(r, /has no effect: inline directives are turned off \(noInlineConfig in the config\)/);
  });

  it('false (or absent): directives work as before', () => {
    const r = lint('-f', 'json', 'lenient/disabled.md');
    expect(r.code).toBe(0);
    expect(json(r)[0]!.messages).toEqual([]);
  });

  it('a value that is not true or false is a config error at its line (exit 2)', () => {
    const r = lint('typo/a.md');
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/\.socialpolicyrc\.yaml.*2.*noInlineConfig.*must be true or false/s);
  });

  it('shows in --print-config', () => {
    const r = lint('--print-config', 'strict/disabled.md');
    expect(JSON.parse(r.stdout)).toMatchObject({ noInlineConfig: true });
    expect(JSON.parse(lint('--print-config', 'lenient/disabled.md').stdout)).not.toHaveProperty('noInlineConfig');
  });

  it('is part of the cache key: turning it on in the config is not answered from the cache', () => {
    const cache = ['--cache', '--cache-location', 'c.cache', '-f', 'json', 'lenient/disabled.md'];
    expect(json(lint('--config', 'lenient/.socialpolicyrc.yaml', ...cache))[0]!.errorCount).toBe(0);
    expect(json(lint('--config', 'strict/.socialpolicyrc.yaml', ...cache))[0]!.errorCount).toBe(1);
  });
});

describe('directives naming rules that do not exist', () => {
  it('are errors at the directive, and suppress nothing', () => {
    const r = run('-f', 'json', 'typo.md');
    expect(r.code).toBe(1);
    const messages = json(r)[0]!.messages;
    expect(messages.find((m) => m.line === 1)).toMatchObject({
      ruleId: null,
      severity: 2,
      message: expect.stringMatching(/^Definition for rule "patient-identifyability" was not found/),
    });
    expect(messages.some((m) => m.ruleId === 'patient-identifiability' && m.line === 2)).toBe(true);
  });

  it('a "rule" that is not shaped like a rule id is not quoted (it is the draft’s own text)', () => {
    const r = run('named.md');
    expect(r.stdout).toMatch(/Definition for rule \(not a rule id\) was not found/);
    expect(r.stdout).not.toMatch(/Margaret|Hughes/);
  });
});

describe('--max-warnings', () => {
  it('a run failed by warnings alone says so, with the count and the maximum', () => {
    const r = run('--max-warnings', '0', 'posts');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/0 errors, 1 warning/);
    expect(r.stderr).toContain('socialcheck: too many warnings (1, maximum 0)');
  });

  it('within the maximum, nothing is said', () => {
    const r = run('--max-warnings', '1', 'posts');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
