import { ruleLoaders } from '../../rules/index.js';
import type { Rule } from './rule-types.js';

const loaded = new Map<string, Promise<Rule>>();

export function isRule(id: string): boolean {
  return Object.hasOwn(ruleLoaders, id);
}

export function allRuleIds(): string[] {
  return Object.keys(ruleLoaders).sort();
}

export function loadRule(id: string): Promise<Rule> {
  let rule = loaded.get(id);
  if (!rule) {
    const loader = ruleLoaders[id];
    if (!loader) throw new Error(`unknown rule ${id}`);
    rule = loader();
    loaded.set(id, rule);
  }
  return rule;
}

export async function loadRules(ids: string[]): Promise<Map<string, Rule>> {
  const rules = await Promise.all(ids.map(loadRule));
  return new Map(ids.map((id, i) => [id, rules[i]!]));
}
