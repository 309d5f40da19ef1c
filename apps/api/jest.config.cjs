const preset = require('../../jest.preset.cjs');

// Integration tests share one embedded PostgreSQL started by the global setup;
// each test file gets its own database built by the migrations.
module.exports = {
  ...preset,
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.integration-spec.ts', '<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 60000,
  maxWorkers: 2,
  // a few dependencies ship only ES modules (Node 20's require(esm) is not available inside Jest): compile them too
  transformIgnorePatterns: ['/node_modules/(?!.*/node_modules/(content-disposition|file-type|strtok3|token-types|@tokenizer|uint8array-extras)/)(?!(content-disposition|file-type|strtok3|token-types|@tokenizer|uint8array-extras)/)'],
};
