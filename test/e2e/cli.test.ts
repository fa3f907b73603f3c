import { chmodSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, closedEarly, cli, json, ROOT, runCli, tempTrees } from '../helpers/cli.js';
import { hasShared, noSharedReason, sarifValidator, SHARED } from '../helpers/reference-data.js';

const NHS = '943 476 5919'; // passes the modulus-11 check
const bad = `Had the lovely Margaret Hughes in the chair today. NHS no ${NHS}.\n`;
const clean = 'We are closed on Monday for the bank holiday.\n';

const tree = tempTrees();

describe('exit codes', () => {
  it('stops quietly, with its exit code, when the reader closes the pipe early (| head)', async () => {
    // Far more output than a pipe holds (64 KB), so writing is still going on when it closes.
    const dir = tree(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`p${i}.md`, bad.repeat(100)])));
    const { code, stderr } = await closedEarly(process.execPath, [BIN, '--no-config-lookup', '.'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('exits 0 on a clean draft and prints nothing', () => {
    const dir = tree({ 'a.md': clean });
    const r = cli(['a.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('exits 1 with stylish output on a draft with errors', () => {
    const dir = tree({ 'a.md': bad });
    const r = cli(['a.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/a\.md/);
    expect(r.stdout).toMatch(/1:\d+\s+error\s+.*patient-identifiability/);
    expect(r.stdout).not.toContain(NHS);
  });

  it('exits 2 for a missing file but still lints the others', async () => {
    const dir = tree({ 'a.md': bad });
    const r = await runCli(['--format', 'json', 'missing.md', 'a.md'], { cwd: dir });
    expect(r.code).toBe(2);
    const results = json(r);
    expect(results).toHaveLength(2);
    const missing = results.find((x) => x.filePath.endsWith('missing.md'))!;
    expect(missing.messages[0]).toMatchObject({ fatal: true, severity: 2, ruleId: null });
    expect(results.find((x) => x.filePath.endsWith('a.md'))!.errorCount).toBeGreaterThan(0);
  });

  it('exits 2 with one message for a bad flag, no stack trace', async () => {
    const r = await runCli(['--no-such-flag', 'a.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for an unknown format', async () => {
    const r = await runCli(['--format', 'xml', 'x.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown format "xml"/);
  });

  it('exits 2 when no files are given', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no files given/);
  });

  it('--max-warnings turns too many warnings into exit 1', async () => {
    const dir = tree({ 'a.md': bad });
    expect((await runCli(['--rule', 'patient-identifiability: warn', 'a.md'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['--rule', 'patient-identifiability: warn', '--max-warnings', '0', 'a.md'], { cwd: dir })).code).toBe(1);
  });

  it('--quiet drops warnings from the report', async () => {
    const dir = tree({ 'a.md': bad });
    const r = await runCli(['--quiet', '--format', 'json', '--rule', 'patient-identifiability: warn', 'a.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(json(r)[0]!.messages).toHaveLength(0);
  });

  it('--help and --version exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('inputs', () => {
  it('lints a file named by several patterns once, in the order first named', async () => {
    const dir = tree({ 'posts/a.md': bad, 'posts/b.md': bad, 'posts/sub/c.md': bad });
    const r = await runCli(['--no-config-lookup', '-f', 'json', 'posts/b.md', 'posts', 'posts/*.md', 'posts/sub/c.md'], { cwd: dir });
    expect(json(r).map((x) => x.filePath.slice(dir.length + 1))).toEqual(['posts/b.md', 'posts/a.md', 'posts/sub/c.md']);
  });

  it('reads standard input with - and names it <text>', async () => {
    const r = await runCli(['--format', 'json', '-'], { input: bad });
    expect(r.code).toBe(1);
    expect(json(r)[0]!.filePath).toBe('<text>');
  });

  it('--stdin-filename names standard input and picks its type', async () => {
    const r = await runCli(['--format', 'json', '--stdin', '--stdin-filename', 'post.txt'], { input: bad });
    expect(json(r)[0]!.filePath).toMatch(/post\.txt$/);
  });

  it('recurses into folders for .md, .markdown and .txt, skipping node_modules and .git', async () => {
    const dir = tree({
      'posts/a.md': bad,
      'posts/b.markdown': bad,
      'posts/deep/c.txt': bad,
      'posts/d.html': bad,
      'posts/node_modules/x.md': bad,
      'posts/.git/y.md': bad,
    });
    const files = json(await runCli(['--format', 'json', 'posts'], { cwd: dir }))
      .map((r) => r.filePath.slice(dir.length + 1))
      .sort();
    expect(files).toEqual(['posts/a.md', 'posts/b.markdown', 'posts/deep/c.txt']);
  });

  it('expands globs and honours --ignore-pattern and config ignore', async () => {
    const dir = tree({
      'a.md': bad,
      'b.md': bad,
      'old/c.md': bad,
      '.socialpolicyrc.yaml': 'ignore: ["old/**"]\n',
    });
    const all = json(await runCli(['--format', 'json', '**/*.md'], { cwd: dir }))
      .map((r) => r.filePath.slice(dir.length + 1))
      .sort();
    expect(all).toEqual(['a.md', 'b.md']);
    const some = json(await runCli(['--format', 'json', '--ignore-pattern', 'b.md', '.'], { cwd: dir })).map((r) =>
      r.filePath.slice(dir.length + 1),
    );
    expect(some).toEqual(['a.md']);
    const none = json(await runCli(['--format', 'json', '--no-ignore', '.'], { cwd: dir }));
    expect(none).toHaveLength(3);
  });

  it('a glob that matches nothing is a fatal problem (exit 2)', async () => {
    const dir = tree({ 'a.md': clean });
    const r = await runCli(['nothing/**/*.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/No files matching/);
  });
});

describe('config', () => {
  it('finds the nearest config walking up from the file, and applies overrides by glob', async () => {
    const dir = tree({
      '.socialpolicyrc.yaml':
        'rules:\n  patient-identifiability: warn\noverrides:\n  - files: ["strict/**"]\n    rules:\n      patient-identifiability: error\n',
      'a.md': bad,
      'strict/b.md': bad,
      'sub/.socialpolicyrc.json': '{"rules": {"patient-identifiability": "off"}}',
      'sub/c.md': bad,
    });
    const results = json(await runCli(['--format', 'json', '.'], { cwd: dir }));
    const by = (f: string) => results.find((r) => r.filePath.endsWith(f))!;
    expect(by('/a.md').warningCount).toBeGreaterThan(0);
    expect(by('/a.md').errorCount).toBe(0);
    expect(by('strict/b.md').errorCount).toBeGreaterThan(0);
    expect(by('sub/c.md').messages).toHaveLength(0);
  });

  it('--config uses one file, --no-config-lookup uses none', async () => {
    const dir = tree({
      '.socialpolicyrc.yaml': 'rules:\n  patient-identifiability: off\n',
      'other.yaml': 'rules:\n  patient-identifiability: warn\n',
      'a.md': bad,
    });
    expect(json(await runCli(['--format', 'json', 'a.md'], { cwd: dir }))[0]!.messages).toHaveLength(0);
    expect(json(await runCli(['--format', 'json', '--config', 'other.yaml', 'a.md'], { cwd: dir }))[0]!.warningCount).toBeGreaterThan(0);
    expect(json(await runCli(['--format', 'json', '--no-config-lookup', 'a.md'], { cwd: dir }))[0]!.errorCount).toBeGreaterThan(0);
  });

  it('--rule overrides the config', async () => {
    const dir = tree({ '.socialpolicyrc.yaml': 'rules:\n  patient-identifiability: off\n', 'a.md': bad });
    expect((await runCli(['--rule', 'patient-identifiability: error', 'a.md'], { cwd: dir })).code).toBe(1);
  });

  it.each([
    ['bad YAML', 'rules:\n  patient-identifiability: [error\n', /\.socialpolicyrc\.yaml:\d+: not valid YAML/],
    [
      'an unknown rule',
      'rules:\n  patient-identifiabilty: error\n',
      /\.socialpolicyrc\.yaml:2: "rules\.patient-identifiabilty": unknown rule.*did you mean "patient-identifiability"/,
    ],
    [
      'a bad severity',
      'account: personal\nrules:\n  patient-identifiability: loud\n',
      /\.socialpolicyrc\.yaml:3: "rules\.patient-identifiability": "loud" is not a severity/,
    ],
    ['an unknown key', 'extends: recommended\nrulez: {}\n', /\.socialpolicyrc\.yaml:2: "rulez": unknown key/],
    ['a bad account', 'account: company\n', /\.socialpolicyrc\.yaml:1: "account": must be one of personal, professional, practice/],
    ['an unknown preset', 'extends: lax\n', /"extends": unknown preset "lax"/],
    [
      'an unknown option',
      'rules:\n  patient-identifiability: [error, {bogus: 1}]\n',
      /\.socialpolicyrc\.yaml:2: "rules\.patient-identifiability\.1\.bogus": unknown option/,
    ],
  ])('stops with exit 2 and a located message for %s', async (_what, config, message) => {
    const dir = tree({ '.socialpolicyrc.yaml': config, 'a.md': clean });
    const r = await runCli(['a.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--print-config shows the merged config for a file', async () => {
    const dir = tree({ '.socialpolicyrc.yaml': 'account: professional\npractice:\n  names: [Smile Dental]\n', 'a.md': clean });
    const r = await runCli(['--print-config', 'a.md'], { cwd: dir });
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config.account).toBe('professional');
    expect(config.practice.names).toEqual(['Smile Dental']);
    expect(config.rules['patient-identifiability'].severity).toBe('error');
  });

  it('--init writes a starter config once, and refuses to overwrite it', async () => {
    const dir = tree({});
    expect((await runCli(['--init'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, '.socialpolicyrc.yaml'), 'utf8')).toMatch(/practice:/);
    expect((await runCli(['--print-config', 'x.md'], { cwd: dir })).code).toBe(0);
    const again = await runCli(['--init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('the documented example config is valid', async () => {
    const r = await runCli(['--config', '.socialpolicyrc.example.yaml', '--print-config', 'fixtures/samples/chair-side.md']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('rule information', () => {
  it('--list-rules prints each rule with its severity and policy', async () => {
    const r = await runCli(['--list-rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/patient-identifiability\s+error\s+GDC guidance/);
  });

  it('--explain describes a rule, and refuses an unknown one', async () => {
    expect((await runCli(['--explain', 'patient-identifiability'])).stdout).toMatch(/Policy: GDC guidance/);
    expect((await runCli(['--explain', 'nope'])).code).toBe(2);
  });
});

describe('directives', () => {
  const run = async (text: string, extra: string[] = []) => json(await runCli(['--format', 'json', ...extra, '-'], { input: text }))[0]!;

  it('disable-next-line suppresses the named rule on the next line only', async () => {
    const r = await run(`<!-- socialcheck-disable-next-line patient-identifiability -- consent on file -->\n${bad}${bad}`);
    expect(r.messages.every((m) => m.line === 3)).toBe(true);
    expect(r.messages.length).toBeGreaterThan(0);
  });

  it('disable ... enable suppresses a block', async () => {
    const r = await run(
      `<!-- socialcheck-disable patient-identifiability -->\n\n${bad}\n<!-- socialcheck-enable patient-identifiability -->\n\n${bad}`,
    );
    expect(r.messages.length).toBeGreaterThan(0);
    expect(r.messages.every((m) => m.line === 7)).toBe(true);
  });

  it('disable-file suppresses the whole file, and a directive for another rule does not', async () => {
    expect((await run(`${bad}\n<!-- socialcheck-disable-file -->\n`)).messages).toHaveLength(0);
    expect((await run(`<!-- socialcheck-disable-file views-disclaimer -->\n\n${bad}`)).messages.length).toBeGreaterThan(0);
  });

  it('--report-unused-disable-directives reports a directive that suppresses nothing', async () => {
    const r = await run(`<!-- socialcheck-disable-next-line patient-identifiability -->\n${clean}`, ['--report-unused-disable-directives']);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ ruleId: null, severity: 1, line: 1 });
  });
});

describe('positions', () => {
  const firstNhs = async (text: string, name = 'x.md') => {
    const r = json(await runCli(['--format', 'json', '--stdin', '--stdin-filename', name], { input: text }))[0]!;
    return r.messages.find((m) => m.messageId === 'nhsNumber')!;
  };
  const loc = (m: { line: number; column: number; endLine?: number; endColumn?: number }) => [m.line, m.column, m.endLine, m.endColumn];

  it('are exact after front matter', async () => {
    expect(loc(await firstNhs(`---\naccount: personal\n---\nPatient NHS no ${NHS}\n`))).toEqual([4, 16, 4, 28]);
  });
  it('are exact with CRLF line endings', async () => {
    expect(loc(await firstNhs(`---\r\naccount: personal\r\n---\r\n\r\nPatient NHS no ${NHS}\r\n`))).toEqual([5, 16, 5, 28]);
  });
  it('ignore a BOM, as ESLint does', async () => {
    expect(loc(await firstNhs(`\uFEFFPatient NHS no ${NHS}\n`))).toEqual([1, 16, 1, 28]);
  });
  it('count emoji as two UTF-16 units', async () => {
    expect(loc(await firstNhs(`🦷🦷 Patient NHS no ${NHS}\n`))).toEqual([1, 21, 1, 33]);
  });
  it('are exact in plain text files too', async () => {
    expect(loc(await firstNhs(`Line one\nPatient NHS no ${NHS}\n`, 'x.txt'))).toEqual([2, 16, 2, 28]);
  });
});

describe('the scorer', () => {
  it.skipIf(!hasShared)(`runs end to end on the dev corpus and finds nothing outside the text${hasShared ? '' : ` (${noSharedReason})`}`, async () => {
    const shared = SHARED;
    const r = spawnSync(process.execPath, [join(shared, 'eval', 'score.mjs'), join(shared, 'corpus', 'dev.yaml'), '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const report = JSON.parse(r.stdout);
    expect(report.problems).toEqual([]);
    expect(report.summary.cases).toBeGreaterThan(50);
  });
});

describe('formats, from the command line', () => {
  const dir = () => tree({ 'posts/a.md': bad, 'posts/b.md': clean });

  it("json is ESLint's shape, without the draft's text", async () => {
    const r = json(await runCli(['-f', 'json', 'posts'], { cwd: dir() }));
    expect(r).toHaveLength(2);
    for (const f of r)
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['filePath', 'messages', 'errorCount', 'warningCount', 'fatalErrorCount']));
    expect(JSON.stringify(r)).not.toContain('Margaret');
  });

  it('sarif validates against the SARIF 2.1.0 schema', async () => {
    const validate = sarifValidator();
    const r = await runCli(['-f', 'sarif', 'posts'], { cwd: dir() });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results[0]).toMatchObject({ ruleId: 'patient-identifiability', level: 'error' });
    expect(r.stdout).not.toContain('5919');
  });

  it('compact and unix print one line per problem', async () => {
    const d = dir();
    const compact = (await runCli(['-f', 'compact', 'posts/a.md'], { cwd: d })).stdout.trim().split('\n');
    expect(compact[0]).toMatch(/a\.md: line 1, col \d+, Error - .* \(patient-identifiability\)$/);
    const unix = (await runCli(['-f', 'unix', 'posts/a.md'], { cwd: d })).stdout.trim().split('\n');
    expect(unix[0]).toMatch(/a\.md:1:\d+: .* \[Error\/patient-identifiability\]$/);
  });

  it('github prints workflow annotations', async () => {
    const out = (await runCli(['-f', 'github', 'posts'], { cwd: dir() })).stdout;
    expect(out).toMatch(
      /^::error file=posts\/a\.md,line=1,col=\d+,endLine=1,endColumn=\d+,title=socialcheck \(patient-identifiability\)::/m,
    );
  });

  it('junit prints a test suite per file', async () => {
    const out = (await runCli(['-f', 'junit', 'posts'], { cwd: dir() })).stdout;
    expect(out.startsWith('<?xml')).toBe(true);
    expect(out.match(/<testsuite /g)).toHaveLength(2);
    expect(out).toMatch(/<failure message="[^"]*"/);
  });

  it('stylish has colour only when asked', async () => {
    const d = dir();
    expect((await runCli(['posts'], { cwd: d })).stdout).not.toMatch(/\u001b\[/);
    expect((await runCli(['--color', 'posts'], { cwd: d })).stdout).toMatch(/\u001b\[/);
    expect((await runCli(['posts'], { cwd: d, env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/);
    expect((await runCli(['--no-color', 'posts'], { cwd: d, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
  });

  it('--output-file writes the report to a file', async () => {
    const d = dir();
    const r = await runCli(['-f', 'json', '-o', 'out/report.json', 'posts'], { cwd: d });
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(d, 'out', 'report.json'), 'utf8'))).toHaveLength(2);
  });
});

describe('--fix', () => {
  it('writes safe fixes, keeps CRLF, and a second run changes nothing', async () => {
    const d = tree({ 'a.md': 'As a dental nurse at Smile Dental I think the new contract is a disaster.\r\n' });
    expect((await runCli(['--fix', 'a.md'], { cwd: d })).code).toBe(0);
    const once = readFileSync(join(d, 'a.md'), 'utf8');
    expect(once).toBe(
      'As a dental nurse at Smile Dental I think the new contract is a disaster.\r\n\r\nViews are my own, not those of my employer.\r\n',
    );
    await runCli(['--fix', 'a.md'], { cwd: d });
    expect(readFileSync(join(d, 'a.md'), 'utf8')).toBe(once);
  });

  it('--fix into a folder it may not write is a usage error, with no stack', () => {
    const text = 'As a pharmacist at Boots I think the new contract is a disaster.\n';
    const d = tree({ 'locked/a.md': text });
    chmodSync(join(d, 'locked'), 0o555);
    try {
      // Root writes anywhere: the run drops to "nobody" to meet the permission error for real.
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      chmodSync(d, 0o755);
      const r = cli(['--fix', 'locked/a.md'], { cwd: d, ...asUser });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^socialcheck: cannot write the fixes to .*a\.md: E[A-Z]+\n$/);
      expect(readFileSync(join(d, 'locked/a.md'), 'utf8')).toBe(text);
    } finally {
      chmodSync(join(d, 'locked'), 0o755);
    }
  });

  it('--fix-dry-run leaves the file alone and shows the output in json', async () => {
    const text = 'As a physio at Parkview Physio I think the new rota is awful.\n';
    const d = tree({ 'a.md': text });
    const r = JSON.parse((await runCli(['--fix-dry-run', '-f', 'json', 'a.md'], { cwd: d })).stdout);
    expect(r[0].output).toContain('Views are my own');
    expect(readFileSync(join(d, 'a.md'), 'utf8')).toBe(text);
  });
});
