import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigResolver, lintText } from '../../src/api.js';
import { ROOT } from '../helpers/cli.js';

// A draft half-typed must not crash anything: every fixture is linted cut short at many points
// (each of the first characters, each line end, and evenly through the rest). And where --fix
// changes a fixture, linting the fixed text again finds nothing left to fix.

const resolver = ConfigResolver.create({ cwd: ROOT, noLookup: true });
const fixtures = join(ROOT, 'fixtures');

function drafts(): [string, string][] {
  const out: [string, string][] = [];
  for (const dir of readdirSync(fixtures)) {
    const path = join(fixtures, dir);
    if (!statSync(path).isDirectory()) continue;
    for (const file of readdirSync(path)) {
      if (file.endsWith('.md') || file.endsWith('.txt')) out.push([`${dir}/${file}`, readFileSync(join(path, file), 'utf8')]);
      if (file.endsWith('.yaml'))
        for (const c of parse(readFileSync(join(path, file), 'utf8')) as { id: string; text: string }[])
          out.push([`${dir}/${file}#${c.id}`, c.text]);
    }
  }
  return out;
}

function cutPoints(text: string): number[] {
  const points = new Set<number>();
  for (let i = 0; i <= Math.min(12, text.length); i++) points.add(i);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) points.add(i).add(i + 1);
  for (let k = 1; k < 16; k++) points.add(Math.floor((text.length * k) / 16));
  return [...points].filter((p) => p <= text.length).sort((a, b) => a - b);
}

const all = drafts();

describe('every fixture, cut short', () => {
  it(`covers the fixtures (${all.length} drafts)`, () => expect(all.length).toBeGreaterThan(300));
  for (const [name, text] of all) {
    it(name, async () => {
      const r = await resolver;
      for (const at of cutPoints(text)) {
        // Cutting inside a surrogate pair leaves a lone half: that is input too.
        const res = await lintText(text.slice(0, at), { filePath: name.replace(/[#].*$/, '') }, r);
        const bad = res.messages.filter((m) => m.fatal || /internal error/.test(m.message));
        expect(bad, `cut at ${at}`).toEqual([]);
      }
      const fixed = await lintText(text, { filePath: name.replace(/[#].*$/, ''), fix: true }, r);
      if (fixed.output !== undefined) {
        const again = await lintText(fixed.output, { filePath: name.replace(/[#].*$/, '') }, r);
        expect(again.messages.filter((m) => m.fix)).toEqual([]);
      }
    });
  }
});
