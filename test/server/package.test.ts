// The live-class server as `npm run package` ships it: one file bundled by
// esbuild, run by plain `node` from a folder with no node_modules, offering
// the scenarios beside it, and a class opens on it.
import { mkdtempSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Client } from 'colyseus.js';
import { bundleLiveServer } from '../../scripts/package-zip.ts';
import { CLASS_ROOM, MSG, type Dashboard } from '../../src/net/protocol.ts';
import { TEACHER, inbox } from './helpers.ts';

const folder = mkdtempSync(join(tmpdir(), 'standoff-live-package-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the packaged live-class server', () => {
  it('runs with node alone, no npm install, and opens a class', async () => {
    writeFileSync(join(folder, 'live-server.mjs'), bundleLiveServer());
    cpSync(fileURLToPath(new URL('../../scenarios', import.meta.url)), join(folder, 'scenarios'), {
      recursive: true,
    });
    const child = spawn(
      process.execPath,
      ['live-server.mjs', '--port', '0', '--scenarios', 'scenarios', '--site', 'standoff'],
      { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let output = '';
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          const found = /listening on [\d.]+:(\d+)/.exec(output);
          if (found) resolve(Number(found[1]));
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
      });
      const teacher = await new Client(`http://127.0.0.1:${port}`).create(CLASS_ROOM, TEACHER);
      const dashboard = await inbox(teacher).next<Dashboard>(MSG.dashboard);
      expect(dashboard.code).toBe(teacher.roomId);
      expect(dashboard.scenario).toMatch(/12 January/);
      await teacher.leave();
    } finally {
      child.kill('SIGKILL');
    }
  });
});
