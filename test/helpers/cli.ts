import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'socialcheck.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, in `cwd`, with colour settings neutralised. */
export function cli(
  args: string[],
  opts: { cwd?: string; input?: string | Buffer; env?: Record<string, string>; uid?: number; gid?: number } = {},
): Run {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...opts.env };
  if (!opts.env || !('FORCE_COLOR' in opts.env)) delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    encoding: 'utf8',
    env,
    uid: opts.uid,
    gid: opts.gid,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs the CLI's main() in this test's process, as `cli` runs the built one in a new process:
 * the same flags, working folder, standard input and exit code, with stdout and stderr
 * captured. For tests of what the CLI does with flags, files and config, where starting a
 * process (half a second each on a loaded machine) is not what is tested; `cli` stays for
 * the bin, the one-file build, pipes, signals, users and the environment. It changes the
 * process's working folder for the run, so it needs vitest's forks pool (threads cannot chdir)
 * and tests in a file that run one at a time, as they do by default.
 */
export async function runCli(
  args: string[],
  opts: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {},
): Promise<Run> {
  const { main } = await import('../../src/cli/main.js');
  const out: (string | Uint8Array)[] = [];
  const err: (string | Uint8Array)[] = [];
  const capture = (into: typeof out) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      into.push(chunk);
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write;
  const text = (chunks: typeof out) => Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))).toString('utf8');
  // As `cli` does: no colour from the test runner's environment unless the test asks.
  const env: Record<string, string | undefined> = { FORCE_COLOR: undefined, NO_COLOR: undefined, TIMING: undefined, ...opts.env };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const stdin = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  const writes = { out: process.stdout.write, err: process.stderr.write };
  const tty = { out: Object.getOwnPropertyDescriptor(process.stdout, 'isTTY'), err: Object.getOwnPropertyDescriptor(process.stderr, 'isTTY') };
  const cwd = process.cwd();
  const setEnv = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  };
  try {
    setEnv(env);
    Object.defineProperty(process, 'stdin', { configurable: true, value: Readable.from([Buffer.from(opts.input ?? '')]) });
    process.chdir(opts.cwd ?? ROOT);
    process.stdout.write = capture(out);
    process.stderr.write = capture(err);
    // A pipe, as for a spawned CLI: no progress line, no colour by default.
    Object.defineProperty(process.stdout, 'isTTY', { configurable: true, value: undefined });
    Object.defineProperty(process.stderr, 'isTTY', { configurable: true, value: undefined });
    const code = await main(args);
    return { code, stdout: text(out), stderr: text(err) };
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    for (const [stream, d] of [[process.stdout, tty.out], [process.stderr, tty.err]] as const)
      if (d) Object.defineProperty(stream, 'isTTY', d);
      else delete (stream as { isTTY?: boolean }).isTTY;
    process.chdir(cwd);
    Object.defineProperty(process, 'stdin', stdin);
    setEnv(saved);
  }
}

/** A temporary folder with the given files; removed by the returned cleanup. */
export function tempTree(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'socialcheck-test-'));
  for (const [name, content] of Object.entries(files)) {
    const file = join(dir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function json(run: Run): {
  filePath: string;
  messages: {
    ruleId: string | null;
    severity: number;
    message: string;
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
    fatal?: boolean;
    messageId?: string;
  }[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
}[] {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`not JSON (exit ${run.code}): ${run.stdout.slice(0, 300)} ${run.stderr.slice(0, 500)}`);
  }
}

/** Temporary trees for one test file, removed when its tests are done. */
export function tempTrees(): (files: Record<string, string | Buffer>) => string {
  const cleanups: (() => void)[] = [];
  afterAll(() => cleanups.forEach((c) => c()));
  return (files) => {
    const t = tempTree(files);
    cleanups.push(t.cleanup);
    return t.dir;
  };
}

/** Starts a command and closes its output after the first chunk, as `| head -1` does. */
export async function closedEarly(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stderr };
}
