// ESLint: typescript-eslint's recommended rules and import cycles, over
// every TypeScript file of the project. `npm test` runs it (`npm run lint`).
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/protocol/generated/', '.tap/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.json', 'web/tsconfig.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      // A circle of imports is a room drawn as two: none in src/.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // The layers of docs/architecture.md: an import only ever points down.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/core', from: './src', except: ['./core'], message: 'the routing core is pure: it imports nothing else of src/' },
            {
              target: ['./src/protocol', './src/config', './src/store'],
              from: './src',
              except: ['./core', './protocol', './config', './store'],
              message: 'protocol, config and store build on the core only',
            },
            {
              target: './src/client',
              from: './src',
              except: ['./client', './protocol', './core/errors.ts', './core/model.ts', './core/events.ts', './core/ids.ts'],
              message: 'the SDK carries no server code',
            },
            { target: './src', from: ['./test', './bench'], message: 'the product never imports its tests or benchmarks' },
            // What tests and benchmarks share lives in test/harness (which stands on src/ alone).
            { target: './test', from: './bench', message: 'tests never import benchmarks: move what both need to test/harness' },
            { target: './bench', from: './test', except: ['./harness'], message: 'benchmarks import from test/ only test/harness' },
            {
              target: './test/harness',
              from: './test',
              except: ['./harness'],
              message: 'test/harness stands alone (benchmarks use it): no test fixtures in it',
            },
            {
              target: ['./src/sim', './src/insights'],
              from: './src',
              except: ['./core', './config', './insights', './sim'],
              message: 'the simulator and the insights run on the core alone (no sockets, no store)',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Tests and benchmarks read loosely typed replies and drive internals on purpose.
    files: ['test/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
