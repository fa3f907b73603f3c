import { readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';

const DRAFT_EXTENSIONS = ['md', 'markdown', 'txt'];
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export interface Target {
  path: string;
  /** Named on the command line (lint it whatever its extension). */
  explicit: boolean;
  /** Why it cannot be linted (missing path, no match): becomes a fatal result. */
  problem?: string;
}

const toPosix = (p: string) => p.split(sep).join('/');

/**
 * Turns files, folders and globs into the list of drafts to lint, in a stable order. A folder or
 * glob with no drafts is a problem (ESLint's "No files matching the pattern"), unless
 * `errorOnUnmatchedPattern` is false.
 */
export async function expandPatterns(patterns: string[], cwd: string, errorOnUnmatchedPattern = true): Promise<Target[]> {
  const out: Target[] = [];
  // One pattern lists each file once: only several can name a file twice.
  const seen = patterns.length > 1 ? new Set<string>() : null;
  const add = (t: Target) => {
    if (seen) {
      if (seen.has(t.path)) return;
      seen.add(t.path);
    }
    out.push(t);
  };
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    let stat: ReturnType<typeof statSync> | undefined;
    let statError: string | undefined;
    try {
      stat = statSync(abs);
    } catch (e) {
      statError = (e as NodeJS.ErrnoException).code;
    }
    if (stat?.isFile()) {
      add({ path: abs, explicit: true });
      continue;
    }
    const unmatched = () => {
      if (errorOnUnmatchedPattern) add({ path: abs, explicit: true, problem: noMatch(pattern) });
    };
    if (stat?.isDirectory()) {
      const found = draftsUnder(abs);
      if (!found.length) unmatched();
      for (const f of found.sort()) add({ path: f, explicit: false });
      continue;
    }
    if (isDynamicPattern(toPosix(pattern))) {
      const found = await glob(toPosix(pattern), { cwd, absolute: true, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false });
      if (!found.length) unmatched();
      for (const f of found.sort()) add({ path: resolve(f), explicit: false });
      continue;
    }
    const problem = stat
      ? 'Not a regular file (a pipe, socket or device); it was not read.'
      : statError === 'ELOOP'
        ? 'Too many symbolic links (a symlink loop?); it was not read.'
        : statError === 'EACCES'
          ? 'Permission denied: socialcheck cannot reach this path.'
          : 'No such file or folder.';
    add({ path: abs, explicit: true, problem });
  }
  return out;
}

const noMatch = (pattern: string) =>
  `No files matching the pattern "${pattern}" were found (drafts are ${DRAFT_EXTENSIONS.map((e) => `*.${e}`).join(', ')}; name other files, such as a scheduler's .csv, directly). Use --no-error-on-unmatched-pattern to allow this.`;

const DRAFT_NAME = new RegExp(`\\.(?:${DRAFT_EXTENSIONS.join('|')})$`);

/**
 * The drafts in a folder and below, as tinyglobby finds `**\/*.{md,markdown,txt}` there (no dot
 * files or folders, no node_modules, no symbolic links, pipes or devices, unreadable folders
 * skipped), without its pattern matching on every path: a folder of 10k drafts took ~60 ms
 * to glob. test/drafts-under.test.ts holds it to tinyglobby.
 */
export function draftsUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const name = e.name;
      if (name.startsWith('.')) continue;
      if (e.isDirectory()) {
        if (name !== 'node_modules') walk(join(folder, name));
      } else if (e.isFile() && DRAFT_NAME.test(name)) {
        // Joined by hand (the folder is already normal, a name holds no separator): join()'s
        // normalising left garbage enough that listing 100k drafts grew the heap to 83 MB, not 53.
        found.push(folder.endsWith(sep) ? folder + name : folder + sep + name);
      }
    }
  };
  walk(resolve(dir));
  return found;
}

/** gitignore-style patterns, relative to a base folder. */
export class IgnoreList {
  private readonly ig: Ignore | null;
  constructor(
    readonly base: string,
    patterns: string[],
  ) {
    // No patterns, nothing ignored: a run without --ignore-pattern asks this of every file.
    this.ig = patterns.length ? ignore().add(patterns) : null;
  }

  ignores(file: string): boolean {
    if (!this.ig) return false;
    const rel = relative(this.base, file);
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
    return this.ig.ignores(toPosix(rel));
  }
}
