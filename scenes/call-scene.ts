// The call: both leaders with their flags, the transcript as it happens, the
// meters and the clock always in view, the table (what is agreed, what is
// proposed, the package the player is building) and every move of the game.
// It reads the store's CallView and calls the store's actions: no rule here.
import type { Tone } from '../src/scenario/schema.ts';
import type { MessageKey } from '../src/messages/en.ts';
import type { GameState } from '../src/store/game-store.ts';
import type { CallView, TableRow } from '../src/store/call-view.ts';
import { StandoffScene, type SceneContext } from './standoff-scene.ts';
import { addButton, type Button } from './widgets/button.ts';
import { addMeter, nearLimit, type MeterWidget } from './widgets/meter.ts';
import { addPortrait, type Portrait } from './widgets/portrait.ts';
import { addTranscript, type TranscriptWidget } from './widgets/transcript.ts';
import { COLORS, fitText, textStyle } from './widgets/theme.ts';
import type { TranscriptLine } from './widgets/transcript.ts';
import { DEFERRED } from '../src/negotiation/types.ts';
import { captionsFor } from '../src/audio/cues.ts';
import * as Phaser from 'phaser';

const TABLE = { x: 30, y: 404, width: 870, height: 300 };
/** The transcript, and under it the strip for the phase button or the status line (never over the lines). */
const TRANSCRIPT = { x: 260, y: 70, width: 760, height: 250 };
const STRIP = { y: 328, height: 56 };
const ACTIONS = { x: 920, y: 404, width: 330 };

export class CallScene extends StandoffScene {
  private transcript!: TranscriptWidget;
  private meters = new Map<string, MeterWidget>();
  private portraits: { me?: Portrait; them?: Portrait } = {};
  private clockText!: Phaser.GameObjects.Text;
  /** The clock and the meters as text for screen readers (their changes are in the transcript too). */
  private clockDom!: HTMLElement;
  private meterDom = new Map<string, { set(value: number, text: string): void }>();
  private statusText!: Phaser.GameObjects.Text;
  private phaseButton!: Button;
  private chips: { issue: string; settlement: string; button: Button }[] = [];
  private rowDefer: { issue: string; button: Button }[] = [];
  private rowStatus: { issue: string; text: Phaser.GameObjects.Text }[] = [];
  private actionButtons: Record<string, Button> = {};
  private seenTranscript = 0;
  private room!: Phaser.GameObjects.Graphics;
  /** The tension the room's light shows (eases to the call's; set at once with reduced motion). */
  private light = { tension: 0 };
  private lightTween: Phaser.Tweens.Tween | undefined;
  /** Whether the newest spoken line is the player's (whose portrait talks while it types). */
  private lastLineMine: boolean | null = null;
  /** The sounds' captions, each shown before the transcript line at index `at`. */
  private captions: { at: number; text: string }[] = [];

  constructor(ctx: SceneContext) {
    super('call', ctx);
  }

  create(): void {
    this.begin('Call');
    this.meters = new Map();
    this.chips = [];
    this.rowDefer = [];
    this.rowStatus = [];
    this.actionButtons = {};
    this.seenTranscript = 0;
    // What is sounding as the scene opens (the ring), then every sound as it starts (src/audio/cues.ts decides).
    const opened = this.state;
    this.captions = captionsFor(opened, undefined).map((c) => ({
      at: 0,
      text: this.msg(c.key),
    }));
    const call = this.state.call;
    const scenario = this.state.scenario;
    if (!call || !scenario) return;
    const a = this.state.actions;

    // The room's light, behind everything: it darkens and reddens as the line nears breaking.
    this.room = this.add.graphics().setDepth(-10);
    this.light = { tension: call.tension };
    this.drawRoom();

    // Top bar: the clock and the meters.
    this.clockText = this.add.text(40, 18, '', textStyle(24, COLORS.text, { fontStyle: 'bold' }));
    const meterWidth = Math.min(250, (1120 - 300) / call.meters.length - 24);
    call.meters.forEach((m, i) =>
      this.meters.set(
        m.id,
        addMeter(this, 300 + i * (meterWidth + 24), 12, meterWidth, m.name, m.value, m.limits),
      ),
    );
    this.clockDom = this.overlay.text({ x: 30, y: 10, width: 240, height: 40 }, undefined, '');
    this.meterDom = new Map(
      call.meters.map((m, i) => [
        m.id,
        this.overlay.meter(
          { x: 300 + i * (meterWidth + 24), y: 12, width: meterWidth, height: 40 },
          m.name,
        ),
      ]),
    );

    // The controls are made in the order the eye reads them (the tab order): the sound
    // switch at the top right, the phase button, then the table and the moves beside it.
    const sound = addButton(
      this,
      this.overlay,
      { x: 1140, y: 12, width: 120, height: 40 },
      {
        label: this.msg(this.state.sound ? 'title.sound.on' : 'title.sound.off'),
        size: 13,
        pressed: this.state.sound,
        onActivate: () => a.toggleSound(),
      },
    );
    this.watch((s, prev) => {
      if (s.sound !== prev.sound)
        sound.update({
          label: this.msg(s.sound ? 'title.sound.on' : 'title.sound.off'),
          pressed: s.sound,
        });
    });

    // The leaders, the player on the left.
    this.portraits.me = addPortrait(this, {
      x: 40,
      y: 84,
      leader: call.view.me.leader,
      title: call.view.me.title,
      flag: call.view.me.flag,
      portrait: call.view.me.portrait,
      flagSide: 'left',
    });
    this.portraits.them = addPortrait(this, {
      x: 1040,
      y: 84,
      leader: call.view.them.leader,
      title: call.view.them.title,
      flag: call.view.them.flag,
      portrait: call.view.them.portrait,
      flagSide: 'right',
    });

    this.transcript = addTranscript(
      this,
      TRANSCRIPT.x,
      TRANSCRIPT.y,
      TRANSCRIPT.width,
      TRANSCRIPT.height,
    );
    this.statusText = this.add
      .text(
        640,
        STRIP.y + STRIP.height / 2,
        '',
        textStyle(16, COLORS.accentText, {
          align: 'center',
          wordWrap: { width: TRANSCRIPT.width },
        }),
      )
      .setOrigin(0.5, 0.5);

    // The phase button: answer, continue after the greetings, see the ending; or skip the computer's thinking.
    this.phaseButton = addButton(
      this,
      this.overlay,
      { x: 480, y: STRIP.y, width: 320, height: STRIP.height },
      {
        label: this.msg('call.answer'),
        variant: 'primary',
        size: 22,
        onActivate: () => this.onPhaseButton(),
      },
    );

    this.buildTable(call.table);
    this.buildActions(call);

    // Any key or click shows the typed line whole, and skips the computer's pause.
    this.listen('keydown', (e) => {
      if (e.key === 'Tab' || e.key === 'Shift') return;
      this.transcript.finish();
      if (e.key === 'Escape' || e.key === ' ') a.skipThinking();
    });
    this.input.on('pointerdown', () => {
      this.transcript.finish();
      a.skipThinking();
    });

    this.watch((s, prev) => {
      // The scene may open inside the store's notice of the change that opened it
      // (a click starts it at once), and a listener added then hears that change too.
      if (s === opened) return;
      const at = s.call?.transcript.length ?? 0;
      const before = prev.call?.transcript.length ?? 0;
      for (const c of captionsFor(s, prev))
        this.captions.push({ at: c.leads ? Math.min(before, at) : at, text: this.msg(c.key) });
    });
    this.refresh(this.state);
    this.watch((s, prev) => {
      if (s.call !== prev.call || s.draft !== prev.draft || s.thinking !== prev.thinking)
        this.refresh(s);
    });
  }

  override update(): void {
    this.showTalking();
  }

  /** The leader whose line is being typed moves their mouth. */
  private showTalking(): void {
    const typing = this.transcript?.typing() ?? false;
    const still = this.ctx.reducedMotion();
    this.portraits.me?.setTalking(typing && this.lastLineMine === true, still);
    this.portraits.them?.setTalking(typing && this.lastLineMine === false, still);
  }

  private setLight(tension: number, reducedMotion: boolean): void {
    if (Math.abs(tension - this.light.tension) < 0.01 && !this.lightTween?.isPlaying()) return;
    this.lightTween?.stop();
    if (reducedMotion) {
      this.light.tension = tension;
      this.drawRoom();
      return;
    }
    this.lightTween = this.tweens.add({
      targets: this.light,
      tension,
      duration: 900,
      onUpdate: () => this.drawRoom(),
    });
  }

  /** The background: calm blue-black at ease, a warmer, darker room with shadowed edges under pressure. */
  private drawRoom(): void {
    const t = Math.max(0, Math.min(1, (this.light.tension - 0.3) / 0.7));
    const calm = Phaser.Display.Color.IntegerToColor(COLORS.background);
    const tense = Phaser.Display.Color.IntegerToColor(COLORS.tenseRoom);
    const mix = Phaser.Display.Color.Interpolate.ColorWithColor(calm, tense, 100, t * 100);
    const g = this.room;
    g.clear();
    g.fillStyle(Phaser.Display.Color.GetColor(mix.r, mix.g, mix.b), 1);
    g.fillRect(0, 0, 1280, 720);
    // The vignette: edges in shadow, deeper as the tension rises.
    for (let i = 0; i < 8; i++) {
      g.fillStyle(0x000000, (0.05 + 0.1 * t) * (1 - i / 8));
      const e = i * 10;
      g.fillRect(0, e, 1280, 10);
      g.fillRect(0, 710 - e, 1280, 10);
      g.fillRect(e, 0, 10, 720);
      g.fillRect(1270 - e, 0, 10, 720);
    }
  }

  private onPhaseButton(): void {
    const s = this.state;
    const phase = s.call?.phase;
    if (phase === 'ringing') s.actions.answer();
    else if (phase === 'opening' || phase === 'closing') s.actions.proceed();
    else if (s.thinking) s.actions.skipThinking();
  }

  private buildTable(rows: TableRow[]): void {
    const a = this.state.actions;
    this.panel(TABLE.x - 10, TABLE.y - 10, TABLE.width + 20, TABLE.height + 14);
    this.add.text(
      TABLE.x,
      TABLE.y - 2,
      this.msg('call.table'),
      textStyle(16, COLORS.muted, { fontStyle: 'bold' }),
    );
    const top = TABLE.y + 24;
    const group = this.overlay.group(this.msg('call.table'));
    const rowHeight = Math.min(88, (TABLE.height - 30) / Math.max(1, rows.length));
    rows.forEach((row, r) => {
      const y = top + r * rowHeight;
      const name = this.add.text(
        TABLE.x,
        y + 2,
        row.name,
        textStyle(15, COLORS.text, { fontStyle: 'bold', wordWrap: { width: 150 } }),
      );
      fitText(name, 15, { height: rowHeight - 36 });
      this.rowStatus.push({
        issue: row.issue,
        text: this.add.text(TABLE.x, y + rowHeight - 34, '', textStyle(13, COLORS.accentText)),
      });
      const chipX = TABLE.x + 170;
      const chipWidth = (TABLE.width - 170 - 96) / row.options.length - 6;
      row.options.forEach((option, k) => {
        const mark = option.redLine === 'mine' ? ' ✕' : option.redLine === 'theirs' ? ' ⚠' : '';
        const button = addButton(
          this,
          this.overlay,
          { x: chipX + k * (chipWidth + 6), y: y + 2, width: chipWidth, height: rowHeight - 30 },
          {
            label: `${this.chipLabel(option)}${mark}`,
            size: 12,
            group: `issue-${row.issue}`,
            at: group,
            description:
              this.msg('call.pick', { option: option.label, issue: row.name }) +
              (option.redLine === 'mine'
                ? ' (your red line)'
                : option.redLine === 'theirs'
                  ? ' (their red line)'
                  : ''),
            onActivate: () => a.setDraft(row.issue, option.id),
          },
        );
        this.chips.push({ issue: row.issue, settlement: option.id, button });
      });
      this.rowDefer.push({
        issue: row.issue,
        button: addButton(
          this,
          this.overlay,
          { x: TABLE.x + TABLE.width - 90, y: y + 2, width: 90, height: rowHeight - 30 },
          {
            label: this.msg('call.deferTitle'),
            size: 12,
            at: group,
            onActivate: () => a.defer(row.issue),
          },
        ),
      });
    });
  }

  /** A chip sits on its issue's row: the deferral needs no issue name (the full label is read out). */
  private chipLabel(option: TableRow['options'][number]): string {
    return option.id === DEFERRED ? this.msg('call.deferredChip') : option.label;
  }

  private buildActions(call: CallView): void {
    const a = this.state.actions;
    const { x, y, width } = ACTIONS;
    const half = (width - 8) / 2;
    const third = (width - 16) / 3;
    const group = this.overlay.group(this.msg('call.moves'));
    const add = (
      key: string,
      rect: { x: number; y: number; width: number; height: number },
      label: string,
      onActivate: () => void,
      variant?: 'primary' | 'danger',
    ) =>
      (this.actionButtons[key] = addButton(this, this.overlay, rect, {
        label,
        onActivate,
        // Evidence and red-line labels are long: smaller type keeps them inside their buttons.
        size: key.startsWith('evidence-') || key.startsWith('red-') ? 12 : 15,
        at: group,
        ...(variant ? { variant } : {}),
      }));
    add(
      'propose',
      { x, y, width, height: 46 },
      this.msg('call.send'),
      () => a.proposeDraft(),
      'primary',
    );
    add('accept', { x, y: y + 54, width: half, height: 42 }, this.msg('move.accept'), () =>
      a.accept(),
    );
    add(
      'reject',
      { x: x + half + 8, y: y + 54, width: half, height: 42 },
      this.msg('move.reject'),
      () => a.reject(),
    );
    (['respectful', 'firm', 'threatening'] as Tone[]).forEach((tone, i) =>
      add(
        `tone-${tone}`,
        { x: x + i * (third + 8), y: y + 104, width: third, height: 42 },
        this.msg(`tone.${tone}` as MessageKey),
        () => a.speak(tone),
      ),
    );
    const evidence = this.state.scenario?.evidence.filter((e) => e.side === call.side) ?? [];
    const evWidth =
      evidence.length > 0 ? (width - 8 * (evidence.length - 1)) / evidence.length : width;
    evidence.forEach((e, i) =>
      add(
        `evidence-${e.id}`,
        { x: x + i * (evWidth + 8), y: y + 154, width: evWidth, height: 42 },
        e.label,
        () => a.presentEvidence(e.id),
      ),
    );
    const reds = call.view.me.redLines;
    const redWidth = reds.length > 0 ? (width - 8 * (reds.length - 1)) / reds.length : width;
    reds.forEach((r, i) => {
      const row = call.table.find((t) => t.issue === r.issue);
      const label = row?.options.find((o) => o.id === r.option)?.label ?? r.option;
      add(
        `red-${r.issue}-${r.option}`,
        { x: x + i * (redWidth + 8), y: y + 204, width: redWidth, height: 42 },
        this.msg('call.redLines', { option: label }),
        () => a.invokeRedLine(r.issue, r.option),
      );
    });
    add(
      'endCall',
      { x, y: y + 254, width, height: 40 },
      this.msg('call.hangUp'),
      () => a.endCall(),
      'danger',
    );
  }

  private refresh(s: GameState): void {
    const call = s.call;
    if (!call) return;
    const reducedMotion = this.ctx.reducedMotion();
    const them = call.view.them.leader;

    // Clock.
    const left = Math.max(0, call.clock.total - call.clock.elapsed);
    const clock = this.msg('call.timeLeft', {
      minutes: Math.floor(left / 60),
      seconds: String(Math.floor(left % 60)).padStart(2, '0'),
    });
    this.clockText.setText(clock);
    this.clockDom.textContent = clock;
    for (const m of call.meters) {
      const value = Math.round(m.value);
      const limit = nearLimit(m.value, m.limits);
      this.meterDom
        .get(m.id)
        ?.set(
          value,
          limit === undefined
            ? this.msg('call.meterValue', { value })
            : this.msg('call.meterNearLimit', { value, limit }),
        );
    }

    // Transcript and meters: new meter entries move their meters with a note.
    this.transcript.set(withCaptions(call.transcript, this.captions), reducedMotion);
    const moved = new Set<string>();
    for (let i = this.seenTranscript; i < call.transcript.length; i++) {
      for (const note of call.transcript[i]?.notes ?? []) {
        const m = call.meters.find((x) => x.id === note.meter);
        if (m) this.meters.get(m.id)?.set(m.value, note.text, reducedMotion);
        if (m) moved.add(m.id);
      }
    }
    this.seenTranscript = call.transcript.length;
    // The clock's drift, which has no note: set at once (without stopping a bar that is easing to its note).
    for (const m of call.meters)
      if (!moved.has(m.id)) this.meters.get(m.id)?.set(m.value, undefined, true);

    // Who is speaking, how each leader looks, and the room's light.
    this.portraits.me?.setSpeaking(call.myTurn);
    this.portraits.them?.setSpeaking(call.phase === 'turns' && !call.myTurn);
    this.portraits.me?.setMood(call.moods.me);
    this.portraits.them?.setMood(call.moods.them);
    this.lastLineMine = [...call.transcript].reverse().find((l) => l.kind === 'line')?.mine ?? null;
    this.showTalking();
    this.setLight(call.tension, reducedMotion);

    // The phase button and the status line.
    const phaseLabel =
      call.phase === 'ringing'
        ? 'call.answer'
        : call.phase === 'opening'
          ? 'call.continue'
          : call.phase === 'closing' || call.phase === 'ended'
            ? 'call.seeEnding'
            : null;
    const showPhase = phaseLabel !== null;
    this.phaseButton.update({
      label: phaseLabel ? this.msg(phaseLabel) : '',
      enabled: showPhase,
      visible: showPhase,
    });
    this.statusText.setText(
      showPhase
        ? ''
        : s.thinking
          ? this.msg('call.thinking', { leader: them })
          : call.myTurn
            ? this.msg('call.yourTurn', { leader: call.view.me.leader })
            : '',
    );
    fitText(this.statusText, 16, { height: STRIP.height });

    // The table: settled and standing, and the draft.
    const mine = call.side;
    for (const row of call.table) {
      const status = this.rowStatus.find((r) => r.issue === row.issue);
      status?.text.setText(
        row.settled
          ? this.msg('call.settledLabel')
          : row.standing
            ? this.msg(row.standing.by === mine ? 'call.standingMine' : 'call.standingTheirs')
            : '',
      );
    }
    for (const chip of this.chips) {
      const row = call.table.find((r) => r.issue === chip.issue);
      const settled = row?.settled !== undefined;
      const inDraft = s.draft[chip.issue] === chip.settlement;
      const standingHere = row?.standing?.settlement === chip.settlement;
      const agreedHere = row?.settled?.settlement === chip.settlement;
      const option = row?.options.find((o) => o.id === chip.settlement);
      const suffix = agreedHere ? ' ✓' : standingHere ? ' ◆' : '';
      const mark = option?.redLine === 'mine' ? ' ✕' : option?.redLine === 'theirs' ? ' ⚠' : '';
      chip.button.update({
        label: `${option ? this.chipLabel(option) : chip.settlement}${mark}${suffix}`,
        enabled: call.myTurn && !settled && option?.redLine !== 'mine',
        pressed: inDraft || agreedHere,
      });
    }
    const can = call.available;
    for (const d of this.rowDefer)
      d.button.update({ enabled: can.defer.some((x) => x.issue === d.issue) });
    const set = (key: string, enabled: boolean) => this.actionButtons[key]?.update({ enabled });
    set('propose', call.myTurn && s.actions.canPropose(s.draft));
    set('accept', can.accept);
    set('reject', can.reject);
    for (const tone of ['respectful', 'firm', 'threatening'] as Tone[])
      set(`tone-${tone}`, can.tones.includes(tone));
    for (const key of Object.keys(this.actionButtons)) {
      if (key.startsWith('evidence-'))
        set(
          key,
          can.evidence.some((e) => `evidence-${e.id}` === key),
        );
      if (key.startsWith('red-'))
        set(
          key,
          can.redLines.some((r) => `red-${r.issue}-${r.option}` === key),
        );
    }
    set('endCall', can.endCall);
  }
}

/** The call's lines with the sounds' captions put in where they happened. */
function withCaptions(
  lines: CallView['transcript'],
  captions: { at: number; text: string }[],
): TranscriptLine[] {
  const out: TranscriptLine[] = [];
  lines.forEach((line, i) => {
    for (const c of captions) if (c.at === i) out.push({ kind: 'caption', text: c.text });
    out.push({ ...line });
  });
  for (const c of captions) if (c.at >= lines.length) out.push({ kind: 'caption', text: c.text });
  return out;
}
