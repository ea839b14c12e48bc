// One swc set-up for the unit and e2e suites: TypeScript with Nest's legacy decorators and the
// design-type metadata its dependency injection reads.
module.exports = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

/**
 * ESM-only dependencies (otplib's crypto and base32 packages) turned into CommonJS for Jest, whose
 * module system cannot load ES modules without experimental flags. Node itself loads them fine.
 */
module.exports.esmDependencies = {
  transform: {
    '^.+\\.js$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@scure|@noble|@otplib|otplib)/)'],
};
