import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // The dev server reads @repo/contracts from source, so edits there reload without a rebuild.
  resolve: { conditions: ['@repo/source', 'module', 'browser', 'development|production'] },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: { outDir: 'dist', sourcemap: true },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
