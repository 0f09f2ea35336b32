// `npm run scenario -- …`: runs the scenario command line from a prebuilt
// bundle (esbuild, in node_modules/.cache: our code and its libraries in one
// file), built here on the first run and again whenever a file under src/ or
// bots/ is newer than it, or the install is, so a teacher's `check` starts in
// a fraction of a second instead of compiling TypeScript each time
// (`tsx src/cli/main.ts …` still works while developing). `--build-only`
// builds it and exits (npm run build does).
//
// The bundle is compiled with a V8 code cache beside it: the bytecode of every
// function a check of the default scenario ran, written by one such check
// (output discarded) right after each build. Node compiles a 1.5 MB bundle and
// then each function the first time it runs; with the cache it does neither,
// which took a tenth of a check's second. A cache V8 rejects (another Node, a
// damaged file) costs that tenth once: a check in the background writes a new one.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'node_modules/.cache/standoff-cli/cli.cjs');
/**
 * The code cache of the bundle as it is now, named by its time and size: V8
 * checks a cache against its source's length only, so a cache must never meet
 * another build (a run reading the cache just before a rebuild and the bundle
 * just after would run the new source with the old bytecode).
 */
function codeCacheFile() {
  const { mtimeMs, size } = statSync(bundle);
  return `${bundle}.${Math.round(mtimeMs)}-${size}.cache`;
}
/** The check whose functions the code cache holds: the default scenario's, every part of it. */
const WARM_RUN = ['check', join(root, 'scenarios/2026-01-12-sheinbaum-trump-call.yaml')];
/** Asks this launcher (in a child) to write the code cache when its run ends. */
const WRITE_CACHE = '--write-code-cache';
/** One check run to its end by this launcher, which then leaves the code cache behind. */
const warmRun = [fileURLToPath(import.meta.url), WRITE_CACHE, ...WARM_RUN];

/** The newest modification time of a file under dir. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const stale = () =>
  !existsSync(bundle) ||
  statSync(bundle).mtimeMs <
    Math.max(
      // The CLI's sources: src/, and bots/ (the reference players `check` and `tournament` use).
      ...['src', 'bots'].map((dir) => newest(join(root, dir))),
      statSync(fileURLToPath(import.meta.url)).mtimeMs,
      // The libraries are in the bundle too: a new install rebuilds it.
      statSync(join(root, 'package-lock.json')).mtimeMs,
    );

/** Writes a file whole, then renames it: a run starting meanwhile never reads half a file. */
function writeWhole(path, contents) {
  const temporary = `${path}.${process.pid}`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

async function buildBundle() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    // CommonJS, so the launcher can compile it as a script with a code cache (ES modules
    // take none on Node 20). `import.meta.url` is the bundle's own file URL.
    format: 'cjs',
    target: 'node20',
    // tsx loads a player's TypeScript bot (src/cli/tournament-command.ts): from node_modules, when asked.
    external: ['tsx'],
    define: { 'import.meta.url': '__standoffUrl' },
    banner: { js: "const __standoffUrl = require('node:url').pathToFileURL(__filename).href;" },
    write: false,
    logLevel: 'warning',
  });
  const folder = dirname(bundle);
  if (existsSync(folder))
    for (const name of readdirSync(folder))
      if (name.endsWith('.cache')) rmSync(join(folder, name), { force: true });
  writeWhole(bundle, result.outputFiles[0].contents);
  spawnSync(process.execPath, warmRun, { stdio: 'ignore' });
}

/** Loads the bundle (with the code cache when there is one) and runs the command line. */
function runBundle(argv) {
  const codeCache = codeCacheFile();
  const cached = existsSync(codeCache) ? readFileSync(codeCache) : undefined;
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    {
      filename: bundle,
      ...(cached ? { cachedData: cached } : {}),
    },
  );
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  if (argv.includes(WRITE_CACHE))
    process.once('exit', () => {
      try {
        writeWhole(codeCache, script.createCachedData());
      } catch {
        // No cache (a read-only install): every run compiles, as without one.
      }
    });
  else if (cached && script.cachedDataRejected) {
    rmSync(codeCache, { force: true });
    spawn(process.execPath, warmRun, { detached: true, stdio: 'ignore' }).unref();
  }
  // A player's bot file (`tournament --player bot.mjs`) is imported with this
  // module's import(): the bundle's own has no loader once its code comes from the
  // cache (Node 20 keeps no dynamic-import host for a script read from a cache).
  module.exports.run(
    argv.filter((a) => a !== WRITE_CACHE),
    (specifier) => import(specifier),
  );
}

if (stale()) await buildBundle();
if (!process.argv.includes('--build-only')) runBundle(process.argv.slice(2));
