import type { Rule, Severity } from '../engine/rule-types.js';

/** Presets are derived from the rules' own metadata, so a new rule joins them by saying so. */
export function presetRules(name: string, rules: Map<string, Rule>): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  for (const [id, rule] of rules) {
    if (name === 'strict') out[id] = 'error';
    else out[id] = rule.meta.strictOnly ? 'off' : rule.meta.defaultSeverity;
  }
  return out;
}
