import { existsSync, readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './cli.js';

/**
 * The official SARIF 2.1.0 JSON schema (draft-04), as Microsoft's SARIF team ships it in
 * @microsoft/jest-sarif: the tests validate against it without `../shared`. Its `language`
 * pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) is not a valid `u`-flag expression, so
 * validators compile it with Ajv's `unicodeRegExp: false`, as the schema's JavaScript readers do.
 */
function sarifSchema(): object {
  const file = createRequire(join(ROOT, 'package.json')).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  return JSON.parse(readFileSync(file, 'utf8')) as object;
}

let validator: ValidateFunction | undefined;

/** One compiled validator for every SARIF test, checking the formats the schema names. */
export function sarifValidator(): ValidateFunction {
  if (validator) return validator;
  // A CommonJS module: under NodeNext its class is `.default` (Ajv sets both).
  const ajv = new AjvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s) && !/[\s<>"{}|\\^`]/.test(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/[\s<>"{}|\\^`]/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return (validator = ajv.compile(sarifSchema()));
}

/**
 * `../shared` (the policy seeds, the labelled corpora, the scorer) is beside a developer's
 * checkout and CI's, not a user's clone: tests that read it skip, saying why, when it is absent.
 */
export const SHARED = join(ROOT, '..', 'shared');
export const hasShared = existsSync(join(SHARED, 'eval', 'score.mjs'));
export const noSharedReason = 'skipped: ../shared (seeds, corpora, scorer) is not beside this checkout';
