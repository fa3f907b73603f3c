import type { OptionSpec, RuleMeta } from '../engine/rule-types.js';

/** Checks options against a rule's schema and merges them over its defaults. Returns an error text or the options. */
export function resolveOptions(
  meta: RuleMeta,
  given: Record<string, unknown> | undefined,
): { options: Record<string, unknown> } | { error: string; key?: string } {
  const options: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(meta.options)) options[name] = structuredClone(spec.default);
  for (const [name, value] of Object.entries(given ?? {})) {
    const spec = meta.options[name];
    if (!spec) {
      const known = Object.keys(meta.options);
      return { key: name, error: `unknown option for ${meta.id}${known.length ? `: expected ${known.join(', ')}` : ' (it takes none)'}` };
    }
    const problem = checkValue(spec, value);
    if (problem) return { key: name, error: problem };
    options[name] = value;
  }
  return { options };
}

function checkValue(spec: OptionSpec, value: unknown): string | null {
  switch (spec.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number, not ${JSON.stringify(value)}`;
      if (spec.integer && !Number.isInteger(value)) return 'must be a whole number';
      if (spec.minimum !== undefined && value < spec.minimum) return `must be at least ${spec.minimum}`;
      if (spec.maximum !== undefined && value > spec.maximum) return `must be at most ${spec.maximum}`;
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : `must be true or false, not ${JSON.stringify(value)}`;
    case 'string':
      if (typeof value !== 'string') return `must be a string, not ${JSON.stringify(value)}`;
      if (spec.enum && !spec.enum.includes(value)) return `must be one of ${spec.enum.join(', ')}`;
      return null;
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? null : 'must be a list of strings';
  }
}
