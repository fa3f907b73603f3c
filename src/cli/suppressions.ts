import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { countMessages, type LintResult, type SuppressedMessage } from '../engine/results.js';

// Bulk suppressions as ESLint 9 has them: a team adopting socialcheck on a backlog of posts
// records today's errors per file and rule (with counts) in socialcheck-suppressions.json, and
// CI then fails only on new problems. A file+rule whose error count grows is reported in full.

export const DEFAULT_SUPPRESSIONS = 'socialcheck-suppressions.json';

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

/** Error counts per file and rule in these results. */
function counts(results: LintResult[], cwd: string, only?: Set<string>): Suppressions {
  const out: Suppressions = {};
  for (const r of results) {
    for (const m of r.messages) {
      if (m.severity !== 2 || m.fatal || !m.ruleId || (only && !only.has(m.ruleId))) continue;
      const file = (out[keyOf(r.filePath, cwd)] ??= {});
      (file[m.ruleId] ??= { count: 0 }).count++;
    }
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
export function suppressionsInPlay(cwd: string, flags: SuppressionFlags): boolean {
  const path = resolve(cwd, flags.suppressionsLocation ?? DEFAULT_SUPPRESSIONS);
  return Boolean(flags.suppressAll || flags.suppressRule?.length || flags.pruneSuppressions || existsSync(path));
}

/**
 * Applies (and with the flags, writes or prunes) suppressions. Returns the results with
 * suppressed errors moved to suppressedMessages, and a note for stderr when suppressions are
 * left that no longer occur.
 */
export function applySuppressions(
  results: LintResult[],
  cwd: string,
  flags: SuppressionFlags,
): { results: LintResult[]; unpruned: boolean } {
  if (!suppressionsInPlay(cwd, flags)) return { results, unpruned: false };
  const path = resolve(cwd, flags.suppressionsLocation ?? DEFAULT_SUPPRESSIONS);
  let stored = load(path);
  const now = counts(results, cwd);

  if (flags.suppressAll || flags.suppressRule?.length) {
    const adding = flags.suppressAll ? now : counts(results, cwd, new Set(flags.suppressRule));
    for (const [file, rules] of Object.entries(adding)) {
      for (const [rule, { count }] of Object.entries(rules)) (stored[file] ??= {})[rule] = { count };
    }
    save(path, stored);
  }
  if (flags.pruneSuppressions) {
    const pruned: Suppressions = {};
    for (const [file, rules] of Object.entries(stored)) {
      for (const [rule, { count }] of Object.entries(rules)) {
        const current = now[file]?.[rule]?.count ?? 0;
        if (current > 0) (pruned[file] ??= {})[rule] = { count: Math.min(count, current) };
      }
    }
    stored = pruned;
    save(path, stored);
  }

  const out = results.map((r) => {
    const file = stored[keyOf(r.filePath, cwd)];
    if (!file) return r;
    const kept = [];
    const suppressed: SuppressedMessage[] = [...r.suppressedMessages];
    for (const m of r.messages) {
      const allowed = m.ruleId && m.severity === 2 && !m.fatal ? file[m.ruleId]?.count : undefined;
      // Within the recorded count, all are suppressed; more than it, all are reported.
      if (allowed !== undefined && (now[keyOf(r.filePath, cwd)]?.[m.ruleId!]?.count ?? 0) <= allowed)
        suppressed.push({ ...m, suppressions: [{ kind: 'file', justification: '' }] });
      else kept.push(m);
    }
    return {
      ...countMessages(r.filePath, kept, suppressed),
      ...(r.output !== undefined ? { output: r.output } : {}),
      ...(r.source !== undefined ? { source: r.source } : {}),
    };
  });
  const unpruned = Object.entries(stored).some(([file, rules]) =>
    Object.entries(rules).some(
      ([rule, { count }]) => (now[file]?.[rule]?.count ?? 0) < count && results.some((r) => keyOf(r.filePath, cwd) === file),
    ),
  );
  return { results: out, unpruned };
}
