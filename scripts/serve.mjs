// A static web server for the built game that needs nothing installed but
// Node: `npm run package` bundles it (with sirv, the static file server it
// hands files to) into the teacher's zip as one file, where `npm run preview`
// starts it. It serves one folder on this computer only (127.0.0.1), from the
// site's root or a subfolder path (--base), and is meant to be safe to leave
// running in a school:
// - never a file outside that folder, however the path is encoded and
//   wherever a symlink in it points (the real path must lie inside);
// - only for its own host names (localhost, 127.0.0.1, [::1], and those given
//   with --host): a page elsewhere that rebinds its DNS name to this computer
//   gets 403, not the game;
// - files streamed (sirv), a cap on open connections, timeouts for slow
//   headers, slow requests and idle connections;
// - a path that names a file as if it were a folder (/index.html/) is 404;
// - every answer carries the pages' Content-Security-Policy plus
//   frame-ancestors 'none' (which a <meta> tag cannot carry), X-Frame-Options,
//   nosniff and Referrer-Policy.
//
//   node serve.mjs [--base /school/class-3b/standoff/] [--host NAME] [FOLDER]
//
// FOLDER defaults to standoff/ beside this file; the port is PORT, or 4173
// (the next free one if that is taken), or any free one with PORT=0.
import console from 'node:console';
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const LISTEN = '127.0.0.1';
const DEFAULT_PORT = 4173;
/** The names this computer answers to on loopback; --host adds one (e.g. a name in the hosts file). */
const OWN_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** Defaults for a classroom: a browser opens at most 6 connections per page, a few pages at once. */
const LIMITS = {
  maxConnections: 128,
  /** Time to send a request's headers. */
  headersTimeout: 10_000,
  /** Time to send a whole request. */
  requestTimeout: 30_000,
  /** A connection with nothing happening is closed. */
  idleTimeout: 30_000,
  keepAliveTimeout: 5_000,
};

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

const FRAME_ANCESTORS = "frame-ancestors 'none'";

/** The policy in the site's own index.html, so the header can never differ from the pages. */
async function policyOf(root) {
  try {
    const html = await readFile(join(root, 'index.html'), 'utf8');
    return /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/i.exec(html)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The pages' policy as a header: with frame-ancestors, which only a header can carry. */
function headerPolicy(policy) {
  if (!policy) return FRAME_ANCESTORS;
  return /(^|;)\s*frame-ancestors\s/.test(policy) ? policy : `${policy}; ${FRAME_ANCESTORS}`;
}

/** `/a/b` → `/a/b/`: the site's pages use relative paths, which need the trailing slash. */
function normaliseBase(base) {
  return `/${base}/`.replace(/\/{2,}/g, '/');
}

/** The host name of a Host header ("localhost:4173" → "localhost", "[::1]:80" → "[::1]"), lower case. */
function hostName(header) {
  if (typeof header !== 'string') return '';
  const name = header.startsWith('[')
    ? header.slice(0, header.indexOf(']') + 1)
    : header.split(':')[0];
  return (name ?? '').toLowerCase();
}

const inside = (root, file) => file === root || file.startsWith(root + sep);

/** The path asked for under `base`, or the answer when it is no such path: `{ url, rest }`, `{ redirect }` or `{ status }`. */
function askedPath(base, requestUrl) {
  let path;
  let url;
  try {
    url = new URL(requestUrl, 'http://localhost');
    path = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400 };
  }
  if (path === '/' && base !== '/') return { redirect: base };
  if (`${path}/` === base) return { redirect: base };
  if (!path.startsWith(base)) return { status: 404 };
  const rest = path.slice(base.length);
  if (rest.includes('\0') || rest.includes('\\') || rest.split('/').includes('..'))
    return { status: 403 };
  return { url, rest };
}

/**
 * Where a request leads: `{ file }` (a real path inside the folder),
 * `{ redirect }` or `{ status }`. Refuses any path that leaves the folder,
 * however it is encoded, and any that a symlink leads out of.
 */
async function route(root, base, requestUrl) {
  const asked = askedPath(base, requestUrl);
  if (!('rest' in asked)) return asked;
  const { url, rest } = asked;
  const asFolder = rest === '' || rest.endsWith('/');
  let real;
  try {
    real = await realpath(resolve(root, rest || '.'));
  } catch {
    return { status: 404 };
  }
  if (!inside(root, real)) return { status: 403 };
  const kind = await stat(real);
  if (kind.isDirectory())
    return asFolder ? folderIndex(root, real) : { redirect: `${url.pathname}/${url.search}` };
  // /index.html/ names a file as a folder: a page there would load its files from the wrong place.
  if (asFolder || !kind.isFile()) return { status: 404 };
  return { file: real };
}

/** A folder's index.html, checked as any file is. */
async function folderIndex(root, folder) {
  let real;
  try {
    real = await realpath(join(folder, 'index.html'));
  } catch {
    return { status: 404 };
  }
  if (!inside(root, real)) return { status: 403 };
  if (!(await stat(real)).isFile()) return { status: 404 };
  return { file: real };
}

const REASONS = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found', 405: 'Not allowed' };

/**
 * Starts the server; resolves with its address once it listens.
 * @param {{ root: string, base?: string, port?: number, policy?: string | null, tryNextPorts?: boolean,
 *   hosts?: string[], limits?: Partial<typeof LIMITS> }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(options) {
  const root = await realpath(resolve(options.root));
  const base = normaliseBase(options.base ?? '/');
  const limits = { ...LIMITS, ...options.limits };
  const hosts = new Set([...OWN_HOSTS, ...(options.hosts ?? []).map((h) => h.toLowerCase())]);
  const policy = headerPolicy(options.policy === undefined ? await policyOf(root) : options.policy);
  const common = {
    'Content-Security-Policy': policy,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
  const files = fileServer(root);

  const server = createServer(
    {
      headersTimeout: limits.headersTimeout,
      requestTimeout: limits.requestTimeout,
      keepAliveTimeout: limits.keepAliveTimeout,
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeout),
    },
    (request, response) => {
      for (const [name, value] of Object.entries(common)) response.setHeader(name, value);
      const fail = (status, headers = {}) => {
        response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
        response.end(request.method === 'HEAD' ? undefined : `${REASONS[status] ?? 'Error'}\n`);
      };
      if (!hosts.has(hostName(request.headers.host))) return fail(403);
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return fail(405, { Allow: 'GET, HEAD' });
      route(root, base, request.url ?? '/').then(
        (found) => {
          if (found.redirect) {
            response.writeHead(301, { Location: found.redirect });
            return response.end();
          }
          if (found.status) return fail(found.status);
          // sirv streams the file: the path handed to it is the checked real one, relative to the folder.
          request.url = `/${relative(root, found.file).split(sep).map(encodeURIComponent).join('/')}`;
          // A client gone before the end: close the file too (a piped stream is only unpiped, its file left open).
          response.once('pipe', (source) => response.once('close', () => source.destroy()));
          files(request, response, () => fail(404));
        },
        () => fail(404),
      );
    },
  );
  server.maxConnections = limits.maxConnections;
  // A connection idle this long is closed (no 'timeout' listener: Node destroys the socket).
  server.timeout = limits.idleTimeout;

  const port = await listen(server, options.port ?? DEFAULT_PORT, options.tryNextPorts);
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${LISTEN}:${actualPort}${base}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** sirv, looking each file up when asked, with each file's type. */
function fileServer(root) {
  // dev: look each file up when asked (no scan of the folder at start, which would follow symlinks out).
  return sirv(root, {
    dev: true,
    etag: true,
    extensions: [],
    setHeaders: (response, pathname) =>
      response.setHeader(
        'Content-Type',
        MIME_TYPES[extname(pathname).toLowerCase()] ?? 'application/octet-stream',
      ),
  });
}

/**
 * Listens on `port`, or the next free one (up to 20 on) when `tryNextPorts`; resolves with the port tried last.
 * @param {import('node:http').Server} server
 * @param {number} port
 * @param {boolean | undefined} tryNextPorts
 */
async function listen(server, port, tryNextPorts) {
  for (let attempt = 0; ; attempt++) {
    try {
      await new Promise((done, failed) => {
        server.once('error', failed);
        server.listen(port, LISTEN, () => {
          server.off('error', failed);
          done();
        });
      });
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || !tryNextPorts || attempt >= 20) throw error;
      port++;
    }
  }
  return port;
}

async function main() {
  const { values, positionals } = parseArgs({
    options: {
      base: { type: 'string', default: '/' },
      host: { type: 'string', multiple: true, default: [] },
    },
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
    const { url } = await serve({
      root,
      base: values.base,
      port,
      hosts: values.host,
      tryNextPorts: !fromEnv,
    });
    console.log(`Standoff is running at ${url}`);
    console.log('Open that address in a web browser on this computer. Press Ctrl+C to stop.');
  } catch (error) {
    console.error(`Could not start the server on port ${port}: ${error.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
