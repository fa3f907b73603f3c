import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleIds, loadRules } from '../src/engine/registry.js';
import { lintText } from '../src/api.js';
import { ROOT } from './helpers/cli.js';

// Every rule carries its metadata, its docs page (whose examples are linted here so they
// cannot drift from the code), and its tests: ESLint's checkRuleFiles and check-rule-examples.

const ids = allRuleIds();

function examples(doc: string, heading: string): string[] {
  const at = doc.indexOf(`## ${heading}`);
  if (at < 0) return [];
  const section = doc.slice(at + heading.length + 3).split(/\n## /)[0]!;
  return [...section.matchAll(/```md\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe.each(ids)('rule %s', (id) => {
  it('has complete metadata', async () => {
    const rule = (await loadRules([id])).get(id)!;
    expect(rule.meta.id).toBe(id);
    expect(rule.meta.description.length).toBeGreaterThan(20);
    expect(rule.meta.policy.length).toBeGreaterThan(0);
    expect(['warn', 'error']).toContain(rule.meta.defaultSeverity);
    expect(rule.meta.docs).toMatch(new RegExp(`docs/rules/${id}\\.md$`));
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const [name, spec] of Object.entries(rule.meta.options)) expect(spec.description, name).toBeTruthy();
  });

  it('has a test file', () => {
    expect(existsSync(join(ROOT, 'test', 'rules', `${id}.test.ts`))).toBe(true);
  });

  const docPath = join(ROOT, 'docs', 'rules', `${id}.md`);
  it('has a docs page with a Policy section and examples', () => {
    expect(existsSync(docPath)).toBe(true);
    const doc = readFileSync(docPath, 'utf8');
    expect(doc).toMatch(/## Policy/);
    expect(examples(doc, 'Examples that fail').length).toBeGreaterThan(0);
    expect(examples(doc, 'Examples that pass').length).toBeGreaterThan(0);
  });

  it('reports on every failing example of its docs page, and on no passing one', async () => {
    if (!existsSync(docPath)) return expect.fail(`missing ${docPath}`);
    const doc = readFileSync(docPath, 'utf8');
    const opts = { noConfigLookup: true, filePath: 'example.md' };
    for (const draft of examples(doc, 'Examples that fail')) {
      const r = await lintText(draft, opts);
      expect(
        r.messages.map((m) => m.ruleId),
        draft,
      ).toContain(id);
    }
    for (const draft of examples(doc, 'Examples that pass')) {
      const r = await lintText(draft, opts);
      expect(
        r.messages.filter((m) => m.ruleId === id).map((m) => m.message),
        draft,
      ).toEqual([]);
    }
  });
});

describe('lexicon data files', () => {
  const dir = join(ROOT, 'rules', 'data');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    it(`${file} parses and has no duplicate or empty entries`, async () => {
      const { parse } = await import('yaml');
      const data = parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
      for (const [list, entries] of Object.entries(data)) {
        if (!Array.isArray(entries) || entries.some((e) => typeof e !== 'string')) continue;
        const seen = new Set<string>();
        for (const e of entries as string[]) {
          expect(e.trim(), `${file} ${list}`).not.toBe('');
          expect(seen.has(e.toLowerCase()), `${file} ${list}: duplicate "${e}"`).toBe(false);
          seen.add(e.toLowerCase());
        }
      }
    });
  }
});
