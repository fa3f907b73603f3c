import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleIds, loadRules } from '../../src/engine/registry.js';
import { lintText } from '../../src/api.js';
import { ROOT } from '../helpers/cli.js';
import { ruleLoaders } from '../../rules/index.js';
import { POLICY_SOURCES } from '../../rules/policy-sources.js';

// Every rule carries its metadata, its docs page (whose examples are linted here so they
// cannot drift from the code), and its tests: ESLint's checkRuleFiles and check-rule-examples.

const ids = allRuleIds();
const ruleFiles = readdirSync(join(ROOT, 'rules'))
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'policy-sources.ts'].includes(f))
  .map((f) => f.slice(0, -3));

/** The rows of a docs page's Options table: option name -> [type, default] as written. */
function optionRows(doc: string): Map<string, [string, string]> {
  const section = doc.split(/\n## Options\n/)[1]?.split(/\n## /)[0] ?? '';
  const rows = new Map<string, [string, string]>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const name = /^`([\w-]+)`$/.exec(cells[1] ?? '')?.[1];
    if (name) rows.set(name, [cells[2]!, cells[3]!]);
  }
  return rows;
}

/** Whether a default as the docs write it is the option's default ("..." ends a shortened string). */
function sameDefault(written: string, value: unknown): boolean {
  if (typeof value !== 'string') return written === JSON.stringify(value);
  const text = written.replace(/^"|"$/g, '');
  return text.endsWith('...') ? value.startsWith(text.slice(0, -3)) : text === value;
}

describe('the rule index', () => {
  it('lists every rule file, each by its own id, and nothing else', () => {
    expect(Object.keys(ruleLoaders).sort()).toEqual([...ruleFiles].sort());
    const index = readFileSync(join(ROOT, 'rules', 'index.ts'), 'utf8');
    for (const id of ruleFiles) expect(index, id).toContain(`'${id}': () => import('./${id}.js')`);
  });
});

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

  it('cites each policy clause by a known source', async () => {
    const rule = (await loadRules([id])).get(id)!;
    const known = POLICY_SOURCES.flatMap((s) => s.cited);
    for (const clause of rule.meta.policy) expect(known.some((name) => clause.startsWith(name)), clause).toBe(true);
  });

  it('reports every message it declares', async () => {
    const rule = (await loadRules([id])).get(id)!;
    // The source less its messages block, and the shared code rules report through.
    const own = readFileSync(join(ROOT, 'rules', `${id}.ts`), 'utf8').replace(/messages:\s*\{[\s\S]*?\n {4}\},/, '');
    const lib = readdirSync(join(ROOT, 'rules', 'lib'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(ROOT, 'rules', 'lib', f), 'utf8'))
      .join('\n');
    for (const messageId of Object.keys(rule.meta.messages))
      expect(new RegExp(`['"\`]${messageId}['"\`]`).test(own + lib), `${messageId} is never reported`).toBe(true);
  });

  it("documents its options in its docs page's table, with their types and defaults", async () => {
    const rule = (await loadRules([id])).get(id)!;
    const doc = readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
    const rows = optionRows(doc);
    expect([...rows.keys()].sort()).toEqual(Object.keys(rule.meta.options).sort());
    for (const [name, spec] of Object.entries(rule.meta.options)) {
      const [type, written] = rows.get(name)!;
      expect(type, name).toBe(spec.type);
      expect(sameDefault(written, spec.default), `${name}: ${written}`).toBe(true);
    }
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
