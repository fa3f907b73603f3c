import { afterAll, describe, expect, it } from 'vitest';
import { cli, json, tempTree } from '../helpers/cli.js';
import { xlsx, xlsxBook } from '../helpers/xlsx.js';

// Scheduler exports in each vendor's bulk-upload / export layout: as documented for Sprout Social,
// Agorapulse, Publer and Postiz; remembered, not confirmed, for the other seven (docs/integrations.md
// says where each layout comes from and what was searched). Every file is written here: two or three ordinary posts and
// one that gives a patient's NHS number (a number with a valid checksum, the kind NHS test data
// uses, so changes to other detections cannot move this test). The patient post is reported on
// its own line and at the number's own column; the other rows are quiet.

const NHS = '943 476 5919';
const patient = `Follow-up booked for our patient, NHS number ${NHS}, next week.`;
const quiet = [
  'Open evening at the practice on Thursday, 6 to 8pm. All welcome!',
  'Our reception is closed on Monday for staff training. Thank you for your patience.',
  'Free check-up day this Saturday: book online or call reception.',
];

const utf16 = (text: string, order: 'le' | 'be') => {
  const le = Buffer.from('\uFEFF' + text, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
};

const files: Record<string, string | Buffer> = {
  // Buffer's bulk upload (not confirmed): Text, Image URL, Tags, Posting Time; saved by Excel as
  // "CSV UTF-8", so a byte order mark and CRLF.
  'buffer.csv':
    '\uFEFFText,Image URL,Tags,Posting Time\r\n' +
    `"${quiet[0]}",https://example.com/open.jpg,events,2026-12-01 09:00\r\n` +
    `"${patient}",,,2026-12-02 09:00\r\n` +
    `"${quiet[1]}",,notices,2026-12-03 09:00\r\n`,
  // Hootsuite's bulk composer, as users' guides describe it: no header; date and time, message, link.
  'hootsuite.csv':
    `01/12/2026 09:00,"${quiet[0]}",https://example.com/open\n` + `02/12/2026 09:00,"${quiet[2]}",\n` + `03/12/2026 09:00,"${patient}",\n`,
  // Sprout Social's bulk scheduling: date, time_24hr, message_text, link, image_url, tags
  // (case-sensitive names), with a BOM.
  'sprout.csv':
    '\uFEFFdate,time_24hr,message_text,link,image_url,tags\n' +
    `01/12/2026,09:00,"${patient}",,,\n` +
    `02/12/2026,09:00,"${quiet[1]}",https://example.com,,notices\n`,
  // Agorapulse's bulk import columns (post_content, post_link, image_url, video_url), saved by
  // Excel in a French locale: semicolons.
  'agorapulse.csv':
    'post_content;post_link;image_url;video_url\n' + `"${quiet[0]}";https://example.com;;\n` + `"${quiet[2]}";;;\n` + `"${patient}";;;\n`,
  // Publer's CSV template (Date, Text, Link(s), Media URL(s), ... Labels).
  'publer.csv':
    'Date,Text,Link(s),Media URL(s),Title,Labels\n' +
    `2026/12/01 09:00,"${quiet[0]}",,,,Events\n` +
    `2026/12/02 09:00,"${patient}",,,,\n` +
    `2026/12/03 09:00,"${quiet[1]}",,,,Notices\n`,
  // Publer's earlier (six-column) template, whose caption column is Message; the columns written
  // here are the ones its help article names (Date, Message, Link, Labels).
  'publer-2017.csv': 'Date,Message,Link,Labels\n' + `2026/12/01 09:00,"${patient}",,\n` + `2026/12/02 09:00,"${quiet[2]}",https://example.com,Events\n`,
  // SocialPilot's bulk schedule file (not confirmed): no header; message, link, image URL, date and time.
  'socialpilot.csv':
    `"${quiet[2]}",https://example.com,,2026-12-01 09:00\n` + `"${patient}",,,2026-12-02 09:00\n` + `"${quiet[0]}",,,2026-12-03 09:00\n`,
  // Later (not confirmed), exported by Excel as "Unicode Text": UTF-16 LE with a BOM, tab-separated.
  'later.tsv': utf16(
    `Scheduled Time\tPlatform\tCaption\r\n2026-12-01 09:00\tInstagram\t${quiet[0]}\r\n2026-12-02 09:00\tInstagram\t${patient}\r\n`,
    'le',
  ),
  // Loomly's post fields (not confirmed: Title, Date, Channels, Copy, Link) as UTF-16 BE; a row for two networks.
  'loomly.csv': utf16(
    `Title,Date,Channels,Copy,Link\n` +
      `Open evening,2026-12-01,"Facebook, Instagram","${quiet[0]}",\n` +
      `Follow-up,2026-12-02,"Facebook, Instagram","${patient}",\n`,
    'be',
  ),
  // Sendible's bulk import (not confirmed: Date, Time, Message, URL), tab-separated.
  'sendible.tsv': `Date\tTime\tMessage\tURL\n01/12/2026\t09:00\t${quiet[1]}\t\n02/12/2026\t09:00\t${patient}\t\n`,
  // Meta Business Suite's bulk upload (not confirmed): post text and schedule columns.
  'meta.csv': 'Post text,Scheduled date,Scheduled time,Link\n' + `"${quiet[2]}",2026-12-01,09:00,\n` + `"${patient}",2026-12-02,09:00,\n`,
  // Other schedulers' documented bulk-upload columns: SocialBee (text, link, imageUrls,
  // postAtSpecificTime) and Ayrshare (post, platforms, mediaUrls, scheduleDate).
  'socialbee.csv':
    'imageUrls,postAtSpecificTime,text,link\n' + `,2026-12-01 09:00,"${quiet[0]}",\n` + `https://example.com/a.jpg,2026-12-02 09:00,"${patient}",\n`,
  'ayrshare.csv':
    'platforms,mediaUrls,scheduleDate,post\n' + `"facebook, linkedin",,2026-12-01T09:00:00Z,"${patient}"\n` + `facebook,,2026-12-02T09:00:00Z,"${quiet[1]}"\n`,
  // Postiz's post JSON (the public API's create body): each post's text in value[].content, as
  // its editor's HTML, and its network in settings.__type.
  'postiz.json': JSON.stringify(
    {
      type: 'schedule',
      date: '2026-12-02T09:00:00.000Z',
      shortLink: false,
      tags: [],
      posts: [
        { integration: { id: 'practice-x' }, value: [{ content: `<p>${quiet[0]}</p>`, image: [] }], settings: { __type: 'x' } },
        {
          integration: { id: 'practice-fb' },
          value: [{ content: `<p>Thanks for the kind words &amp; the flowers!</p><p>${patient}</p>`, image: [] }],
          settings: { __type: 'facebook' },
        },
      ],
    },
    null,
    2,
  ),
};
const t = tempTree(files);
afterAll(t.cleanup);

/** A file's text as socialcheck reads it (decoded, BOM dropped). */
function decoded(name: string): string {
  const raw = files[name]!;
  if (typeof raw === 'string') return raw.replace(/^\uFEFF/, '');
  const le = raw[0] === 0xff ? raw : Buffer.from(raw).swap16();
  return le.toString('utf16le').replace(/^\uFEFF/, '');
}
const linesOf = (text: string) => text.split(/\r\n|\n|\r/);

const vendors = Object.keys(files);
const run = cli(['--no-config-lookup', '-f', 'json', ...vendors], { cwd: t.dir });
const results = json(run);

describe('scheduler exports in each vendor’s documented layout', () => {
  it('lints every file (no file refused)', () => {
    expect(results.map((r) => r.fatalErrorCount)).toEqual(vendors.map(() => 0));
    expect(run.code).toBe(1);
  });

  for (const name of vendors) {
    it(`${name}: the patient post is reported on its own line, at the number; the other rows are quiet`, () => {
      const messages = results.find((r) => r.filePath.endsWith(`/${name}`))!.messages;
      const lines = linesOf(decoded(name));
      const patientLine = lines.findIndex((l) => l.includes(NHS)) + 1;
      expect(patientLine).toBeGreaterThan(0);
      const nhs = messages.filter((m) => m.ruleId === 'patient-identifiability');
      expect(nhs).toHaveLength(1);
      expect(nhs[0]!.line).toBe(patientLine);
      expect(lines[patientLine - 1]!.slice(nhs[0]!.column - 1).startsWith(NHS)).toBe(true);
      expect(messages.filter((m) => m.line !== patientLine)).toEqual([]);
      expect(JSON.stringify(messages)).not.toContain(NHS);
    });
  }
});

describe('--stdin-filename names standard input as an export', () => {
  const viaStdin = (name: string, extra: string[] = []) =>
    cli(['--no-config-lookup', '-f', 'json', ...extra, '--stdin', '--stdin-filename', name], { cwd: t.dir, input: files[name]! });

  for (const name of ['buffer.csv', 'sendible.tsv', 'later.tsv', 'postiz.json']) {
    it(`${name} piped in is read as that file is: the same problems at the same lines and columns`, () => {
      const piped = json(viaStdin(name))[0]!;
      const fromFile = results.find((r) => r.filePath.endsWith(`/${name}`))!;
      expect(piped.filePath.endsWith(`/${name}`)).toBe(true);
      expect(piped.messages).toEqual(fromFile.messages);
      expect(piped.messages.filter((m) => m.ruleId === 'patient-identifiability')).toHaveLength(1);
    });
  }

  it('--column applies to standard input too', () => {
    const plain = `when,words\n2026-12-01,"${quiet[0]}"\n2026-12-02,"${patient}"\n`;
    const r = cli(['--no-config-lookup', '-f', 'json', '--column', 'words', '--stdin', '--stdin-filename', 'plan.csv'], { input: plain });
    const m = json(r)[0]!.messages;
    expect(m.map((x) => [x.ruleId, x.line])).toEqual([['patient-identifiability', 3]]);
  });

  it('a header-less export of patient details on standard input: exit 2, none of it printed', () => {
    const r = cli(['--no-config-lookup', '--stdin', '--stdin-filename', 'posts.csv'], {
      input: `Margaret Hughes,12/03/1951,${NHS},07700 900123\n`,
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/Cannot tell which column of posts\.csv holds the posts/);
    expect(r.stdout + r.stderr).not.toMatch(/Margaret|Hughes|1951|5919|900123/);
  });

  it('a workbook piped in is read by its bytes, each problem at its cell', () => {
    const book = xlsx([
      ['Date', 'Caption'],
      ['2026-12-01', quiet[0]!],
      ['2026-12-02', patient],
    ]);
    const r = json(cli(['--no-config-lookup', '-f', 'json', '--stdin', '--stdin-filename', 'calendar.xlsx'], { input: book }))[0]!;
    expect(r.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['patient-identifiability', 3, 2]]);
  });
});

describe("Excel's plain \"CSV (Comma delimited)\": Windows-1252, not UTF-8", () => {
  // £ 0xA3, ’ 0x92, – 0x96: bytes that are not UTF-8, as Excel writes them on a UK PC.
  const ansi = Buffer.concat([
    Buffer.from('Text,Posting Time\r\n"Whitening from '),
    Buffer.from([0xa3]),
    Buffer.from('50 this month '),
    Buffer.from([0x96]),
    Buffer.from(' it'),
    Buffer.from([0x92]),
    Buffer.from(`s our festive offer, ask at reception.",2026-12-01\r\n"${patient}",2026-12-02\r\n`),
  ]);
  const tt = tempTree({ 'excel.csv': ansi, 'excel.md': ansi });
  afterAll(tt.cleanup);

  it('is read, the patient post reported at its own line and column, the other row quiet', () => {
    const r = json(cli(['--no-config-lookup', '-f', 'json', 'excel.csv'], { cwd: tt.dir }))[0]!;
    expect(r.fatalErrorCount).toBe(0);
    expect(r.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['patient-identifiability', 3, `"${patient}"`.indexOf(NHS) + 1]]);
  });

  it('the same on standard input named .csv; a draft (.md) that is not UTF-8 is still refused', () => {
    const piped = json(cli(['--no-config-lookup', '-f', 'json', '--stdin', '--stdin-filename', 'excel.csv'], { input: ansi }))[0]!;
    expect(piped.messages.map((m) => [m.ruleId, m.line])).toEqual([['patient-identifiability', 3]]);
    const draft = cli(['--no-config-lookup', 'excel.md'], { cwd: tt.dir });
    expect(draft.code).toBe(2);
    expect(draft.stdout).toMatch(/not valid UTF-8 text/);
  });
});

describe('Excel\'s "Unicode Text" and "Text (Tab delimited)": a tab-separated sheet saved as .txt', () => {
  const table = `Scheduled Time\tPlatform\tCaption\r\n2026-12-01 09:00\tInstagram\t${quiet[0]}\r\n2026-12-02 09:00\tFacebook\t${patient}\r\n`;
  const tt = tempTree({
    'unicode.txt': utf16(table, 'le'),
    'ansi.txt': Buffer.concat([Buffer.from(table.replace('All welcome!', 'All welcome ')), Buffer.from([0x96, 0x0d, 0x0a])]),
    'draft.txt': `Opening hours:\tMon to Fri\n${patient}\n`,
  });
  afterAll(tt.cleanup);
  const lint = (name: string) => json(cli(['--no-config-lookup', '-f', 'json', name], { cwd: tt.dir }))[0]!;

  it('is read as that export: the patient row reported at its own line and column, the other row quiet', () => {
    for (const name of ['unicode.txt', 'ansi.txt']) {
      const r = lint(name);
      expect(r.fatalErrorCount).toBe(0);
      const row = `2026-12-02 09:00\tFacebook\t${patient}`;
      expect(r.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['patient-identifiability', 3, row.indexOf(NHS) + 1]]);
    }
  });

  it('a .txt draft with a tab in its first line is still one draft', () => {
    const r = lint('draft.txt');
    expect(r.messages.find((m) => m.ruleId === 'patient-identifiability')).toMatchObject({ line: 2, column: patient.indexOf(NHS) + 1 });
  });
});

describe('networks and lengths', () => {
  const long = `${'Our hygienist team has new appointments this month. '.repeat(6).trim()}`;
  const tt = tempTree({
    'later.csv': `Scheduled Time,Platform,Caption\n2026-12-01,X,"${long}"\n2026-12-02,Facebook Page,"${long}"\n2026-12-03,"Twitter, LinkedIn","${long}"\n`,
    'postiz-list.json': JSON.stringify({
      posts: [
        { id: 'a', content: `<p>${long}</p>`, integration: { providerIdentifier: 'x' } },
        { id: 'b', content: `<p>${long}</p>`, integration: { providerIdentifier: 'linkedin' } },
      ],
    }),
  });
  afterAll(tt.cleanup);
  const r = json(cli(['--no-config-lookup', '-f', 'json', 'later.csv', 'postiz-list.json'], { cwd: tt.dir }));
  const limits = (file: string) =>
    r
      .find((x) => x.filePath.endsWith(file))!
      .messages.filter((m) => m.ruleId === 'platform-limits')
      .map((m) => m.line);

  it("each row is checked against its own network's limit, a row for two networks against both, reported once", () => {
    expect(limits('later.csv')).toEqual([2, 4]);
  });

  it("Postiz's list shape (content, integration.providerIdentifier) too", () => {
    const text = JSON.stringify({ posts: [{ content: '', integration: { providerIdentifier: 'x' } }] });
    expect(text).toContain('providerIdentifier');
    expect(limits('postiz-list.json')).toEqual([1]);
  });
});

describe('a first comment is published with the post: checked too, at its own cell', () => {
  const tt = tempTree({
    'comments.csv': `Text,First Comment,Notes\n"${quiet[0]}","${patient}","${patient}"\n"${quiet[1]}",,\n`,
    'comments.xlsx': xlsx([
      ['Caption', 'First comment'],
      [quiet[0]!, patient],
    ]),
  });
  afterAll(tt.cleanup);

  it('the patient in the first comment is reported at that cell; an internal Notes column is not read', () => {
    const r = json(cli(['--no-config-lookup', '-f', 'json', 'comments.csv', 'comments.xlsx'], { cwd: tt.dir }));
    const line2 = `"${quiet[0]}","${patient}","${patient}"`;
    expect(r[0]!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['patient-identifiability', 2, line2.indexOf(NHS) + 1]]);
    expect(r[1]!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['patient-identifiability', 2, 2]]);
  });
});

describe('--column and --field take a name or a 1-based number', () => {
  const tt = tempTree({
    'plain.csv': `when,words\n2026-12-01,"${patient}"\n`,
    'bare.csv': `"${patient}"\n`,
    'bom-bare.csv': `\uFEFF"${patient}"\r\n`,
    'flat.jsonl': `{"id":"1","words":"${patient}"}\n`,
  });
  afterAll(tt.cleanup);
  const lint = (...args: string[]) => json(cli(['--no-config-lookup', '-f', 'json', ...args], { cwd: tt.dir }))[0]!;

  it('by number and by name, the same result', () => {
    const byNumber = lint('--column', '2', 'plain.csv').messages;
    const byName = lint('--column', 'words', 'plain.csv').messages;
    expect(byNumber.map((m) => [m.ruleId, m.line, m.column])).toEqual(byName.map((m) => [m.ruleId, m.line, m.column]));
    expect(byNumber.some((m) => m.ruleId === 'patient-identifiability' && m.line === 2)).toBe(true);
    expect(lint('--field', '2', 'flat.jsonl').messages.some((m) => m.ruleId === 'patient-identifiability')).toBe(true);
    expect(lint('--field', 'words', 'flat.jsonl').messages.some((m) => m.ruleId === 'patient-identifiability')).toBe(true);
  });

  it('a number past the last column, or a name the first row lacks, is a clear error (exit 2)', () => {
    const run = cli(['--no-config-lookup', '--column', '7', 'plain.csv'], { cwd: tt.dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/plain\.csv has no column 7: its rows have 2/);
    const named = cli(['--no-config-lookup', '--column', 'Caption', 'plain.csv'], { cwd: tt.dir });
    expect(named.code).toBe(2);
    expect(named.stdout).toMatch(/no column named "Caption"/);
  });

  it('a one-column header-less file is read by its one column; a BOM is not counted in its columns', () => {
    expect(lint('bare.csv').messages.some((m) => m.ruleId === 'patient-identifiability' && m.line === 1)).toBe(true);
    const m = lint('bom-bare.csv').messages.find((x) => x.ruleId === 'patient-identifiability')!;
    expect([m.line, m.column]).toEqual([1, `"${patient}"`.indexOf(NHS) + 1]);
  });
});

describe('a content calendar kept as .xlsx', () => {
  const book = xlsx([
    [null, 'December posts'],
    [null, 'Date', 'Caption', 'Platform'],
    [null, '2026-12-01', quiet[0]!, 'Instagram'],
    [null, '2026-12-02', patient, 'Facebook'],
    [null, '2026-12-03', quiet[1]!, 'LinkedIn'],
  ]);
  const tt = tempTree({ 'calendar.xlsx': book, 'broken.xlsx': Buffer.from(`PK not a workbook ${patient}`) });
  afterAll(tt.cleanup);

  it('reports each problem at its cell: the row as line, the column as column (a title above the header is skipped)', () => {
    for (const args of [[], ['--column', '3'], ['--column', 'Caption']]) {
      const r = json(cli(['--no-config-lookup', '-f', 'json', ...args, 'calendar.xlsx'], { cwd: tt.dir }))[0]!;
      const nhs = r.messages.filter((m) => m.ruleId === 'patient-identifiability');
      expect(nhs.map((m) => [m.line, m.column])).toEqual([[4, 3]]);
      expect(r.messages.filter((m) => m.line !== 4)).toEqual([]);
    }
  });

  it("reads the row's network from the header's platform column", () => {
    const long = 'Our hygienists have new appointments on Saturday mornings this month. '.repeat(5).trim();
    const book = tempTree({
      'net.xlsx': xlsx([
        ['Caption', 'Platform'],
        [long, 'X'],
        [long, 'Facebook'],
      ]),
    });
    try {
      const r = json(cli(['--no-config-lookup', '-f', 'json', 'net.xlsx'], { cwd: book.dir }))[0]!;
      expect(r.messages.filter((m) => m.ruleId === 'platform-limits').map((m) => [m.line, m.column])).toEqual([[2, 1]]);
    } finally {
      book.cleanup();
    }
  });

  it('reads every sheet (a month a sheet), saying which sheet a problem is on; a sheet of no posts is an error naming it', () => {
    const book = tempTree({
      'months.xlsx': xlsxBook([
        { name: 'November', rows: [['Date', 'Caption'], ['2026-11-30', quiet[0]!]] },
        { name: 'December', rows: [['Date', 'Caption'], ['2026-12-01', quiet[1]!], ['2026-12-02', patient]] },
        { name: 'Empty', rows: [] },
      ]),
      'notes.xlsx': xlsxBook([
        { name: 'Posts', rows: [['Caption'], [quiet[2]!]] },
        { name: 'Patients', rows: [['Margaret Hughes', NHS, '07700 900123']] },
      ]),
    });
    try {
      const r = json(cli(['--no-config-lookup', '-f', 'json', 'months.xlsx'], { cwd: book.dir }))[0]!;
      expect(r.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['patient-identifiability', 3, 2]]);
      expect(r.messages[0]!.message).toMatch(/ \(sheet 2\)\.?$/);
      const notes = cli(['--no-config-lookup', 'notes.xlsx'], { cwd: book.dir });
      expect(notes.code).toBe(2);
      expect(notes.stdout).toMatch(/Cannot tell which column of sheet 2 of notes\.xlsx holds the posts/);
      expect(notes.stdout + notes.stderr).not.toMatch(/Margaret|Hughes|5919|900123|Patients/);
    } finally {
      book.cleanup();
    }
  });

  it('a file that is not a workbook is an error that quotes none of it', () => {
    const run = cli(['--no-config-lookup', 'broken.xlsx'], { cwd: tt.dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/broken\.xlsx cannot be read as an \.xlsx workbook/);
    expect(run.stdout + run.stderr).not.toMatch(/5919|Follow-up/);
  });
});

describe('an export whose posts cannot be found: exit 2, and nothing of the file printed', () => {
  // A header-less file whose first row is a patient's details and which has no column of post text.
  const details = ['Margaret Hughes', '12/03/1951', NHS, '07700 900123', 'Ward 7'];
  const secret = /Margaret|Hughes|12\/03\/1951|943|5919|07700|900123|Ward 7/;
  const tt = tempTree({
    'patients.csv': `${details.join(',')}\nJohn Smith,01/02/1960,123 456 7881,07700 900456,Ward 2\n`,
    'patients.json': JSON.stringify([{ name: 'Margaret Hughes', dob: '12/03/1951', nhs: NHS }]),
    'patients.jsonl': JSON.stringify({ who: 'Margaret Hughes', nhs: NHS }) + '\n',
    'broken-quote.csv': `Text\n"Margaret Hughes" said "hi, ${NHS}\n`,
    'header-no-text.csv': `date,link\n${NHS},Margaret Hughes\n`,
  });
  afterAll(tt.cleanup);

  for (const format of ['stylish', 'json', 'compact', 'github', 'sarif', 'junit', 'html', 'gitlab']) {
    it(`--format ${format}: names the file and what was looked for, quotes no cell`, () => {
      const run = cli(
        ['--no-config-lookup', '-f', format, 'patients.csv', 'patients.json', 'patients.jsonl', 'broken-quote.csv', 'header-no-text.csv'],
        { cwd: tt.dir },
      );
      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr).not.toMatch(secret);
      if (format === 'stylish') {
        expect(run.stdout).toMatch(/Cannot tell which column of patients\.csv holds the posts: .*looked for a column named message text/);
        expect(run.stdout).toMatch(/Cannot tell which field of patients\.json holds the posts \(looked for/);
        expect(run.stdout).toMatch(/patients\.jsonl holds the posts/);
        expect(run.stdout).toMatch(/broken-quote\.csv cannot be read as CSV \(CSV_/);
        expect(run.stdout).toMatch(/its header row names 2 columns, none of them the post text/);
      }
    });
  }

  it('a text column that is empty in every row is an error, not a silent pass (CSV and workbook)', () => {
    const e = tempTree({
      'shifted.csv': `Text,Image URL,Notes\n,https://example.com/a.jpg,"${patient}"\n,https://example.com/b.jpg,"Margaret Hughes"\n`,
      'shifted.xlsx': xlsx([
        ['Caption', 'Notes'],
        [null, patient],
      ]),
    });
    try {
      const r = cli(['--no-config-lookup', 'shifted.csv', 'shifted.xlsx'], { cwd: e.dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/shifted\.csv has 2 rows but column 1, read as the post text, is empty in all of them/);
      expect(r.stdout).toMatch(/shifted\.xlsx has 1 row but column 1, read as the post text, is empty/);
      expect(r.stdout + r.stderr).not.toMatch(secret);
      // The right column named: the posts are read.
      const named = json(cli(['--no-config-lookup', '-f', 'json', '--column', 'Notes', 'shifted.csv'], { cwd: e.dir }))[0]!;
      expect(named.messages.some((m) => m.ruleId === 'patient-identifiability' && m.line === 2)).toBe(true);
    } finally {
      e.cleanup();
    }
  });

  it('--column naming a column that is not there does not list the columns either', () => {
    const run = cli(['--no-config-lookup', '--column', 'Message', 'patients.csv'], { cwd: tt.dir });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toMatch(secret);
    expect(run.stdout).toMatch(/no column named "Message" in its header row \(its first row has 5 columns\)/);
  });

  it('--column 2 reads that column of a header-less file as posts (and masks what it finds)', () => {
    const run = cli(['--no-config-lookup', '-f', 'json', '--column', '3', 'patients.csv'], { cwd: tt.dir });
    expect(run.stdout).not.toMatch(/5919/);
    expect(json(run)[0]!.fatalErrorCount).toBe(0);
  });
});
