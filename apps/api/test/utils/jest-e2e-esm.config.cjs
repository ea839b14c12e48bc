// The e2e configuration, plus a CommonJS transform of the ESM-only packages otplib 13 pulls in
// (@scure/base 2, @noble/hashes 2), which jest's module loader on Node < 24.9 cannot require.
const path = require('node:path');
const base = require('../jest-e2e.config.cjs');
const swc = require('../../jest.swc.cjs');

const ESM_ONLY = '(@scure/base|@noble/hashes)';

module.exports = {
  ...base,
  rootDir: path.resolve(__dirname, '..'),
  transform: { ...base.transform, [`/node_modules/${ESM_ONLY}/.+\\.js$`]: swc },
  // Ignored: any file whose innermost node_modules package is not one of them.
  transformIgnorePatterns: [`/node_modules/(?!${ESM_ONLY}/)(?!.*/node_modules/)`],
};
