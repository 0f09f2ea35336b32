// `npm run scenario -- …`: runs the scenario command line from a prebuilt
// bundle (esbuild, in node_modules/.cache: our code and its libraries in one
// file), built here on the first run and again whenever a file under src/ or
// bots/ is newer than it, or the install is, so a teacher's `check` starts in
// a fraction of a second instead of compiling TypeScript each time
// (`tsx src/cli/main.ts …` still works while developing). `--build-only`
// builds it and exits (npm run build does).
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'node_modules/.cache/standoff-cli/cli.mjs');

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

if (stale()) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The libraries too (zod, yaml, xstate): one file loads faster than their hundreds of
    // modules. Their CommonJS parts ask for `require`, which an ES module lacks.
    banner: {
      js: "import { createRequire as __standoffRequire } from 'node:module'; const require = __standoffRequire(import.meta.url);",
    },
    outfile: bundle,
    write: false,
    logLevel: 'warning',
  });
  // Written whole, then renamed: a second run starting meanwhile never reads half a file.
  const temporary = `${bundle}.${process.pid}`;
  mkdirSync(dirname(bundle), { recursive: true });
  writeFileSync(temporary, result.outputFiles[0].contents);
  renameSync(temporary, bundle);
}
if (!process.argv.includes('--build-only')) {
  const { run } = await import(pathToFileURL(bundle).href);
  run(process.argv.slice(2));
}
