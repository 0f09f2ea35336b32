// The loader on the hostile corpus (bench/hostile-corpus.ts): the time to load
// and check each file, as a ratio to loading the bundled scenario in the same
// run (the machine is shared and noisy), per file and per byte, and to
// JSON.parse of a text of the same size (the floor any reader of that many
// bytes sets). A per-byte ratio near 1 means the file costs what its size
// says: no path grows faster.
import { loadScenario } from '../src/scenario/load.ts';
import { hostileCorpus } from './hostile-corpus.ts';
import { en } from '../src/messages/en.ts';
import { median } from './median.ts';

export interface HostileFigure {
  name: string;
  kilobytes: number;
  ms: number;
  /** Its time over the bundled scenario's. */
  ratio: number;
  /** Its time per byte over the bundled scenario's time per byte. */
  perByteRatio: number;
  /** JSON.parse of a text of the same size, in the same rounds. */
  jsonMs: number;
  /** Its time over that. */
  jsonRatio: number;
  problems: number;
}

export interface HostileFigures {
  baselineMs: number;
  baselineKilobytes: number;
  files: HostileFigure[];
}

function timeLoad(name: string, text: string): { ms: number; problems: number } {
  const start = performance.now();
  const result = loadScenario(name, text, en);
  const ms = performance.now() - start;
  return { ms, problems: result.ok ? result.warnings.length : result.problems.length };
}

/** JSON.parse of the file's lines as a JSON array: a text of about the same size, read by the fastest reader there is. */
function timeJson(text: string): number {
  const json = JSON.stringify(text.split('\n'));
  const start = performance.now();
  JSON.parse(json);
  return performance.now() - start;
}

/** Each file is timed `rounds` times, each time next to a load of the bundled scenario; medians. */
export function benchHostile(baseText: string, rounds = 3): HostileFigures {
  for (let i = 0; i < 5; i++) timeLoad('warm.yaml', baseText);
  const baseTimes: number[] = [];
  const files = hostileCorpus(baseText).map((file) => {
    const times: number[] = [];
    const jsonTimes: number[] = [];
    let problems = 0;
    for (let r = 0; r < rounds; r++) {
      baseTimes.push(timeLoad('base.yaml', baseText).ms);
      jsonTimes.push(timeJson(file.text));
      const run = timeLoad(file.name, file.text);
      times.push(run.ms);
      problems = run.problems;
    }
    const ms = median(times);
    const jsonMs = median(jsonTimes);
    return {
      name: file.name,
      kilobytes: file.text.length / 1000,
      ms,
      jsonMs,
      jsonRatio: ms / Math.max(jsonMs, 0.01),
      problems,
    };
  });
  const baselineMs = median(baseTimes);
  const baselineKilobytes = baseText.length / 1000;
  return {
    baselineMs,
    baselineKilobytes,
    files: files
      .map((f) => ({
        ...f,
        ratio: f.ms / baselineMs,
        perByteRatio: f.ms / f.kilobytes / (baselineMs / baselineKilobytes),
      }))
      .sort((a, b) => b.ms - a.ms),
  };
}

/** Where the loader ran, and the time each file must stay under there (issue 13). */
export interface HostileTarget {
  where: string;
  targetMs: number;
}

export const IN_NODE: HostileTarget = { where: 'Node (the CLI)', targetMs: 2000 };
export const IN_CHROMIUM: HostileTarget = {
  where: 'Chromium (the editor and game pages)',
  targetMs: 1000,
};

/**
 * The same benchmark in headless Chromium: this module bundled and minified
 * for the browser (as Vite bundles the loader for the editor's worker and the
 * game tab) and run in a blank page. Null when there is no Chromium here.
 */
export async function benchHostileBrowser(
  baseText: string,
  rounds = 3,
): Promise<HostileFigures | null> {
  // Imported here, not above: the page's bundle is this module, and these are Node's.
  const { CHROMIUM_ARGS, findChromium } = await import('../scripts/chromium.ts');
  const executablePath = findChromium();
  if (!executablePath) return null;
  const { build } = await import('esbuild');
  const { fileURLToPath } = await import('node:url');
  const { chromium } = await import('playwright-core');
  const bundle = await build({
    stdin: {
      contents: `import { benchHostile } from './hostile.ts'; globalThis.benchHostile = benchHostile;`,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'error',
    external: ['node:*', 'esbuild', 'playwright-core', '../scripts/chromium.ts'],
  });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    return await page.evaluate(
      ([text, n]) =>
        (globalThis as unknown as { benchHostile: typeof benchHostile }).benchHostile(text, n),
      [baseText, rounds] as const,
    );
  } finally {
    await browser.close();
  }
}

/** The figures as lines for `npm run bench`: the worst files first. */
export function hostileReport(
  figures: HostileFigures,
  worst = 6,
  target: HostileTarget = IN_NODE,
): string[] {
  const pad = (s: string, n: number) => s.padStart(n);
  return [
    `Hostile scenario files in ${target.where}: load and check, the worst ${worst} of ${figures.files.length}, median of rounds`,
    `  bundled scenario       ${pad(`${Math.round(figures.baselineMs)} ms`, 9)}  (${figures.baselineKilobytes.toFixed(0)} KB, the baseline)`,
    ...figures.files
      .slice(0, worst)
      .map(
        (f) =>
          `  ${f.name.padEnd(24)}${pad(`${Math.round(f.ms)} ms`, 9)}  ${pad(f.ratio.toFixed(1), 6)}× the baseline  ${pad(f.perByteRatio.toFixed(2), 5)}× a byte of it  ${pad(f.jsonRatio.toFixed(0), 4)}× JSON.parse of its size (${f.jsonMs.toFixed(1)} ms)  (${f.kilobytes.toFixed(0)} KB, ${f.problems} problems shown)`,
      ),
    `  verdict: ${figures.files.every((f) => f.ms < target.targetMs) ? 'meets' : 'MISSES'} the ${target.targetMs / 1000} s target in ${target.where} on this machine now; worst ${Math.max(...figures.files.map((f) => f.ratio)).toFixed(1)}× the bundled scenario's time, ${Math.max(...figures.files.map((f) => f.perByteRatio)).toFixed(1)}× a byte of it`,
  ];
}
