// Shared Jest settings: SWC compiles TypeScript (with decorator metadata for Nest/TypeORM),
// the @casework/* aliases resolve to the libraries' sources, no build step between them.
const path = require('node:path');

const root = __dirname;

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
            react: { runtime: 'automatic' },
          },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@casework/domain$': path.join(root, 'libs/domain/src/index.ts'),
    '^@casework/domain/(.*)$': path.join(root, 'libs/domain/src/$1'),
    '^@casework/documents$': path.join(root, 'libs/documents/src/index.ts'),
    '^@casework/documents/(.*)$': path.join(root, 'libs/documents/src/$1'),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
