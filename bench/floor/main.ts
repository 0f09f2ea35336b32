// The floor for the load-time benchmark: a bare Phaser page, built by the same
// Vite config as the game, that shows one text and one DOM button when its
// scene is created. The game cannot be usable sooner than this.
import * as Phaser from 'phaser';

class Bare extends Phaser.Scene {
  create(): void {
    this.add.text(640, 360, 'Ready', { fontSize: '48px' }).setOrigin(0.5);
    const button = document.createElement('button');
    button.setAttribute('aria-label', 'Start');
    button.textContent = 'Start';
    document.body.append(button);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: 1280,
  height: 720,
  audio: { noAudio: true },
  banner: false,
  scene: [Bare],
});
