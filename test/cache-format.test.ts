import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';
import { fatalResult, type LintResult } from '../src/engine/results.js';
import { LintCache } from '../src/files/cache.js';
import { fixtureTexts } from './helpers/equivalence.js';

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
    const odd = results[0]!.messages[0];
    if (odd) results[0]!.messages.push({ ...odd, related: [{ message: 'see', line: 1, column: 1, endLine: 1, endColumn: 2 }] });

    const path = join(dir, 'cache.json');
    const cache = LintCache.open(path, '1.0.0', 'content');
    for (const r of results) cache.set(r.filePath, `hash:${r.filePath}`, 'config', r);
    cache.save();
    expect(readFileSync(path, 'utf8')).toMatch(/^[\x00-\x7f]*$/);

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
  });
});
