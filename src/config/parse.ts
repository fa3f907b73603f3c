import { isMap, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { ConfigError } from '../errors.js';
import type { Account } from '../draft/types.js';
import type { Severity } from '../engine/rule-types.js';
import type { ConfigFile, ConfigOverride, RuleSetting } from './types.js';

// Config files are data only (YAML or JSON, both read by the yaml parser so that every
// mistake can be reported with its line). Nothing in them is ever executed.

const TOP_KEYS = new Set(['extends', 'account', 'platform', 'practice', 'rules', 'overrides', 'ignore', 'noInlineConfig', '$schema']);
const ACCOUNTS: Account[] = ['personal', 'professional', 'practice'];
const PRESETS = ['recommended', 'strict'];
const SEVERITIES: Record<string, Severity> = {
  off: 'off',
  warn: 'warn',
  error: 'error',
  '0': 'off',
  '1': 'warn',
  '2': 'error',
  warning: 'warn',
};

class Reader {
  constructor(
    readonly file: string,
    readonly doc: Document,
    readonly lines: LineCounter,
  ) {}

  lineOf(path: (string | number)[]): number | null {
    const node = (path.length ? this.doc.getIn(path, true) : this.doc.contents) as Node | undefined;
    const offset = node?.range?.[0];
    if (offset === undefined) {
      // Fall back to the key itself, or its parent.
      return path.length ? this.lineOf(path.slice(0, -1)) : null;
    }
    return this.lines.linePos(offset).line;
  }

  fail(path: (string | number)[], detail: string): never {
    throw new ConfigError(this.file, this.lineOf(path), path.length ? path.join('.') : null, detail);
  }
}

function stringList(r: Reader, path: (string | number)[], value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) r.fail(path, 'must be a string or a list of strings');
  return value as string[];
}

export function parseSeverity(value: unknown): Severity | undefined {
  return SEVERITIES[String(value).toLowerCase()];
}

function ruleSetting(r: Reader, path: (string | number)[], value: unknown): RuleSetting {
  if (Array.isArray(value)) {
    if (value.length < 1 || value.length > 2) r.fail(path, 'must be a severity or [severity, {options}]');
    const severity = parseSeverity(value[0]);
    if (!severity) r.fail([...path, 0], `"${String(value[0])}" is not a severity: use off, warn or error`);
    const options = value[1];
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
      r.fail([...path, 1], 'rule options must be a mapping, such as {maxWords: 40}');
    }
    return options === undefined ? { severity } : { severity, options: options as Record<string, unknown> };
  }
  const severity = parseSeverity(value);
  if (!severity) r.fail(path, `"${String(value)}" is not a severity: use off, warn or error`);
  return { severity };
}

function rulesOf(r: Reader, path: (string | number)[], value: unknown): Record<string, RuleSetting> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) r.fail(path, 'must be a mapping of rule ids to severities');
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) out[id] = ruleSetting(r, [...path, id], setting);
  return out;
}

function accountOf(r: Reader, path: (string | number)[], value: unknown): Account | undefined {
  if (value === undefined || value === null) return undefined;
  if (!ACCOUNTS.includes(value as Account)) r.fail(path, `must be one of ${ACCOUNTS.join(', ')}`);
  return value as Account;
}

function platformOf(r: Reader, path: (string | number)[], value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') r.fail(path, 'must be a platform name such as x, facebook, instagram or linkedin');
  return value.toLowerCase();
}

/** Parses and checks the shape of a config file's text. Rule ids and options are checked later, against the rules. */
export function parseConfigText(
  text: string,
  file: string,
  dir: string,
): ConfigFile & { lineOf(path: (string | number)[]): number | null } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ConfigError(file, lines.linePos(e.pos[0]).line, null, `not valid YAML or JSON: ${e.message.split('\n')[0]}`);
  }
  const r = new Reader(file, doc, lines);
  const raw = doc.toJS() as unknown;
  if (raw === null || raw === undefined) {
    return {
      path: file,
      dir,
      extends: [],
      practice: { names: [], staff: [] },
      rules: {},
      overrides: [],
      ignore: [],
      lineOf: (p) => r.lineOf(p),
    };
  }
  if (typeof raw !== 'object' || Array.isArray(raw) || !isMap(doc.contents))
    r.fail([], 'a config file must be a mapping of keys (extends, account, practice, rules, overrides, ignore)');
  const o = raw as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!TOP_KEYS.has(key)) r.fail([key], `unknown key: expected one of ${[...TOP_KEYS].filter((k) => k !== '$schema').join(', ')}`);
  }
  const ext = stringList(r, ['extends'], o.extends);
  ext.forEach((name, i) => {
    if (!PRESETS.includes(name))
      r.fail(Array.isArray(o.extends) ? ['extends', i] : ['extends'], `unknown preset "${name}": use ${PRESETS.join(' or ')}`);
  });
  const practiceRaw = o.practice ?? {};
  if (typeof practiceRaw !== 'object' || Array.isArray(practiceRaw) || practiceRaw === null)
    r.fail(['practice'], 'must be a mapping with names and staff');
  const p = practiceRaw as Record<string, unknown>;
  for (const key of Object.keys(p))
    if (key !== 'names' && key !== 'staff') r.fail(['practice', key], 'unknown key: expected names or staff');

  const overridesRaw: unknown = o.overrides ?? [];
  if (!Array.isArray(overridesRaw)) r.fail(['overrides'], 'must be a list of {files, rules, account}');
  const overrides: ConfigOverride[] = (overridesRaw as unknown[]).map((ov: unknown, i: number) => {
    const path = ['overrides', i];
    if (typeof ov !== 'object' || ov === null || Array.isArray(ov)) r.fail(path, 'each override must be a mapping with files and rules');
    const v = ov as Record<string, unknown>;
    for (const key of Object.keys(v)) {
      if (!['files', 'rules', 'account', 'platform'].includes(key))
        r.fail([...path, key], 'unknown key: expected files, rules, account or platform');
    }
    const files = stringList(r, [...path, 'files'], v.files);
    if (!files.length) r.fail([...path, 'files'], 'an override needs at least one glob in files');
    const out: ConfigOverride = { files, rules: rulesOf(r, [...path, 'rules'], v.rules) };
    const account = accountOf(r, [...path, 'account'], v.account);
    if (account) out.account = account;
    const platform = platformOf(r, [...path, 'platform'], v.platform);
    if (platform) out.platform = platform;
    return out;
  });

  const config: ConfigFile & { lineOf(path: (string | number)[]): number | null } = {
    path: file,
    dir,
    extends: ext,
    practice: { names: stringList(r, ['practice', 'names'], p.names), staff: stringList(r, ['practice', 'staff'], p.staff) },
    rules: rulesOf(r, ['rules'], o.rules),
    overrides,
    ignore: stringList(r, ['ignore'], o.ignore),
    lineOf: (path) => r.lineOf(path),
  };
  const account = accountOf(r, ['account'], o.account);
  if (account) config.account = account;
  const platform = platformOf(r, ['platform'], o.platform);
  if (platform) config.platform = platform;
  // ESLint's linterOptions.noInlineConfig: a practice that allows no disable comments.
  if (o.noInlineConfig !== undefined && o.noInlineConfig !== null) {
    if (typeof o.noInlineConfig !== 'boolean') r.fail(['noInlineConfig'], 'must be true or false');
    if (o.noInlineConfig) config.noInlineConfig = true;
  }
  return config;
}
