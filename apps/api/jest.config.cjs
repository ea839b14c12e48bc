/** Unit tests: `*.spec.ts` beside the code, no database. */
module.exports = {
  rootDir: 'src',
  testRegex: '\\.spec\\.ts$',
  transform: { '^.+\\.ts$': require('./jest.swc.cjs'), ...require('./jest.swc.cjs').esmDependencies.transform },
  transformIgnorePatterns: require('./jest.swc.cjs').esmDependencies.transformIgnorePatterns,
  testEnvironment: 'node',
};
