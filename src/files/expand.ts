import { readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
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
 * The drafts to lint, in order, held compactly: a folder's drafts as the folder and their names
 * (a path is made when it is asked for), anything else as a Target. 100k drafts listed as
 * Target objects with whole paths were 14.6 MB alive through the run; this is 4.3 MB.
 */
export class TargetList {
  private readonly chunks: (Target | FolderDrafts)[] = [];
  private at = 0;
  private inChunk = 0;
  length = 0;

  push(t: Target): void {
    this.chunks.push(t);
    this.length++;
  }

  pushFolder(folder: string, names: string[]): void {
    if (!names.length) return;
    this.chunks.push({ folder: folder.endsWith(sep) ? folder : folder + sep, names });
    this.length += names.length;
  }

  /**
   * Each target that is not a folder's draft, and one draft of each run of a folder's drafts: what
   * depends only on a draft's folder (its config files) is asked once per run, without making
   * every path.
   */
  *onePerFolder(): IterableIterator<Target> {
    for (const c of this.chunks) yield isTarget(c) ? c : { path: c.folder + c.names[0]!, explicit: false };
  }

  /** The next target in order, let go once taken; undefined after the last. */
  take(): Target | undefined {
    for (;;) {
      const c = this.chunks[this.at];
      if (!c) return undefined;
      if (isTarget(c)) {
        this.chunks[this.at++] = EMPTY;
        return c;
      }
      if (this.inChunk < c.names.length) return { path: c.folder + c.names[this.inChunk++]!, explicit: false };
      this.chunks[this.at++] = EMPTY;
      this.inChunk = 0;
    }
  }
}

interface FolderDrafts {
  /** Ends with the separator. */
  folder: string;
  names: string[];
}
const EMPTY: FolderDrafts = { folder: '', names: [] };
const isTarget = (c: Target | FolderDrafts): c is Target => 'path' in c;

/**
 * Turns files, folders and globs into the list of drafts to lint, in a stable order. A folder or
 * glob with no drafts is a problem (ESLint's "No files matching the pattern"), unless
 * `errorOnUnmatchedPattern` is false.
 */
export async function expandPatterns(patterns: string[], cwd: string, errorOnUnmatchedPattern = true): Promise<TargetList> {
  const out = new TargetList();
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
      let found = 0;
      walkDrafts(abs, (folder, names) => {
        found += names.length;
        if (seen) for (const name of names) add({ path: folder + sep + name, explicit: false });
        else out.pushFolder(folder, names);
      });
      if (!found) unmatched();
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
 * to glob. test/drafts-under.test.ts holds it to tinyglobby, and to the order of sorted paths.
 */
export function draftsUnder(dir: string): string[] {
  const found: string[] = [];
  walkDrafts(dir, (folder, names) => {
    for (const name of names) found.push(folder + sep + name);
  });
  return found;
}

/**
 * Walks the drafts under `dir` in the order of their sorted paths, handing over each folder's
 * drafts (a run of names in one folder, between its subfolders) as they come. A folder's
 * entries are sorted with a separator after each subfolder's name, as every path under it
 * continues: the walk's order is then exactly that of sorting the whole paths.
 */
function walkDrafts(dir: string, onDrafts: (folder: string, names: string[]) => void): void {
  const walk = (folder: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    const keys: string[] = [];
    for (const e of entries) {
      const name = e.name;
      if (name.startsWith('.')) continue;
      if (e.isDirectory()) {
        if (name !== 'node_modules') keys.push(name + sep);
      } else if (e.isFile() && DRAFT_NAME.test(name)) keys.push(name);
    }
    keys.sort();
    // The folder is already normal and a name holds no separator: joined by hand, as join()'s
    // normalising left garbage enough that listing 100k drafts grew the heap to 83 MB, not 53.
    const base = folder.endsWith(sep) ? folder.slice(0, -1) : folder;
    let names: string[] = [];
    for (const key of keys) {
      if (!key.endsWith(sep)) {
        names.push(key);
        continue;
      }
      if (names.length) onDrafts(base, names);
      names = [];
      walk(base + sep + key.slice(0, -1));
    }
    if (names.length) onDrafts(base, names);
  };
  walk(resolve(dir));
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
