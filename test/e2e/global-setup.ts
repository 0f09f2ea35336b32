// Before the browser tests: find Chromium, build the game for production (or
// take the folder `npm run build` wrote, when STANDOFF_SITE names it: CI builds
// once), serve it with `vite preview` on a free local port, and start one
// Chromium for the whole run (test files connect to it and open their own
// contexts: starting a browser for each test cost seconds each under load).
// Both browser projects share them (see startShared), and the test files that
// run at once each open their own browsers or contexts.
// Without Chromium the tests are skipped with a clear message, except in CI,
// where that fails.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium as playwright, type BrowserServer } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import type { ProvidedContext } from 'vitest';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string | null;
    /** The run's one Chromium, for playwright's connect(); '' without Chromium. */
    browserEndpoint: string;
  }
}

/** A folder `npm run build` has just written (STANDOFF_SITE=dist, as CI sets it): served as it is. */
const prebuilt = process.env.STANDOFF_SITE;

/** What the browser projects are given. */
type Provided = Pick<ProvidedContext, 'baseUrl' | 'chromium' | 'browserEndpoint'>;

/**
 * The site server and Chromium, started once for the whole run: both browser projects (the
 * files run two at a time, and those run alone) list this file, and each project loads it
 * afresh, so the one copy lives on globalThis; the last project's teardown stops it.
 */
interface Shared {
  ready: Promise<Provided>;
  users: number;
  stop(): Promise<void>;
}
const SHARED = Symbol.for('standoff.e2e.shared');
const holder = globalThis as { [SHARED]?: Shared };

export async function setup(project: TestProject): Promise<void> {
  const shared = (holder[SHARED] ??= startShared());
  shared.users += 1;
  const provided = await shared.ready;
  project.provide('chromium', provided.chromium);
  project.provide('baseUrl', provided.baseUrl);
  project.provide('browserEndpoint', provided.browserEndpoint);
}

export async function teardown(): Promise<void> {
  const shared = holder[SHARED];
  if (!shared) return;
  shared.users -= 1;
  if (shared.users > 0) return;
  holder[SHARED] = undefined;
  await shared.stop();
}

function startShared(): Shared {
  let server: PreviewServer | undefined;
  let browserServer: BrowserServer | undefined;
  let outDir: string | undefined;
  const start = async (): Promise<Provided> => {
    const chromium = findChromium();
    if (!chromium) {
      const how =
        'install it with `sudo apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH';
      if (process.env.CI)
        throw new Error(`Browser tests need Chromium and CI must run them: ${how}.`);
      console.warn(`\n⚠  Browser tests SKIPPED: Chromium was not found. To run them, ${how}.\n`);
      return { chromium: null, baseUrl: '', browserEndpoint: '' };
    }
    const site = prebuilt ? resolve(prebuilt) : (outDir = await buildSite());
    if (!existsSync(join(site, 'index.html'))) throw new Error(`no built site in ${site}`);
    server = await preview({
      logLevel: 'warn',
      build: { outDir: site },
      preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    });
    const baseUrl = server.resolvedUrls?.local[0];
    if (!baseUrl) throw new Error('vite preview did not report its address');
    browserServer = await playwright.launchServer({
      executablePath: chromium,
      args: CHROMIUM_ARGS,
    });
    return { chromium, baseUrl, browserEndpoint: browserServer.wsEndpoint() };
  };
  return {
    ready: start(),
    users: 0,
    stop: async () => {
      await browserServer?.close();
      await server?.close();
      if (outDir) rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Builds the site as `npm run build` does, into a folder of this run's own; returns it. */
async function buildSite(): Promise<string> {
  // Vitest sets NODE_ENV=test, which would make this a development build (import.meta.env.DEV):
  // the browser tests must drive exactly what `npm run build` ships.
  // A build folder of this run's own, so two test runs at once never share one.
  const outDir = mkdtempSync(join(tmpdir(), 'standoff-dist-'));
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
  return outDir;
}
