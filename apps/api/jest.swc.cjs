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
