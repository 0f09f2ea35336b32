// For the tests of several server processes: Debian's redis-server and
// `server/main.ts` processes, each on a free loopback port, started by the
// test and ended by it (by their own process ids).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface Spawned {
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts a process and resolves once a line of its output passes `ready`. */
function spawnUntil(
  command: string,
  args: string[],
  port: number,
  ready: (line: string) => boolean,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Spawned> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split('\n').some(ready)) resolve({ port, child, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      // After it was ready, a death not asked for is said (with its last words), not silent.
      if (signal !== 'SIGKILL' && code !== 0)
        console.error(`${command} exited (${code ?? signal}): ${output.slice(-2000)}`);
      reject(new Error(`${command} exited (${code}): ${output.slice(-2000)}`));
    });
  });
}

export async function startRedis(): Promise<Spawned> {
  const port = await freePort();
  return spawnUntil(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    port,
    (line) => line.includes('Ready to accept connections'),
  );
}

const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));
const BUNDLE = fileURLToPath(
  new URL('../../node_modules/.cache/standoff-test/server.mjs', import.meta.url),
);

/** The server as one file for plain Node (its libraries left in node_modules): starts in a fraction of tsx's time. */
export async function bundleServer(): Promise<void> {
  await build({
    entryPoints: [MAIN],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: BUNDLE,
    logLevel: 'warning',
  });
}

/** A server process (from bundleServer's file) sharing rooms and calls through the Redis at `redisPort`. */
export async function startServerProcess(redisPort: number): Promise<Spawned> {
  const port = await freePort();
  return spawnUntil(
    process.execPath,
    [
      BUNDLE,
      '--port',
      String(port),
      '--redis',
      `redis://127.0.0.1:${redisPort}`,
      '--public-address',
      `127.0.0.1:${port}`,
      '--think-ms',
      '0',
      '--scenarios',
      fileURLToPath(new URL('../../scenarios', import.meta.url)),
    ],
    port,
    (line) => line.includes('listening on'),
    // A dead process's rooms are noticed after this long without an answer (2 s by default).
    { ...process.env, COLYSEUS_PRESENCE_SHORT_TIMEOUT: '500' },
  );
}

/** A server process alone (memory store), as the bench runs it (`args` after the usual ones, `nodeArgs` to node). */
export async function startPlainServerProcess(
  args: string[] = [],
  nodeArgs: string[] = [],
): Promise<Spawned> {
  const port = await freePort();
  return spawnUntil(
    process.execPath,
    [
      ...nodeArgs,
      BUNDLE,
      '--port',
      String(port),
      '--think-ms',
      '0',
      '--scenarios',
      fileURLToPath(new URL('../../scenarios', import.meta.url)),
      ...args,
    ],
    port,
    (line) => line.includes('listening on'),
  );
}
