// What the page asks of socialcheck, without the DOM: the draft's settings turned into front
// matter, a lint of the text area, a practice's config, a scheduler export. It uses the CLI's
// own modules (lintFileText, parseConfigText, validateConfig, mergeConfig, readPosts), so the
// page reports what the CLI reports, in the same words.
import { parseConfigText } from '../src/config/parse.js';
import type { ResolvedConfig } from '../src/config/types.js';
import { mergeConfig, validateConfig } from '../src/config/validate.js';
import type { Account } from '../src/draft/types.js';
import { lintFileText } from '../src/runner/lint-file.js';
import { allRuleIds, loadRules } from '../src/engine/registry.js';
import type { LintMessage, LintResult } from '../src/engine/results.js';
import type { Fix, Rule } from '../src/engine/rule-types.js';
import { UsageError } from '../src/errors.js';
import { readPosts } from '../src/files/posts.js';
import { LineIndex } from '../src/positions.js';
import { findPlatform, measure, platforms, type Platform } from '../rules/lib/post-length.js';
import { takeWantedData } from './host/data-files.js';

export interface DraftSettings {
  account: Account;
  /** A platform id from platforms(), or null for none. */
  platform: string | null;
  /** The patient's consent is recorded (front matter `consent:`). */
  consent: boolean;
  /** Where the consent is kept (a form number), if given. */
  consentReference?: string;
}

export interface Problem {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  /** Offsets into the text given, [start, end). */
  start: number;
  end: number;
  line: number;
  column: number;
  /** The rule's plain-English name ("Patient identifiability"). */
  name: string;
  policy: string[];
  /** The rule's docs page, relative to the page. */
  docs: string | null;
  /** The engine's fix, with offsets into the text given. */
  fix?: Fix;
}

export interface RowProblems {
  row: number;
  platform: string | null;
  problems: Problem[];
}

/** A rule's id read as words: the page's plain-English name for it. */
export function ruleName(id: string | null): string {
  if (!id) return 'socialcheck';
  const words = id.replace(/-/g, ' ');
  return words[0]!.toUpperCase() + words.slice(1);
}

/** Front matter standing in for the page's controls. Values go through JSON, which YAML reads as written. */
export function frontMatterFor(s: DraftSettings): string {
  const lines = [`account: ${s.account}`];
  if (s.platform) lines.push(`platform: ${JSON.stringify(s.platform)}`);
  if (s.consent)
    lines.push(
      s.consentReference?.trim() ? `consent: {given: true, reference: ${JSON.stringify(s.consentReference.trim())}}` : 'consent: true',
    );
  return `---\n${lines.join('\n')}\n---\n`;
}

/** The post as the platform will count it: HTML comments left out, trimmed (as platform-limits counts). */
export function postLength(text: string, platformId: string | null): { length: number; platform: Platform } | null {
  const platform = platformId ? findPlatform(platformId) : undefined;
  if (!platform) return null;
  const post = text.replace(/<!--[\s\S]*?-->/g, '').trim();
  return { length: measure(post, platform.counting, false).length, platform };
}

export class PageLinter {
  private config: ResolvedConfig;
  private moreDataLoaded = false;
  /** The loaded config file's name, if any. */
  configName: string | null = null;

  private constructor(
    readonly rules: Map<string, Rule>,
    private readonly loadMoreData: () => Promise<void>,
  ) {
    this.config = mergeConfig(null, [], {}, rules);
  }

  /** `loadMoreData` loads data-more.js, the data only some drafts need. */
  static async create(loadMoreData: () => Promise<void>): Promise<PageLinter> {
    return new PageLinter(await loadRules(allRuleIds()), loadMoreData);
  }

  get practice(): ResolvedConfig['practice'] {
    return this.config.practice;
  }

  /** The config's own account and platform, which the page's controls start from. */
  get defaults(): { account: Account; platform: string | null } {
    return { account: this.config.account, platform: this.config.platform };
  }

  /** Reads a .socialpolicyrc file's text; on a mistake, the CLI's message for it (and the config in use is kept). */
  loadConfig(text: string, fileName: string): { ok: true } | { error: string } {
    try {
      const parsed = validateConfig(parseConfigText(text, fileName, '.'), this.rules);
      // Overrides name folders of drafts; a draft in the page has none, so none apply.
      this.config = mergeConfig(parsed, [], {}, this.rules);
      this.configName = fileName;
      return { ok: true };
    } catch (e) {
      if (e instanceof UsageError) return { error: e.message };
      throw e;
    }
  }

  clearConfig(): void {
    this.config = mergeConfig(null, [], {}, this.rules);
    this.configName = null;
  }

  /** Lints a file's text exactly as the CLI would with this config (for drafts, exports and the parity test). */
  async lintText(text: string, fileName: string, settings?: Pick<DraftSettings, 'account' | 'platform'>): Promise<LintResult> {
    const config = settings ? { ...this.config, account: settings.account, platform: settings.platform } : this.config;
    const result = await lintFileText(fileName, text, config, this.rules, {});
    // A rule asked for data the page had not loaded (its run failed): load it, and lint again.
    // (A failed rule in a check that overlapped this one counts too: the note may be its.)
    const wanted = takeWantedData().length > 0 || result.messages.some((m) => m.fatal);
    if (this.moreDataLoaded || !wanted) return result;
    await this.loadMoreData();
    this.moreDataLoaded = true;
    return lintFileText(fileName, text, config, this.rules, {});
  }

  /** The text area's problems, positioned in its own text. */
  async lintDraft(text: string, settings: DraftSettings): Promise<Problem[]> {
    const head = frontMatterFor(settings);
    const source = head + text;
    const result = await this.lintText(source, 'draft.md');
    const lines = new LineIndex(source);
    const local = (offset: number) => Math.max(0, Math.min(offset - head.length, text.length));
    return result.messages.map((m) => {
      const p = this.problem(
        m,
        local(lines.toOffset(m.line, m.column)),
        local(lines.toOffset(m.endLine ?? m.line, m.endColumn ?? m.column)),
      );
      const pos = new LineIndex(text).toPosition(p.start);
      p.line = pos.line;
      p.column = pos.column;
      if (m.fix && m.fix.range[0] >= head.length) p.fix = { range: [local(m.fix.range[0]), local(m.fix.range[1])], text: m.fix.text };
      return p;
    });
  }

  /** Each row's problems in a scheduler export (CSV, JSON, JSON Lines), or the CLI's message when it cannot be read. */
  async checkExport(fileName: string, text: string, settings: DraftSettings): Promise<{ rows: RowProblems[] } | { error: string }> {
    const posts = await readPosts(fileName, text, {});
    if ('error' in posts) return { error: posts.error };
    const result = await this.lintText(text, /\.(?:csv|jsonl|ndjson|json)$/i.test(fileName) ? fileName : `${fileName}.csv`, settings);
    const fatal = result.messages.find((m) => m.fatal);
    if (fatal) return { error: fatal.message };
    const lines = new LineIndex(text);
    const rows: RowProblems[] = posts.posts.map((p) => ({ row: p.row, platform: p.platforms[0] ?? settings.platform, problems: [] }));
    for (const m of result.messages) {
      const start = lines.toOffset(m.line, m.column);
      // The post whose cell holds the problem: the last one starting at or before it.
      let i = posts.posts.findIndex((p) => (p.offsets[0] ?? 0) > start) - 1;
      if (i < -1) i = posts.posts.length - 1;
      const row = rows[Math.max(0, i)];
      row?.problems.push(this.problem(m, start, lines.toOffset(m.endLine ?? m.line, m.endColumn ?? m.column)));
    }
    return { rows };
  }

  private problem(m: LintMessage, start: number, end: number): Problem {
    const meta = m.ruleId ? this.rules.get(m.ruleId)?.meta : undefined;
    return {
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      start,
      end: Math.max(start, end),
      line: m.line,
      column: m.column,
      name: ruleName(m.ruleId),
      policy: meta?.policy ?? [],
      // The rule's docs as a page of this site (scripts/build-web.mjs), readable offline.
      docs: meta ? `rules/${meta.id}.html` : null,
    };
  }
}

export { platforms };
