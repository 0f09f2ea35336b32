// Vite builds the static site; Vitest (configured here too) runs the tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths: the build works from any static host and any subfolder.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1600,
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
