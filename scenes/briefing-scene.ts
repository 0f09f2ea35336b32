// The briefing: the situation, your private brief, goals and red lines, what
// the other side is known to want, the meters, and the sources.
import { StandoffScene, type SceneContext } from './standoff-scene.ts';
import { fitOrCut } from './widgets/theme.ts';

export class BriefingScene extends StandoffScene {
  constructor(ctx: SceneContext) {
    super('briefing', ctx);
  }

  create(): void {
    this.begin('Briefing');
    // The briefing reads the player view of the player at the screen, like every other screen.
    const { scenario, briefing: view } = this.state;
    if (!scenario || !view) return;
    const me = view.me;
    const them = view.them;
    const label = (issue: string, option: string) =>
      view.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ??
      option;

    // The leader's name and title on one line, shrunk or cut to fit (the column below says it all).
    fitOrCut(
      this.heading(40, 24, this.msg('briefing.title', { leader: me.leader, title: me.title }), 26),
      26,
      { width: 1200, height: 40 },
    );

    const left = [
      `${this.msg('briefing.context')}\n${scenario.summary}`,
      `${this.msg('briefing.meters')}\n${scenario.meters.map((m) => `• ${m.name} (${m.start}): ${m.description ?? ''}`).join('\n')}`,
      `${this.msg('briefing.sources')}\n${scenario.sources.map((s) => `• ${s.title} — ${s.publisher}`).join('\n')}`,
    ];
    const right = [
      `${this.msg('briefing.yours')}\n${me.brief}`,
      me.goals.length > 0
        ? `${this.msg('briefing.goals')}\n${me.goals.map((g) => `• ${g}`).join('\n')}`
        : '',
      me.redLines.length > 0
        ? `${this.msg('briefing.redLines')}\n${me.redLines.map((r) => `• ${label(r.issue, r.option)}`).join('\n')}`
        : '',
      me.walkAwayText ? `${this.msg('briefing.walkAway')}\n${me.walkAwayText}` : '',
      them.knownWants
        ? `${this.msg('briefing.theirs', { leader: them.leader })}\n${them.knownWants}`
        : '',
      them.knownRedLines.length > 0
        ? `${this.msg('briefing.theirRedLines', { leader: them.leader })}\n${them.knownRedLines.map((r) => `• ${label(r.issue, r.option)}`).join('\n')}`
        : '',
    ].filter((x) => x !== '');

    this.panel(30, 72, 590, 540);
    this.panel(650, 72, 600, 540);
    this.pagedColumn(46, 86, 560, 520, left);
    this.pagedColumn(666, 86, 570, 520, right);
    this.overlay.text(
      { x: 30, y: 72, width: 590, height: 540 },
      this.msg('briefing.title', { leader: me.leader, title: me.title }),
      left.join('\n\n'),
    );
    this.overlay.text({ x: 650, y: 72, width: 600, height: 540 }, undefined, right.join('\n\n'));

    this.sessionButton(
      'backToTitle',
      { x: 40, y: 636, width: 180, height: 56 },
      { label: this.msg('briefing.back') },
    );
    this.sessionButton(
      'startCall',
      { x: 930, y: 632, width: 320, height: 64 },
      { label: this.msg('briefing.start'), variant: 'primary', size: 22 },
    );
  }
}
