import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// `npm run lint` holds the layers of docs/architecture.md: a file that imports a layer above
// its own fails, whatever else it does. Each case is linted as if it stood at `file`.

const eslint = new ESLint({ cwd: ROOT });
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === "import-x/no-restricted-paths").map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['the draft importing the CLI', 'src/draft/upward.ts', "import { main } from '../cli/main.js';\nexport const m = main;\n"],
    ['a rule importing the runner', 'rules/upward.ts', "import { readDraft } from '../src/files/read.js';\nexport const r = readDraft;\n"],
    ['the linter importing config', 'src/engine/upward.ts', "import { ConfigResolver } from '../config/resolve.js';\nexport const c = ConfigResolver;\n"],
    ['the linter importing the runner', 'src/engine/upward.ts', "import { LintPool } from '../runner/lint-pool.js';\nexport const p = LintPool;\n"],
    ['the linter importing files', 'src/engine/upward.ts', "import { readDraft } from '../files/read.js';\nexport const r = readDraft;\n"],
    ['the runner importing the API', 'src/runner/upward.ts', "import { lintText } from '../api.js';\nexport const l = lintText;\n"],
    ['the runner importing a formatter', 'src/runner/upward.ts', "import json from '../formatters/json.js';\nexport const j = json;\n"],
    ['shared code importing the draft', 'src/shared/upward.ts', "import type { Draft } from '../draft/types.js';\nexport type D = Draft;\n"],
    ['a formatter importing rules/lib', 'src/formatters/upward.ts', "import * as lib from '../../rules/lib/lexicon.js';\nexport const l = lib;\n"],
    ['the registry importing a rule past the index', 'src/engine/registry.ts', "import rule from '../../rules/views-disclaimer.js';\nexport const r = rule;\n"],
  ])('fail for %s', async (_what, file, code) => {
    expect(await boundaryErrors(file, code)).toHaveLength(1);
  }, 60_000);

  it.each([
    ['a rule importing the draft and the rule contract', 'rules/downward.ts', "import type { Draft } from '../src/draft/types.js';\nimport type { Rule } from '../src/engine/rule-types.js';\nexport type X = [Draft, Rule];\n"],
    ['the runner importing the linter and files', 'src/runner/downward.ts', "import { lintSource } from '../engine/lint.js';\nimport { readDraft } from '../files/read.js';\nexport const x = [lintSource, readDraft];\n"],
    ['the CLI importing the API', 'src/cli/downward.ts', "import { lintText } from '../api.js';\nexport const l = lintText;\n"],
    ['the registry importing the rules index', 'src/engine/registry.ts', "import { ruleLoaders } from '../../rules/index.js';\nexport const r = ruleLoaders;\n"],
  ])('pass for %s', async (_what, file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  }, 60_000);
});
