// ESLint flat config (`npm run lint`, part of `npm test`). Besides the recommended JavaScript and
// typescript-eslint rules, it holds the architecture's import boundaries:
//   src/core    pure TypeScript (also runs in a web worker): no `vscode`, no Node built-in modules,
//               nothing from the adapters;
//   src/vscode  the engine only through src/core/index.ts;
//   src/cli     the engine only through src/core/index.ts, and no `vscode`.
// test/unit/lint-boundaries.test.ts proves the boundaries fail on a bad import.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** fs, path, child_process, fs/promises, … with and without the node: prefix. */
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));

// gitignore-style: `**/core/*` also covers everything below it (../core/residue/scan).
const ENGINE_ENTRY = {
  group: ['**/core/*', '!**/core/index', '!**/core/index.js', '!**/core/index.ts'],
  message: 'Adapters import the engine through src/core/index.ts only (import from "../core"); export what you need there.',
};
const NO_VSCODE = { name: 'vscode', message: '`vscode` is imported only in src/vscode.' };

/** Node's own globals (this config runs in Node), for the build and test scripts. */
const NODE_GLOBALS = Object.fromEntries(Object.getOwnPropertyNames(globalThis).map((name) => [name, 'readonly']));

export default tseslint.config(
  // .dbg/: local scratch scripts, not part of the project.
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.test-run/**', 'bench-out/**', 'coverage/**', '.dbg/**', '**/*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Escaped brackets and slashes inside character classes are kept where they make a pattern readable.
      'no-useless-escape': 'off',
      // Reports and their tests hold the ideographic space (U+3000) on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is free of the editor API: it runs in the CLI and in a web worker.' },
          ...NODE_BUILTINS.map((name) => ({ name, message: 'src/core runs in a web worker too: no Node built-in modules.' })),
        ],
        patterns: [
          { group: ['node:*'], message: 'src/core runs in a web worker too: no Node built-in modules.' },
          { group: ['**/vscode/*', '**/cli/*', '**/cli'], message: 'src/core does not depend on the adapters.' },
        ],
      }],
    },
  },
  {
    files: ['src/vscode/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [ENGINE_ENTRY, { group: ['**/cli/*', '**/cli'], message: 'The editor does not depend on the CLI.' }] }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [NO_VSCODE], patterns: [ENGINE_ENTRY, { group: ['**/vscode/*'], message: 'The CLI does not depend on the editor adapter.' }] }],
    },
  },
  {
    // No wall-clock thresholds in npm test: tests count work (test/unit/regex-steps.ts); speed belongs in
    // npm run bench. The fuzz worker only reports how long a case took (FUZZ_VERBOSE), it asserts nothing on it.
    files: ['test/unit/**/*.ts'],
    ignores: ['test/unit/fuzz-worker.ts'],
    rules: {
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'No clock in unit tests: count work instead, or measure it in npm run bench.' },
        { object: 'performance', property: 'now', message: 'No clock in unit tests: count work instead, or measure it in npm run bench.' },
        { object: 'process', property: 'hrtime', message: 'No clock in unit tests: count work instead, or measure it in npm run bench.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...NODE_GLOBALS, require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly', exports: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
