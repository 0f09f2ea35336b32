// The ending: which ending and why, then the debrief in four tabs — the deal
// (the deal map with the proposals' path, the gap to the frontier), the moves
// (every move graded beside the meters chart), the computer's strategy, and
// what really happened with the sources and questions. Then play again,
// switch sides, another scenario, hand in the result, or open the full
// printable debrief and replay. The scene draws what the store computed.
import * as Phaser from 'phaser';
import { StandoffScene, type SceneContext } from './standoff-scene.ts';
import { POST_RENDER } from './phaser-events.ts';
import {
  ENDING_MADE_MARK,
  ENDING_PICTURE_MARK,
  ENDING_WARM_MARK,
  markState,
} from '../src/ui/page-marks.ts';
import { addButton } from './widgets/button.ts';
import {
  bakeChartAhead,
  drawDealChart,
  drawMeterChart,
  measureChartFonts,
  type ChartBox,
  type ChartData,
  type DealChartData,
  type MeterChartData,
} from './widgets/charts.ts';
import { addGlossary, type GlossaryEntry } from './widgets/glossary.ts';
import { COLORS, fitOrCut, fitText, smallerSizes, textStyle } from './widgets/theme.ts';
import { t, type MessageKey } from '../src/messages/i18n.ts';
import {
  ENDING_TABS,
  type EndingTab,
  type SessionAction,
  type StoreState,
} from '../src/store/game-store.ts';
import { dealSpaceOf, scoreSentences, type EndingView } from '../src/store/ending-view.ts';
import type { CallView } from '../src/store/call-view.ts';
import type { GlossaryTerm } from '../src/ui/debrief/glossary-list.ts';

type Move = NonNullable<EndingView['debrief']>['moves'][number];

/** Moves shown on one page of the timeline. */
const MOVES_PER_PAGE = 6;

interface EndingData {
  page?: number;
  /** The label of the control to give focus to after a redraw (keyboard users keep their place). */
  focus?: string;
}

/**
 * Work to do in idle time before the ending shows (while the student reads
 * the call's last line): the fonts of its title, headings and words measured
 * and drawn once, the charts' label fonts, and the chart of the tab it opens
 * on baked (its picture's frame shows it). On a fresh page the first ending
 * met each font for the first time, and drew its chart, in that frame.
 */
export function endingWarmUp(scene: Phaser.Scene, state: StoreState): (() => void)[] {
  const styles = [
    textStyle(30, COLORS.text, { fontStyle: 'bold' }),
    textStyle(16, COLORS.text, { fontStyle: 'bold' }),
    textStyle(16, COLORS.text),
    textStyle(13, COLORS.text),
  ];
  return [
    ...styles.map((style) => () => {
      // Made and dropped at once, never added to the scene: its font is measured, and its words drawn.
      new Phaser.GameObjects.Text(scene, 0, 0, 'Ag', style).destroy();
    }),
    measureChartFonts,
    () => {
      const chart = pictureChart(state);
      if (chart) bakeChartAhead(scene, ...chart);
      markState(ENDING_WARM_MARK);
    },
  ];
}

/** Where the deal tab's chart is. */
const DEAL_CHART_BOX = { x: 690, y: 182, width: 300, height: 258 };
/** Where the moves tab's chart is. */
const METER_CHART_BOX = { x: 50, y: 146, width: 540, height: 220 };

/** The chart of the tab the ending opens on, with its box, as its picture draws it; null for a tab without one. */
function pictureChart(state: StoreState): [ChartBox, ChartData] | null {
  const { ending: e, call, endingTab } = state;
  if (!e || !call) return null;
  if (endingTab === 'deal') {
    const msg = (key: MessageKey) => t(state.catalogue, key);
    return [DEAL_CHART_BOX, { kind: 'deal', data: dealChartData(e, call, msg) }];
  }
  if (endingTab === 'moves')
    return [METER_CHART_BOX, { kind: 'meters', data: meterChartData(e, e.debrief?.moves ?? []) }];
  return null;
}

/** The deal space as the deal tab shows it. */
function dealChartData(
  e: EndingView,
  call: CallView,
  msg: (key: MessageKey) => string,
): DealChartData {
  return {
    ...dealSpaceOf(e),
    labels: {
      you: msg('ending.yours'),
      nash: msg('ending.nash'),
      xAxis: call.view.me.leader,
      yAxis: call.view.them.leader,
    },
  };
}

/** The meters over the call as the moves tab shows them, the player's moves marked. */
function meterChartData(e: EndingView, moves: readonly Move[]): MeterChartData {
  return {
    seconds: e.callSeconds,
    series: e.meterSeries,
    marks: moves.filter((m) => m.mine).map((m) => m.clock),
  };
}

export class EndingScene extends StandoffScene {
  constructor(ctx: SceneContext) {
    super('ending', ctx);
  }

  create(data: EndingData = {}): void {
    this.begin('Ending');
    const e = this.state.ending;
    const call = this.state.call;
    if (!e || !call) return;
    // The screen is made over a few frames (steps-over-frames.ts), the picture first: on a slow
    // computer all of it at once held the page for a fifth of a second after "See how it ended".
    const tab = this.state.endingTab;
    const moves = e.debrief?.moves ?? [];
    const [picture, words] =
      tab === 'deal'
        ? [() => this.drawDealPicture(e, call), () => this.drawDealText(e, call)]
        : tab === 'moves'
          ? [() => this.drawMeterPicture(e, moves), () => this.drawMoves(e, moves, data.page ?? 0)]
          : tab === 'strategy'
            ? [() => this.drawStrategy(e), () => {}]
            : [() => this.drawHistory(e), () => {}];
    const steps = this.redrawnOverFrames<null>([
      () => {
        this.drawTitle(e);
        picture();
        this.markWhenDrawn(ENDING_PICTURE_MARK);
      },
      words,
      () => this.drawTabs(tab),
      () => this.drawSessionButtons(),
      () => {
        if (data.focus) this.focusControl(data.focus);
        this.markWhenDrawn(ENDING_MADE_MARK);
      },
    ]);
    // From this frame's update: the title and the picture first, the rest in the frames after.
    steps.start(null);
  }

  /** Marks `name` on the page's timeline once the frame being made is drawn (for the bench and the tests). */
  private markWhenDrawn(name: string): void {
    this.game.events.once(POST_RENDER, () => markState(name));
  }

  /** Which ending, in its tone's colour: a long title shrinks, then is cut, to the width of the screen (it is read out whole). */
  private drawTitle(e: EndingView): void {
    const toneColor =
      e.tone === 'good' ? COLORS.goodText : e.tone === 'bad' ? COLORS.badText : COLORS.accentText;
    fitOrCut(this.add.text(40, 14, e.title, textStyle(30, toneColor, { fontStyle: 'bold' })), 30, {
      width: 1200,
      height: 40,
    });
  }

  private drawTabs(tab: EndingTab): void {
    ENDING_TABS.forEach((id, i) =>
      addButton(
        this,
        this.overlay,
        { x: 40 + i * 215, y: 60, width: 205, height: 38 },
        {
          label: this.msg(`ending.tab.${id}` as MessageKey),
          group: 'ending-tab',
          size: 16,
          pressed: id === tab,
          onActivate: () => this.showTab(id),
        },
      ),
    );
  }

  /** The session's own buttons (play again, switch sides, another scenario) follow its answer. */
  private drawSessionButtons(): void {
    const bottom: { label: string; width: number; action?: SessionAction; open?: () => void }[] = [
      { label: this.msg('ending.again'), width: 200, action: 'playAgain' },
      { label: this.msg('ending.switch'), width: 190, action: 'switchSides' },
      { label: this.msg('ending.other'), width: 200, action: 'backToTitle' },
      { label: this.msg('ending.handIn'), width: 190, open: () => this.ctx.openHandIn() },
      { label: this.msg('ending.fullDebrief'), width: 370, open: () => this.ctx.openFullDebrief() },
    ];
    let x = 40;
    for (const b of bottom) {
      const rect = { x, y: 646, width: b.width, height: 56 };
      const primary = b.action === 'playAgain' ? { variant: 'primary' as const } : {};
      const options = { label: b.label, size: 17, ...primary };
      if (b.action) this.sessionButton(b.action, rect, options);
      else addButton(this, this.overlay, rect, { ...options, onActivate: b.open ?? (() => {}) });
      x += b.width + 12;
    }
  }

  private showTab(tab: EndingTab): void {
    this.state.actions.showEndingTab(tab);
    this.scene.restart({ focus: this.msg(`ending.tab.${tab}` as MessageKey) } satisfies EndingData);
  }

  private focusControl(label: string): void {
    for (const button of this.overlay.root.querySelectorAll('button'))
      if (button.textContent === label) {
        button.focus();
        return;
      }
  }

  /** The deal space: every possible deal, the frontier, the Nash point, the walk-aways, the deal made and the proposals' path. */
  private drawDealPicture(e: EndingView, call: CallView): void {
    this.heading(660, 116, this.msg('ending.space'), 16);
    drawDealChart(
      this,
      DEAL_CHART_BOX,
      dealChartData(e, call, (key) => this.msg(key)),
    );
  }

  /** Why it ended, the deal, where each side stands and the gap to the frontier; the chart's caption and glossary. */
  private drawDealText(e: EndingView, call: CallView): void {
    const them = call.view.them.leader;
    const why = `${this.msg(`end.reason.${e.result.reason}`, { leader: e.result.by === call.side ? call.view.me.leader : them })} ${e.summary}`;
    const deal = e.deal === '' ? this.msg('end.noDeal') : e.deal;
    const standing = scoreSentences(e, them, this.state.catalogue);
    const gap = e.debrief ? `\n\n${this.msg('ending.gap')}\n${e.debrief.gap}` : '';
    this.panel(30, 112, 600, 520);
    const left = this.body(
      46,
      124,
      `${this.msg('ending.why')}\n${why}\n\n${this.msg('ending.deal')}\n${deal}\n\n${standing}${gap}`,
      566,
      16,
    );
    for (const px of smallerSizes(16, 13)) if (left.height > 496) left.setFontSize(px);
    // A scenario's longest summary: smaller still, then cut (the whole is read out, and printed in the debrief).
    fitOrCut(left, 16, { height: 496 });
    const caption = this.body(
      660,
      468,
      `${this.msg('ending.spaceHelp', { leader: them })} ◆ ${this.msg('ending.path')}.`,
      590,
      13,
      COLORS.muted,
    );
    // At a larger text size the caption shrinks back toward its own size before it reaches the words below.
    fitText(caption, 13, { height: 560 - 468 - 8 });
    addGlossary(
      this,
      this.overlay,
      { x: 660, y: 560, width: 590, height: 76 },
      this.glossary(['pareto', 'nash', 'walkAway']),
    );
    this.overlay.text(
      { x: 30, y: 112, width: 600, height: 520 },
      e.title,
      `${why}\n\n${deal}\n\n${standing}${gap}`,
    );
  }

  /** The meters over the call, with the player's moves marked under it. */
  private drawMeterPicture(e: EndingView, moves: readonly Move[]): void {
    this.heading(40, 116, this.msg('ending.meters'), 16);
    drawMeterChart(this, METER_CHART_BOX, meterChartData(e, moves));
  }

  /** The mistakes in a sentence and the scenario's events under the chart, and one page of the moves. */
  private drawMoves(e: EndingView, moves: readonly Move[], page: number): void {
    const mistakes = e.debrief?.mistakes ?? [];
    const summary =
      mistakes.length === 0
        ? this.msg('ending.noMistakes')
        : this.msg('ending.mistakes', { list: [...new Set(mistakes)].join('; ') });
    const said = this.body(40, 400, summary, 560, 15);
    // The scenario's events (an aide, a news flash) under the chart they moved, cut to the room left.
    const events =
      e.events.length > 0 ? `${this.msg('ending.eventsTitle')}\n${e.events.join('\n')}` : '';
    if (events !== '') this.drawEvents(events, 400 + said.height + 10);
    this.drawMoveList(moves, page);
    this.overlay.text(
      { x: 620, y: 112, width: 630, height: 520 },
      this.msg('ending.movesTitle'),
      [
        summary,
        ...(events === '' ? [] : [events]),
        ...moves.map(
          (m) => `${m.time} ${m.text} (${m.step}${m.meters ? `; ${m.meters}` : ''}). ${m.advice}`,
        ),
      ].join('\n\n'),
    );
  }

  private drawEvents(events: string, top: number): void {
    const room = 628 - top;
    const list = this.body(40, top, events, 560, 14);
    for (const px of smallerSizes(14, 12)) if (list.height > room) list.setFontSize(px);
    const words = events.split(' ');
    while (list.height > room && words.length > 1) {
      words.pop();
      list.setText(`${words.join(' ')}…`);
    }
  }

  /** One page of the moves, each graded, with the page buttons under it. */
  private drawMoveList(moves: readonly Move[], page: number): void {
    this.panel(620, 112, 630, 520);
    const pages = Math.max(1, Math.ceil(moves.length / MOVES_PER_PAGE));
    const current = Math.min(Math.max(page, 0), pages - 1);
    const shown = moves.slice(current * MOVES_PER_PAGE, (current + 1) * MOVES_PER_PAGE);
    this.heading(636, 122, this.msg('ending.movesTitle'), 16);
    const lines = shown.map((m) => {
      const head = `${m.time}  ${m.text} — ${m.step}${m.meters ? `  ${m.meters}` : ''}`;
      return m.advice ? `${head}\n   ${m.mistake ? '✗' : '✓'} ${m.advice}` : head;
    });
    const list = this.body(636, 150, lines.join('\n\n'), 598, 14);
    for (const px of smallerSizes(14, 12)) if (list.height > 420) list.setFontSize(px);
    // The other side's moves in a quieter colour would need one text per move; the ✓/✗ marks do the job.
    this.body(
      636,
      590,
      this.msg('ending.movesPage', {
        from: moves.length === 0 ? 0 : current * MOVES_PER_PAGE + 1,
        to: current * MOVES_PER_PAGE + shown.length,
        count: moves.length,
      }),
      200,
      13,
      COLORS.muted,
    );
    this.pageButton(this.msg('ending.previous'), 900, current > 0, current - 1);
    this.pageButton(this.msg('ending.next'), 1074, current < pages - 1, current + 1);
  }

  private pageButton(label: string, x: number, enabled: boolean, page: number): void {
    addButton(
      this,
      this.overlay,
      { x, y: 584, width: 160, height: 38 },
      {
        label,
        size: 15,
        enabled,
        onActivate: () => this.scene.restart({ page, focus: label } satisfies EndingData),
      },
    );
  }

  private drawStrategy(e: EndingView): void {
    const s = e.debrief?.strategy;
    if (!s) {
      this.body(40, 130, this.msg('ending.noStrategy'), 1180, 18);
      return;
    }
    this.panel(30, 112, 600, 520);
    const text = [
      this.msg('ending.strategyTitle', { leader: s.leader }),
      s.tactic,
      s.limits,
      '',
      this.msg('ending.strategyValues', { leader: s.leader }),
      ...s.values,
    ].join('\n');
    const left = this.body(46, 124, text, 566, 15);
    for (const px of smallerSizes(15, 12)) if (left.height > 420) left.setFontSize(px);
    fitOrCut(left, 15, { height: 420 });
    addGlossary(
      this,
      this.overlay,
      { x: 46, y: 552, width: 566, height: 76 },
      this.glossary(['boulware', 'linear', 'conceder']),
    );

    const aims = this.heading(660, 116, this.msg('ending.strategyAims', { leader: s.leader }), 16);
    fitText(aims, 16, { width: 590 });
    fitOrCut(aims, 16, { width: 590 });
    drawMeterChart(
      this,
      { x: 670, y: 146, width: 560, height: 170 },
      { seconds: e.callSeconds, series: [{ name: s.leader, points: s.aims }] },
    );
    fitOrCut(
      this.heading(660, 346, this.msg('ending.strategyMoments', { leader: s.leader }), 16),
      16,
      { width: 590 },
    );
    const moments = this.body(660, 374, s.moments.join('\n'), 590, 14);
    for (const px of smallerSizes(14, 12)) if (moments.height > 250) moments.setFontSize(px);
    this.overlay.text(
      { x: 30, y: 112, width: 1220, height: 520 },
      this.msg('ending.strategyTitle', { leader: s.leader }),
      `${text}\n\n${s.moments.join('\n\n')}`,
    );
  }

  /** The terms with their one-sentence meanings, for a glossary row. */
  private glossary(terms: readonly GlossaryTerm[]): GlossaryEntry[] {
    return terms.map((id) => {
      const term = this.msg(`glossary.${id}.term`);
      return {
        term,
        definition: this.msg(`glossary.${id}`),
        ask: this.msg('glossary.ask', { term }),
      };
    });
  }

  private drawHistory(e: EndingView): void {
    this.panel(30, 112, 600, 520);
    this.pagedColumn(46, 124, 566, 496, [`${this.msg('ending.history')}\n${e.whatHappened}`], 15);
    this.panel(650, 112, 600, 520);
    this.pagedColumn(
      666,
      124,
      566,
      496,
      [
        `${this.msg('ending.questions')}\n${e.questions.map((q, i) => `${i + 1}. ${q}`).join('\n')}`,
        `${this.msg('briefing.sources')}\n${e.sources.join('\n')}`,
      ],
      14,
    );
    this.overlay.text(
      { x: 30, y: 112, width: 600, height: 520 },
      this.msg('ending.history'),
      e.whatHappened,
    );
    this.overlay.text(
      { x: 650, y: 112, width: 600, height: 520 },
      this.msg('ending.questions'),
      `${e.questions.join('\n\n')}\n\n${e.sources.join('\n\n')}`,
    );
  }
}
