// Vite builds the static site; Vitest (configured here too) runs the unit
// tests in Node and the browser tests against the production build.
import { defineConfig } from 'vitest/config';
import { SECURITY_HEADERS, contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { bundledScenarios } from './scripts/bundled-scenarios-plugin.ts';
import { phaserEntry } from './scripts/phaser-entry-plugin.ts';

/** Browser test files that measure time in the page: run alone, after the others. */
const ALONE = ['test/e2e/editor-storage.test.ts'];
/**
 * Browser test files run at once: STANDOFF_BROWSER_WORKERS=2 runs two (each file opens its own
 * browsers or contexts, so nothing on disk or in a profile is shared). One until two full runs
 * pass on a quiet machine (issue 14: CI time).
 */
const BROWSER_WORKERS = Math.max(1, Math.floor(Number(process.env.STANDOFF_BROWSER_WORKERS)) || 1);
/** What both browser projects share: the built site served once, and one Chromium for the run. */
const browserProject = {
  include: ['test/e2e/**/*.test.ts'],
  globalSetup: ['test/e2e/global-setup.ts'],
  environment: 'node',
  testTimeout: 240_000,
  hookTimeout: 240_000,
};

export default defineConfig({
  // Relative asset paths: the build works from any static host and any subfolder.
  base: './',
  // One Content-Security-Policy for every page (a <meta> tag) and for `vite preview` (a header);
  // the bundled scenarios loaded and checked at build time, handed to the game as data;
  // the game's own Phaser, with only the modules its scenes use (src/phaser/entry.js).
  plugins: [contentSecurityPolicy(), bundledScenarios(), phaserEntry()],
  preview: { headers: { ...SECURITY_HEADERS } },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Phaser alone is about 1.3 MB minified (~350 KB gzipped): expected, and reported by npm run bench.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The game, the teacher's scenario editor, the debrief and the class results: one static site.
      input: {
        game: 'index.html',
        editor: 'editor.html',
        debrief: 'debrief.html',
        class: 'class.html',
        // The live class (issue 16): served by the live-class server, which they connect to.
        live: 'live.html',
        join: 'join.html',
      },
      output: {
        // Phaser in a chunk of its own: it changes rarely, so it caches, and the bench reports it apart.
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/](phaser|eventemitter3)|src[\\/]phaser[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
          // One process for many files, modules loaded once: starting a fresh process and
          // importing XState, zod and YAML again for each file cost more CPU than the tests.
          // What a file changes for the whole process is put back by test/setup-unit.ts.
          isolate: false,
          setupFiles: ['test/setup-unit.ts'],
          // Both cores (Vitest's default leaves one idle on a two-core machine).
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          ...browserProject,
          name: 'browser',
          exclude: [...ALONE, 'node_modules/**'],
          // A browser test mostly waits (for the page, for the computer's turn): one file at a
          // time leaves both cores half idle, hence BROWSER_WORKERS. After the unit tests (a group
          // of their own, so their timings are not shared).
          maxWorkers: BROWSER_WORKERS,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          ...browserProject,
          // The files that time the page (long tasks): alone on the machine, after the others.
          name: 'browser-alone',
          include: ALONE,
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
