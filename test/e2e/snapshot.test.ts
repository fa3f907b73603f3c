// The CLI started from its V8 startup snapshot (dist/socialcheck.sh, the launcher an install puts in
// front of bin/socialcheck.js) behaves as the plain start does, byte for byte; a snapshot of another
// build or for another Node is refused, and the run then starts as before.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, closedEarly, ROOT, tempTrees } from '../helpers/cli.js';

const LAUNCHER = join(ROOT, 'dist', 'socialcheck.sh');
const posix = process.platform !== 'win32';
const snapshot = createRequire(import.meta.url)('../../bin/snapshot.cjs') as {
  BLOB: string;
  FLAGS: string[];
  freshStamp(): { node: string; execPath: string; bundle: string } | null;
  launcherScript(stamp: object): string;
  withLauncher(source: string, stamp: object | null): string;
  withoutLauncher(source: string): string;
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
function run(cmd: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...opts.env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'TIMING', 'NODE_OPTIONS']) if (!opts.env || !(k in opts.env)) delete env[k];
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: opts.cwd ?? ROOT, input: opts.input ?? '', encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const fast = (args: string[], opts?: Parameters<typeof run>[1]) => run([LAUNCHER, ...args], opts);
const plain = (args: string[], opts?: Parameters<typeof run>[1]) => run([process.execPath, BIN, ...args], opts);

const tree = tempTrees();

describe.skipIf(!posix)('the startup snapshot', () => {
  it('is built with the one-file build, with a stamp for this Node and this build', () => {
    expect(existsSync(snapshot.BLOB)).toBe(true);
    const stamp = snapshot.freshStamp();
    expect(stamp?.node).toBe(process.version);
    expect(readFileSync(LAUNCHER, 'utf8')).toContain('--snapshot-blob');
  });

  it.each(['stylish', 'json', 'sarif'])('prints the fixtures report in %s byte for byte as the plain start', (format) => {
    const args = ['--no-config-lookup', '-f', format, 'fixtures'];
    const a = fast(args);
    const b = plain(args);
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(a).toEqual(b);
  });

  it('lints with worker threads as the plain start does (--concurrency)', () => {
    const args = ['--no-config-lookup', '-f', 'json', '--concurrency', '2', 'fixtures'];
    expect(fast(args)).toEqual(plain(args));
  });

  it('reads standard input, and paths relative to the folder it is run in', () => {
    const dir = tree({ 'posts/a.md': 'Had the lovely Margaret Hughes in the chair today. NHS no 943 476 5919.\n' });
    const input = readFileSync(join(dir, 'posts/a.md'), 'utf8');
    for (const args of [
      ['--no-config-lookup', 'posts'],
      ['--no-config-lookup', '--stdin', '--stdin-filename', 'posts/b.md'],
    ]) {
      const a = fast(args, { cwd: dir, input });
      expect(a.code).toBe(1);
      expect(a.stdout).toContain('posts/');
      expect(a).toEqual(plain(args, { cwd: dir, input }));
    }
  });

  it('reads colour settings and TIMING from the run, not from the build', () => {
    const dir = tree({ 'a.md': 'Vote Labour on Thursday!\n' });
    for (const env of [{ FORCE_COLOR: '1' }, { NO_COLOR: '1', FORCE_COLOR: '0' }, {}] as Record<string, string>[]) {
      expect(fast(['--no-config-lookup', 'a.md'], { cwd: dir, env })).toEqual(plain(['--no-config-lookup', 'a.md'], { cwd: dir, env }));
    }
    expect(fast(['--no-config-lookup', 'a.md'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    const timed = fast(['--no-config-lookup', 'a.md'], { cwd: dir, env: { TIMING: '1' } });
    expect(timed.stderr).toMatch(/^Rule +Time \(ms\)/);
    expect(timed.stderr).toContain('party-political');
    expect(fast(['--no-config-lookup', 'a.md'], { cwd: dir }).stderr).toBe('');
  });

  it('finds and reads the config files of the folder it is run in', () => {
    const dir = tree({
      '.socialpolicyrc.yaml': 'extends: strict\nplatform: x\npractice:\n  staff:\n    - Margaret Hughes\nrules:\n  party-political: warn\n',
      'posts/a.md': 'Had the lovely Margaret Hughes in the chair today. Vote Labour on Thursday!\n',
    });
    const a = fast(['-f', 'json', 'posts'], { cwd: dir });
    expect(a.stdout).toContain('"severity":1');
    expect(a).toEqual(plain(['-f', 'json', 'posts'], { cwd: dir }));
    expect(fast(['--print-config', 'posts/a.md'], { cwd: dir })).toEqual(plain(['--print-config', 'posts/a.md'], { cwd: dir }));
  });

  it('keeps a --cache between runs as the plain start does', () => {
    const dir = tree({ 'a.md': 'Vote Labour on Thursday!\n', 'b.md': 'We are closed on Monday.\n' });
    const args = ['--no-config-lookup', '--cache', '-f', 'json', '.'];
    const first = fast(args, { cwd: dir });
    expect(existsSync(join(dir, '.socialcheckcache'))).toBe(true);
    const again = fast(args, { cwd: dir });
    expect(again).toEqual(first);
    expect(plain(args, { cwd: dir }).stdout).toBe(first.stdout);
  });

  it('exits as the plain start does on a usage error, --version and --help', () => {
    for (const args of [['--no-such-flag'], ['--version'], ['--help'], ['--concurrency', 'lots', '.']]) {
      expect(fast(args)).toEqual(plain(args));
    }
    expect(fast(['--no-such-flag']).code).toBe(2);
  });

  it('stops quietly, with its exit code, when the reader closes the pipe early', async () => {
    const dir = tree(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`p${i}.md`, 'Vote Labour on Thursday!\n'.repeat(300)])));
    const { code, stderr } = await closedEarly(LAUNCHER, ['--no-config-lookup', '.'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});

/** A copy of the installed package (what a run reads), to change one part of it. */
function packageCopy(): string {
  const dir = tree({});
  for (const p of [
    'package.json',
    'bin',
    'rules/data',
    'dist/data',
    'dist/socialcheck.cjs',
    'dist/socialcheck.cache',
    'dist/socialcheck.snap',
    'dist/socialcheck.snap.json',
  ])
    cpSync(join(ROOT, p), join(dir, p), { recursive: true, preserveTimestamps: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'dist', 'src'), { recursive: true });
  return dir;
}
const draft = 'Vote Labour on Thursday!\n';

/** Node started from `blob` with the flags the snapshot was built with, as the launcher starts it. */
const fromSnapshot = (blob: string, args: string[], cwd: string) =>
  run([process.execPath, ...snapshot.FLAGS, '--snapshot-blob', blob, ...args], { cwd });

describe.skipIf(!posix)('a stale snapshot', () => {
  it('of another build is refused: the run starts from the build on disk', () => {
    const pkg = packageCopy();
    const bundle = join(pkg, 'dist', 'socialcheck.cjs');
    const source = readFileSync(bundle, 'utf8');
    expect(source).toContain('posts tied to your work must not campaign');
    // A build of another length: V8 takes a code cache for any source of the same length.
    writeFileSync(bundle, source.replace('posts tied to your work must not campaign', 'POSTS MUST NOT CAMPAIGN (another build)'));
    const dir = tree({ 'a.md': draft });
    const r = fromSnapshot(join(pkg, 'dist', 'socialcheck.snap'), ['--', '--no-config-lookup', 'a.md'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('POSTS MUST NOT CAMPAIGN (another build)');
    // The same snapshot with its own build runs from the snapshot (the control).
    writeFileSync(bundle, source);
    const own = fromSnapshot(join(pkg, 'dist', 'socialcheck.snap'), ['--', '--no-config-lookup', 'a.md'], dir);
    expect(own.stdout).toContain('posts tied to your work must not campaign');
  });

  it('moved to another folder, runs from that folder, not from the one it was built in', () => {
    const pkg = packageCopy();
    const dir = tree({ 'a.md': draft, 'b.md': draft });
    const args = ['--', '--no-config-lookup', '-f', 'json', '--concurrency', '2', '.'];
    const blob = join(pkg, 'dist', 'socialcheck.snap');
    const before = fromSnapshot(blob, args, dir);
    expect(before.code).toBe(1);
    // The copy's worker threads say where they run from; the build's folder would not.
    writeFileSync(join(pkg, 'bin', 'lint-worker.cjs'), "throw new Error('worker of the copy');\n");
    const after = fromSnapshot(blob, args, dir);
    expect(after.code).toBe(2);
    // An internal error's message is withheld (it may quote a draft); its stack names the copy's worker.
    expect(after.stderr).toContain(join(pkg, 'bin', 'lint-worker.cjs'));
  });

  it('for another Node, or older than the Node that would run it, is not started from', () => {
    const pkg = packageCopy();
    // A blob Node would abort on: the launcher must not hand it to Node unless it was built by it.
    const blob = join(pkg, 'dist', 'socialcheck.snap');
    writeFileSync(blob, Buffer.alloc(4096, 7));
    const stamp = { ...snapshot.freshStamp()! };
    const launcher = (s: object) => {
      const text = snapshot
        .launcherScript(s)
        .replaceAll(join(ROOT, 'dist', 'socialcheck.snap'), blob)
        .replaceAll(join(ROOT, 'bin'), join(pkg, 'bin'));
      const file = join(pkg, `launch-${Math.random().toString(36).slice(2)}.sh`);
      writeFileSync(file, text, { mode: 0o755 });
      return file;
    };
    const dir = tree({ 'a.md': draft });
    const expected = plain(['--no-config-lookup', 'a.md'], { cwd: dir });
    expect(expected.code).toBe(1);
    // Another Node built it (any other file than this one).
    expect(run([launcher({ ...stamp, execPath: '/bin/sh' }), '--no-config-lookup', 'a.md'], { cwd: dir })).toEqual(expected);
    // This Node's file was replaced after the snapshot was built.
    utimesSync(blob, new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(run([launcher(stamp), '--no-config-lookup', 'a.md'], { cwd: dir })).toEqual(expected);
    // NODE_OPTIONS may hold V8 flags, with which Node refuses any snapshot.
    utimesSync(blob, new Date(), new Date());
    expect(run([launcher(stamp), '--no-config-lookup', 'a.md'], { cwd: dir, env: { NODE_OPTIONS: '--max-old-space-size=300' } })).toEqual(
      plain(['--no-config-lookup', 'a.md'], { cwd: dir, env: { NODE_OPTIONS: '--max-old-space-size=300' } }),
    );
    // The control: a fresh-looking stamp hands the blob to Node, which refuses it loudly.
    utimesSync(blob, new Date(), new Date());
    expect(run([launcher(stamp), '--no-config-lookup', 'a.md'], { cwd: dir }).code).not.toBe(1);
  });

  it('is rebuilt by the build when the stamp names another Node or another build', () => {
    const stampFile = join(ROOT, 'dist', 'socialcheck.snap.json');
    const saved = readFileSync(stampFile, 'utf8');
    try {
      expect(snapshot.freshStamp()).not.toBeNull();
      writeFileSync(stampFile, JSON.stringify({ ...JSON.parse(saved), node: 'v0.0.0' }));
      expect(snapshot.freshStamp()).toBeNull();
      writeFileSync(stampFile, JSON.stringify({ ...JSON.parse(saved), bundle: '0'.repeat(64) }));
      expect(snapshot.freshStamp()).toBeNull();
    } finally {
      writeFileSync(stampFile, saved);
    }
  });
});

describe('the installed bin', () => {
  it('is one file sh and Node both run, and the committed file comes back without the launcher', () => {
    const source = readFileSync(BIN, 'utf8');
    const stamp = { execPath: process.execPath, node: process.version };
    const both = snapshot.withLauncher(source, stamp);
    expect(both.split('\n')[0]).toBe('#!/bin/sh');
    expect(snapshot.withoutLauncher(both)).toBe(source);
    expect(snapshot.withLauncher(both, stamp)).toBe(both);
    // Node reads the launcher's line as a string and a comment.
    const dir = tree({ 'bin/socialcheck.js': both });
    const check = spawnSync(process.execPath, ['--check', join(dir, 'bin/socialcheck.js')], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
