// The call: both leaders with their flags, the transcript as it happens, the
// meters and the clock always in view, the table (what is agreed, what is
// proposed, the package the player is building) and every move of the game.
// It reads the store's CallView and calls the store's actions: no rule here.
// Its parts are modules beside it: the room (call-light.ts), the top bar, the
// strip under the transcript, the table, the moves and the keyboard.
import type { StoreState } from '../src/store/game-store.ts';
import type { CallView } from '../src/store/call-view.ts';
import { StandoffScene, type SceneContext } from './standoff-scene.ts';
import { endingWarmUp } from './ending-scene.ts';
import { inIdleTime } from '../src/ui/idle.ts';
import { addButton, type Button } from './widgets/button.ts';
import { addPortrait, type Portrait } from './widgets/portrait.ts';
import { addTranscript, type TranscriptWidget } from './widgets/transcript.ts';
import type { TranscriptLine } from './widgets/transcript.ts';
import { captionsFor } from '../src/audio/cues.ts';
import { confirmHangUp, openKeysDialog } from '../src/ui/call-dialogs.ts';
import { TRANSCRIPT_LOG_ID } from '../src/ui/live-region.ts';
import { addRoom, type Room } from './call-light.ts';
import type { CallParts } from './call-parts.ts';
import { addTopBar, type TopBar } from './call-top-bar.ts';
import { callStep, sessionPress } from '../src/ui/session-buttons.ts';
import { addStrip, type Strip } from './call-strip.ts';
import { addCallTable, type CallTable } from './call-table-chips.ts';
import { addCallActions, callLetters, type CallActions } from './call-actions.ts';
import {
  helpRows,
  moveFocus,
  onCallKey,
  type CallControls,
  type FocusSeen,
} from './call-keyboard.ts';

/** The transcript (its scroll bar along the right edge); under it the strip (scenes/call-strip.ts). */
const TRANSCRIPT = { x: 260, y: 70, width: 760, height: 250 };
const SCROLLBAR_WIDTH = 20;

/**
 * The call screen's parts, while the scene runs. Dropped when it stops: the scene
 * object lives on for the next call, and holding them would keep the last call's
 * controls (their elements and listeners) and drawing alive on every screen after.
 */
interface CallScreen {
  parts: CallParts;
  room: Room;
  topBar: TopBar;
  portraits: { me: Portrait; them: Portrait };
  transcript: TranscriptWidget;
  scrollbar: { set(value: number, text: string): void; element: HTMLElement };
  strip: Strip;
  table: CallTable;
  moves: CallActions;
}

export class CallScene extends StandoffScene {
  private screen: CallScreen | null = null;
  /** The turn and phase last seen (the focus moves when a turn starts or a phase shows). */
  private seen: FocusSeen = { turnAt: -1, phase: '' };
  /** True while a dialog of the call is open: the shortcuts wait. */
  private dialogOpen = false;
  /** Whether the newest spoken line is the player's (whose portrait talks while it types). */
  private lastLineMine: boolean | null = null;
  /** The sounds' captions, each shown before the transcript line at index `at`. */
  private captions: { at: number; text: string }[] = [];

  constructor(ctx: SceneContext) {
    super('call', ctx);
  }

  create(): void {
    this.begin('Call');
    this.seen = { turnAt: -1, phase: '' };
    this.dialogOpen = false;
    // What is sounding as the scene opens (the ring), then every sound as it starts (src/audio/cues.ts decides).
    const opened = this.state;
    this.captions = captionsFor(opened, undefined).map((c) => ({ at: 0, text: this.msg(c.key) }));
    const call = this.state.call;
    if (!call || !this.state.scenario) return;
    const parts: CallParts = {
      scene: this,
      overlay: this.overlay,
      msg: (key, params) => this.msg(key, params),
      state: () => this.state,
    };
    // The room's light, behind everything: it darkens and reddens as the line nears breaking.
    const room = addRoom(this, call.tension, (color) => this.setClearColor(color));
    const topBar = addTopBar(parts, call);
    // The controls are made in the order the eye reads them (the tab order): the sound
    // switch at the top right, the phase button, then the table and the moves beside it.
    this.addSoundSwitch();
    const portraits = this.addLeaders(call);
    const { transcript, scrollbar } = this.addTranscriptPanel();
    const strip = addStrip(parts, TRANSCRIPT.width, () => this.onPhaseButton());
    const table = addCallTable(parts, call.table);
    const moves = addCallActions(parts, call, {
      hangUp: (button) => void this.hangUp(button),
      help: () => void this.openHelp(),
    });
    const screen: CallScreen = {
      parts,
      room,
      topBar,
      portraits,
      transcript,
      scrollbar,
      strip,
      table,
      moves,
    };
    this.screen = screen;
    this.onShutdown(() => (this.screen = null));
    this.listenToPlayer();
    // Once the call has its ending, the ending's fonts are readied while the student reads the last line.
    this.watch((s, prev) => {
      if (s.ending && !prev.ending) inIdleTime(endingWarmUp(this, s), () => this.scene.isActive());
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
    // In the order the eye reads them. The first drawing is whole; after it, each change over the next frames.
    const redraw = this.redrawnOverFrames<StoreState>(
      [
        (s) => this.showLine(screen, s),
        (s) => this.showFaces(screen, s),
        (s) => this.showMeters(screen, s),
        (s) => strip.refresh(s, s.call as CallView),
        ...[...table.refreshParts, ...moves.refreshParts].map(
          (part) => (s: StoreState) => part(s, s.call as CallView),
        ),
        (s) => moveFocus(s.call as CallView, this.seen, this.dialogOpen, this.controls(screen)),
      ],
      { apartFromDrawing: true },
    );
    redraw.start(this.state);
    redraw.finish();
    this.watch((s, prev) => {
      if (
        s.call &&
        (s.call !== prev.call || s.draft !== prev.draft || s.thinking !== prev.thinking)
      )
        redraw.start(s);
    });
  }

  override update(): void {
    this.showTalking();
  }

  private addSoundSwitch(): void {
    const a = this.state.actions;
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
  }

  /** The leaders, the player on the left. */
  private addLeaders(call: CallView): CallScreen['portraits'] {
    const leader = (side: 'me' | 'them', x: number, flagSide: 'left' | 'right') => {
      const v = call.view[side];
      return addPortrait(this, {
        x,
        y: 84,
        leader: v.leader,
        title: v.title,
        flag: v.flag,
        portrait: v.portrait,
        flagSide,
      });
    };
    return { me: leader('me', 40, 'left'), them: leader('them', 1040, 'right') };
  }

  private addTranscriptPanel(): Pick<CallScreen, 'transcript' | 'scrollbar'> {
    const tr = TRANSCRIPT;
    const panel = {
      transcript: addTranscript(this, tr.x, tr.y, tr.width, tr.height),
      // The scroll bar before the strip below: Tab follows the order the eye reads.
      scrollbar: this.overlay.scrollbar(
        {
          x: tr.x + tr.width - SCROLLBAR_WIDTH,
          y: tr.y,
          width: SCROLLBAR_WIDTH,
          height: tr.height,
        },
        this.msg('call.transcriptScroll'),
        TRANSCRIPT_LOG_ID,
        (step) => panel.transcript.scroll(step),
      ),
    };
    panel.transcript.onScroll(() => this.updateScrollbar(panel));
    this.updateScrollbar(panel);
    return panel;
  }

  /** Any key or click shows the typed line whole, and skips the computer's pause. */
  private listenToPlayer(): void {
    // Only while the session would take it (its answer, as for the buttons).
    const skip = () => {
      if (this.state.can.skipThinking) this.state.actions.skipThinking();
    };
    this.listen('keydown', (e) => {
      const screen = this.screen;
      if (e.key === 'Tab' || e.key === 'Shift' || this.dialogOpen || !screen) return;
      screen.transcript.finish();
      if (e.key === 'Escape' || e.key === ' ') skip();
      onCallKey(e, this.controls(screen));
    });
    this.input.on('pointerdown', () => {
      this.screen?.transcript.finish();
      skip();
    });
  }

  private controls(screen: CallScreen): CallControls {
    return {
      chips: screen.table.chips,
      numbered: screen.moves.numbered,
      buttons: screen.moves.buttons,
      letters: callLetters(screen.parts),
      phaseButton: screen.strip.phaseButton,
      openHelp: () => void this.openHelp(),
    };
  }

  /** The leader whose line is being typed moves their mouth. */
  private showTalking(): void {
    const screen = this.screen;
    if (!screen) return;
    const typing = screen.transcript.typing();
    const still = this.ctx.reducedMotion();
    screen.portraits.me.setTalking(typing && this.lastLineMine === true, still);
    screen.portraits.them.setTalking(typing && this.lastLineMine === false, still);
  }

  private onPhaseButton(): void {
    const s = this.state;
    // The step the session would take now (answer, go on, hurry the other side), or none.
    const step = callStep(s.can);
    if (step) sessionPress(s.actions, step)();
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
    const screen = this.screen;
    if (this.dialogOpen || !screen) return;
    const rows = helpRows(screen.parts, this.controls(screen));
    this.dialogOpen = true;
    await openKeysDialog(this.state.catalogue, this.dialogHost(), rows);
    this.dialogOpen = false;
    if (this.sys.isActive()) this.screen?.moves.help.focus();
  }

  /** The transcript's scroll bar tells screen readers where the view is. */
  private updateScrollbar({
    transcript,
    scrollbar,
  }: Pick<CallScreen, 'transcript' | 'scrollbar'>): void {
    const { back, total } = transcript.position();
    scrollbar.set(
      total === 0 ? 100 : (100 * (total - back)) / total,
      back === 0
        ? this.msg('call.transcriptNewest')
        : this.msg('call.transcriptAt', { at: total - back, total }),
    );
  }

  /** The newest line (with the sounds' captions), and who is speaking and how each leader looks. */
  private showLine(screen: CallScreen, s: StoreState): void {
    const call = s.call as CallView;
    screen.transcript.set(withCaptions(call.transcript, this.captions), this.ctx.reducedMotion());
    this.lastLineMine = [...call.transcript].reverse().find((l) => l.kind === 'line')?.mine ?? null;
  }

  /** Who speaks and how each leader looks (a mood not seen yet is drawn now: a part of its own). */
  private showFaces({ portraits }: CallScreen, s: StoreState): void {
    const call = s.call as CallView;
    portraits.me.setSpeaking(call.myTurn);
    portraits.them.setSpeaking(call.phase === 'turns' && !call.myTurn);
    portraits.me.setMood(call.moods.me);
    portraits.them.setMood(call.moods.them);
    this.showTalking();
  }

  /** The clock and the meters (new meter entries move their meters with a note), and the room's light. */
  private showMeters({ topBar, room }: CallScreen, s: StoreState): void {
    const call = s.call as CallView;
    const reducedMotion = this.ctx.reducedMotion();
    topBar.refresh(call, reducedMotion);
    room.setTension(call.tension, reducedMotion);
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
