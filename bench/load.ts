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
import { SCHOOL, timeToButton } from './browser.ts';
import { benchFrames, type FrameFigures } from './frames.ts';
import { benchMemory, type MemoryFigures } from './memory.ts';
import { median } from './median.ts';

export interface LoadFigures {
  gzipKB: { phaser: number; rest: number };
  /** The bare full-Phaser page's JavaScript, gzipped: the floor the game's must not pass. */
  floorGzipKB: number;
  titleUsableMs: number | null;
  floorMs: number | null;
  ratio: number | null;
  /** The same with the CPU throttled 4× and a 10 Mbit/s, 40 ms network (a Chromebook at school). */
  school: { titleUsableMs: number; floorMs: number; ratio: number } | null;
  frames: FrameFigures | null;
  memory: MemoryFigures | null;
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

/** The parts of the browser bench: the title against the bare page (plain and throttled), frames, memory over many games. */
export type LoadPart = 'title' | 'frames' | 'memory';

export async function benchLoad(
  runs = 7,
  parts: readonly LoadPart[] = ['title', 'frames', 'memory'],
): Promise<LoadFigures> {
  const gameDir = join(process.cwd(), 'dist');
  const floorDir = join(process.cwd(), 'dist-floor');
  const game = await serve(gameDir);
  const floor = await serve(floorDir, join(process.cwd(), 'bench/floor'));
  const gzipKB = gzipSizes(gameDir);
  const floorSizes = gzipSizes(floorDir);
  const floorGzipKB = floorSizes.phaser + floorSizes.rest;
  const executablePath = findChromium();
  if (!executablePath) {
    await game.close();
    await floor.close();
    return {
      gzipKB,
      floorGzipKB,
      titleUsableMs: null,
      floorMs: null,
      ratio: null,
      school: null,
      frames: null,
      memory: null,
    };
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const gameUrl = game.resolvedUrls?.local[0] ?? '';
  const floorUrl = floor.resolvedUrls?.local[0] ?? '';
  // Interleaved, a fresh context each time: nothing cached, as a student's first visit.
  const medians = async (throttled: typeof SCHOOL | null) => {
    const gameTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      gameTimes.push(await timeToButton(browser, gameUrl, 'Read the briefing', throttled));
      floorTimes.push(await timeToButton(browser, floorUrl, 'Start', throttled));
    }
    const game = median(gameTimes);
    const floor = median(floorTimes);
    return { titleUsableMs: game, floorMs: floor, ratio: game / floor };
  };
  const title = parts.includes('title');
  if (title) await timeToButton(browser, gameUrl, 'Read the briefing', null); // warm the browser itself
  const plain = title ? await medians(null) : { titleUsableMs: null, floorMs: null, ratio: null };
  const school = title ? await medians(SCHOOL) : null;
  const frames = parts.includes('frames')
    ? await benchFrames(browser, gameUrl, floorUrl, runs <= 3 ? 2 : 3, runs <= 3 ? 1 : 3)
    : null;
  const memory = parts.includes('memory') ? await benchMemory(browser, gameUrl, 20) : null;
  await browser.close();
  await game.close();
  await floor.close();
  return { gzipKB, floorGzipKB, ...plain, school, frames, memory };
}
