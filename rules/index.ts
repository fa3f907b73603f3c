import type { Rule } from '../src/engine/rule-types.js';

// The one list of rules: id -> lazy import, so a run loads only the rules it uses.
export const ruleLoaders: Record<string, () => Promise<Rule>> = {
  'patient-identifiability': () => import('./patient-identifiability.js').then((m) => m.default),
  'views-disclaimer': () => import('./views-disclaimer.js').then((m) => m.default),
  'party-political': () => import('./party-political.js').then((m) => m.default),
  'copyright-excerpt': () => import('./copyright-excerpt.js').then((m) => m.default),
  'advice-disclaimer': () => import('./advice-disclaimer.js').then((m) => m.default),
  'patient-boundaries': () => import('./patient-boundaries.js').then((m) => m.default),
  'safeguarding-concern': () => import('./safeguarding-concern.js').then((m) => m.default),
  'confidential-info': () => import('./confidential-info.js').then((m) => m.default),
  'commercial-promotion': () => import('./commercial-promotion.js').then((m) => m.default),
  'offensive-language': () => import('./offensive-language.js').then((m) => m.default),
  'personal-attack': () => import('./personal-attack.js').then((m) => m.default),
  'misleading-claims': () => import('./misleading-claims.js').then((m) => m.default),
  'platform-limits': () => import('./platform-limits.js').then((m) => m.default),
};
