import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath, sep } from 'node:path';
import picomatch from 'picomatch';
import { ConfigError, UsageError } from '../errors.js';
import { IgnoreList } from '../files/expand.js';
import { allRuleIds, isRule, loadRules } from '../engine/registry.js';
import type { Rule } from '../engine/rule-types.js';
import { parseConfigText } from './parse.js';
import { presetRules } from './presets.js';
import { resolveOptions } from './rule-options.js';
import type { ConfigFile, ResolvedConfig, RuleSetting } from './types.js';

export const CONFIG_NAMES = ['.socialpolicyrc.yaml', '.socialpolicyrc.yml', '.socialpolicyrc.json'];

type LoadedConfig = ConfigFile & { lineOf(path: (string | number)[]): number | null };

export interface ResolverOptions {
  cwd?: string;
  /** An explicit config file (--config); no lookup then. */
  configFile?: string;
  /** Config given as an object (API). */
  config?: Partial<Omit<ConfigFile, 'path' | 'dir'>>;
  /** Do not look for config files (--no-config-lookup). */
  noLookup?: boolean;
  /** --rule settings, applied last. */
  cliRules?: Record<string, RuleSetting>;
}

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

const toPosix = (p: string) => p.split(sep).join('/');

export class ConfigResolver {
  readonly cwd: string;
  private rules!: Map<string, Rule>;
  private explicit: LoadedConfig | null = null;
  private byDir = new Map<string, LoadedConfig | null>();
  private resolved = new Map<string, ResolvedConfig>();
  private withoutOverrides = new Map<LoadedConfig | null, ResolvedConfig>();
  private ignoreLists = new Map<LoadedConfig, IgnoreList>();

  private constructor(private readonly opts: ResolverOptions) {
    this.cwd = resolvePath(opts.cwd ?? process.cwd());
  }

  static async create(opts: ResolverOptions = {}): Promise<ConfigResolver> {
    const r = new ConfigResolver(opts);
    r.rules = await loadRules(allRuleIds());
    if (opts.configFile) r.explicit = r.load(resolvePath(r.cwd, opts.configFile));
    else if (opts.config) r.explicit = r.fromObject(opts.config);
    for (const [id, setting] of Object.entries(opts.cliRules ?? {}))
      r.checkRule({ path: '--rule', lineOf: () => null } as unknown as LoadedConfig, ['rules', id], id, setting);
    return r;
  }

  /** What it was created from: a worker thread builds the same resolver from these. */
  get options(): ResolverOptions {
    return this.opts;
  }

  get ruleMap(): Map<string, Rule> {
    return this.rules;
  }

  private fromObject(config: Partial<Omit<ConfigFile, 'path' | 'dir'>>): LoadedConfig {
    const text = JSON.stringify(config);
    return this.validate(parseConfigText(text, '<config>', this.cwd));
  }

  private load(file: string): LoadedConfig {
    let text: string;
    try {
      if (statSync(file).isDirectory()) throw new UsageError(`config ${file} is a folder, not a file`);
      text = readFileSync(file, 'utf8');
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`cannot read config file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    return this.validate(parseConfigText(text, file, dirname(file)));
  }

  private validate(config: LoadedConfig): LoadedConfig {
    for (const [id, setting] of Object.entries(config.rules)) this.checkRule(config, ['rules', id], id, setting);
    config.overrides.forEach((ov, i) => {
      for (const [id, setting] of Object.entries(ov.rules)) this.checkRule(config, ['overrides', i, 'rules', id], id, setting);
    });
    return config;
  }

  private checkRule(config: LoadedConfig, path: (string | number)[], id: string, setting: RuleSetting): void {
    if (!isRule(id)) {
      const known = allRuleIds();
      const near = closest(id, known);
      throw new ConfigError(
        config.path,
        config.lineOf(path),
        path.join('.'),
        `unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ''}; see socialcheck --list-rules`,
      );
    }
    const res = resolveOptions(this.rules.get(id)!.meta, setting.options);
    if ('error' in res) {
      const at = res.key ? [...path, 1, res.key] : path;
      throw new ConfigError(config.path, config.lineOf(at), at.join('.'), res.error);
    }
  }

  /** The config file that applies to a file: --config, else the nearest one up the tree. */
  configFor(filePath: string): LoadedConfig | null {
    if (this.explicit) return this.explicit;
    if (this.opts.noLookup) return null;
    return this.lookup(dirname(resolvePath(this.cwd, filePath)));
  }

  private lookup(dir: string): LoadedConfig | null {
    if (this.byDir.has(dir)) return this.byDir.get(dir)!;
    let found: LoadedConfig | null = null;
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      if (existsSync(file)) {
        found = this.load(file);
        break;
      }
    }
    if (!found) {
      const parent = dirname(dir);
      found = parent === dir ? null : this.lookup(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }

  /** Everything that applies to one file, merged: preset, config rules, matching overrides, --rule. */
  resolve(filePath: string): ResolvedConfig {
    const config = this.configFor(filePath);
    // Without overrides the file's own path plays no part: one answer per config file.
    if (!config?.overrides.length) {
      const known = this.withoutOverrides.get(config);
      if (known) return known;
    }
    const abs = resolvePath(this.cwd, filePath);
    const matching = (config?.overrides ?? []).filter((ov) =>
      picomatch(ov.files, { dot: true, matchBase: !ov.files.some((f) => f.includes('/')) })(toPosix(relative(config!.dir, abs))),
    );
    const key = `${config?.path ?? ''}\0${matching.map((ov) => config!.overrides.indexOf(ov)).join(',')}`;
    const cached = this.resolved.get(key);
    if (cached) return cached;

    const severities: Record<string, RuleSetting> = {};
    const presets = config?.extends.length ? config.extends : ['recommended'];
    for (const p of presets) for (const [id, severity] of Object.entries(presetRules(p, this.rules))) severities[id] = { severity };
    const layers = [config?.rules ?? {}, ...matching.map((ov) => ov.rules), this.opts.cliRules ?? {}];
    for (const layer of layers) {
      for (const [id, setting] of Object.entries(layer)) {
        // A bare severity keeps options set by an earlier layer, as ESLint does.
        severities[id] = { severity: setting.severity, options: setting.options ?? severities[id]?.options };
      }
    }
    const rules: ResolvedConfig['rules'] = {};
    for (const [id, setting] of Object.entries(severities)) {
      if (setting.severity === 'off') continue;
      const res = resolveOptions(this.rules.get(id)!.meta, setting.options);
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
    this.resolved.set(key, resolved);
    if (!config?.overrides.length) this.withoutOverrides.set(config, resolved);
    return resolved;
  }

  /** Whether the `ignore` globs of the config that applies to a file skip it. */
  isIgnoredByConfig(filePath: string): boolean {
    const config = this.configFor(filePath);
    if (!config || !config.ignore.length) return false;
    let list = this.ignoreLists.get(config);
    if (!list) {
      list = new IgnoreList(config.dir, config.ignore);
      this.ignoreLists.set(config, list);
    }
    return list.ignores(resolvePath(this.cwd, filePath));
  }
}
