import { afterAll, describe, expect, it } from 'vitest';
import { lintSource } from '../../src/engine/lint.js';
import type { Rule } from '../../src/engine/rule-types.js';
import { describeInternalError } from '../../src/errors.js';
import { cli, tempTree } from '../helpers/cli.js';

// Every error path keeps the draft out of what it prints (docs/reliability.md, "No leaks"): a
// message, a stack trace or a log line may name the file and the place, never quote the text.

const secret = 'Margaret Hughes, NHS 943 476 5919';
const quoting = /Margaret|Hughes|943 476|5919/;

describe('internal errors', () => {
  it('are shown by kind and stack frames, their message withheld (it can quote the draft)', () => {
    const e = new TypeError(`cannot read "${secret}"`);
    const shown = describeInternalError(e, false);
    expect(shown).toMatch(/^TypeError \(its message is withheld/);
    expect(shown).toMatch(/\n\s+at /);
    expect(shown).not.toMatch(quoting);
    expect(describeInternalError(`thrown ${secret}`, false)).not.toMatch(quoting);
  });

  it('SOCIALCHECK_DEBUG shows the message, for a report made with care', () => {
    expect(describeInternalError(new Error(secret), true)).toContain(secret);
  });

  it('a rule that throws while quoting the draft becomes a message that does not quote it', async () => {
    const boom: Rule = {
      meta: {
        id: 'boom',
        type: 'problem',
        description: 'throws',
        policy: [],
        defaultSeverity: 'error',
        options: {},
        messages: {},
        docs: '',
      },
      check({ draft }: { draft: { source: string } }) {
        throw new Error(`unexpected text: ${draft.source}`);
      },
    } as unknown as Rule;
    const config = {
      account: 'personal' as const,
      platform: null,
      practice: { names: [], staff: [] },
      rules: { boom: { severity: 'error' as const, options: {} } },
    };
    const r = await lintSource(`${secret}\n`, 'draft.md', config, new Map([['boom', boom]]));
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]!.message).toMatch(/^socialcheck internal error in rule boom, please report it: Error \(its message is withheld/);
    expect(JSON.stringify(r.messages)).not.toMatch(quoting);
  });
});

describe('user errors on bad files quote nothing from them', () => {
  const t = tempTree({
    // Files socialcheck refuses, each holding the secret where a parser's message would quote it.
    'broken.json': `[{"text": "${secret}" "more": 1}]`,
    'broken.jsonl': `{"text": "${secret}"}\n{"text": ${secret}}\n`,
    'quote.csv': `text\n"${secret}" and "more\n`,
    'latin1.md': Buffer.concat([Buffer.from(`${secret} `), Buffer.from([0xe9, 0x0a])]),
    'binary.md': Buffer.concat([Buffer.from(secret), Buffer.from([0, 1, 2])]),
    'sheet.xlsx': Buffer.from(`PK${secret}`),
    'calendar.ods': Buffer.from(`PK${secret}`),
    'front.md': `---\nwho: ${secret}: [\n---\nHello.\n`,
  });
  afterAll(t.cleanup);
  const files = ['broken.json', 'broken.jsonl', 'quote.csv', 'latin1.md', 'binary.md', 'sheet.xlsx', 'calendar.ods', 'front.md'];

  for (const format of ['stylish', 'json', 'junit', 'sarif']) {
    it(`--format ${format}`, () => {
      const r = cli(['--no-config-lookup', '-f', format, ...files], { cwd: t.dir });
      expect(r.code).toBe(2);
      expect(r.stdout.length).toBeGreaterThan(50);
      expect(r.stdout + r.stderr).not.toMatch(quoting);
    });
  }

  it('each file gets its own message naming what went wrong', () => {
    const r = cli(['--no-config-lookup', ...files], { cwd: t.dir });
    expect(r.stdout).toMatch(/broken\.json cannot be read as JSON \(error at offset \d+\)/);
    expect(r.stdout).toMatch(/broken\.jsonl: line 2 is not valid JSON/);
    expect(r.stdout).toMatch(/quote\.csv cannot be read as CSV/);
    expect(r.stdout).toMatch(/not valid UTF-8/);
    expect(r.stdout).toMatch(/binary file/);
    expect(r.stdout).toMatch(/sheet\.xlsx cannot be read as an \.xlsx workbook/);
    expect(r.stdout).toMatch(/calendar\.ods: OpenDocument spreadsheets are not read yet/);
    expect(r.stdout).toMatch(/Front matter is not valid YAML/);
  });
});
