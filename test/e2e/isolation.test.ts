import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, cli, json, tempTree } from '../helpers/cli.js';

// socialcheck never sends text anywhere and never loads code or environment from the user's
// folders. The CLI runs here under a preload (test/helpers/guard.cjs) that refuses sockets, DNS,
// HTTP, fetch and child processes, and records every file the process opens.

const GUARD = join(ROOT, 'test', 'helpers', 'guard.cjs');
const marker = (dir: string) => join(dir, 'CODE-RAN');

const t = tempTree({
  'posts/a.md': 'Had the lovely Margaret Hughes in the chair today.\n',
  'posts/b.md': 'As a physio at Parkview Physio I think the new rota is awful.\n',
  '.env': 'NODE_OPTIONS=--require ./evil.cjs\nFORCE_COLOR=3\nSOCIALCHECK_SECRET=hunter2\n',
  'evil.cjs': "require('fs').writeFileSync(__dirname + '/CODE-RAN', 'evil.cjs');\n",
  '.socialpolicyrc.js': "require('fs').writeFileSync(__dirname + '/CODE-RAN', '.socialpolicyrc.js');\nmodule.exports = {};\n",
  'socialcheck.config.js': "require('fs').writeFileSync(__dirname + '/CODE-RAN', 'socialcheck.config.js');\n",
  'socialcheck.config.mjs': "import fs from 'fs'; fs.writeFileSync(new URL('./CODE-RAN', import.meta.url), 'mjs');\n",
  'node_modules/socialcheck-plugin-x/index.js': "require('fs').writeFileSync(__dirname + '/../../CODE-RAN', 'plugin');\n",
  // YAML tags that other loaders turn into code are just unknown tags to a data-only parser.
  '.socialpolicyrc.yaml':
    "rules:\n  views-disclaimer: error\nplugins: !!js/function \"function () { require('fs').writeFileSync('CODE-RAN', 'yaml') }\"\n",
});
afterAll(t.cleanup);

function guarded(args: string[]) {
  const logFile = join(t.dir, `guard-${Math.random().toString(36).slice(2)}.json`);
  const run = cli(args, { cwd: t.dir, env: { NODE_OPTIONS: `--require ${GUARD}`, GUARD_LOG: logFile } });
  const log = JSON.parse(readFileSync(logFile, 'utf8')) as { opened: string[]; network: string[]; spawned: string[] };
  return { run, log };
}

describe('linting in a folder full of traps', () => {
  for (const format of ['stylish', 'json', 'sarif']) {
    it(`opens no socket, runs no process and reads no .env or code (${format})`, () => {
      const { run, log } = guarded(['-f', format, 'posts']);
      expect(log.network).toEqual([]);
      expect(log.spawned).toEqual([]);
      expect(log.opened.filter((p) => /\.env$|evil\.cjs|config\.m?js$|socialpolicyrc\.js$|socialcheck-plugin/.test(p))).toEqual([]);
      // Everything it reads is the user's drafts and config, or socialcheck's own files.
      const foreign = log.opened.filter(
        (p) => !p.startsWith(t.dir) && !p.startsWith(ROOT) && !p.startsWith('/proc') && !p.startsWith('/dev'),
      );
      expect(foreign).toEqual([]);
      expect(existsSync(marker(t.dir))).toBe(false);
      expect(run.stdout).not.toContain('hunter2');
      expect([1, 2]).toContain(run.code);
    });
  }

  it('reads the YAML config as data: an unknown tag is a config error, not code', () => {
    const { run } = guarded(['posts']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.socialpolicyrc\.yaml/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(marker(t.dir))).toBe(false);
  });

  it('lints with no config at all, and the environment from .env is not applied', () => {
    const { run, log } = guarded(['--no-config-lookup', '-f', 'json', 'posts']);
    expect(log.network).toEqual([]);
    const results = json(run);
    expect(results).toHaveLength(2);
    expect(run.stdout).not.toMatch(/\u001b\[/); // FORCE_COLOR=3 from .env was not loaded
  });
});

it('the guard itself notices a socket, a process and a .env read (so the tests above can fail)', () => {
  const logFile = join(t.dir, 'guard-selftest.json');
  const script =
    "try { require('net').connect(80, '127.0.0.1') } catch {} try { require('child_process').execSync('true') } catch {} require('fs').readFileSync('.env')";
  spawnSync(process.execPath, ['--require', GUARD, '-e', script], { cwd: t.dir, env: { ...process.env, GUARD_LOG: logFile } });
  const log = JSON.parse(readFileSync(logFile, 'utf8')) as { opened: string[]; network: string[]; spawned: string[] };
  expect(log.network).toHaveLength(1);
  expect(log.spawned).toHaveLength(1);
  expect(log.opened.some((p) => p.endsWith('.env'))).toBe(true);
});
