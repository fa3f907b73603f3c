import { ConfigError, UsageError } from '../errors.js';
import { allRuleIds, isRule } from '../engine/registry.js';
import type { Rule } from '../engine/rule-types.js';
import { presetRules } from './presets.js';
import { resolveOptions } from './rule-options.js';
import type { ConfigFile, ConfigOverride, ResolvedConfig, RuleSetting } from './types.js';

// Checking a parsed config against the rules and merging it into what applies to one draft:
// no files, so the CLI's resolver (resolve.ts) and the web page share every message.

export type LoadedConfig = ConfigFile & { lineOf(path: (string | number)[]): number | null };

/** The known id nearest to a mistyped one (edit distance), if it is close. */
function closest(id: string, known: string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
      prev = row;
    }
    return prev[b.length]!;
  };
  const best = known.map((k) => ({ k, d: distance(id, k) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(id.length / 4)) ? best.k : undefined;
}

/** Throws a located ConfigError when a rule id is unknown or its options do not fit the rule. */
export function checkRuleSetting(
  config: Pick<LoadedConfig, 'path' | 'lineOf'>,
  path: (string | number)[],
  id: string,
  setting: RuleSetting,
  rules: Map<string, Rule>,
): void {
  if (!isRule(id)) {
    const near = closest(id, allRuleIds());
    throw new ConfigError(
      config.path,
      config.lineOf(path),
      path.join('.'),
      `unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ''}; see socialcheck --list-rules`,
    );
  }
  const res = resolveOptions(rules.get(id)!.meta, setting.options);
  if ('error' in res) {
    const at = res.key ? [...path, 1, res.key] : path;
    throw new ConfigError(config.path, config.lineOf(at), at.join('.'), res.error);
  }
}

/** Checks every rule setting of a parsed config (its own and its overrides'). */
export function validateConfig(config: LoadedConfig, rules: Map<string, Rule>): LoadedConfig {
  for (const [id, setting] of Object.entries(config.rules)) checkRuleSetting(config, ['rules', id], id, setting, rules);
  config.overrides.forEach((ov, i) => {
    for (const [id, setting] of Object.entries(ov.rules)) checkRuleSetting(config, ['overrides', i, 'rules', id], id, setting, rules);
  });
  return config;
}

/** What applies to one draft: preset, the config's rules, the overrides that match it, then --rule. */
export function mergeConfig(
  config: ConfigFile | null,
  matching: ConfigOverride[],
  cliRules: Record<string, RuleSetting>,
  allRules: Map<string, Rule>,
): ResolvedConfig {
  const severities: Record<string, RuleSetting> = {};
  const presets = config?.extends.length ? config.extends : ['recommended'];
  for (const p of presets) for (const [id, severity] of Object.entries(presetRules(p, allRules))) severities[id] = { severity };
  const layers = [config?.rules ?? {}, ...matching.map((ov) => ov.rules), cliRules];
  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer)) {
      // A bare severity keeps options set by an earlier layer, as ESLint does.
      severities[id] = { severity: setting.severity, options: setting.options ?? severities[id]?.options };
    }
  }
  const rules: ResolvedConfig['rules'] = {};
  for (const [id, setting] of Object.entries(severities)) {
    if (setting.severity === 'off') continue;
    const res = resolveOptions(allRules.get(id)!.meta, setting.options);
    if ('error' in res) throw new UsageError(`${id}: ${res.error}`);
    rules[id] = { severity: setting.severity, options: res.options };
  }
  let account = config?.account ?? 'personal';
  let platform = config?.platform ?? null;
  for (const ov of matching) {
    account = ov.account ?? account;
    platform = ov.platform ?? platform;
  }
  const resolved: ResolvedConfig = { account, platform, practice: config?.practice ?? { names: [], staff: [] }, rules };
  if (config?.noInlineConfig) resolved.noInlineConfig = true;
  return resolved;
}
