import type { Rule } from '../src/engine/rule-types.js';

// The one list of rules: id -> lazy import, so a run loads only the rules it uses.
export const ruleLoaders: Record<string, () => Promise<Rule>> = {
  'patient-identifiability': () => import('./patient-identifiability.js').then((m) => m.default),
};

export const ruleIds = (): string[] => Object.keys(ruleLoaders).sort();
