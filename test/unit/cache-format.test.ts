import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { countMessages, fatalResult, type LintResult } from '../../src/engine/results.js';
import { LintCache } from '../../src/files/cache.js';
import { fixtureTexts } from '../helpers/equivalence.js';

// The cache file packs results into arrays and a string table. What comes back from it must be
// the result that went in, down to the order of keys (JSON output prints them in that order).

const dir = mkdtempSync(join(tmpdir(), 'socialcheck-cache-format-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withoutText = ({ source: _s, output: _o, ...r }: LintResult) => r;

describe('cache file format', () => {
  it('gives back every result as it was stored, after a save and a fresh open', async () => {
    const texts = [
      ...fixtureTexts(),
      // Suppressed messages, a fix, and a message that is not of the usual shape.
      '<!-- socialcheck-disable-next-line party-political -- quoting the manifesto -->\nVote Labour on Thursday!\n',
      'Take 400mg ibuprofen every 4 hours for toothache.\n',
    ];
    const results: LintResult[] = [];
    for (const [i, text] of texts.entries())
      results.push({ ...(await lintText(text, { noConfigLookup: true, filePath: `d${i}.md` })), filePath: `/d${i}.md` });
    results.push(fatalResult('/unreadable.md', 'could not read'));
    results.push({ ...fatalResult('/odd.md', 'odd'), extra: true } as LintResult);
    // A count that is not a number cannot go in the packed numbers.
    const plain = countMessages('/odd-count.md', [{ ruleId: 'r', severity: 1, message: 'm', line: 1, column: 1 }]);
    results.push({ ...plain, warningCount: undefined as unknown as number });
    results.push(fatalResult('/accents.md', 'Caf\u00e9 \ud83d\udc4d \u201cquoted\u201d, and a lone \ud800'));
    const odd = results[0]!.messages[0];
    if (odd) results[0]!.messages.push({ ...odd, related: [{ message: 'see', line: 1, column: 1, endLine: 1, endColumn: 2 }] });

    const path = join(dir, 'cache.json');
    const cache = LintCache.open(path, '1.0.0', 'content');
    for (const r of results) cache.set(r.filePath, `hash:${r.filePath}`, 'config', r);
    cache.save();

    const reopened = LintCache.open(path, '1.0.0', 'content');
    let messages = 0;
    let suppressed = 0;
    for (const r of results) {
      const back = reopened.get(r.filePath, `hash:${r.filePath}`, 'config');
      expect(JSON.stringify(back)).toBe(JSON.stringify(withoutText(r)));
      messages += r.messages.length;
      suppressed += r.suppressedMessages.length;
    }
    expect(messages).toBeGreaterThan(300);
    expect(suppressed).toBeGreaterThan(0);
    expect(results.some((r) => r.messages.some((m) => m.fix))).toBe(true);

    // A later run that relints one file and reuses the rest keeps them all.
    const changed = results[1]!;
    reopened.set(changed.filePath, 'hash:changed', 'config', results[2]!);
    reopened.save();
    const third = LintCache.open(path, '1.0.0', 'content');
    expect(third.get(changed.filePath, `hash:${changed.filePath}`, 'config')).toBeUndefined();
    expect(JSON.stringify(third.get(changed.filePath, 'hash:changed', 'config'))).toBe(
      JSON.stringify({ ...withoutText(results[2]!), filePath: changed.filePath }),
    );
    for (const r of results.filter((x) => x !== changed))
      expect(JSON.stringify(third.get(r.filePath, `hash:${r.filePath}`, 'config'))).toBe(JSON.stringify(withoutText(r)));
  });

  it('is read by size and time alone, and starts again for another version', () => {
    const path = join(dir, 'stat.cache');
    const cache = LintCache.open(path, '1.0.0');
    const result = fatalResult('/a.md', 'planted');
    cache.set('/a.md', 'hash', 'config', result, { size: 10, mtimeMs: 1234.5678 });
    cache.save();
    const again = LintCache.open(path, '1.0.0');
    expect(again.getByStat('/a.md', { size: 10, mtimeMs: 1234.5678 }, 'config')).toEqual(result);
    expect(again.getByStat('/a.md', { size: 10, mtimeMs: 1234.5679 }, 'config')).toBeUndefined();
    expect(again.getByStat('/a.md', { size: 11, mtimeMs: 1234.5678 }, 'config')).toBeUndefined();
    expect(again.getByStat('/a.md', { size: 10, mtimeMs: 1234.5678 }, 'other')).toBeUndefined();
    expect(again.getByStat('/b.md', { size: 10, mtimeMs: 1234.5678 }, 'config')).toBeUndefined();
    expect(LintCache.open(path, '1.0.1').getByStat('/a.md', { size: 10, mtimeMs: 1234.5678 }, 'config')).toBeUndefined();
  });
});
