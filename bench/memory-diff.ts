// What grows from game to game, for issue 15's "no leaks": plays games in a
// row in the built game (dist/, `npm run build` first), takes a heap snapshot
// on the title after game A and after game B (Chrome DevTools Protocol, after
// forced garbage collection), and prints the objects made in between that are
// still alive, by constructor, with the shortest retainer path of a few; then
// the DOM elements in the document by place, and the detached ones.
//   npx tsx bench/memory-diff.ts [--a=2] [--b=6] [--paths=3]
import { join } from 'node:path';
import { preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.ts';
import { measureMemory, snapshot, warmedGamePage } from './memory.ts';
import { studentGame } from './student-game.ts';
import {
  kindTotals,
  nativeCensus,
  newObjects,
  retainerPath,
  type Snapshot,
} from './heap-snapshot.ts';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const gameA = arg('a', 2);
const gameB = arg('b', 6);
const paths = arg('paths', 3);
/** V8 flags for an experiment, e.g. --js-flags=--no-opt (what the heap does without the optimising compilers). */
const jsFlags = process.argv.find((a) => a.startsWith('--js-flags='));

/** The document's elements counted by place: the nearest ancestor with an id, then tag and class. */
function domCensus(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const e of document.querySelectorAll('*')) {
      const owner = e.parentElement?.closest('[id]');
      const cls =
        typeof e.className === 'string' && e.className ? `.${e.className.split(' ')[0]}` : '';
      const key = `${owner ? `#${owner.id} ` : ''}${e.tagName.toLowerCase()}${cls}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  });
}

/** V8's compiled code and its own bookkeeping: grows as functions warm up, not kept by the game. */
const isEngine = (key: string) =>
  /^(Detached )?\((code|hidden)\)|^system \/|^blink::|^Performance/.test(key);

function printGrowth(a: Snapshot, b: Snapshot, games: number): void {
  console.log(`\nReachable bytes by kind, after game ${gameA} → after game ${gameB} (KB)`);
  const ka = kindTotals(a);
  const kb = kindTotals(b);
  for (const kind of new Set([...ka.keys(), ...kb.keys()])) {
    const x = (ka.get(kind) ?? 0) / 1024;
    const y = (kb.get(kind) ?? 0) / 1024;
    console.log(
      `  ${x.toFixed(1).padStart(9)} → ${y.toFixed(1).padEnd(9)} (${(y - x >= 0 ? '+' : '') + (y - x).toFixed(1)}) ${kind}`,
    );
  }
  const fresh = newObjects(a, b).groups;
  const page = fresh.filter((g) => !isEngine(g.key));
  const engine = fresh.filter((g) => isEngine(g.key));
  const sum = (gs: typeof fresh, f: 'count' | 'size') => gs.reduce((s, g) => s + g[f], 0);
  console.log(
    `\nMade after game ${gameA}, alive after game ${gameB} (${games} games): the page's ${sum(page, 'count')} objects, ${(sum(page, 'size') / 1024).toFixed(1)} KB; the engine's (code, blink, system) ${sum(engine, 'count')}, ${(sum(engine, 'size') / 1024).toFixed(1)} KB`,
  );
  for (const g of [...page.slice(0, 30), ...engine.slice(0, 8)])
    console.log(
      `  ${String(g.count).padStart(7)} ${(g.size / 1024).toFixed(1).padStart(9)} KB  ${g.key.slice(0, 120)}`,
    );
  for (const g of page.slice(0, 15)) {
    console.log(`\n${g.key.slice(0, 120)} (${g.count} new): retained by`);
    for (const node of g.sample.slice(0, paths)) console.log(`  ${retainerPath(b, node)}`);
  }
}

function printCensus(
  title: string,
  before: Record<string, number>,
  after: Record<string, number>,
): void {
  console.log(`\n${title} after game ${gameA} → after game ${gameB} (changed only)`);
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const x = before[key] ?? 0;
    const y = after[key] ?? 0;
    if (x !== y) console.log(`  ${String(x).padStart(5)} → ${String(y).padEnd(5)} ${key}`);
  }
}

const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium');
const server = await preview({
  logLevel: 'error',
  build: { outDir: join(process.cwd(), 'dist') },
  preview: { port: 0, host: '127.0.0.1' },
});
const browser = await chromium.launch({
  executablePath,
  args: [...CHROMIUM_ARGS, ...(jsFlags ? [jsFlags] : [])],
});
// Sounds made and loaded, one game played (its first compilations), then games 1, 2, …
const { context, page } = await warmedGamePage(browser, server.resolvedUrls?.local[0] ?? '');
for (let game = 1; game <= gameA; game++) await studentGame(page);
const memoryA = await measureMemory(page);
const domA = await domCensus(page);
const heapA = await snapshot(page);
for (let game = gameA + 1; game <= gameB; game++) {
  await studentGame(page);
  const m = await measureMemory(page, false);
  console.log(
    `game ${game}: heap ${m.heapMB.toFixed(2)} MB, nodes ${m.nodes}, listeners ${m.listeners}`,
  );
}
const memoryB = await measureMemory(page);
const domB = await domCensus(page);
const heapB = await snapshot(page);
console.log(
  `after game ${gameA}: ${JSON.stringify(memoryA)}\nafter game ${gameB}: ${JSON.stringify(memoryB)}`,
);
printGrowth(heapA, heapB, gameB - gameA);
printCensus('Document elements', domA, domB);
printCensus(
  "The browser's objects (DOM nodes and others) reachable",
  Object.fromEntries(nativeCensus(heapA)),
  Object.fromEntries(nativeCensus(heapB)),
);
console.log(
  `\nDetached DOM nodes alive: ${heapA.detached} after game ${gameA}, ${heapB.detached} after game ${gameB}`,
);
await context.close();
await browser.close();
await server.close();
