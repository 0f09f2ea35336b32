// The scenarios shipped with the game, loaded and checked at build time by the
// same loader the game and the CLI use, and handed to the game as data
// (`virtual:standoff/bundled-scenarios`): the game's first load carries no
// YAML parser, which it needs only when a teacher opens a file of their own.
// A bundled file that does not load is handed over with its problems, and the
// game shows them, as it would for any file. While developing, editing a
// scenario file reloads the page with the new data.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadScenario } from '../src/scenario/load.ts';
import { en } from '../src/messages/en.ts';
import { scenarioHash } from '../src/scenario/hash.ts';
import type { Scenario } from '../src/scenario/schema.ts';
import type { Problem } from '../src/scenario/problem.ts';

const ID = 'virtual:standoff/bundled-scenarios';
const RESOLVED = `\0${ID}`;

/** Every scenarios/*.yaml, loaded: `{ file, scenario }`, or `{ file, problems }` when it does not load. */
export type BundledEntry =
  { file: string; scenario: Scenario } | { file: string; problems: Problem[] };

export function bundledScenarioData(dir: string): BundledEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file): BundledEntry => {
      const loaded = loadScenario(file, readFileSync(join(dir, file)), en);
      if (!loaded.ok) return { file, problems: loaded.problems };
      // The game hashes what it plays; data that went through JSON must hash as the file does.
      const copy: unknown = JSON.parse(JSON.stringify(loaded.scenario));
      if (scenarioHash(copy as typeof loaded.scenario) !== scenarioHash(loaded.scenario))
        throw new Error(`${file}: its data does not survive JSON unchanged`);
      return { file, scenario: loaded.scenario };
    });
}

export function bundledScenarios(dir = join(process.cwd(), 'scenarios')): Plugin {
  return {
    name: 'standoff-bundled-scenarios',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    // While developing, a scenario file added or removed reloads the game too (edits are watched below).
    configureServer(server) {
      const reload = (path: string) => {
        if (!path.startsWith(dir) || !path.endsWith('.yaml')) return;
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const f of readdirSync(dir)) if (f.endsWith('.yaml')) this.addWatchFile(join(dir, f));
      // A JSON string parsed once is smaller and faster for the browser than an object literal.
      return `export const BUNDLED_SCENARIOS = JSON.parse(${JSON.stringify(JSON.stringify(bundledScenarioData(dir)))});`;
    },
  };
}
