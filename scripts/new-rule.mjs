#!/usr/bin/env node
// npm run new-rule <id>: a new rule's files, each in its one place, ready for `npm test`:
//   rules/<id>.ts                 metadata and check (a placeholder check to replace)
//   docs/rules/<id>.md            policy, options, examples that fail and pass (linted by the tests)
//   test/rules/<id>.test.ts       valid and invalid cases with messageIds and positions
//   fixtures/<id>/fail-*.md, pass-*.md   whole drafts: the examples beyond docs and tests
// and the rule's line in the registry (rules/index.ts). CONTRIBUTING.md says what comes next.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.env.SOCIALCHECK_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const id = process.argv[2] ?? '';

function fail(message) {
  process.stderr.write(`new-rule: ${message}\n`);
  process.exit(2);
}

if (!/^[a-z]+(?:-[a-z]+)*$/.test(id)) fail('give the rule id in kebab-case, e.g. npm run new-rule -- my-rule');
const indexPath = join(root, 'rules', 'index.ts');
const index = readFileSync(indexPath, 'utf8');
if (index.includes(`'${id}':`) || existsSync(join(root, 'rules', `${id}.ts`))) fail(`rule "${id}" already exists`);

// The placeholder check reports a phrase, so the examples below fail and pass for real.
const PHRASE = 'example phrase';

const files = {
  [`rules/${id}.ts`]: `import { defineRule, docsUrl } from '../src/engine/rule-types.js';

// Replace this with what the rule looks for. Lexicons go in rules/data/ (YAML, each entry with
// its source) and are read through ./lib/lexicon.js.
const PLACEHOLDER = /\\b${PHRASE}\\b/gi;

export default defineRule({
  meta: {
    id: '${id}',
    type: 'problem',
    description: 'Describe in one line what this rule reports and why a poster should care.',
    // Each clause begins with a short name from rules/policy-sources.ts.
    policy: ['Practice policy (name the clause this rule enforces)'],
    defaultSeverity: 'warn',
    options: {},
    messages: {
      found: 'This post contains "{{text}}". Say what to do instead.',
    },
    docs: docsUrl('${id}'),
  },
  check({ draft, report }) {
    for (const m of draft.prose.matchAll(PLACEHOLDER)) {
      report({ messageId: 'found', data: { text: m[0] }, range: [m.index, m.index + m[0].length] });
    }
  },
});
`,
  [`docs/rules/${id}.md`]: `# ${id}

Say in a sentence or two what this rule reports.

## Policy

- Practice policy: quote the clause this rule enforces.

## What it reports

- A draft that says "${PHRASE}".

## What it does not report

Say what looks alike but is fine.

## Options

None.

## Examples that fail

\`\`\`md
This draft uses the ${PHRASE} the rule looks for.
\`\`\`

## Examples that pass

\`\`\`md
Open evening at the practice on Thursday, all welcome.
\`\`\`

## How to fix a report

Say how to rewrite the post.
`,
  [`test/rules/${id}.test.ts`]: `import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('${id}', {
  valid: ['Open evening at the practice on Thursday, all welcome.'],
  invalid: [{ code: 'Here is the ${PHRASE} again.', errors: [{ messageId: 'found', line: 1, column: 13, endLine: 1, endColumn: ${13 + PHRASE.length} }] }],
});
`,
  [`fixtures/${id}/fail-example.md`]: `A whole draft in which the ${PHRASE} appears, as a poster would write it.\n`,
  [`fixtures/${id}/pass-example.md`]: `A whole draft that looks alike but that the rule must leave alone.\n`,
};

for (const [path, text] of Object.entries(files)) {
  const file = join(root, path);
  if (existsSync(file)) fail(`${path} already exists`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
const entry = `  '${id}': () => import('./${id}.js').then((m) => m.default),\n`;
const end = index.lastIndexOf('};');
writeFileSync(indexPath, index.slice(0, end) + entry + index.slice(end));
process.stdout.write(`Wrote ${Object.keys(files).join(', ')} and the entry in rules/index.ts. Next: CONTRIBUTING.md, "Adding a rule".\n`);
