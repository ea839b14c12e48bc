import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // s3rver encrypts its list continuation tokens with DES, which OpenSSL 3 keeps in its legacy
    // provider; without it every paginated ListObjectsV2 against s3rver answers 500.
    execArgv: ['--openssl-legacy-provider'],
    // The S3 contract run starts s3rver and moves several megabytes.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
