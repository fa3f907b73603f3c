import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { allRuleIds, isRule, loadRules } from '../engine/registry.js';
import { packageRoot } from '../package-root.js';

export async function listRules(): Promise<number> {
  const rules = await loadRules(allRuleIds());
  const rows = [...rules.values()].map((r) => [
    r.meta.id,
    r.meta.strictOnly ? 'off (strict: error)' : r.meta.defaultSeverity,
    r.meta.policy.join('; '),
  ]);
  const head = ['rule', 'recommended', 'policy'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i]!) : c)).join('  ');
  process.stdout.write([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n');
  return 0;
}

export async function explain(id: string): Promise<number> {
  if (!isRule(id)) throw new UsageError(`unknown rule "${id}"; see socialcheck --list-rules`);
  const [rule] = (await loadRules([id])).values();
  const m = rule!.meta;
  const doc = join(packageRoot(), 'docs', 'rules', `${id}.md`);
  const out = [
    `${m.id} (${m.type}, recommended: ${m.strictOnly ? 'off; strict: error' : m.defaultSeverity})`,
    '',
    m.description,
    '',
    `Policy: ${m.policy.join('; ')}`,
  ];
  const options = Object.entries(m.options);
  if (options.length) {
    out.push('', 'Options:');
    for (const [name, spec] of options) out.push(`  ${name} (${spec.type}, default ${JSON.stringify(spec.default)}): ${spec.description}`);
  }
  if (existsSync(doc)) out.push('', readFileSync(doc, 'utf8').trimEnd());
  else out.push('', `Docs: ${m.docs}`);
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
