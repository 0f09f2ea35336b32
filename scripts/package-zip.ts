// Builds the game and packs it for a teacher (npm run package [-- --out DIR]):
// standoff-<version>.zip holds the built site under standoff/, the server
// scripts/serve.mjs bundled by esbuild with the static server it uses (sirv)
// into one file, and a package.json whose `preview` script starts it, and a
// README.txt and docs/privacy.md. Unzipped anywhere, `npm run preview` serves the game on this
// computer with no `npm install` and nothing downloaded. The standoff/ folder
// alone also runs from any static web host, in any subfolder. The live-class
// server (server/, issue 16) comes too: live-server.mjs, bundled by esbuild with
// every library it uses (Colyseus, ioredis…), and the scenarios/ it offers;
// `npm run live` starts it, serving standoff/ beside the live pages.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSync } from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';

const REPO = fileURLToPath(new URL('..', import.meta.url));

const README = (version: string) => `Standoff ${version}, a classroom negotiation game

To play on this computer
  1. Install Node.js 20 or newer (https://nodejs.org) if it is not there.
  2. Open a terminal in this folder and run:   npm run preview
  3. Open the address it prints (http://127.0.0.1:4173/) in a web browser.
  Nothing needs installing with npm, and nothing is downloaded. Ctrl+C stops it.
  Another port: PORT=8080 npm run preview (on Windows: set PORT=8080 first).

To put it on the school's web server
  Copy the standoff/ folder to the server, into any folder or subfolder,
  and open its index.html address. It needs no server-side code.

To run a live class (students on their own devices)
  npm run live        starts the live-class server on this computer only;
  npm run live -- --host 0.0.0.0   lets the class's devices reach it.
  The teacher opens http://THIS-COMPUTER:2567/live.html, students join.html.
  Options (--port, --redis, --keep-hours…) and running it for a school: README.md
  of the source, section "A live class on many devices". What it stores: privacy.md.

Pages: index.html (the game), editor.html (write a scenario),
debrief.html (a student's handed-in result), class.html (the class's results).
What the game stores, and that it sends nothing anywhere: privacy.md.
`;

/** Builds the site for production into `outDir`, without source maps (a teacher's copy needs none). */
async function buildSite(outDir: string): Promise<void> {
  // Vitest and some shells set NODE_ENV to something else, which would make Vite build for development.
  process.env.NODE_ENV = 'production';
  await build({
    root: REPO,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
}

/** scripts/serve.mjs and sirv (with its few small modules) as one file: the zip has no node_modules. */
export function bundleServer(): Uint8Array {
  const licences = ['sirv', '@polka/url', 'mrmime', 'totalist']
    .map((name) => {
      const manifest = JSON.parse(
        readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8'),
      ) as { version: string; license: string };
      return `${name} ${manifest.version} (${manifest.license} licence)`;
    })
    .join(', ');
  const { outputFiles } = buildSync({
    entryPoints: [join(REPO, 'scripts', 'serve.mjs')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    banner: { js: `// Standoff's server, bundled with ${licences}, by Luke Edwards.` },
  });
  const [file] = outputFiles;
  if (!file) throw new Error('esbuild wrote no server');
  return file.contents;
}

/** The live-class server (server/main.ts) with all its libraries as one file, for plain `node`. */
export function bundleLiveServer(): Uint8Array {
  const { outputFiles } = buildSync({
    entryPoints: [join(REPO, 'server', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    // ws's optional native speed-ups: it runs without them.
    external: ['bufferutil', 'utf-8-validate'],
    // The CommonJS libraries inside (ioredis, ws…) call require(): give the ES module one.
    banner: {
      js: "import { createRequire as standoffRequire } from 'node:module'; const require = standoffRequire(import.meta.url);",
    },
  });
  const [file] = outputFiles;
  if (!file) throw new Error('esbuild wrote no live-class server');
  return file.contents;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The zip's entries: the site under standoff/, the server, its package.json, a README, the privacy notes. */
function zipSite(siteDir: string, version: string): Uint8Array {
  const entries: Zippable = {};
  for (const file of filesUnder(siteDir))
    entries[`standoff/${relative(siteDir, file).split(sep).join('/')}`] = readFileSync(file);
  const manifest = {
    name: 'standoff-classroom',
    version,
    private: true,
    description: 'Standoff, ready to play: `npm run preview` serves it on this computer.',
    type: 'module',
    engines: { node: '>=20' },
    scripts: {
      preview: 'node serve.mjs',
      start: 'node serve.mjs',
      live: 'node live-server.mjs --site standoff --scenarios scenarios',
    },
  };
  const text = (s: string) => new TextEncoder().encode(s);
  entries['serve.mjs'] = bundleServer();
  entries['live-server.mjs'] = bundleLiveServer();
  for (const file of readdirSync(join(REPO, 'scenarios')).filter((f) => f.endsWith('.yaml')))
    entries[`scenarios/${file}`] = readFileSync(join(REPO, 'scenarios', file));
  entries['package.json'] = text(`${JSON.stringify(manifest, null, 2)}\n`);
  entries['README.txt'] = text(README(version));
  entries['privacy.md'] = readFileSync(join(REPO, 'docs', 'privacy.md'));
  return zipSync(entries, { level: 9 });
}

/** Builds and writes standoff-<version>.zip into `outDir`; returns its path. */
async function packageGame(outDir = REPO): Promise<string> {
  const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
    version: string;
  };
  const siteDir = mkdtempSync(join(tmpdir(), 'standoff-package-'));
  try {
    await buildSite(siteDir);
    const zip = zipSite(siteDir, version);
    const file = resolve(outDir, `standoff-${version}.zip`);
    writeFileSync(file, zip);
    return file;
  } finally {
    rmSync(siteDir, { recursive: true, force: true });
  }
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isEntry) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const file = await packageGame(values.out);
  const size = readFileSync(file).length;
  console.log(`wrote ${file} (${(size / 1024 / 1024).toFixed(1)} MB)`);
}
