import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { hasShared, noSharedReason, SHARED } from '../helpers/reference-data.js';

// The policy texts themselves are long, odd drafts: every rule must run on them cleanly.
const seeds = join(SHARED, 'seeds');

const files = hasShared ? readdirSync(seeds).filter((f) => f.endsWith('.txt')) : [];

describe('the seed policy texts', () => {
  if (!hasShared) it.skip(noSharedReason);
  for (const file of files) {
    it(`lints ${file} without an internal error, with every position inside the text`, async () => {
      const text = readFileSync(join(seeds, file), 'utf8');
      const lines = text.split(/\r\n|\r|\n/);
      for (const name of ['seed.txt', 'seed.md']) {
        const r = await lintText(text, { noConfigLookup: true, filePath: name, rules: { 'views-disclaimer': { severity: 'error' } } });
        expect(r.messages.filter((m) => m.fatal)).toEqual([]);
        for (const m of r.messages) {
          expect(m.line).toBeGreaterThanOrEqual(1);
          expect(m.line).toBeLessThanOrEqual(lines.length);
          expect(m.column).toBeLessThanOrEqual(lines[m.line - 1]!.length + 1);
        }
      }
    });
  }
});
