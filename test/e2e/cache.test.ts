import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeCache, readCacheFile, type PlainCache } from '../../src/files/cache-file.js';
import { runCli, json, tempTree } from '../helpers/cli.js';

// --cache: unchanged files with unchanged config reuse their results; anything that could
// change a result (content, config, socialcheck's version) makes socialcheck lint again.

const t = tempTree({
  'posts/a.md': 'Had the lovely Margaret Hughes in the chair today.\n',
  'posts/b.md': 'Vote Labour on Thursday!\n',
  'posts/c.md': 'Open evening on Thursday, all welcome.\n',
});
afterAll(t.cleanup);
const run = async (...args: string[]) => runCli(['--no-config-lookup', '--cache', '-f', 'json', ...args, 'posts'], { cwd: t.dir });
const cacheFile = join(t.dir, '.socialcheckcache');
const summary = (r: Awaited<ReturnType<typeof run>>) => json(r).map((x) => [x.filePath.split('/').pop(), x.messages.map((m) => m.ruleId)]);
const writeCache = (cache: PlainCache) => writeFileSync(cacheFile, encodeCache(cache));
/** A result to plant in the cache file, in place of what linting gave. */
const plantedResult = (messages: PlainCache['entries'][string]['result']['messages']) => ({
  messages,
  suppressedMessages: [],
  errorCount: 0,
  fatalErrorCount: 0,
  warningCount: messages.length,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
});

// The first run, which writes the cache the tests below read.
const first = await run();
const cached = readCacheFile(cacheFile)!;
const raw = readFileSync(cacheFile, 'utf8');

describe('--cache', () => {

  it('keeps one result per file, and never the draft text or an identifier', async () => {
    expect(Object.keys(cached.entries)).toHaveLength(3);
    expect(raw).not.toContain('Margaret');
    expect(raw).not.toContain('Open evening');
  });

  it('gives the same results from the cache as from linting', async () => {
    const second = await run();
    expect(second.code).toBe(first.code);
    expect(summary(second)).toEqual(summary(first));
  });

  it('reuses a cached result: a planted result is what comes back for an unchanged file', async () => {
    // Proof that the second run read the cache rather than linting again.
    const planted = structuredClone(cached);
    const key = Object.keys(planted.entries).find((k) => k.endsWith('c.md'))!;
    planted.entries[key]!.result = plantedResult([{ ruleId: 'planted', severity: 1, message: 'from the cache', line: 1, column: 1 }]);
    writeCache(planted);
    expect(summary(await run()).find(([f]) => f === 'c.md')![1]).toEqual(['planted']);
  });

  it('lints again a file whose content changed', async () => {
    writeFileSync(join(t.dir, 'posts/c.md'), 'Vote Green on Thursday!\n');
    expect(summary(await run()).find(([f]) => f === 'c.md')![1]).toEqual(['party-political']);
  });

  it('lints again when the config changes, or socialcheck is another version', async () => {
    expect(summary(await run('--rule', 'party-political: off')).find(([f]) => f === 'b.md')![1]).toEqual([]);
    const other = readCacheFile(cacheFile)!;
    other.version = '0.0.0-other';
    for (const e of Object.values(other.entries)) e.result = plantedResult([]);
    writeCache(other);
    expect(summary(await run()).find(([f]) => f === 'a.md')![1]).toEqual(['patient-identifiability']);
  });

  it('--cache-location puts it elsewhere; a corrupt cache is rebuilt', async () => {
    await runCli(['--no-config-lookup', '--cache', '--cache-location', 'tmp-cache.json', 'posts'], { cwd: t.dir });
    expect(Object.keys(readCacheFile(join(t.dir, 'tmp-cache.json'))!.entries)).toHaveLength(3);
    const whole = readFileSync(cacheFile);
    for (const damaged of [Buffer.from('{ corrupt'), whole.subarray(0, whole.length - 4), whole.subarray(0, 40)]) {
      writeFileSync(cacheFile, damaged);
      const r = await run();
      expect(summary(r).find(([f]) => f === 'a.md')![1]).toEqual(['patient-identifiability']);
      expect(Object.keys(readCacheFile(cacheFile)!.entries)).toHaveLength(3);
    }
  });

  it('by default (metadata) trusts an unchanged size and time without reading the file', async () => {
    await run();
    const file = join(t.dir, 'posts/b.md');
    const before = statSync(file);
    // Same size, same time, different words: the metadata strategy cannot see it, as in ESLint.
    writeFileSync(file, 'Vote Tories on Thursday\n'.padEnd(before.size - 1, '!') + '\n');
    expect(statSync(file).size).toBe(before.size);
    utimesSync(file, before.atime, before.mtime);
    const stale = summary(await run()).find(([f]) => f === 'b.md')![1];
    expect(stale).toEqual(['party-political']);
    // --cache-strategy content reads and hashes every file, so it sees the change.
    const fresh = await runCli(['--no-config-lookup', '--cache', '--cache-strategy', 'content', '-f', 'json', 'posts'], { cwd: t.dir });
    expect(
      json(fresh)
        .find((x) => x.filePath.endsWith('b.md'))!
        .messages.map((m) => m.message)
        .join(' '),
    ).toMatch(/Conservative|Tor/i);
  });

  it('keeps a touched but unchanged file cached, and records its new time', async () => {
    const file = join(t.dir, 'posts/a.md');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const planted = readCacheFile(cacheFile)!;
    const key = Object.keys(planted.entries).find((k) => k.endsWith('a.md'))!;
    planted.entries[key]!.result = plantedResult([{ ruleId: 'planted', severity: 1, message: 'from the cache', line: 1, column: 1 }]);
    writeCache(planted);
    expect(summary(await run()).find(([f]) => f === 'a.md')![1]).toEqual(['planted']);
    const after = readCacheFile(cacheFile)!;
    expect(after.entries[key]!.mtime).toBe(statSync(file).mtimeMs);
  });

  it('refuses an unknown --cache-strategy as a usage error', async () => {
    const r = await runCli(['--cache', '--cache-strategy', 'mtime', 'posts'], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--cache-strategy must be metadata or content/);
  });
});
