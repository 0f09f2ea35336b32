// Before the browser tests: find Chromium, build the game for production and
// serve it with `vite preview` on a free local port. Without Chromium the
// tests are skipped with a clear message, except in CI, where that fails.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string | null;
  }
}

let server: PreviewServer | undefined;
let outDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const chromium = findChromium();
  if (!chromium) {
    const how =
      'install it with `sudo apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH';
    if (process.env.CI)
      throw new Error(`Browser tests need Chromium and CI must run them: ${how}.`);
    console.warn(`\n⚠  Browser tests SKIPPED: Chromium was not found. To run them, ${how}.\n`);
    project.provide('chromium', null);
    project.provide('baseUrl', '');
    return;
  }
  // Vitest sets NODE_ENV=test, which would make this a development build (import.meta.env.DEV):
  // the browser tests must drive exactly what `npm run build` ships.
  // A build folder of this run's own, so two test runs at once never share one.
  outDir = mkdtempSync(join(tmpdir(), 'standoff-dist-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  project.provide('chromium', chromium);
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}
