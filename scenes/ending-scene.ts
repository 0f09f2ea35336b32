// The ending: which ending and why, the deal, the meters over the call, the
// deal against every possible deal, what really happened; play again, switch
// sides, or pick another scenario.
import { StandoffScene, type SceneContext } from './standoff-scene.ts';
import { addButton } from './widgets/button.ts';
import { drawDealChart, drawMeterChart } from './widgets/charts.ts';
import { COLORS, textStyle } from './widgets/theme.ts';

export class EndingScene extends StandoffScene {
  constructor(ctx: SceneContext) {
    super('ending', ctx);
  }

  create(): void {
    this.begin('Ending');
    const e = this.state.ending;
    const call = this.state.call;
    if (!e || !call) return;
    const them = call.view.them.leader;
    const toneColor =
      e.tone === 'good' ? '#7ddc9a' : e.tone === 'bad' ? '#ff8f85' : COLORS.accentText;

    this.add.text(40, 20, e.title, textStyle(34, toneColor, { fontStyle: 'bold' }));
    const why = `${this.msg(`end.reason.${e.result.reason}`, { leader: e.result.by === call.side ? call.view.me.leader : them })} ${e.summary}`;
    const deal = e.deal === '' ? this.msg('end.noDeal') : e.deal;
    const frontier = e.standing.paretoOptimal
      ? this.msg('ending.onFrontier')
      : this.msg('ending.offFrontier', { count: e.standing.dominatedBy });
    const standing = this.msg('ending.standing', {
      mine: Math.round(e.made[0]),
      myWalk: Math.round(e.walkAway[0]),
      theirs: Math.round(e.made[1]),
      theirWalk: Math.round(e.walkAway[1]),
      leader: them,
      frontier,
    });

    this.panel(30, 72, 600, 300);
    const left = this.body(
      46,
      84,
      `${this.msg('ending.why')}\n${why}\n\n${this.msg('ending.deal')}\n${deal}\n\n${standing}`,
      566,
      15,
    );
    if (left.height > 280) left.setFontSize(13);

    this.heading(650, 76, this.msg('ending.space'), 16);
    drawDealChart(
      this,
      { x: 680, y: 104, width: 250, height: 230 },
      {
        points: e.points,
        frontier: e.frontier,
        nash: e.nash?.point ?? null,
        walkAway: e.walkAway,
        made: e.made,
        labels: {
          you: this.msg('ending.yours'),
          nash: this.msg('ending.nash'),
          xAxis: call.view.me.leader,
          yAxis: them,
        },
      },
    );
    this.body(950, 100, this.msg('ending.spaceHelp', { leader: them }), 300, 12, COLORS.muted);

    this.heading(40, 388, this.msg('ending.meters'), 16);
    drawMeterChart(this, { x: 50, y: 416, width: 560, height: 180 }, e.callSeconds, e.meterSeries);

    this.panel(650, 384, 600, 230);
    const history = this.body(
      666,
      394,
      `${this.msg('ending.history')}\n${e.whatHappened}\n\n${this.msg('briefing.sources')}: ${e.publishers.join('; ')}`,
      570,
      13,
    );
    for (const size of [12, 11, 10]) if (history.height > 214) history.setFontSize(size);

    const a = this.state.actions;
    addButton(
      this,
      this.overlay,
      { x: 40, y: 640, width: 260, height: 60 },
      {
        label: this.msg('ending.again'),
        variant: 'primary',
        size: 20,
        onActivate: () => a.playAgain(),
      },
    );
    addButton(
      this,
      this.overlay,
      { x: 320, y: 640, width: 260, height: 60 },
      { label: this.msg('ending.switch'), size: 18, onActivate: () => a.switchSides() },
    );
    addButton(
      this,
      this.overlay,
      { x: 600, y: 640, width: 260, height: 60 },
      { label: this.msg('ending.other'), size: 18, onActivate: () => a.backToTitle() },
    );

    // Screen readers get the same content as text.
    this.overlay.text(
      { x: 30, y: 72, width: 600, height: 300 },
      e.title,
      `${why}\n\n${deal}\n\n${standing}`,
    );
    this.overlay.text(
      { x: 650, y: 384, width: 600, height: 230 },
      this.msg('ending.history'),
      e.whatHappened,
    );
  }
}
