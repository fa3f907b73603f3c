import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unmask } from '../../rules/lib/unmask.js';
import { ROOT } from '../helpers/cli.js';

describe('unmask', () => {
  it('reads stand-ins between letters as letters, keeping every offset', () => {
    for (const [masked, plain] of [
      ['M0unj@ro', 'Mounjaro'],
      ['W3g0vy', 'Wegovy'],
      ['b0t0x!!', 'botoxii'],
      ['$kinny jab', 'skinny jab'],
    ]) {
      expect(unmask(masked)).toBe(plain);
      expect(unmask(masked).length).toBe(masked.length);
    }
  });

  it('leaves numbers, units and prices alone', () => {
    for (const text of ['£149 a month', '3x a day', 'open 10am', 'the 2nd floor', '07700 900561', '100% of 40']) {
      expect(unmask(text)).toBe(text);
    }
  });

  it('keeps the length of text with emoji and other scripts', () => {
    const text = 'Oz3mp1c 💉 för £99 – Zoë';
    expect(unmask(text).length).toBe(text.length);
    expect(unmask(text).startsWith('Ozempic')).toBe(true);
  });
});

describe('claims-wordnet.json', () => {
  it('is what scripts/build-claims-wordnet.mjs builds from WordNet', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-claims-wordnet.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toMatch(/up to date/);
    expect(r.status).toBe(0);
  });
});
