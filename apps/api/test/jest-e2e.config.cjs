/** API end-to-end tests against a real PostgreSQL started for the run (see global-setup). */
module.exports = {
  rootDir: '.',
  testRegex: '\\.e2e-spec\\.ts$',
  transform: { '^.+\\.ts$': require('../jest.swc.cjs'), ...require('../jest.swc.cjs').esmDependencies.transform },
  transformIgnorePatterns: require('../jest.swc.cjs').esmDependencies.transformIgnorePatterns,
  testEnvironment: 'node',
  globalSetup: '<rootDir>/global-setup.cjs',
  globalTeardown: '<rootDir>/global-teardown.cjs',
  setupFiles: ['<rootDir>/utils/test-env.ts'],
  testTimeout: 30_000,
};
