import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, lintFilesInOrder, lintText } from '../../src/api.js';
import type { LintResult } from '../../src/engine/results.js';
import { formatters } from '../../src/formatters/index.js';
import { ByteSink } from '../../src/formatters/output-sink.js';
import type { Formatter } from '../../src/formatters/types.js';
import { runCli, tempTree } from '../helpers/cli.js';
import { fixtureTexts, rng } from '../helpers/equivalence.js';
import { randomResults } from '../helpers/random-results.js';

// Large runs are reported as they are linted (no result is kept): the streamed report must be
// byte for byte the report made from every result at once, and results must come in input order.

const cwd = join(sep, 'home', 'someone', 'drafts');
const ctx = { cwd, color: false, rulesMeta: new Map(), version: '1.0.0' };

/** The whole report as one string, encoded as the CLI writes it. */
const whole = (format: Formatter, results: LintResult[]) => Buffer.from(format(results, ctx));

/** The report streamed, drained into pieces at seeded points as the CLI drains it. */
function streamed(format: Formatter, results: LintResult[], seed: number): Buffer {
  const r = rng(seed);
  const sink = new ByteSink(16);
  const report = format.stream(ctx, sink);
  const pieces: Buffer[] = [];
  for (const result of results) {
    report.add(result);
    if (r() < 0.5) pieces.push(sink.drain());
  }
  report.end();
  pieces.push(sink.drain());
  return Buffer.concat(pieces);
}

const streaming = Object.keys(formatters);

describe('streamed reports', () => {
  it("write each file's part as it comes, in every format, before the report ends", async () => {
    const message = 'A quite distinctive message';
    const result = (n: number): LintResult => ({
      filePath: join(cwd, `post-${n}.md`),
      messages: [{ ruleId: 'views-disclaimer', severity: 2, message: `${message} ${n}`, line: 1, column: 1 }],
      suppressedMessages: [],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      source: 'Some text of the post.',
    });
    for (const name of streaming) {
      const sink = new ByteSink(16);
      const report = (await formatters[name]!()).stream(ctx, sink);
      report.add(result(1));
      const first = sink.drain().toString('utf8');
      expect(first, name).toContain(`${message} 1`);
      report.add(result(2));
      const second = sink.drain().toString('utf8');
      expect(second, name).toContain(`${message} 2`);
      expect(second, name).not.toContain(`${message} 1`);
      report.end();
    }
  });

  it('are the whole report, on every fixture draft and on generated results', async () => {
    const linted: LintResult[] = [];
    for (const [i, text] of fixtureTexts().entries())
      linted.push(await lintText(text, { noConfigLookup: true, filePath: join(cwd, `d${i}.md`) }));
    expect(linted.reduce((n, r) => n + r.messages.length, 0)).toBeGreaterThan(300);
    for (const name of streaming) {
      const format = await formatters[name]!();
      expect(streamed(format, linted, 1).equals(whole(format, linted)), name).toBe(true);
      for (let seed = 0; seed < 200; seed++) {
        const results = randomResults(seed, cwd);
        expect(streamed(format, results, seed).toString('utf8'), `${name} seed ${seed}`).toBe(whole(format, results).toString('utf8'));
      }
      // Nothing to report: what each format prints for no files.
      expect(streamed(format, [], 0).equals(whole(format, [])), name).toBe(true);
    }
  });
});

describe('lintFilesInOrder', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 60; i++)
    files[`posts/${String(i).padStart(2, '0')}.md`] = `Post ${i}: saw Mrs Patel in clinic today, she is ${60 + i}.\n`;
  files['posts/missing-link.md'] = 'Fine post.\n';

  it('hands on results in input order, as lintFiles returns them, with worker threads too', { timeout: 60000 }, async () => {
    const { dir, cleanup } = tempTree(files);
    try {
      const all = await lintFiles(['posts', 'nowhere.md'], { cwd: dir, concurrency: 'off' });
      expect(all.length).toBe(62);
      for (const concurrency of ['off', 2] as const) {
        const got: LintResult[] = [];
        await lintFilesInOrder(['posts', 'nowhere.md'], (r) => got.push(r), { cwd: dir, concurrency });
        expect(got.map((r) => r.filePath)).toEqual(all.map((r) => r.filePath));
        expect(got.map((r) => r.messages)).toEqual(all.map((r) => r.messages));
      }
    } finally {
      cleanup();
    }
  });

  it('hands on the first results while later files are still to lint', async () => {
    const { dir, cleanup } = tempTree(files);
    try {
      let done = 0;
      const doneWhenHanded: number[] = [];
      await lintFilesInOrder(['posts'], () => doneWhenHanded.push(done), { cwd: dir, onProgress: (n) => (done = n) });
      expect(doneWhenHanded.length).toBe(61);
      expect(doneWhenHanded[0]).toBeLessThan(5);
    } finally {
      cleanup();
    }
  });
});

describe('the CLI', () => {
  // A suppressions file, even an empty one, makes the CLI hold the report to the end (an unpruned
  // suppression stops the run unreported): it must be what a streamed run prints.
  const drafts: Record<string, string> = {};
  for (let i = 0; i < 40; i++)
    drafts[`posts/${String(i).padStart(2, '0')}.md`] =
      i % 4 === 0 ? 'Lovely day at the clinic.\n' : `Mr Okafor (DOB 12/03/1961) came in today. ${'Great work team! '.repeat(i % 5)}\n`;

  it('prints the same streamed as gathered, for every streamed format and flag that changes the report', async () => {
    const { dir, cleanup } = tempTree(drafts);
    const gathered = tempTree({ ...drafts, 'socialcheck-suppressions.json': '{}' });
    try {
      const runs = [
        ...streaming.map((format) => ['-f', format]),
        ['-f', 'json', '--quiet'],
        ['-f', 'stylish', '--max-warnings', '0', '--rule', 'patient-identifiability: warn'],
        ['-f', 'compact', '--rule', 'platform-limits: off'],
        ['-f', 'stylish', '--color'],
      ];
      for (const run of runs) {
        const args = [...run, ...(run.includes('--color') ? [] : ['--no-color']), 'posts'];
        const a = await runCli(args, { cwd: dir });
        const b = await runCli(args, { cwd: gathered.dir });
        // Only --max-warnings says something on stderr (that the warnings failed the run), the same both ways.
        expect(a.stderr, run.join(' ')).toBe(run.includes('--max-warnings') ? b.stderr : '');
        // json and compact print absolute paths: the two trees' folders differ.
        expect(a.stdout.split(dir).join('DIR'), run.join(' ')).toBe(b.stdout.split(gathered.dir).join('DIR'));
        expect(a.code, run.join(' ')).toBe(b.code);
      }
      const printed = await runCli(['-f', 'json', 'posts'], { cwd: dir });
      expect(JSON.parse(printed.stdout)).toHaveLength(40);
      expect(printed.code).toBe(1);
      // To a file: the report as printed, less the line break stdout gets at the end.
      const toFile = await runCli(['-f', 'compact', '-o', 'out/report.txt', 'posts'], { cwd: dir });
      expect(toFile.stdout).toBe('');
      expect(readFileSync(join(dir, 'out', 'report.txt'), 'utf8') + '\n').toBe((await runCli(['-f', 'compact', 'posts'], { cwd: dir })).stdout);
    } finally {
      cleanup();
      gathered.cleanup();
    }
  });

  it('writes the same fixes streamed as gathered, and reports what is left', async () => {
    const opinions: Record<string, string> = {};
    for (let i = 0; i < 30; i++)
      opinions[`posts/${String(i).padStart(2, '0')}.md`] =
        i % 3 === 0 ? 'Lovely day at the clinic.\n' : `As a pharmacist at Boots ${i} I think the new contract is a disaster.\r\n`;
    const { dir, cleanup } = tempTree(opinions);
    const gathered = tempTree({ ...opinions, 'socialcheck-suppressions.json': '{}' });
    try {
      const a = await runCli(['--fix', '-f', 'json', 'posts'], { cwd: dir });
      const b = await runCli(['--fix', '-f', 'json', 'posts'], { cwd: gathered.dir });
      expect(a.stdout.split(dir).join('DIR')).toBe(b.stdout.split(gathered.dir).join('DIR'));
      expect(a.code).toBe(b.code);
      let fixed = 0;
      for (const name of Object.keys(opinions)) {
        const text = readFileSync(join(dir, name), 'utf8');
        expect(text, name).toBe(readFileSync(join(gathered.dir, name), 'utf8'));
        if (text !== opinions[name]) fixed++;
      }
      expect(fixed).toBe(20);
    } finally {
      cleanup();
      gathered.cleanup();
    }
  });

  it('reports an output file it cannot write as a usage error, before linting', async () => {
    const { dir, cleanup } = tempTree({ ...drafts, 'taken.txt': 'a file, not a folder' });
    try {
      const r = await runCli(['-f', 'json', '-o', 'taken.txt/report.json', 'posts'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^socialcheck: cannot write taken\.txt\/report\.json: E\w+/);
      expect(r.stdout).toBe('');
    } finally {
      cleanup();
    }
  });
});
