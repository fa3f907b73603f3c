import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, runCli, tempTree } from '../helpers/cli.js';

// Worker threads (--concurrency) and the one-file build must not change a single result: the
// same problems, positions, fixes and order as one thread.

/** Every fixture draft we have, repeated with variations, so workers get real mixed work. */
function corpus(): Record<string, string> {
  const drafts: string[] = [];
  for (const sub of readdirSync(join(ROOT, 'fixtures'), { withFileTypes: true })) {
    if (!sub.isDirectory() || sub.name === 'corpus' || sub.name === 'blind') continue;
    for (const f of readdirSync(join(ROOT, 'fixtures', sub.name)))
      if (f.endsWith('.md')) drafts.push(readFileSync(join(ROOT, 'fixtures', sub.name, f), 'utf8'));
  }
  const files: Record<string, string> = {};
  // Enough for two workers to share (an explicit --concurrency starts them for any number).
  for (let i = 0; i < 120; i++) {
    const text = drafts[i % drafts.length]!;
    files[`posts/${String(Math.floor(i / 15))}/draft-${i}.${i % 7 === 0 ? 'txt' : 'md'}`] =
      i % 3 === 0 ? `${text}\nCall me on 07700 900${String(i).padStart(3, '0')}.\n` : text;
  }
  files['posts/rows.csv'] = 'date,text\n2026-12-01,"Saw Mrs Jones in clinic today, she is 82"\n2026-12-02,"Vote Reform UK!"\n';
  files['posts/binary.md'] = '\u0000\u0001\u0002 not text';
  // Just under the size a worker takes (its heap is capped), and one over it (linted on the main thread).
  const long = drafts.join('\n\n');
  files['posts/long-in-worker.md'] = long.repeat(Math.ceil(199_000 / long.length)).slice(0, 199_000);
  files['posts/long-on-main.md'] = long.repeat(Math.ceil(260_000 / long.length)).slice(0, 260_000);
  files['.socialpolicyrc.yaml'] = 'rules:\n  platform-limits: off\nignore:\n  - "posts/7/**"\n';
  return files;
}

describe('--concurrency', () => {
  it('gives the same report as one thread, in the same order, fixes included', { timeout: 120000 }, () => {
    const { dir, cleanup } = tempTree(corpus());
    try {
      const one = cli(['--concurrency', 'off', '-f', 'json', '--fix-dry-run', 'posts'], { cwd: dir });
      const two = cli(['--concurrency', '2', '-f', 'json', '--fix-dry-run', 'posts'], { cwd: dir });
      expect(one.stderr).toBe('');
      expect(two.stderr).toBe('');
      expect(two.code).toBe(one.code);
      const a = JSON.parse(one.stdout) as { filePath: string; messages: unknown[]; output?: string }[];
      const b = JSON.parse(two.stdout) as typeof a;
      expect(a.length).toBe(108); // 120 drafts and 4 other files, less those under posts/7 that are ignored
      expect(a.filter((r) => r.messages.length).length).toBeGreaterThan(35);
      expect(a.some((r) => r.output !== undefined)).toBe(true);
      expect(b).toEqual(a);
    } finally {
      cleanup();
    }
  });

  it('refuses a value it does not understand, as a usage error', async () => {
    for (const bad of ['0', 'many', '2.5']) {
      const r = await runCli(['--concurrency', bad, 'fixtures/samples']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--concurrency must be auto, off or a whole number/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('the one-file build', () => {
  it('is what the CLI runs, with a code cache this Node accepts', async () => {
    const { createRequire } = await import('node:module');
    const load = createRequire(import.meta.url)('../../bin/load-bundle.cjs') as () => {
      __script: { cachedDataRejected?: boolean };
      main: unknown;
    } | null;
    const bundle = load();
    expect(bundle).not.toBeNull();
    expect(typeof bundle!.main).toBe('function');
    expect(bundle!.__script.cachedDataRejected).toBe(false);
  });
});

describe('TIMING=1', () => {
  it('prints time per rule to stderr and leaves the JSON report alone', () => {
    const r = cli(['-f', 'json', 'fixtures/samples'], { env: { TIMING: '1' } });
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toMatch(/^Rule\s+Time \(ms\)\s+Relative\n/);
    expect(r.stderr).toMatch(/^patient-identifiability\s+\d+\.\d\s+\d+\.\d%$/m);
    expect(r.stderr).toMatch(/^\(parse\)\s/m);
  });
});

describe('batched messages between threads', () => {
  it('posts a turn’s items together, and at once when `max` have gathered', async () => {
    const { batched } = await import('../../src/runner/lint-pool.js');
    const posts: number[][] = [];
    const send = batched((items: number[]) => posts.push(items), 3);
    for (let i = 1; i <= 7; i++) send(i);
    // Two full batches go out in the same turn; the rest waits for the turn to end.
    expect(posts).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    await new Promise((r) => setImmediate(r));
    expect(posts).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    // Nothing is posted twice, and an empty batch is never posted.
    await new Promise((r) => setImmediate(r));
    expect(posts).toHaveLength(3);
  });
});
