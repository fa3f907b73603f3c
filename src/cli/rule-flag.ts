import { parse } from 'yaml';
import { UsageError } from '../errors.js';
import type { RuleSetting } from '../config/types.js';
import { parseSeverity } from '../config/parse.js';

/** `--rule 'id: warn'` or `--rule 'copyright-excerpt: [error, {maxWords: 40}]'`, read as a YAML mapping. */
export function parseRuleFlag(text: string): Record<string, RuleSetting> {
  let value: unknown;
  try {
    value = parse(text.includes(':') ? text : `${text}: error`);
  } catch (e) {
    throw new UsageError(`--rule "${text}" is not valid: write it as 'rule-id: severity' or 'rule-id: [severity, {option: value}]'`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`--rule "${text}" is not valid: write it as 'rule-id: severity'`);
  }
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    const [sev, options] = Array.isArray(setting) ? setting : [setting, undefined];
    const severity = parseSeverity(sev);
    if (!severity) throw new UsageError(`--rule "${text}": "${String(sev)}" is not a severity: use off, warn or error`);
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
      throw new UsageError(`--rule "${text}": options must be a mapping such as {maxWords: 40}`);
    }
    out[id] = options ? { severity, options: options as Record<string, unknown> } : { severity };
  }
  return out;
}
