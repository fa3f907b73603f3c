import { afterAll, describe, expect, it } from 'vitest';
import { runCli, json, tempTree } from '../helpers/cli.js';

// Scheduled-post files: each row a draft, each problem reported at the file's own line and
// column, so editors and CI annotations land on the right cell.

const name = 'Had the lovely Margaret Hughes in the chair today';
const files = {
  // Buffer/Hootsuite-style export: CRLF, a BOM, commas and doubled quotes inside quoted cells,
  // a line break inside a cell, an empty row.
  'buffer.csv':
    '\uFEFFDate,Profile,Platform,Message,Link\r\n' +
    '2026-12-01 09:00,Smile Dental,x,"Book your check-up, we have slots ""this week""!",https://example.com\r\n' +
    '\r\n' +
    `2026-12-02 09:00,Smile Dental,facebook,"Thanks team, ""brilliant"" week!\r\n${name}, she was thrilled",\r\n` +
    `2026-12-03,Smile Dental,x,"${'word '.repeat(60).trim()}",\r\n`,
  // Semicolon-separated (Excel in many locales), text column named by the user.
  'excel.csv': 'when;copy;network\n2026-12-04;"Vote Labour on Thursday; every vote counts";linkedin\n',
  'posts.json': JSON.stringify(
    {
      posts: [
        { date: '2026-12-01', platform: 'x', text: 'Quote: "hello"\nVote Labour on Thursday ✨' },
        { date: '2026-12-02', text: `Line one\n${name}.` },
      ],
    },
    null,
    2,
  ),
  'posts.jsonl': '{"message":"ok post","platform":"x"}\n\n{"message":"Tab\\there. Vote Labour!","platform":"x"}\n',
  'no-text-column.csv': 'date,when\n2026-01-01,2026-01-02\n',
  'broken.json': '[{"text": "unterminated}',
};
const t = tempTree(files);
afterAll(t.cleanup);

/** The file's text at a reported line and column. */
function at(file: string, line: number, column: number, length: number): string {
  const text = (files as Record<string, string>)[file]!.replace(/^\uFEFF/, '');
  return text.split(/\r\n|\n/)[line - 1]!.slice(column - 1, column - 1 + length);
}

// One run over every kind of file, shared by the tests below.
const run = await runCli(['--no-config-lookup', '-f', 'json', 'buffer.csv', 'excel.csv', 'posts.json', 'posts.jsonl'], { cwd: t.dir });
const results = json(run);

describe('CSV, JSON and JSON Lines files of scheduled posts', () => {
  const of = (file: string) => results.find((r) => r.filePath.endsWith(`/${file}`))!.messages;

  it('reports a name inside a quoted, multi-line CSV cell at its own line and column', async () => {
    const m = of('buffer.csv').find((x) => x.ruleId === 'patient-identifiability')!;
    expect(m.line).toBe(5);
    expect(at('buffer.csv', m.line, m.column, 8)).toBe('Margaret');
  });

  it("uses each row's platform: a long post for X is too long, the same length elsewhere is not", async () => {
    const m = of('buffer.csv').filter((x) => x.ruleId === 'platform-limits');
    expect(m).toHaveLength(1);
    expect(m[0]!.line).toBe(6);
  });

  it('reads semicolon-separated files and finds the text column by its header', async () => {
    const m = of('excel.csv').find((x) => x.ruleId === 'party-political')!;
    expect(at('excel.csv', m.line, m.column, 11)).toBe('Vote Labour');
  });

  it('maps positions through JSON escapes (\\n, \\", \\u)', async () => {
    const pp = of('posts.json').find((x) => x.ruleId === 'party-political')!;
    expect(at('posts.json', pp.line, pp.column, 11)).toBe('Vote Labour');
    const pi = of('posts.json').find((x) => x.ruleId === 'patient-identifiability')!;
    expect(at('posts.json', pi.line, pi.column, 8)).toBe('Margaret');
  });

  it('reads JSON Lines, skipping blank lines', async () => {
    const m = of('posts.jsonl').find((x) => x.ruleId === 'party-political')!;
    expect(m.line).toBe(3);
    expect(at('posts.jsonl', m.line, m.column, 11)).toBe('Vote Labour');
  });

  it('--format github puts annotations on the same line and column', async () => {
    const gh = (await runCli(['--no-config-lookup', '-f', 'github', 'excel.csv'], { cwd: t.dir })).stdout;
    const m = of('excel.csv').find((x) => x.ruleId === 'party-political')!;
    expect(gh).toContain(`line=${m.line},col=${m.column}`);
  });

  it('--column names the text column; a missing column or broken file is a clear per-file error', async () => {
    const named = json(await runCli(['--no-config-lookup', '-f', 'json', '--column', 'copy', 'excel.csv'], { cwd: t.dir }));
    expect(named[0]!.messages.some((m) => m.ruleId === 'party-political')).toBe(true);
    const bad = await runCli(['--no-config-lookup', '-f', 'json', 'no-text-column.csv', 'broken.json', 'excel.csv'], { cwd: t.dir });
    expect(bad.code).toBe(2);
    const r = json(bad);
    expect(r.find((x) => x.filePath.endsWith('no-text-column.csv'))!.messages[0]).toMatchObject({
      fatal: true,
      message: expect.stringMatching(/--column/),
    });
    expect(r.find((x) => x.filePath.endsWith('broken.json'))!.messages[0]).toMatchObject({ fatal: true });
    expect(r.find((x) => x.filePath.endsWith('excel.csv'))!.errorCount).toBeGreaterThan(0);
    const missing = json(await runCli(['--no-config-lookup', '-f', 'json', '--column', 'nope', 'excel.csv'], { cwd: t.dir }));
    expect(missing[0]!.messages[0]!.message).toMatch(/excel\.csv has no column named "nope"/);
  });

  it('is clean where the posts are', async () => {
    expect(of('posts.jsonl').filter((m) => m.line === 1)).toEqual([]);
    expect(of('buffer.csv').filter((m) => m.line === 2)).toEqual([]);
  });
});
