import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { describeInternalError, UsageError } from '../errors.js';
import { packageVersion } from '../package-root.js';
import { ProblemTally } from './exit-code.js';
import { ReportOutput } from './report-output.js';
import { ByteSink } from '../formatters/output-sink.js';
import type { LintResult } from '../engine/results.js';
import { parseRuleFlag } from './rule-flag.js';
import { useColor } from './color.js';

interface Flags {
  concurrency: string;
  config?: string;
  configLookup: boolean;
  rule: string[];
  format: string;
  outputFile?: string;
  stdin?: boolean;
  stdinFilename?: string;
  ignorePattern: string[];
  ignore: boolean;
  errorOnUnmatchedPattern: boolean;
  inlineConfig: boolean;
  maxWarnings: string;
  quiet?: boolean;
  printConfig?: string;
  listRules?: boolean;
  explain?: string;
  init?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  reportUnusedDisableDirectives?: boolean;
  reportUnusedDisableDirectivesSeverity?: string;
  color?: boolean;
  column?: string;
  field?: string;
  suppressAll?: boolean;
  suppressRule?: string[];
  pruneSuppressions?: boolean;
  passOnUnprunedSuppressions?: boolean;
  suppressionsLocation?: string;
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy: string;
}

const EXAMPLES = `
Examples:
  $ socialcheck draft.md                      check one draft
  $ socialcheck posts/ "blog/**/*.md"         check folders and globs
  $ cat draft.md | socialcheck --stdin        check standard input
  $ socialcheck -f sarif -o results.sarif .   SARIF for GitHub code scanning
  $ socialcheck scheduled-posts.csv           each row a post (--column to name the text column)
  $ socialcheck --rule 'views-disclaimer: off' draft.md
  $ socialcheck --list-rules                  what socialcheck checks
  $ socialcheck --init                        write a starter .socialpolicyrc.yaml

Exit codes: 0 no errors; 1 errors or too many warnings; 2 socialcheck could not run.`;

function program(): Command {
  const collect = (v: string, prev: string[]) => [...prev, v];
  return new Command('socialcheck')
    .description('Check social-media drafts against UK healthcare social media policies before you publish.')
    .argument('[patterns...]', 'files, folders or globs to check (use - for standard input)')
    .option('-c, --config <file>', 'use this config file instead of looking for .socialpolicyrc.*')
    .option('--no-config-lookup', 'do not look for .socialpolicyrc.* files (built-in defaults only)')
    .option('--rule <setting>', "set a rule, e.g. 'views-disclaimer: off' (repeatable)", collect, [])
    .option('-f, --format <name>', 'output format: stylish, json, compact, unix, sarif, github, gitlab, junit, html', 'stylish')
    .option('-o, --output-file <file>', 'write the report to a file')
    .option('--stdin', 'read the draft from standard input')
    .option('--stdin-filename <name>', 'name (and type, by extension) of the draft on standard input: posts.csv reads it as an export')
    .option(
      '--column <name|number>',
      'in CSV, TSV and .xlsx files of scheduled posts, the column holding the post text (a name, or 1 for the first)',
    )
    .option('--field <name|number>', 'in JSON / JSON Lines files of posts, the field holding the post text (a name, or 1 for the first)')
    .option('--suppress-all', 'record every current error in socialcheck-suppressions.json, so only new ones fail')
    .option('--suppress-rule <id>', 'record current errors of this rule (repeatable)', (v: string, acc: string[]) => [...acc, v], [])
    .option('--prune-suppressions', 'drop recorded suppressions that no longer occur')
    .option('--pass-on-unpruned-suppressions', 'do not fail when recorded suppressions no longer occur')
    .option('--suppressions-location <path>', 'where the suppressions file is (default socialcheck-suppressions.json)')
    .option('--cache', 'only re-check files that changed since the last run (results kept in .socialcheckcache)')
    .option('--cache-location <path>', 'where the cache is (default .socialcheckcache)')
    .option('--cache-strategy <strategy>', 'how --cache spots changed files: metadata (size and time, the default) or content', 'metadata')
    .option('--concurrency <n>', 'worker threads for many files: a number, auto (one per core when it pays) or off', 'auto')
    .option('--ignore-pattern <pattern>', 'skip files matching this gitignore-style pattern (repeatable)', collect, [])
    .option('--no-ignore', 'do not skip files matched by ignore patterns')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a folder or glob matches no drafts')
    .option('--no-inline-config', 'ignore socialcheck-disable comments in drafts (each is reported as having no effect)')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings', '-1')
    .option('--quiet', 'report errors only')
    .option('--fix', 'apply safe fixes to the files')
    .option('--fix-dry-run', 'compute fixes but do not write them (see --format json output)')
    .option('--report-unused-disable-directives', 'report directives that suppress nothing')
    .addOption(
      new Option('--report-unused-disable-directives-severity <level>', 'severity for unused directives').choices([
        'off',
        'warn',
        'error',
        '0',
        '1',
        '2',
      ]),
    )
    .option('--print-config <file>', 'print the configuration that applies to a file')
    .option('--list-rules', 'list the rules with their default severities and policy clauses')
    .option('--explain <rule>', 'explain one rule: what it catches, why, its options')
    .option('--init', 'write a starter .socialpolicyrc.yaml in this folder')
    .option('--color', 'force colours on')
    .option('--no-color', 'turn colours off')
    .version(packageVersion(), '-v, --version')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

/** Standard input, decoded as a file of that name would be (a workbook's bytes kept whole). */
async function readStdin(name: string | undefined): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const { decodeDraft } = await import('../files/read.js');
  const d = decodeDraft(Buffer.concat(chunks), name);
  if (!d.ok) throw new UsageError(`standard input: ${d.message}`);
  return d.text;
}

/** Bytes of a streamed report gathered before they are written. */
const REPORT_PIECE = 1 << 16;

export async function main(argv: string[]): Promise<number> {
  const cwd = process.cwd();
  try {
    const cmd = program();
    try {
      cmd.parse(argv, { from: 'user' });
    } catch (e) {
      if (e instanceof CommanderError) {
        // --help and --version end here with code 0; every other commander error is a usage error.
        return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
      }
      throw e;
    }
    const flags = cmd.opts<Flags>();
    let patterns = cmd.args;

    if (flags.init) return (await import('./init.js')).init(cwd);
    if (flags.listRules) return await (await import('./list-rules.js')).listRules();
    if (flags.explain) return await (await import('./list-rules.js')).explain(flags.explain);

    if (flags.cacheStrategy !== 'metadata' && flags.cacheStrategy !== 'content')
      throw new UsageError(`--cache-strategy must be metadata or content, not "${flags.cacheStrategy}"`);
    // TIMING=1 times rules on this thread, so it turns worker threads off.
    const concurrency = process.env.TIMING ? 'off' : parseConcurrency(flags.concurrency);
    const maxWarnings = Number(flags.maxWarnings);
    if (!Number.isInteger(maxWarnings)) throw new UsageError(`--max-warnings must be a whole number, not "${flags.maxWarnings}"`);
    const { formatters } = await import('../formatters/index.js');
    const loadFormatter = formatters[flags.format];
    if (!loadFormatter) throw new UsageError(`unknown format "${flags.format}": use ${Object.keys(formatters).join(', ')}`);

    const stdin = flags.stdin || patterns.includes('-');
    patterns = patterns.filter((p) => p !== '-');
    if (stdin && patterns.length) throw new UsageError('give either files or standard input (--stdin / -), not both');
    if (!stdin && !patterns.length && !flags.printConfig)
      throw new UsageError('no files given: try socialcheck draft.md, socialcheck posts/, or --help');
    if (flags.fix && stdin)
      throw new UsageError('--fix cannot write back to standard input: use --fix-dry-run to see the fixed text in --format json');

    const cliRules = Object.assign({}, ...flags.rule.map(parseRuleFlag));
    const { ConfigResolver, lintFilesInOrder, lintText } = await import('../api.js');
    const resolver = await ConfigResolver.create({
      cwd,
      ...(flags.config ? { configFile: flags.config } : {}),
      noLookup: !flags.configLookup,
      cliRules,
    });

    if (flags.printConfig) {
      const config = JSON.stringify(resolver.resolve(resolve(cwd, flags.printConfig)), null, 2);
      const output = ReportOutput.open(flags.outputFile, cwd);
      output.write(config);
      output.close();
      return 0;
    }

    const unusedSeverity = flags.reportUnusedDisableDirectivesSeverity
      ? (({ '0': 'off', '1': 'warn', '2': 'error' } as Record<string, 'off' | 'warn' | 'error'>)[
          flags.reportUnusedDisableDirectivesSeverity
        ] ?? (flags.reportUnusedDisableDirectivesSeverity as 'off' | 'warn' | 'error'))
      : flags.reportUnusedDisableDirectives
        ? 'warn'
        : 'off';
    const lintOptions = {
      cwd,
      fix: Boolean(flags.fix || flags.fixDryRun),
      reportUnusedDisableDirectives: unusedSeverity,
      ignorePatterns: flags.ignorePattern,
      ignore: flags.ignore,
      ...(flags.errorOnUnmatchedPattern === false ? { errorOnUnmatchedPattern: false } : {}),
      ...(flags.inlineConfig === false ? { allowInlineConfig: false } : {}),
      ...(flags.column ? { column: flags.column } : {}),
      ...(flags.field ? { field: flags.field } : {}),
      concurrency,
      ...(progressWanted(flags.format) ? { onProgress: progressLine() } : {}),
    };
    const cache =
      flags.cache && !stdin
        ? (await import('../files/cache.js')).LintCache.open(
            resolve(cwd, flags.cacheLocation ?? '.socialcheckcache'),
            packageVersion(),
            flags.cacheStrategy as 'metadata' | 'content',
          )
        : undefined;
    if (cache) Object.assign(lintOptions, { cache });
    const format = await loadFormatter();
    const rulesMeta = new Map([...resolver.ruleMap].map(([id, rule]) => [id, rule.meta]));
    const context = { cwd, rulesMeta, color: useColor(flags.color, Boolean(flags.outputFile)), version: packageVersion() };
    const { Suppressor } = await import('./suppressions.js');
    const quiet = (r: LintResult): LintResult =>
      flags.quiet ? { ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0, fixableWarningCount: 0 } : r;
    const maxShown = flags.quiet ? -1 : maxWarnings;
    const writeFix = flags.fix && !stdin ? await (await import('./write-fixes.js')).fixWriter() : undefined;
    const suppressor = Suppressor.open(cwd, flags);

    // Files are fixed and reported as they are linted, so a run holds no result: its memory
    // stays flat however many files it checks. Where recorded suppressions that no longer occur
    // would stop the run unreported, a report to standard output is held (as bytes) to the end;
    // an -o file replaces the last one only when whole.
    const hold = Boolean(suppressor?.mayStopRun) && !flags.outputFile;
    const output = ReportOutput.open(flags.outputFile, cwd);
    const sink = new ByteSink();
    const report = format.stream(context, sink);
    const tally = new ProblemTally();
    const take = (r: LintResult) => {
      writeFix?.(r);
      const shown = quiet(suppressor ? suppressor.apply(r) : r);
      tally.add(shown);
      report.add(shown);
      if (!hold && sink.length >= REPORT_PIECE) output.write(sink.drain());
    };
    try {
      if (stdin) {
        const filePath = flags.stdinFilename ? { filePath: flags.stdinFilename } : {};
        take(await lintText(await readStdin(flags.stdinFilename), { ...lintOptions, ...filePath }, resolver));
      } else {
        await lintFilesInOrder(patterns, take, lintOptions, resolver);
      }
      cache?.save();
      if (process.env.TIMING) await printTimes();
      if (suppressor?.finish()) {
        process.stderr.write(
          'socialcheck: some recorded suppressions no longer occur; run again with --prune-suppressions to remove them (or --pass-on-unpruned-suppressions).\n',
        );
        return 2;
      }
      report.end();
      output.write(sink.drain());
      output.close();
    } finally {
      output.abandon();
    }
    // As ESLint does: a run that fails on warnings alone says so (the summary may read "0 errors").
    if (maxShown >= 0 && tally.warnings > maxShown)
      process.stderr.write(
        `socialcheck: too many warnings (${tally.warnings}, maximum ${maxShown}): --max-warnings ${maxShown} makes the run fail (exit 1).\n`,
      );
    return tally.exitCode(maxShown);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`socialcheck: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`socialcheck: internal error, please report it: ${describeInternalError(e)}\n`);
    return 2;
  }
}

// A progress line for people waiting at a terminal: only on a TTY, only for formats people read,
// only on stderr, and only for runs long enough to need one.
const HUMAN_FORMATS = new Set(['stylish', 'compact', 'unix']);
const progressWanted = (format: string) => HUMAN_FORMATS.has(format) && process.stderr.isTTY === true;

function progressLine(threshold = 200): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    if (total < threshold) return;
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    process.stderr.write(done < total ? `\rsocialcheck: ${done}/${total} files` : `\r${' '.repeat(40)}\r`);
  };
}

function parseConcurrency(value: string): 'off' | 'auto' | number {
  if (value === 'off' || value === 'auto') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`--concurrency must be auto, off or a whole number from 1 to 64, not "${value}"`);
  return n;
}

async function printTimes() {
  const { ruleTimes } = await import('../engine/lint.js');
  const times = [...(ruleTimes() ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
  const total = times.reduce((sum, [, ms]) => sum + ms, 0);
  const rows = times.map(
    ([id, ms]) => `${id.padEnd(26)} ${ms.toFixed(1).padStart(10)} ${((100 * ms) / (total || 1)).toFixed(1).padStart(7)}%`,
  );
  process.stderr.write(`${'Rule'.padEnd(26)} ${'Time (ms)'.padStart(10)} ${'Relative'.padStart(8)}\n${rows.join('\n')}\n`);
}
