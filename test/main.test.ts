// The JavaScript before the title screen (issue 15: no more than a bare Phaser
// page's): what src/main.ts reaches through static imports is loaded before
// the title; everything else comes with import() once the title is usable
// (src/after-title.ts). This test fails, naming the chain of imports, when a
// heavy module comes back into the title's part.
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoPath } from './helpers.ts';

/** Kept out of the title's JavaScript, and why. */
const AFTER_TITLE: Record<string, string> = {
  'node_modules/howler/': 'the sounds play after the title',
  'node_modules/qrcode-generator/': "the hand-in dialog's QR code",
  'node_modules/yaml/': "only a teacher's own file is parsed",
  'node_modules/zod/':
    "the schema checks a file, a saved game or a link's copy, all after the title",
  'node_modules/xstate/': "the store's session part is connected after the title",
  'src/session/session-machine.ts': "the store's session part is connected after the title",
  'src/store/session-port.ts': "the store's session part is connected after the title",
  'src/negotiation/agent/': 'the computer player plays after the title',
  'src/negotiation/result.ts': 'a result is handed in after a call',
  'scenes/briefing-scene.ts': 'a later screen',
  'scenes/call-scene.ts': 'a later screen',
  'scenes/ending-scene.ts': 'a later screen',
  'src/store/autosave.ts': 'saved games are read after the title',
  'src/ui/hand-in-dialog.ts': 'a dialog of the ending screen',
  'src/ui/class-link.ts': "a teacher's link, fetched only when the address carries one",
};

/** Every module src/main.ts reaches by static imports, each with the chain that reaches it. */
async function titleModules(): Promise<Map<string, string[]>> {
  const result = await build({
    entryPoints: [repoPath('src/main.ts')],
    absWorkingDir: repoPath('.'),
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    splitting: true,
    outdir: 'out',
    external: ['phaser', 'virtual:*', '*.css'],
    logLevel: 'silent',
  });
  const inputs: Metafile['inputs'] = result.metafile.inputs;
  const chains = new Map<string, string[]>([['src/main.ts', ['src/main.ts']]]);
  const queue = ['src/main.ts'];
  for (let file = queue.shift(); file !== undefined; file = queue.shift())
    for (const imported of inputs[file]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || chains.has(imported.path)) continue;
      chains.set(imported.path, [...(chains.get(file) ?? []), imported.path]);
      queue.push(imported.path);
    }
  return chains;
}

describe('the JavaScript before the title screen', () => {
  it('holds none of what the page loads after the title', async () => {
    const modules = await titleModules();
    expect(modules.has('src/store/store-shell.ts')).toBe(true);
    const found = Object.entries(AFTER_TITLE).flatMap(([heavy, why]) => {
      const chain = [...modules].find(([file]) => file.includes(heavy))?.[1];
      return chain ? [`${chain.join(' → ')} (${why})`] : [];
    });
    expect(found, 'load these with import() after the title (src/after-title.ts)').toEqual([]);
  });
});
