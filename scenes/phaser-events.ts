// Phaser's event names, as strings: for the modules that import Phaser's types
// only (the unit tests load them without Phaser), and for the core events the
// game's Phaser entry leaves out (src/phaser/entry.js).

/** A scene stops (Phaser's scene event SHUTDOWN). */
export const SCENE_SHUTDOWN = 'shutdown';

/** A game object is destroyed (Phaser's game object event DESTROY). */
export const OBJECT_DESTROY = 'destroy';

/** The game has drawn a frame (Phaser's core event POST_RENDER). */
export const POST_RENDER = 'postrender';
