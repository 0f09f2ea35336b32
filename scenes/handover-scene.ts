// Hot seat: between two students sharing one computer, the screen that hides
// one player's view (their brief, their options) until the other has taken
// the computer and asks for their own.
import { StandoffScene, type SceneContext } from './standoff-scene.ts';
import { COLORS, fitOrCut, smallerSizes } from './widgets/theme.ts';

export class HandoverScene extends StandoffScene {
  constructor(ctx: SceneContext) {
    super('handover', ctx);
  }

  create(): void {
    this.begin('Handover');
    const handover = this.state.handover;
    const side = this.state.scenario?.sides.find((s) => s.id === handover?.to);
    if (!handover || !side) return;
    const title = this.msg('handover.title', { leader: side.leader });
    const body = `${this.msg('handover.body', { leader: side.leader, country: side.country })}\n\n${this.msg(`handover.next.${handover.next}`)}`;
    fitOrCut(this.heading(640, 200, title, 34).setOrigin(0.5, 0), 34, { width: 1200, height: 60 });
    this.panel(240, 270, 800, 210);
    const said = this.body(270, 290, body, 740, 20, COLORS.text);
    for (const px of smallerSizes(20, 16)) if (said.height > 172) said.setFontSize(px);
    this.overlay.text({ x: 240, y: 200, width: 800, height: 250 }, title, body);
    this.sessionButton(
      'takeOver',
      { x: 390, y: 500, width: 500, height: 70 },
      { label: this.msg('handover.show', { leader: side.leader }), variant: 'primary', size: 22 },
    ).focus();
  }
}
