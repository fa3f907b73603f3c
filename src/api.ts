// The public API (package.json's main): what the runner (src/runner/) offers, under the names
// users import. The CLI uses it too.
export { lintText } from './runner/lint-text.js';
export { lintFiles, lintFilesInOrder } from './runner/lint-files.js';
export type { Options } from './runner/options.js';
export type { LintMessage, LintResult } from './engine/results.js';
export type { ConfigFile, RuleSetting } from './config/types.js';
export type { Rule, RuleMeta, Severity } from './engine/rule-types.js';
export { ConfigResolver } from './config/resolve.js';
