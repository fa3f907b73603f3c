import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';

export const DRAFT_EXTENSIONS = ['md', 'markdown', 'txt'];
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export interface Target {
  path: string;
  /** Named on the command line (lint it whatever its extension). */
  explicit: boolean;
  /** Why it cannot be linted (missing path, no match): becomes a fatal result. */
  problem?: string;
}

const toPosix = (p: string) => p.split(sep).join('/');

/** Turns files, folders and globs into the list of drafts to lint, in a stable order. */
export async function expandPatterns(patterns: string[], cwd: string): Promise<Target[]> {
  const out: Target[] = [];
  const seen = new Set<string>();
  const add = (t: Target) => {
    if (seen.has(t.path)) return;
    seen.add(t.path);
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
    if (stat?.isDirectory()) {
      const found = await glob(`**/*.{${DRAFT_EXTENSIONS.join(',')}}`, {
        cwd: abs,
        absolute: true,
        ignore: ALWAYS_SKIPPED,
        dot: false,
        followSymbolicLinks: false,
      });
      for (const f of found.sort()) add({ path: resolve(f), explicit: false });
      continue;
    }
    if (isDynamicPattern(toPosix(pattern))) {
      const found = await glob(toPosix(pattern), { cwd, absolute: true, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false });
      if (!found.length) add({ path: abs, explicit: true, problem: `No files matching the pattern "${pattern}" were found.` });
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

/** gitignore-style patterns, relative to a base folder. */
export class IgnoreList {
  private readonly ig: Ignore;
  constructor(
    readonly base: string,
    patterns: string[],
  ) {
    this.ig = ignore().add(patterns);
  }

  ignores(file: string): boolean {
    const rel = relative(this.base, file);
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
    return this.ig.ignores(toPosix(rel));
  }
}
