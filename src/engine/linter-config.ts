import type { Account } from '../draft/types.js';
import type { Severity } from './rule-types.js';

/**
 * What the linter needs to lint one text: the rules that are on with their options, and the
 * account, platform and practice they read. The runner resolves it from config files
 * (src/config/); the linter never reads one.
 */
export interface LinterConfig {
  account: Account;
  platform: string | null;
  practice: { names: string[]; staff: string[] };
  rules: Record<string, { severity: Exclude<Severity, 'off'>; options: Record<string, unknown> }>;
  /** Set (only) when the config turns inline directives off. */
  noInlineConfig?: true;
}
