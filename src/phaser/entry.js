// The game's own Phaser: only the modules its scenes use, built from Phaser 4's
// sources (Vite aliases `phaser` to this file for the game; the types still
// come from the phaser package). No physics, tilemaps, particles, video, sound
// (Howler plays the sounds), loader, lights or cameras 3D: the JavaScript
// loaded before the title is smaller than the bare full-Phaser page's.
//
// A scene that uses something left out here fails test/scenes/phaser-entry.test.ts
// (it reads this file): add the module below, in the section it belongs to.
import 'phaser-src/polyfills/requestVideoFrame.js';
import CONST from 'phaser-src/const.js';
import Extend from 'phaser-src/utils/object/Extend.js';
// The renderers first, as Phaser's own entry loads them before the modules that use them
// (imported later, a circular require leaves a WebGL batch handler's base class undefined).
import 'phaser-src/renderer/index.js';

// Namespaces the code reads as Phaser.<Name> (whole: every member of Phaser's own).
import GameClass from 'phaser-src/core/Game.js';
import SceneClass from 'phaser-src/scene/Scene.js';
import ScenesNamespace from 'phaser-src/scene/index.js';
import ScaleNamespace from 'phaser-src/scale/index.js';
import TweensNamespace from 'phaser-src/tweens/index.js';
import TimeNamespace from 'phaser-src/time/index.js';
import ColorNamespace from 'phaser-src/display/color/index.js';
import TextClass from 'phaser-src/gameobjects/text/Text.js';
import GraphicsClass from 'phaser-src/gameobjects/graphics/Graphics.js';
import ImageClass from 'phaser-src/gameobjects/image/Image.js';
import GameObjectClass from 'phaser-src/gameobjects/GameObject.js';
import Vector2Class from 'phaser-src/math/Vector2.js';
import DegToRadFunction from 'phaser-src/math/DegToRad.js';
import PointerClass from 'phaser-src/input/Pointer.js';

// Scene plugins: this.<key> in a scene (each registers itself when imported).
import 'phaser-src/events/EventEmitter.js'; // events
import 'phaser-src/cameras/2d/CameraManager.js'; // cameras
import 'phaser-src/gameobjects/GameObjectFactory.js'; // add
import 'phaser-src/gameobjects/GameObjectCreator.js'; // make
import 'phaser-src/gameobjects/DisplayList.js'; // children
import 'phaser-src/gameobjects/UpdateList.js'; // sys.updateList
import 'phaser-src/scene/ScenePlugin.js'; // scene
import 'phaser-src/time/Clock.js'; // time
import 'phaser-src/tweens/TweenManager.js'; // tweens
import 'phaser-src/input/InputPlugin.js'; // input
import 'phaser-src/input/keyboard/KeyboardPlugin.js'; // input.keyboard

// Game objects: this.add.<name>(…) (each factory registers itself when imported).
import 'phaser-src/gameobjects/text/TextFactory.js'; // text
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js'; // graphics
import 'phaser-src/gameobjects/image/ImageFactory.js'; // image (drawings baked into textures)

export const Game = GameClass;
export const Scene = SceneClass;
export const Scenes = ScenesNamespace;
export const Scale = ScaleNamespace;
export const Tweens = TweensNamespace;
export const Time = TimeNamespace;
export const Display = { Color: ColorNamespace };
export const GameObjects = {
  Text: TextClass,
  Graphics: GraphicsClass,
  Image: ImageClass,
  GameObject: GameObjectClass,
};
// Only what the scenes use of these (the flag's stars, the portrait's arcs, the transcript's pointer).
export const Math = { Vector2: Vector2Class, DegToRad: DegToRadFunction };
export const Input = { Pointer: PointerClass };
export const { AUTO, CANVAS, WEBGL, HEADLESS, VERSION } = Extend(false, {}, CONST);
