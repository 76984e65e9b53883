// Two projects: fast unit tests beside the sources, and end-to-end tests that run the
// committed bundles against real local services.
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true, diagnostics: false }],
  },
};

export default {
  // End-to-end tests run bundles and start real local services; jest reads this only at the top level.
  testTimeout: 120_000,
  reporters: ['default', '<rootDir>/test/closing-line-reporter.js'],
  // Each run's temporary folders under one root, removed at the end (test/temp-root.js).
  globalSetup: '<rootDir>/test/temp-root-setup.js',
  globalTeardown: '<rootDir>/test/temp-root-teardown.js',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/packages/*/test/**/*.test.ts', '<rootDir>/actions/*/test/**/*.test.ts', '<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
  ],
};
