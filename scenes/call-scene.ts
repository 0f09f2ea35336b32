// The call: both leaders with their flags, the transcript as it happens, the
// meters and the clock always in view, the table (what is agreed, what is
// proposed, the package the player is building) and every move of the game.
// It reads the store's CallView and calls the store's actions: no rule here.
import type { Tone } from '../src/scenario/schema.ts';
import type { MessageKey } from '../src/messages/i18n.ts';
import type { StoreState } from '../src/store/game-store.ts';
import type { CallView, TableRow } from '../src/store/call-view.ts';
import { StandoffScene, type SceneContext } from './standoff-scene.ts';
import { addButton, type Button } from './widgets/button.ts';
import { addMeter, nearLimit, type MeterWidget } from './widgets/meter.ts';
import { addPortrait, type Portrait } from './widgets/portrait.ts';
import { addTranscript, type TranscriptWidget } from './widgets/transcript.ts';
import { COLORS, fitOrCut, fitText, textStyle } from './widgets/theme.ts';
import type { TranscriptLine } from './widgets/transcript.ts';
import { captionsFor } from '../src/audio/cues.ts';
import * as Phaser from 'phaser';
import { confirmHangUp, openKeysDialog, type KeyRow } from '../src/ui/call-dialogs.ts';
import { arrowTarget, callKey, type CallLetters } from '../src/ui/call-keys.ts';
import { TRANSCRIPT_LOG_ID } from '../src/ui/live-region.ts';
import { clockParts } from '../src/negotiation/clock.ts';

const TABLE = { x: 30, y: 404, width: 870, height: 300 };
/** The transcript (its scroll bar along the right edge), and under it the strip for the phase button or the status line (never over the lines). */
const TRANSCRIPT = { x: 260, y: 70, width: 760, height: 250 };
const STRIP = { y: 328, height: 56 };
const ACTIONS = { x: 920, y: 404, width: 330 };
const SCROLLBAR_WIDTH = 20;
/** The "?" button (keyboard shortcuts), beside "Hang up". */
const HELP_WIDTH = 48;

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
  /** What the draft is worth, drawn over the table, and said to screen readers as it changes. */
  private worthText!: Phaser.GameObjects.Text;
  private tableHeading!: Phaser.GameObjects.Text;
  private worthDom!: HTMLElement;
  /** Number keys: the moves they press, in order (tones, evidence, red lines). */
  private numbered: Button[] = [];
  private helpButton!: Button;
  private scrollbar!: { set(value: number, text: string): void; element: HTMLElement };
  private wasMyTurn = false;
  private lastPhase = '';
  /** True while a dialog of the call is open: the shortcuts wait. */
  private dialogOpen = false;
  private rowStatus: { issue: string; text: Phaser.GameObjects.Text }[] = [];
  /** The status line and the draft's worth as last set (a text set again redraws its texture). */
  private status = '';
  private worth = { text: '', color: '' };
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
    this.numbered = [];
    this.wasMyTurn = false;
    this.lastPhase = '';
    this.dialogOpen = false;
    this.rowStatus = [];
    this.status = '';
    this.worth = { text: '', color: '' };
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

    const tr = TRANSCRIPT;
    this.transcript = addTranscript(this, tr.x, tr.y, tr.width, tr.height);
    // The scroll bar before the strip below: Tab follows the order the eye reads.
    this.scrollbar = this.overlay.scrollbar(
      { x: tr.x + tr.width - SCROLLBAR_WIDTH, y: tr.y, width: SCROLLBAR_WIDTH, height: tr.height },
      this.msg('call.transcriptScroll'),
      TRANSCRIPT_LOG_ID,
      (step) => this.transcript.scroll(step),
    );
    this.transcript.onScroll(() => this.updateScrollbar());
    this.updateScrollbar();
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
      if (e.key === 'Tab' || e.key === 'Shift' || this.dialogOpen) return;
      this.transcript.finish();
      if (e.key === 'Escape' || e.key === ' ') a.skipThinking();
      this.onKey(e);
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
    // The room's colour is the canvas' clear colour (a full-screen fill each frame costs a slow computer dearly).
    this.setClearColor(Phaser.Display.Color.GetColor(mix.r, mix.g, mix.b));
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
    this.tableHeading = this.add.text(
      TABLE.x,
      TABLE.y - 2,
      this.msg('call.table'),
      textStyle(16, COLORS.muted, { fontStyle: 'bold' }),
    );
    // What the draft is worth to the player, at the right of the table's heading.
    this.worthText = this.add
      .text(TABLE.x + TABLE.width, TABLE.y - 2, '', textStyle(14, COLORS.text))
      .setOrigin(1, 0);
    this.worthDom = this.overlay.status({
      x: TABLE.x + 200,
      y: TABLE.y - 4,
      width: TABLE.width - 200,
      height: 22,
    });
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
      fitOrCut(name, 15, { width: 150, height: rowHeight - 36 });
      this.rowStatus.push({
        issue: row.issue,
        text: this.add.text(TABLE.x, y + rowHeight - 34, '', textStyle(13, COLORS.accentText)),
      });
      const chipX = TABLE.x + 170;
      // One way to defer: "Leave for later" is the row's last choice, like any option.
      const chipWidth = (TABLE.width - 170) / row.options.length - 6;
      row.options.forEach((option, k) => {
        const button = addButton(
          this,
          this.overlay,
          { x: chipX + k * (chipWidth + 6), y: y + 2, width: chipWidth, height: rowHeight - 30 },
          {
            label: this.chipLabel(row, option.id),
            size: 12,
            group: `issue-${row.issue}`,
            at: group,
            tooltip: true,
            description: this.chipDescription(row, option.id),
            onActivate: () => a.setDraft(row.issue, option.id),
          },
        );
        this.chips.push({ issue: row.issue, settlement: option.id, button });
      });
    });
  }

  /** A chip's drawn label: the option, its red-line mark, and ✓ agreed or ◆ on the table. */
  private chipLabel(row: TableRow, settlement: string): string {
    const option = row.options.find((o) => o.id === settlement);
    const mark = option?.redLine === 'mine' ? ' ✕' : option?.redLine === 'theirs' ? ' ⚠' : '';
    const suffix =
      row.settled?.settlement === settlement
        ? ' ✓'
        : row.standing?.settlement === settlement
          ? ' ◆'
          : '';
    return `${option?.label ?? settlement}${mark}${suffix}`;
  }

  /** What a chip means: the issue's question, the option's explanation, a red line (tooltip and screen readers). */
  private chipDescription(row: TableRow, settlement: string): string {
    const option = row.options.find((o) => o.id === settlement);
    return [
      row.question ?? row.name,
      option?.text,
      option?.redLine === 'mine'
        ? this.msg('call.redLineMine')
        : option?.redLine === 'theirs'
          ? this.msg('call.redLineTheirs')
          : undefined,
    ]
      .filter((x): x is string => x !== undefined && x !== '')
      .join('\n');
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
      keys?: string,
    ) =>
      (this.actionButtons[key] = addButton(this, this.overlay, rect, {
        label,
        onActivate,
        // Evidence and red-line labels are long: smaller type keeps them inside their buttons.
        size: key.startsWith('evidence-') || key.startsWith('red-') ? 12 : 15,
        at: group,
        ...(variant ? { variant } : {}),
        ...(keys ? { keys } : {}),
      }));
    const letters = this.letters();
    // The number keys press the moves in the order they are drawn: tones, evidence, red lines.
    const numbered = (key: string, button: Button) => {
      if (this.numbered.length < 9) this.numbered.push(button);
      button.element.setAttribute('aria-keyshortcuts', String(this.numbered.length));
      return this.actionButtons[key];
    };
    add(
      'propose',
      { x, y, width, height: 46 },
      this.msg('call.send'),
      () => a.proposeDraft(),
      'primary',
      letters.propose,
    );
    add(
      'accept',
      { x, y: y + 54, width: half, height: 42 },
      this.msg('move.accept'),
      () => a.accept(),
      undefined,
      letters.accept,
    );
    add(
      'reject',
      { x: x + half + 8, y: y + 54, width: half, height: 42 },
      this.msg('move.reject'),
      () => a.reject(),
      undefined,
      letters.reject,
    );
    (['respectful', 'firm', 'threatening'] as Tone[]).forEach((tone, i) =>
      numbered(
        `tone-${tone}`,
        add(
          `tone-${tone}`,
          { x: x + i * (third + 8), y: y + 104, width: third, height: 42 },
          this.msg(`tone.${tone}` as MessageKey),
          () => a.speak(tone),
        ),
      ),
    );
    const evidence = call.evidence;
    const evWidth =
      evidence.length > 0 ? (width - 8 * (evidence.length - 1)) / evidence.length : width;
    evidence.forEach((e, i) =>
      numbered(
        `evidence-${e.id}`,
        add(
          `evidence-${e.id}`,
          { x: x + i * (evWidth + 8), y: y + 154, width: evWidth, height: 42 },
          e.label,
          () => a.presentEvidence(e.id),
        ),
      ),
    );
    const reds = call.view.me.redLines;
    const redWidth = reds.length > 0 ? (width - 8 * (reds.length - 1)) / reds.length : width;
    reds.forEach((r, i) => {
      const row = call.table.find((t) => t.issue === r.issue);
      const label = row?.options.find((o) => o.id === r.option)?.label ?? r.option;
      numbered(
        `red-${r.issue}-${r.option}`,
        add(
          `red-${r.issue}-${r.option}`,
          { x: x + i * (redWidth + 8), y: y + 204, width: redWidth, height: 42 },
          this.msg('call.redLines', { option: label }),
          () => a.invokeRedLine(r.issue, r.option),
        ),
      );
    });
    const hangUp = add(
      'endCall',
      { x, y: y + 254, width: width - HELP_WIDTH - 8, height: 40 },
      this.msg('call.hangUp'),
      () => void this.hangUp(hangUp),
      'danger',
      letters.hangUp,
    );
    this.helpButton = addButton(
      this,
      this.overlay,
      { x: x + width - HELP_WIDTH, y: y + 254, width: HELP_WIDTH, height: 40 },
      {
        label: '?',
        at: group,
        name: this.msg('call.keys'),
        keys: '?',
        size: 18,
        onActivate: () => void this.openHelp(),
      },
    );
  }

  /** The localised letters of the shortcuts. */
  private letters(): CallLetters {
    return {
      propose: this.msg('keys.proposeKey'),
      accept: this.msg('keys.acceptKey'),
      reject: this.msg('keys.rejectKey'),
      hangUp: this.msg('keys.hangUpKey'),
      table: this.msg('keys.tableKey'),
    };
  }

  private dialogHost(): HTMLElement {
    return this.ctx.overlayHost.parentElement ?? document.body;
  }

  /** "Hang up" asks once; the call ends only on "Yes, hang up". */
  private async hangUp(button: Button): Promise<void> {
    if (this.dialogOpen) return;
    this.dialogOpen = true;
    const yes = await confirmHangUp(this.state.catalogue, this.dialogHost());
    this.dialogOpen = false;
    if (!this.sys.isActive()) return;
    if (yes) this.state.actions.endCall();
    else button.focus();
  }

  /** The "?" list: every shortcut, made from the buttons themselves so it is always true. */
  private async openHelp(): Promise<void> {
    if (this.dialogOpen) return;
    const letters = this.letters();
    const label = (key: string) =>
      this.actionButtons[key]?.element.getAttribute('aria-label') ?? '';
    const rows: KeyRow[] = [
      ...this.numbered.map((b, i) => ({
        keys: String(i + 1),
        what: b.element.getAttribute('aria-label') ?? '',
      })),
      { keys: letters.propose, what: label('propose') },
      { keys: letters.accept, what: label('accept') },
      { keys: letters.reject, what: label('reject') },
      { keys: letters.table, what: this.msg('keys.table') },
      { keys: letters.hangUp, what: label('endCall') },
      { keys: this.msg('keys.scrollKeys'), what: this.msg('keys.scroll') },
      { keys: this.msg('keys.skipKeys'), what: this.msg('keys.skip') },
      { keys: 'M', what: this.msg('keys.mute') },
      { keys: '?', what: this.msg('keys.help') },
    ];
    this.dialogOpen = true;
    await openKeysDialog(this.state.catalogue, this.dialogHost(), rows);
    this.dialogOpen = false;
    if (this.sys.isActive()) this.helpButton.focus();
  }

  /** The call's shortcuts, and the arrow keys among the table's options. */
  private onKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
    if (e.key.startsWith('Arrow')) {
      const from = this.chips.findIndex((c) => c.button.element === document.activeElement);
      if (from < 0) return;
      const grid = this.chipGrid();
      const chip = this.chips[from];
      const row = grid.findIndex((r) => r[0]?.issue === chip?.issue);
      const col = grid[row]?.findIndex((c) => c === chip) ?? -1;
      const to = arrowTarget(
        grid.map((r) => r.map((c) => c.button.usable())),
        row,
        col,
        e.key,
      );
      if (!to) return;
      e.preventDefault();
      grid[to.row]?.[to.col]?.button.focus();
      return;
    }
    const key = callKey(e, this.letters());
    if (!key) return;
    e.preventDefault();
    if (key.kind === 'help') void this.openHelp();
    else if (key.kind === 'number') this.numbered[key.index]?.activate();
    else if (key.kind === 'table') this.chips.find((c) => c.button.usable())?.button.focus();
    else this.actionButtons[key.kind === 'hangUp' ? 'endCall' : key.kind]?.activate();
  }

  /** The chips by row, in the table's order. */
  private chipGrid(): CallScene['chips'][] {
    const rows = new Map<string, CallScene['chips']>();
    for (const c of this.chips) rows.set(c.issue, [...(rows.get(c.issue) ?? []), c]);
    return [...rows.values()];
  }

  /** The transcript's scroll bar tells screen readers where the view is. */
  private updateScrollbar(): void {
    const { back, total } = this.transcript.position();
    this.scrollbar.set(
      total === 0 ? 100 : (100 * (total - back)) / total,
      back === 0
        ? this.msg('call.transcriptNewest')
        : this.msg('call.transcriptAt', { at: total - back, total }),
    );
  }

  private refresh(s: StoreState): void {
    const call = s.call;
    if (!call) return;
    const reducedMotion = this.ctx.reducedMotion();
    const them = call.view.them.leader;

    // Clock.
    const left = Math.max(0, call.clock.total - call.clock.elapsed);
    const clock = this.msg('call.timeLeft', clockParts(left));
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
    const status = showPhase
      ? ''
      : s.thinking
        ? this.msg('call.thinking', { leader: them })
        : call.myTurn
          ? this.msg('call.yourTurn', { leader: call.view.me.leader })
          : '';
    // Set and fitted only when it changes: each setting redraws the text's texture.
    if (status !== this.status) {
      this.status = status;
      this.statusText.setText(status);
      fitText(this.statusText, 16, { height: STRIP.height });
      fitOrCut(this.statusText, 16, { height: STRIP.height });
    }

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
      if (!row) continue;
      const option = row.options.find((o) => o.id === chip.settlement);
      chip.button.update({
        label: this.chipLabel(row, chip.settlement),
        description: this.chipDescription(row, chip.settlement),
        enabled: call.myTurn && row.settled === undefined && option?.redLine !== 'mine',
        pressed:
          s.draft[chip.issue] === chip.settlement || row.settled?.settlement === chip.settlement,
      });
    }
    this.showWorth(s);
    const can = call.available;
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
    this.moveFocus(call);
  }

  /** The draft's worth to the player against no deal (the store computes it from the player's own values). */
  private showWorth(s: StoreState): void {
    const worth = s.draftWorth;
    if (!worth || !s.call?.myTurn) {
      this.worthText.setText('');
      this.worth.text = '';
      return;
    }
    const value = Math.round(worth.value);
    const walkAway = Math.round(worth.walkAway);
    const text =
      worth.issues === 0
        ? this.msg('call.worthNone', { walkAway })
        : this.msg(
            value > walkAway
              ? 'call.worthAbove'
              : value < walkAway
                ? 'call.worthBelow'
                : 'call.worthEqual',
            { value, walkAway },
          );
    const color =
      worth.issues === 0 ? COLORS.muted : value >= walkAway ? COLORS.goodText : COLORS.badText;
    if (text === this.worth.text && color === this.worth.color) return;
    this.worth = { text, color };
    this.worthText.setText(text);
    this.worthText.setColor(color);
    // Beside the heading, never over it (at a larger text size the heading is wider).
    const free = TABLE.x + TABLE.width - (this.tableHeading.x + this.tableHeading.width) - 16;
    fitText(this.worthText, 14, { width: Math.max(120, free) });
    if (this.worthDom.textContent !== text) this.worthDom.textContent = text;
  }

  /**
   * After a move, the keyboard focus goes where a student goes next, not to
   * the top of the page: the phase button when it shows; on the turn, "Accept"
   * when there is an offer to take, "Propose" when a package is ready, else the
   * table's first option. A focus the student put elsewhere (the transcript,
   * the sound, the "?") stays.
   */
  private moveFocus(call: CallView): void {
    const phaseShown = call.phase !== 'turns';
    const turnStarts = call.myTurn && !this.wasMyTurn;
    const phaseChanged = call.phase !== this.lastPhase;
    this.wasMyTurn = call.myTurn;
    this.lastPhase = call.phase;
    if (this.dialogOpen || !(turnStarts || (phaseChanged && phaseShown))) return;
    const active = document.activeElement;
    const ours = [
      this.phaseButton,
      ...this.chips.map((c) => c.button),
      ...Object.entries(this.actionButtons)
        .filter(([key]) => key !== 'endCall')
        .map(([, b]) => b),
    ];
    const lost =
      !active ||
      active === document.body ||
      !active.closest('.overlay-layer') ||
      ours.some((b) => b.element === active) ||
      (active instanceof HTMLButtonElement && (active.disabled || active.hidden));
    if (!lost) return;
    const target = phaseShown
      ? this.phaseButton
      : [
          this.actionButtons.accept,
          this.actionButtons.propose,
          this.chips.find((c) => c.button.usable())?.button,
        ].find((b) => b?.usable());
    if (target?.usable()) target.focus();
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
