// Size and load time of the built game. Gzipped JavaScript split into Phaser
// and the rest; and the time from navigation to a usable title screen in
// headless Chromium, against a bare Phaser page built by the same Vite config
// (the floor), both measured in the same run, interleaved, as medians.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';

export interface LoadFigures {
  gzipKB: { phaser: number; rest: number };
  titleUsableMs: number | null;
  floorMs: number | null;
  ratio: number | null;
}

/** The JavaScript the game's page loads (index.html's scripts and preloads): not the editor's. */
function gzipSizes(dir: string): { phaser: number; rest: number } {
  const sizes = { phaser: 0, rest: 0 };
  const page = readFileSync(join(dir, 'index.html'), 'utf8');
  const loaded = new Set([...page.matchAll(/assets\/([\w.-]+\.js)/g)].map((m) => m[1]));
  for (const file of readdirSync(join(dir, 'assets'))) {
    if (!file.endsWith('.js') || !loaded.has(file)) continue;
    const kb = gzipSync(readFileSync(join(dir, 'assets', file)), { level: 9 }).length / 1024;
    if (file.startsWith('phaser')) sizes.phaser += kb;
    else sizes.rest += kb;
  }
  return sizes;
}

async function serve(outDir: string, root?: string): Promise<PreviewServer> {
  await build({
    logLevel: 'error',
    ...(root ? { root } : {}),
    build: { outDir, emptyOutDir: true },
  });
  return preview({
    logLevel: 'error',
    ...(root ? { root } : {}),
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export async function benchLoad(runs = 7): Promise<LoadFigures> {
  const gameDir = join(process.cwd(), 'dist');
  const floorDir = join(process.cwd(), 'dist-floor');
  const game = await serve(gameDir);
  const floor = await serve(floorDir, join(process.cwd(), 'bench/floor'));
  const gzipKB = gzipSizes(gameDir);
  const executablePath = findChromium();
  if (!executablePath) {
    await game.close();
    await floor.close();
    return { gzipKB, titleUsableMs: null, floorMs: null, ratio: null };
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const measure = async (url: string, label: string): Promise<number> => {
    // A fresh context each time: nothing cached, as a student's first visit.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      (name) => {
        const b = document.querySelector(`button[aria-label="${name}"]`);
        return b && !(b as HTMLButtonElement).disabled ? performance.now() : false;
      },
      label,
      { polling: 'raf', timeout: 60_000 },
    );
    const ms = (await handle.jsonValue()) as number;
    await context.close();
    return ms;
  };
  const gameTimes: number[] = [];
  const floorTimes: number[] = [];
  const gameUrl = game.resolvedUrls?.local[0] ?? '';
  const floorUrl = floor.resolvedUrls?.local[0] ?? '';
  await measure(gameUrl, 'Read the briefing'); // warm the browser itself
  for (let i = 0; i < runs; i++) {
    gameTimes.push(await measure(gameUrl, 'Read the briefing'));
    floorTimes.push(await measure(floorUrl, 'Start'));
  }
  await browser.close();
  await game.close();
  await floor.close();
  const titleUsableMs = median(gameTimes);
  const floorMs = median(floorTimes);
  return { gzipKB, titleUsableMs, floorMs, ratio: titleUsableMs / floorMs };
}
