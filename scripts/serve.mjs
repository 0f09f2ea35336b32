// A static web server for the built game that needs nothing installed but
// Node: `npm run package` copies it into the teacher's zip, where
// `npm run preview` starts it. It serves one folder on this computer only
// (127.0.0.1), from the site's root or a subfolder path (--base), with the
// Content-Security-Policy the pages carry in their <meta> tag also sent as a
// header, and never a file outside that folder. It must stay one file with no
// dependencies: the zip has no node_modules.
//
//   node serve.mjs [--base /school/class-3b/standoff/] [FOLDER]
//
// FOLDER defaults to standoff/ beside this file; the port is PORT, or 4173
// (the next free one if that is taken), or any free one with PORT=0.
import console from 'node:console';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { parseArgs } from 'node:util';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 4173;

/** The types of every file the build writes, and a few more a teacher might add. */
const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The policy in the site's own index.html, so the header can never differ from the pages. */
async function policyOf(root) {
  try {
    const html = await readFile(join(root, 'index.html'), 'utf8');
    return /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/i.exec(html)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** `/a/b` → `/a/b/`: the site's pages use relative paths, which need the trailing slash. */
function normaliseBase(base) {
  return `/${base}/`.replace(/\/{2,}/g, '/');
}

/**
 * The file a request asks for, or why not: `{ file }`, `{ redirect }` or `{ status }`.
 * Refuses any path that would leave the folder, however it is encoded.
 */
function route(root, base, requestUrl) {
  let path;
  try {
    path = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return { status: 400 };
  }
  if (path === '/' && base !== '/') return { redirect: base };
  if (`${path}/` === base) return { redirect: base };
  if (!path.startsWith(base)) return { status: 404 };
  const rest = path.slice(base.length);
  if (rest.includes('\0') || rest.split(/[\\/]/).includes('..')) return { status: 403 };
  const file = resolve(root, rest || '.');
  if (file !== root && !file.startsWith(root + sep)) return { status: 403 };
  return { file, directory: rest === '' || rest.endsWith('/') };
}

const REASONS = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found', 405: 'Not allowed' };

/**
 * Starts the server; resolves with its address once it listens.
 * @param {{ root: string, base?: string, port?: number, policy?: string | null, tryNextPorts?: boolean }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(options) {
  const root = resolve(options.root);
  const base = normaliseBase(options.base ?? '/');
  const policy = options.policy === undefined ? await policyOf(root) : options.policy;
  const common = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
  if (policy) common['Content-Security-Policy'] = policy;

  const server = createServer(async (request, response) => {
    const fail = (status, headers = {}) => {
      response.writeHead(status, {
        ...common,
        'Content-Type': 'text/plain; charset=utf-8',
        ...headers,
      });
      response.end(request.method === 'HEAD' ? undefined : `${REASONS[status] ?? 'Error'}\n`);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return fail(405, { Allow: 'GET, HEAD' });
    const found = route(root, base, request.url ?? '/');
    if (found.redirect) {
      response.writeHead(301, { ...common, Location: found.redirect });
      return response.end();
    }
    if (found.status) return fail(found.status);
    let file = found.file;
    try {
      if ((await stat(file)).isDirectory()) {
        if (!found.directory) {
          const url = new URL(request.url ?? '/', 'http://localhost');
          response.writeHead(301, { ...common, Location: `${url.pathname}/${url.search}` });
          return response.end();
        }
        file = join(file, 'index.html');
      }
      const body = await readFile(file);
      response.writeHead(200, {
        ...common,
        'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      fail(404);
    }
  });

  let port = options.port ?? DEFAULT_PORT;
  for (let attempt = 0; ; attempt++) {
    try {
      await new Promise((done, failed) => {
        server.once('error', failed);
        server.listen(port, HOST, () => {
          server.off('error', failed);
          done();
        });
      });
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || !options.tryNextPorts || attempt >= 20) throw error;
      port++;
    }
  }
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${HOST}:${actualPort}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

async function main() {
  const { values, positionals } = parseArgs({
    options: { base: { type: 'string', default: '/' } },
    allowPositionals: true,
  });
  const here = dirname(fileURLToPath(import.meta.url));
  const root = resolve(positionals[0] ?? join(here, 'standoff'));
  try {
    if (!(await stat(join(root, 'index.html'))).isFile()) throw new Error();
  } catch {
    console.error(`There is no game in ${root} (no index.html there).`);
    process.exit(1);
  }
  const fromEnv = process.env.PORT;
  const port = fromEnv === undefined || fromEnv === '' ? DEFAULT_PORT : Number(fromEnv);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a number from 0 to 65535, not "${fromEnv}".`);
    process.exit(1);
  }
  try {
    const { url } = await serve({ root, base: values.base, port, tryNextPorts: !fromEnv });
    console.log(`Standoff is running at ${url}`);
    console.log('Open that address in a web browser on this computer. Press Ctrl+C to stop.');
  } catch (error) {
    console.error(`Could not start the server on port ${port}: ${error.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
