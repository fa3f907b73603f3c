import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countMessages, type LintMessage, type LintResult, type SuppressedMessage } from '../../src/engine/results.js';
import type { RuleMeta } from '../../src/engine/rule-types.js';
import compact from '../../src/formatters/compact.js';
import github from '../../src/formatters/github.js';
import gitlab from '../../src/formatters/gitlab.js';
import { formatters } from '../../src/formatters/index.js';
import json from '../../src/formatters/json.js';
import junit from '../../src/formatters/junit.js';
import sarif, { pascalCase } from '../../src/formatters/sarif.js';
import stylish from '../../src/formatters/stylish.js';
import type { FormatContext } from '../../src/formatters/types.js';
import unix from '../../src/formatters/unix.js';
import { xmlEscape } from '../../src/formatters/xml.js';
import { sarifValidator } from '../helpers/reference-data.js';

// ---------------------------------------------------------------------------
// Fixtures, built by hand
// ---------------------------------------------------------------------------

const cwd = resolve('/home/someone/drafts');
const fileA = join(cwd, 'posts', 'clinic day.md');
const fileB = join(cwd, 'broken.txt');
const fileC = join(cwd, 'clean.md');
const outside = resolve(cwd, '..', 'elsewhere', 'x.md');

/** A message text that needs escaping in every format. */
const TRICKY = 'Says "100%" & <b>it\'s</b>:\nline two, 🦷 done';

function result(
  filePath: string,
  messages: LintMessage[],
  extra: Partial<LintResult> = {},
  suppressed: SuppressedMessage[] = [],
): LintResult {
  return { ...countMessages(filePath, messages, suppressed), ...extra };
}

const identifies: LintMessage = {
  ruleId: 'patient-identifiability',
  severity: 2,
  message: 'Age, condition and place together could identify a patient.',
  messageId: 'jigsaw',
  line: 3,
  column: 12,
  endLine: 3,
  endColumn: 30,
  related: [
    { message: 'the age', line: 3, column: 12, endLine: 3, endColumn: 17 },
    { message: 'the place', line: 10, column: 1, endLine: 11, endColumn: 4 },
  ],
};
const disclaimer: LintMessage = {
  ruleId: 'views-disclaimer',
  severity: 1,
  message: 'No disclaimer.',
  messageId: 'missing',
  line: 12,
  column: 5,
  endLine: 12,
  endColumn: 9,
  fix: { range: [200, 200], text: '\nViews are my own.' },
};
const tricky: LintMessage = {
  ruleId: 'mystery-rule',
  severity: 2,
  message: TRICKY,
  line: 100,
  column: 1,
  endLine: 101,
  endColumn: 3,
};
const fatal: LintMessage = { ruleId: null, fatal: true, severity: 2, message: 'Parsing error: the file is not text', line: 1, column: 1 };
const unusedDirective: LintMessage = {
  ruleId: null,
  severity: 1,
  message: 'Unused socialcheck-disable directive (no problems were reported).',
  line: 2,
  column: 1,
  endLine: 2,
  endColumn: 30,
  fix: { range: [10, 39], text: '' },
};
const stdinWarning: LintMessage = {
  ruleId: 'views-disclaimer',
  severity: 1,
  message: 'No disclaimer.',
  messageId: 'missing',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 4,
};
const { related: _related, ...identifiesAlone } = identifies;
const suppressedOne: SuppressedMessage = { ...identifiesAlone, suppressions: [{ kind: 'directive', justification: 'consent on file' }] };

const resultA = result(fileA, [identifies, disclaimer, tricky], { source: 'SECRET PATIENT TEXT', output: 'fixed text' });
const resultB = result(fileB, [fatal]);
const resultC = result(fileC, [], { source: 'SECRET CLEAN TEXT' });
const resultStdin = result('<text>', [unusedDirective, stdinWarning], { source: 'SECRET STDIN TEXT' }, [suppressedOne]);
const results = [resultA, resultB, resultC, resultStdin];

function meta(id: string, over: Partial<RuleMeta>): RuleMeta {
  return {
    id,
    type: 'problem',
    description: `Describes ${id}.`,
    policy: [],
    defaultSeverity: 'error',
    options: {},
    messages: {},
    docs: `https://github.com/socialcheck/socialcheck/blob/main/docs/rules/${id}.md`,
    ...over,
  };
}
const rulesMeta = new Map<string, RuleMeta>([
  [
    'patient-identifiability',
    meta('patient-identifiability', {
      description: 'Reports details that could identify a patient, alone or together.',
      policy: [
        'GDC guidance (Standard 4.2.3)',
        'CSP "Privacy and consent"',
        'Practice policy ("Never identify a patient ... by name without permission")',
      ],
    }),
  ],
  [
    'views-disclaimer',
    meta('views-disclaimer', {
      type: 'suggestion',
      defaultSeverity: 'warn',
      policy: ['HCPC 9.3'],
      description: 'Asks for a "views are my own" disclaimer.',
    }),
  ],
  // Present but unused: must not be listed in SARIF.
  ['unused-rule', meta('unused-rule', {})],
]);

const ctx = (over: Partial<FormatContext> = {}): FormatContext => ({ cwd, rulesMeta, color: false, version: '1.2.3', ...over });

const ANSI = /\u001b\[/;

// ---------------------------------------------------------------------------

describe('formatter registry', () => {
  it('loads every formatter as a function', async () => {
    for (const [name, load] of Object.entries(formatters)) {
      expect(typeof (await load()), name).toBe('function');
    }
  });

  it('every formatter but html ignores the source text (html shows drafts masked: test/e2e/html-report.test.ts)', async () => {
    for (const [name, load] of Object.entries(formatters)) {
      if (name === 'html') continue;
      const out = (await load())(results, ctx({ color: true }));
      expect(out, name).not.toContain('SECRET');
    }
  });
});

describe('stylish', () => {
  it('prints ESLint-style tables, relative paths and a summary', () => {
    const out = stylish(results, ctx());
    expect(out).toBe(
      [
        '',
        join('posts', 'clinic day.md'),
        // Line right-aligned, column left-aligned, final full stop dropped, as ESLint does.
        '    3:12  error    Age, condition and place together could identify a patient  patient-identifiability',
        '   12:5   warning  No disclaimer                                               views-disclaimer',
        // A message with a line break is printed as is (so is ESLint's), padded by UTF-16 length.
        `  100:1   error    ${TRICKY}${' '.repeat(16)}mystery-rule`,
        '',
        'broken.txt',
        // A fatal message: no rule column, no trailing spaces.
        '  1:1  error  Parsing error: the file is not text',
        '',
        '<text>',
        '  2:1  warning  Unused socialcheck-disable directive (no problems were reported)',
        `  1:1  warning  No disclaimer${' '.repeat(53)}views-disclaimer`,
        '',
        '✖ 6 problems (3 errors, 3 warnings)',
        '  0 errors and 2 warnings potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
    expect(out).not.toContain('clean.md');
    expect(out).not.toMatch(ANSI);
  });

  it('colours only when asked', () => {
    const plain = stylish(results, ctx({ color: false }));
    const coloured = stylish(results, ctx({ color: true }));
    expect(plain).not.toMatch(ANSI);
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[4mbroken.txt\u001b[24m');
    // Without escapes, the coloured output is the plain output.
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('prints nothing when there are no problems', () => {
    expect(stylish([resultC], ctx())).toBe('');
    expect(stylish([], ctx({ color: true }))).toBe('');
  });

  it('uses singular words and a yellow summary for one warning, and leaves out the fix line', () => {
    const out = stylish([result(fileC, [{ ...stdinWarning }])], ctx());
    expect(out).toBe(
      ['', 'clean.md', '  1:1  warning  No disclaimer  views-disclaimer', '', '✖ 1 problem (0 errors, 1 warning)', ''].join('\n'),
    );
    const coloured = stylish([result(fileC, [{ ...stdinWarning }])], ctx({ color: true }));
    expect(coloured).toContain('\u001b[33m\u001b[1m✖ 1 problem');
  });

  it('counts fixable errors', () => {
    const out = stylish([result(fileC, [{ ...identifies, fix: { range: [0, 1], text: 'x' } }])], ctx());
    expect(out).toContain('✖ 1 problem (1 error, 0 warnings)\n  1 error and 0 warnings potentially fixable with the `--fix` option.\n');
  });
});

describe('json', () => {
  const parsed = JSON.parse(json(results, ctx())) as Record<string, unknown>[];

  it('is one line of ESLint-shaped objects in ESLint key order', () => {
    expect(json(results, ctx())).not.toContain('\n');
    expect(parsed).toHaveLength(4);
    expect(Object.keys(parsed[0]!)).toEqual([
      'filePath',
      'messages',
      'suppressedMessages',
      'errorCount',
      'fatalErrorCount',
      'warningCount',
      'fixableErrorCount',
      'fixableWarningCount',
      'output',
      'usedDeprecatedRules',
    ]);
    expect(Object.keys(parsed[1]!)).not.toContain('output');
  });

  it('keeps paths, counts and messages as given', () => {
    expect(parsed[0]).toMatchObject({
      filePath: fileA,
      errorCount: 2,
      fatalErrorCount: 0,
      warningCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 1,
      output: 'fixed text',
      usedDeprecatedRules: [],
    });
    expect((parsed[0] as { messages: unknown }).messages).toEqual([identifies, disclaimer, tricky]);
    expect(parsed[1]).toMatchObject({ filePath: fileB, errorCount: 1, fatalErrorCount: 1, messages: [fatal] });
    expect(parsed[2]).toMatchObject({ filePath: fileC, messages: [], errorCount: 0, warningCount: 0 });
    expect(parsed[3]).toMatchObject({ filePath: '<text>', suppressedMessages: [suppressedOne] });
    expect((parsed[0] as { messages: { message: string }[] }).messages[2]!.message).toBe(TRICKY);
  });

  it('never includes the source text', () => {
    for (const r of parsed) expect(r).not.toHaveProperty('source');
  });

  it('prints [] for no results', () => {
    expect(json([], ctx())).toBe('[]');
  });
});

describe('compact', () => {
  it('prints one line per problem and the total, as ESLint does', () => {
    expect(compact(results, ctx())).toBe(
      [
        `${fileA}: line 3, col 12, Error - Age, condition and place together could identify a patient. (patient-identifiability)`,
        `${fileA}: line 12, col 5, Warning - No disclaimer. (views-disclaimer)`,
        `${fileA}: line 100, col 1, Error - ${TRICKY} (mystery-rule)`,
        `${fileB}: line 1, col 1, Error - Parsing error: the file is not text`,
        '<text>: line 2, col 1, Warning - Unused socialcheck-disable directive (no problems were reported).',
        '<text>: line 1, col 1, Warning - No disclaimer. (views-disclaimer)',
        '',
        '6 problems',
      ].join('\n'),
    );
  });

  it('prints nothing without problems and "1 problem" for one', () => {
    expect(compact([resultC], ctx())).toBe('');
    expect(compact([resultB], ctx())).toBe(`${fileB}: line 1, col 1, Error - Parsing error: the file is not text\n\n1 problem`);
  });
});

describe('unix', () => {
  it('prints path:line:column: message [Type/rule]', () => {
    expect(unix(results, ctx())).toBe(
      [
        `${fileA}:3:12: Age, condition and place together could identify a patient. [Error/patient-identifiability]`,
        `${fileA}:12:5: No disclaimer. [Warning/views-disclaimer]`,
        `${fileA}:100:1: ${TRICKY} [Error/mystery-rule]`,
        `${fileB}:1:1: Parsing error: the file is not text [Error]`,
        '<text>:2:1: Unused socialcheck-disable directive (no problems were reported). [Warning]',
        '<text>:1:1: No disclaimer. [Warning/views-disclaimer]',
        '',
        '6 problems',
      ].join('\n'),
    );
    expect(unix([resultC], ctx())).toBe('');
  });
});

describe('github', () => {
  const out = github(results, ctx());
  const lines = out.split('\n');

  it('prints one workflow command per problem, each on one line', () => {
    expect(out.endsWith('\n')).toBe(true);
    expect(lines.slice(0, -1)).toHaveLength(6);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(error|warning) file=[^:]*(,[a-zA-Z]+=[^,:]*)*::/);
  });

  it('gives relative paths, positions and a title', () => {
    expect(lines[0]).toBe(
      '::error file=posts/clinic day.md,line=3,col=12,endLine=3,endColumn=30,title=socialcheck (patient-identifiability)::Age, condition and place together could identify a patient.',
    );
    expect(lines[1]).toBe(
      '::warning file=posts/clinic day.md,line=12,col=5,endLine=12,endColumn=9,title=socialcheck (views-disclaimer)::No disclaimer.',
    );
    expect(lines[3]).toBe('::error file=broken.txt,line=1,col=1,endLine=1,title=socialcheck::Parsing error: the file is not text');
    expect(lines[4]).toBe(
      '::warning file=<text>,line=2,col=1,endLine=2,endColumn=30,title=socialcheck::Unused socialcheck-disable directive (no problems were reported).',
    );
  });

  it('escapes the message and leaves out columns across lines', () => {
    expect(lines[2]).toBe(
      '::error file=posts/clinic day.md,line=100,endLine=101,title=socialcheck (mystery-rule)::Says "100%25" & <b>it\'s</b>:%0Aline two, 🦷 done',
    );
  });

  it('escapes property values', () => {
    const weird = join(cwd, 'a,b:c%.md');
    const line = github([result(weird, [{ ...stdinWarning, message: 'x\r\ny' }])], ctx());
    expect(line).toBe('::warning file=a%2Cb%3Ac%25.md,line=1,col=1,endLine=1,endColumn=4,title=socialcheck (views-disclaimer)::x%0D%0Ay\n');
  });

  it('prints nothing without problems', () => {
    expect(github([resultC], ctx())).toBe('');
  });
});

/**
 * Enough of an XML reader for these tests: a declaration, then elements whose attributes are
 * double-quoted with no raw < & or " inside, text with no raw < or &, and tags that nest.
 */
function wellFormed(xml: string): boolean {
  const token =
    /<\?xml[^?]*\?>|<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+);[^"<&]*)*")*)\s*(\/?)>|[^<&]+|&(?:amp|lt|gt|quot|apos|#\d+);/gy;
  const open: string[] = [];
  let at = 0;
  let m: RegExpExecArray | null;
  while (at < xml.length && (m = token.exec(xml))) {
    at = token.lastIndex;
    const [, closing, name, , selfClosing] = m;
    if (!name) continue;
    if (closing) {
      if (open.pop() !== name) return false;
    } else if (!selfClosing) open.push(name);
  }
  return at === xml.length && open.length === 0;
}

describe('junit', () => {
  const out = junit(results, ctx());

  it('has one testsuite per file and one testcase per problem', () => {
    expect(out.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n')).toBe(true);
    expect(out.endsWith('</testsuites>\n')).toBe(true);
    expect(out.match(/<testsuite /g)).toHaveLength(4);
    expect(out.match(/<\/testsuite>/g)).toHaveLength(4);
    // 3 + 1 + 1 (passing) + 2
    expect(out.match(/<testcase /g)).toHaveLength(7);
    expect(out).toContain(`<testsuite package="org.socialcheck" time="0" tests="3" errors="3" name="${fileA}">`);
    expect(out).toContain(
      `<testsuite package="org.socialcheck" time="0" tests="1" errors="0" name="${fileC}">\n<testcase time="0" name="${fileC}" classname="${join(cwd, 'clean')}" />\n</testsuite>`,
    );
    expect(out).toContain('<testsuite package="org.socialcheck" time="0" tests="2" errors="2" name="&lt;text&gt;">');
  });

  it('writes failures like ESLint, with <error> for a fatal problem', () => {
    expect(out).toContain(
      `<testcase time="0" name="org.socialcheck.views-disclaimer" classname="${join(cwd, 'posts', 'clinic day')}"><failure message="No disclaimer.">line 12, col 5, Warning - No disclaimer. (views-disclaimer)</failure></testcase>`,
    );
    expect(out).toContain(
      `<testcase time="0" name="org.socialcheck.unknown" classname="${join(cwd, 'broken')}"><error message="Parsing error: the file is not text">line 1, col 1, Error - Parsing error: the file is not text</error></testcase>`,
    );
  });

  it('escapes every special character', () => {
    const escaped = 'Says &quot;100%&quot; &amp; &lt;b&gt;it&apos;s&lt;/b&gt;:&#10;line two, 🦷 done';
    expect(out).toContain(`<failure message="${escaped}">line 100, col 1, Error - ${escaped} (mystery-rule)</failure>`);
    // Every & starts an entity, and the document still parses.
    expect(out.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '')).not.toContain('&');
    expect(wellFormed(out)).toBe(true);
  });

  it('strips characters XML 1.0 does not allow', () => {
    expect(xmlEscape('a\u0000b\u0007c\u000Bd\uFFFEe\uD800f\tg\rh🦷')).toBe('abcdef&#9;g&#13;h🦷');
    const xml = junit([result(fileC, [{ ...stdinWarning, message: 'bell\u0007 here' }])], ctx());
    expect(xml).toContain('message="bell here"');
    expect(xml).not.toContain('\u0007');
  });

  it('prints an empty testsuites element for no results', () => {
    expect(wellFormed(junit([resultC], ctx()))).toBe(true);
    expect(wellFormed('<a><b></a></b>')).toBe(false);
    expect(wellFormed('<a>x & y</a>')).toBe(false);
    expect(junit([], ctx())).toBe('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n</testsuites>\n');
  });
});

// ---------------------------------------------------------------------------

const validateSarif = sarifValidator();

// SARIF's objects as the tests read them: loosely, the schema validator holds their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; informationUri: string; version: string; rules: Loose[] } };
    artifacts: { location: { uri: string; uriBaseId?: string } }[];
    results: Loose[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: Loose[] }[];
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: string;
  }[];
}

describe('sarif', () => {
  const text = sarif(results, ctx());
  const log = JSON.parse(text) as SarifLog;
  const run = log.runs[0]!;

  it('is valid SARIF 2.1.0 against the official schema', () => {
    const ok = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects what the schema forbids (the validator really checks)', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validateSarif({ ...log, runs: [{ ...run, artifacts: [{ location: { uri: '<text>' } }] }] })).toBe(false);
  });

  it('describes the tool and the run', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'socialcheck', version: '1.2.3' });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`${pathToFileURL(cwd).href}/`);
  });

  it('lists the rules that reported, with help quoting the policy clauses', () => {
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(['patient-identifiability', 'views-disclaimer', 'mystery-rule']);
    const [pi, vd, mystery] = rules;
    expect(pi).toEqual({
      id: 'patient-identifiability',
      name: 'PatientIdentifiability',
      shortDescription: { text: 'Reports details that could identify a patient, alone or together.' },
      fullDescription: {
        text: 'Reports details that could identify a patient, alone or together. Enforces: GDC guidance (Standard 4.2.3); CSP "Privacy and consent"; Practice policy ("Never identify a patient ... by name without permission").',
      },
      helpUri: 'https://github.com/socialcheck/socialcheck/blob/main/docs/rules/patient-identifiability.md',
      help: {
        text: [
          'Reports details that could identify a patient, alone or together.',
          '',
          'Policy clauses enforced:',
          '- GDC guidance (Standard 4.2.3)',
          '- CSP "Privacy and consent"',
          '- Practice policy ("Never identify a patient ... by name without permission")',
          '',
          'Documentation: https://github.com/socialcheck/socialcheck/blob/main/docs/rules/patient-identifiability.md',
        ].join('\n'),
        markdown: expect.stringContaining('- GDC guidance (Standard 4.2.3)\n- CSP "Privacy and consent"'),
      },
      properties: { tags: ['socialcheck', 'problem'], precision: 'high', 'problem.severity': 'error' },
      defaultConfiguration: { level: 'error' },
    });
    expect(pi!.help.markdown).toContain(
      '[Rule documentation](https://github.com/socialcheck/socialcheck/blob/main/docs/rules/patient-identifiability.md)',
    );
    expect(vd).toMatchObject({
      name: 'ViewsDisclaimer',
      defaultConfiguration: { level: 'warning' },
      properties: { precision: 'medium', 'problem.severity': 'warning' },
    });
    // A rule with no metadata still gets an entry results can point at.
    expect(mystery).toEqual({ id: 'mystery-rule', name: 'MysteryRule', shortDescription: { text: 'mystery-rule' } });
    expect(rules.map((r) => r.id)).not.toContain('unused-rule');
  });

  it('lists every file as an artifact, relative to %SRCROOT%', () => {
    expect(run.artifacts).toEqual([
      { location: { uri: 'posts/clinic%20day.md', uriBaseId: '%SRCROOT%' } },
      { location: { uri: 'broken.txt', uriBaseId: '%SRCROOT%' } },
      { location: { uri: 'clean.md', uriBaseId: '%SRCROOT%' } },
      { location: { uri: '%3Ctext%3E', uriBaseId: '%SRCROOT%' } },
    ]);
  });

  it('writes results with rule index, level, message, location and related locations', () => {
    expect(run.results).toHaveLength(4);
    const [first, second, third, fourth] = run.results;
    expect(first).toEqual({
      ruleId: 'patient-identifiability',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'Age, condition and place together could identify a patient.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'posts/clinic%20day.md', uriBaseId: '%SRCROOT%', index: 0 },
            region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 30 },
          },
        },
      ],
      relatedLocations: [
        {
          id: 1,
          physicalLocation: {
            artifactLocation: { uri: 'posts/clinic%20day.md', uriBaseId: '%SRCROOT%', index: 0 },
            region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 17 },
          },
          message: { text: 'the age' },
        },
        {
          id: 2,
          physicalLocation: {
            artifactLocation: { uri: 'posts/clinic%20day.md', uriBaseId: '%SRCROOT%', index: 0 },
            region: { startLine: 10, startColumn: 1, endLine: 11, endColumn: 4 },
          },
          message: { text: 'the place' },
        },
      ],
    });
    expect(second).toMatchObject({ ruleId: 'views-disclaimer', ruleIndex: 1, level: 'warning' });
    expect(third).toMatchObject({
      ruleId: 'mystery-rule',
      ruleIndex: 2,
      level: 'error',
      message: { text: TRICKY },
      locations: [{ physicalLocation: { region: { startLine: 100, startColumn: 1, endLine: 101, endColumn: 3 } } }],
    });
    expect(fourth).toMatchObject({
      ruleId: 'views-disclaimer',
      ruleIndex: 1,
      locations: [{ physicalLocation: { artifactLocation: { uri: '%3Ctext%3E', index: 3 } } }],
    });
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('turns fatal and rule-less messages into tool notifications', () => {
    const invocation = run.invocations[0]!;
    expect(run.invocations).toHaveLength(1);
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'Parsing error: the file is not text' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'broken.txt', uriBaseId: '%SRCROOT%', index: 1 },
              region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
            },
          },
        ],
      },
      {
        level: 'warning',
        message: { text: 'Unused socialcheck-disable directive (no problems were reported).' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: '%3Ctext%3E', uriBaseId: '%SRCROOT%', index: 3 },
              region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 30 },
            },
          },
        ],
      },
    ]);
  });

  it('reports a successful run without fatal problems, and keeps a rule-linked fatal out of results', () => {
    const ok = JSON.parse(sarif([resultA, resultC], ctx())) as SarifLog;
    expect(ok.runs[0]!.invocations).toEqual([{ executionSuccessful: true }]);
    const crashed = JSON.parse(
      sarif(
        [
          result(fileC, [
            {
              ruleId: 'views-disclaimer',
              fatal: true,
              severity: 2,
              message: 'socialcheck internal error in rule views-disclaimer: boom',
              line: 1,
              column: 1,
            },
          ]),
        ],
        ctx(),
      ),
    ) as SarifLog;
    expect(crashed.runs[0]!.results).toEqual([]);
    expect(crashed.runs[0]!.tool.driver.rules).toEqual([]);
    expect(crashed.runs[0]!.invocations[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', associatedRule: { id: 'views-disclaimer' } }],
    });
    expect(validateSarif(crashed)).toBe(true);
  });

  it('is valid with no results at all', () => {
    const empty = JSON.parse(sarif([], ctx())) as SarifLog;
    expect(validateSarif(empty)).toBe(true);
    expect(empty.runs[0]!.results).toEqual([]);
    expect(empty.runs[0]!.tool.driver.rules).toEqual([]);
  });

  it('gives a file outside the working folder an absolute file URL', () => {
    const out = JSON.parse(sarif([result(outside, [{ ...stdinWarning }])], ctx())) as SarifLog;
    expect(out.runs[0]!.artifacts).toEqual([{ location: { uri: pathToFileURL(outside).href } }]);
    expect(out.runs[0]!.results[0]!.locations[0].physicalLocation.artifactLocation).toEqual({ uri: pathToFileURL(outside).href, index: 0 });
    expect(validateSarif(out)).toBe(true);
  });

  it('never includes source text or snippets', () => {
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain('snippet');
    expect(text).not.toContain('"contents"');
  });

  it('makes PascalCase names', () => {
    expect(pascalCase('patient-identifiability')).toBe('PatientIdentifiability');
    expect(pascalCase('no-url-shorteners')).toBe('NoUrlShorteners');
  });
});

describe('gitlab', () => {
  const issues = JSON.parse(gitlab(results, ctx())) as {
    description: string;
    check_name: string;
    severity: string;
    fingerprint: string;
    location: { path: string; positions: { begin: { line: number; column: number }; end: { line: number; column: number } } };
  }[];

  it('is a Code Quality array: one issue per problem with path, positions, severity and check name', () => {
    const all = results.flatMap((r) => r.messages);
    expect(issues).toHaveLength(all.length);
    expect(issues[0]).toMatchObject({
      description: 'Age, condition and place together could identify a patient.',
      check_name: 'patient-identifiability',
      severity: 'major',
      location: { path: 'posts/clinic day.md', positions: { begin: { line: 3, column: 12 }, end: { line: 3, column: 30 } } },
    });
    expect(issues.find((i) => i.check_name === 'views-disclaimer')!.severity).toBe('minor');
    expect(issues.find((i) => i.check_name === 'socialcheck/fatal')!.severity).toBe('blocker');
  });

  it('gives every issue a distinct fingerprint that does not change between runs', () => {
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect((JSON.parse(gitlab(results, ctx())) as { fingerprint: string }[]).map((i) => i.fingerprint)).toEqual(
      issues.map((i) => i.fingerprint),
    );
  });
});
