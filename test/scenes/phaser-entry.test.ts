// The game is built against its own Phaser (src/phaser/entry.js), which leaves
// out every module the scenes do not use. Phaser skips a missing scene plugin
// silently (this.tweens is then undefined at run time), so this test reads the
// scenes and the entry, and fails, naming the file and the fix, when code uses
// a game object factory, a scene plugin or a Phaser.<Namespace> the entry leaves out,
// or a tint mode its texture shader leaves out.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASER_FLAGS } from '../../scripts/phaser-entry-plugin.ts';
import { repoPath } from '../helpers.ts';

const ENTRY = 'src/phaser/entry.js';

/** Scene plugins by the property a scene reads, and the Phaser module that registers each. */
const PLUGINS: Record<string, string> = {
  add: 'gameobjects/GameObjectFactory.js',
  make: 'gameobjects/GameObjectCreator.js',
  cameras: 'cameras/2d/CameraManager.js',
  events: 'events/EventEmitter.js',
  children: 'gameobjects/DisplayList.js',
  time: 'time/Clock.js',
  tweens: 'tweens/TweenManager.js',
  input: 'input/InputPlugin.js',
  'input.keyboard': 'input/keyboard/KeyboardPlugin.js',
  'input.gamepad': 'input/gamepad/GamepadPlugin.js',
  load: 'loader/LoaderPlugin.js',
  data: 'data/DataManagerPlugin.js',
  lights: 'gameobjects/lights/LightsPlugin.js',
  physics: 'physics/arcade/ArcadePhysics.js',
  matter: 'physics/matter-js/MatterPhysics.js',
};

interface Provided {
  imports: string[];
  factories: Set<string>;
  creators: Set<string>;
  /** Phaser.<Name> → its members the entry gives (null: the whole of Phaser's namespace). */
  namespaces: Map<string, Set<string> | null>;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function provided(entry: string): Provided {
  const imports = [...entry.matchAll(/^import (?:\w+ from )?'phaser-src\/([^']+)'/gm)].map(
    (m) => m[1] ?? '',
  );
  const named = (suffix: string) =>
    new Set(
      imports
        .map((p) => p.match(new RegExp(`/(\\w+)${suffix}\\.js$`))?.[1])
        .filter((n): n is string => n !== undefined)
        .map(lowerFirst),
    );
  const namespaces = new Map<string, Set<string> | null>();
  for (const m of entry.matchAll(/^export const (\w+) = (\{[^}]*\}|\w+);/gm)) {
    const [, name = '', value = ''] = m;
    namespaces.set(
      name,
      value.startsWith('{') ? new Set([...value.matchAll(/(\w+):/g)].map((k) => k[1] ?? '')) : null,
    );
  }
  for (const m of entry.matchAll(/^export const \{([^}]*)\}/gm))
    for (const name of (m[1] ?? '').split(',')) namespaces.set(name.trim(), null);
  return { imports, factories: named('Factory'), creators: named('Creator'), namespaces };
}

/** What a source file needs of the entry that the entry does not give, as sentences. */
function missing(file: string, source: string, entry: Provided): string[] {
  const problems: string[] = [];
  const add = (what: string, fix: string) =>
    problems.push(`${file} uses ${what}, which ${ENTRY} leaves out: ${fix}`);
  // this.add.text(…), scene.add.graphics(…); not physics.add.existing(…), a physics plugin's own factory.
  for (const [, owner = '', kind = '', name = ''] of source.matchAll(
    /(\w+)\.(add|make)\.(\w+)\(/g,
  )) {
    if (owner === 'physics' || owner === 'matter') continue;
    const have = kind === 'add' ? entry.factories : entry.creators;
    const suffix = kind === 'add' ? 'Factory' : 'Creator';
    if (!have.has(name))
      add(
        `this.${kind}.${name}()`,
        `import 'phaser-src/gameobjects/…/${name.charAt(0).toUpperCase()}${name.slice(1)}${suffix}.js'`,
      );
  }
  const plugins = new Set<string>();
  for (const [, name = '', sub] of source.matchAll(
    /\b(?:this|scene|this\.scene)\.(\w+)(?:\.(keyboard|gamepad)\b)?/g,
  )) {
    if (PLUGINS[name] !== undefined) plugins.add(name);
    if (name === 'input' && sub) plugins.add(`input.${sub}`);
    if (name === 'sound' && !PHASER_FLAGS.FEATURE_SOUND)
      add(
        'this.sound',
        'set FEATURE_SOUND in scripts/phaser-entry-plugin.ts (or play it with Howler)',
      );
  }
  for (const name of plugins) {
    const module = PLUGINS[name] ?? '';
    if (!entry.imports.includes(module)) add(`this.${name}`, `import 'phaser-src/${module}'`);
  }
  // The game's texture shader keeps three tint modes (src/phaser/lean-tint.ts).
  for (const [mode] of source.matchAll(
    /\bTintModes\.(?:SCREEN|OVERLAY|HARD_LIGHT|MULTIPLY_TWO)\b/g,
  ))
    add(
      `the tint mode ${mode}`,
      'tint with MULTIPLY, FILL or ADD, or give src/phaser/lean-tint.ts the mode',
    );
  for (const [, ns = '', member] of source.matchAll(/\bPhaser\.(\w+)(?:\.(\w+))?/g)) {
    if (!entry.namespaces.has(ns)) {
      add(`Phaser.${ns}`, `export const ${ns} from Phaser's sources`);
      continue;
    }
    const members = entry.namespaces.get(ns);
    if (member && members && !members.has(member))
      add(`Phaser.${ns}.${member}`, `add ${member} to export const ${ns}`);
  }
  return problems;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the game’s own Phaser (src/phaser/entry.js)', () => {
  const entry = provided(readFileSync(repoPath(ENTRY), 'utf8'));

  it('gives every factory, scene plugin and namespace the scenes and the game use', () => {
    const problems = [...sources(repoPath('scenes')), ...sources(repoPath('src'))].flatMap(
      (path) => {
        const text = readFileSync(path, 'utf8');
        if (!path.includes('/scenes/') && !text.includes("from 'phaser'")) return [];
        return missing(relative(repoPath('.'), path), text, entry);
      },
    );
    expect(problems).toEqual([]);
  });

  it('names what a scene uses that the entry leaves out, and the fix', () => {
    const scene = `
      create() {
        this.add.text(0, 0, 'ok');
        this.add.sprite(0, 0, 'x');
        this.physics.add.existing(a);
        this.input.gamepad.once('down', f);
        const p = new Phaser.GameObjects.Particles.ParticleEmitter();
        const c = Phaser.Display.Color.HexStringToColor('#fff');
        this.add.text(0, 0, 'lit').setTintMode(Phaser.TintModes.SCREEN);
      }`;
    const found = missing('scenes/x.ts', scene, entry);
    expect(found).toEqual([
      expect.stringMatching(/this\.add\.sprite\(\).*SpriteFactory\.js/),
      expect.stringMatching(/this\.physics.*ArcadePhysics\.js/),
      expect.stringMatching(/this\.input\.gamepad.*GamepadPlugin\.js/),
      expect.stringMatching(/tint mode TintModes\.SCREEN.*lean-tint\.ts/),
      expect.stringMatching(/Phaser\.GameObjects\.Particles.*add Particles/),
      expect.stringMatching(/Phaser\.TintModes.*export const TintModes/),
    ]);
  });
});
