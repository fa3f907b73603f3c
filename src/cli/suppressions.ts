import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { countMessages, type LintResult, type SuppressedMessage } from '../engine/results.js';

// Bulk suppressions as ESLint 9 has them: a team adopting socialcheck on a backlog of posts
// records today's errors per file and rule (with counts) in socialcheck-suppressions.json, and
// CI then fails only on new problems. A file+rule whose error count grows is reported in full.

const DEFAULT_SUPPRESSIONS = 'socialcheck-suppressions.json';

type Suppressions = Record<string, Record<string, { count: number }>>;

export interface SuppressionFlags {
  suppressAll?: boolean;
  suppressRule?: string[];
  pruneSuppressions?: boolean;
  passOnUnprunedSuppressions?: boolean;
  suppressionsLocation?: string;
}

const keyOf = (file: string, cwd: string) => relative(cwd, file).split(sep).join('/');

function load(path: string): Suppressions {
  if (!existsSync(path)) return {};
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('not an object of files');
    return data as Suppressions;
  } catch (e) {
    throw new UsageError(`${path}: cannot read the suppressions file (${(e as Error).message})`);
  }
}

/** A file's error counts per rule (only the rules in `only`, if given); undefined with none. */
function counts(r: LintResult, only?: ReadonlySet<string>): Record<string, { count: number }> | undefined {
  let out: Record<string, { count: number }> | undefined;
  for (const m of r.messages) {
    if (m.severity !== 2 || m.fatal || !m.ruleId || (only && !only.has(m.ruleId))) continue;
    ((out ??= {})[m.ruleId] ??= { count: 0 }).count++;
  }
  return out;
}

function save(path: string, s: Suppressions): void {
  const sorted = Object.fromEntries(
    Object.keys(s)
      .sort()
      .filter((f) => Object.keys(s[f]!).length)
      .map((f) => [
        f,
        Object.fromEntries(
          Object.keys(s[f]!)
            .sort()
            .map((r) => [r, s[f]![r]!]),
        ),
      ]),
  );
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
}

/** Whether suppressions are recorded or asked for: then they are weighed over every result. */
function suppressionsInPlay(cwd: string, flags: SuppressionFlags): boolean {
  const path = resolve(cwd, flags.suppressionsLocation ?? DEFAULT_SUPPRESSIONS);
  return Boolean(flags.suppressAll || flags.suppressRule?.length || flags.pruneSuppressions || existsSync(path));
}

/**
 * Suppressions weighed a file at a time, as results come: whether a file's errors are
 * suppressed depends on that file's counts alone. What is kept across files is small: the
 * recorded suppressions, and today's counts when the file is to be written.
 */
export class Suppressor {
  private readonly path: string;
  private readonly stored: Suppressions;
  private readonly adding: ReadonlySet<string> | 'all' | undefined;
  // Today's error counts per file, kept only to prune the file with.
  private readonly now: Suppressions | undefined;
  private unpruned = false;

  private constructor(
    private readonly cwd: string,
    private readonly flags: SuppressionFlags,
  ) {
    this.path = resolve(cwd, flags.suppressionsLocation ?? DEFAULT_SUPPRESSIONS);
    this.stored = load(this.path);
    this.adding = flags.suppressAll ? 'all' : flags.suppressRule?.length ? new Set(flags.suppressRule) : undefined;
    this.now = flags.pruneSuppressions ? {} : undefined;
  }

  /** A suppressor when suppressions are recorded or asked for, else undefined. */
  static open(cwd: string, flags: SuppressionFlags): Suppressor | undefined {
    return suppressionsInPlay(cwd, flags) ? new Suppressor(cwd, flags) : undefined;
  }

  /** Whether recorded suppressions that no longer occur will stop the run with no report. */
  get mayStopRun(): boolean {
    return !this.flags.passOnUnprunedSuppressions && !this.flags.pruneSuppressions;
  }

  /** The result with its suppressed errors moved to suppressedMessages (recording new ones first). */
  apply(r: LintResult): LintResult {
    const key = keyOf(r.filePath, this.cwd);
    const current = counts(r);
    if (current && this.now) this.now[key] = current;
    if (this.adding) {
      const adding = this.adding === 'all' ? current : counts(r, this.adding);
      for (const [rule, { count }] of Object.entries(adding ?? {})) (this.stored[key] ??= {})[rule] = { count };
    }
    const file = this.stored[key];
    if (!file) return r;
    // Within the recorded count, all are suppressed; more than it, all are reported.
    for (const [rule, { count }] of Object.entries(file)) if ((current?.[rule]?.count ?? 0) < count) this.unpruned = true;
    const kept = [];
    const suppressed: SuppressedMessage[] = [...r.suppressedMessages];
    for (const m of r.messages) {
      const allowed = m.ruleId && m.severity === 2 && !m.fatal ? file[m.ruleId]?.count : undefined;
      if (allowed !== undefined && (current?.[m.ruleId!]?.count ?? 0) <= allowed)
        suppressed.push({ ...m, suppressions: [{ kind: 'file', justification: '' }] });
      else kept.push(m);
    }
    return {
      ...countMessages(r.filePath, kept, suppressed),
      ...(r.output !== undefined ? { output: r.output } : {}),
      ...(r.source !== undefined ? { source: r.source } : {}),
    };
  }

  /**
   * After the last result: writes the file when suppressions were added or pruned (pruning
   * keeps what still occurs, at most as often as it does now). True when recorded suppressions
   * no longer occur in the files linted and that is to stop the run.
   */
  finish(): boolean {
    if (this.now) {
      const pruned: Suppressions = {};
      for (const [file, rules] of Object.entries(this.stored)) {
        for (const [rule, { count }] of Object.entries(rules)) {
          const current = this.now[file]?.[rule]?.count ?? 0;
          if (current > 0) (pruned[file] ??= {})[rule] = { count: Math.min(count, current) };
        }
      }
      save(this.path, pruned);
    } else if (this.adding) {
      save(this.path, this.stored);
    }
    return this.unpruned && this.mayStopRun;
  }
}
