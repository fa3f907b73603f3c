// Code linting (npm run lint): JavaScript's and typescript-eslint's recommended rules, and the
// layers of docs/architecture.md, each importing only the layers below it.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

// Bottom to top, as globs (the rule wants every \`from\` a glob: one file is written @(name).ts).
// cli -> runner -> linter -> rules -> draft -> shared: the linter (src/engine/) takes one text
// and gives its results, and never reaches files, config, the cache or worker threads.
export const LAYERS = [
  { name: 'shared', files: ['src/shared/**', 'src/@(positions|errors|package-root|run-state).ts'] },
  { name: 'draft', files: ['src/draft/**'] },
  // The contract rules are written against (types only): below the rules, though it sits in engine/.
  { name: 'rule-api', files: ['src/engine/@(rule-types).ts'] },
  { name: 'rules', files: ['rules/**'] },
  { name: 'linter', files: ['src/engine/!(rule-types).ts'] },
  // Files, config, the cache, worker threads and the order results come back in.
  { name: 'runner', files: ['src/runner/**', 'src/files/**', 'src/config/**'] },
  { name: 'edge', files: ['src/cli/**', 'src/formatters/**', 'src/@(api).ts'] },
];

const zones = [
  // No layer imports a layer above it.
  ...LAYERS.slice(0, -1).map((layer, i) => ({
    target: layer.files,
    from: LAYERS.slice(i + 1).flatMap((above) => above.files),
    message: `The ${layer.name} layer may import only layers below it (docs/architecture.md).`,
  })),
  // Above the rules, src/ reaches them only through the registry, and the registry only through rules/index.ts.
  {
    target: ['src/engine/!(registry).ts', 'src/runner/**', 'src/files/**', 'src/config/**', 'src/cli/**', 'src/formatters/**', 'src/@(api).ts'],
    from: ['rules/**'],
    message: 'src/ reaches rules/ only through the registry (src/engine/registry.ts).',
  },
  {
    target: ['src/engine/registry.ts'],
    from: ['rules/**'],
    except: [join(ROOT, 'rules/@(index).ts')],
    message: 'The registry loads rules through rules/index.ts only.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'fixtures/**', 'bench/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly', setImmediate: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', AbortController: 'readonly', globalThis: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' } },
    plugins: { 'import-x': importX },
    settings: {
      // The source imports './x.js' for './x.ts', as NodeNext wants.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'], extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Control characters are what some expressions are for: ANSI colour codes, XML's forbidden characters.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
