// The title screen: pick a scenario (every file in scenarios/), a side, a
// difficulty, sound on or off; then read the briefing.
import { DIFFICULTIES } from '../src/negotiation/types.ts';
import type { MessageKey } from '../src/messages/i18n.ts';
import type { ScenarioFace } from '../src/store/scenario-face.ts';
import type * as Phaser from 'phaser';
import { StandoffScene, type SceneContext } from './standoff-scene.ts';
import { addButton, type Button } from './widgets/button.ts';
import { COLORS, fitText, scaledSize, smallerSizes, textStyle } from './widgets/theme.ts';
import { nextTextSize } from '../src/ui/preferences.ts';
import { downloadText } from '../src/ui/dom.ts';
import { nextLanguage } from '../src/messages/catalogues.ts';
import { privateGame } from '../src/store/private-game.ts';

/** What the title's refresh redraws when a choice changes. */
interface TitleControls {
  tagline: Phaser.GameObjects.Text | undefined;
  scenarioButtons: Button[];
  summary: Phaser.GameObjects.Text;
  summaryDom: HTMLElement;
  drawSides: () => void;
  difficultyButtons: Button[];
  sound: Button;
  players: Button;
  start: Button;
}

export class TitleScene extends StandoffScene {
  /** True while the scene redraws at a new text size: the text size button gets the focus back. */
  private refocusTextSize = false;
  /** The same for the language button. */
  private refocusLanguage = false;

  constructor(ctx: SceneContext) {
    super('title', ctx);
  }

  create(): void {
    this.begin('Title');
    const a = this.state.actions;
    this.add
      .text(
        640,
        34,
        this.msg('title.name'),
        textStyle(64, COLORS.accentText, { fontStyle: 'bold' }),
      )
      .setOrigin(0.5, 0);
    // The scenario's tagline, or in its place the saved game to resume, or why saving failed.
    const tagline = this.drawSaveBanner()
      ? undefined
      : this.add
          .text(
            640,
            112,
            '',
            textStyle(20, COLORS.muted, { align: 'center', wordWrap: { width: 1100 } }),
          )
          .setOrigin(0.5, 0);
    this.drawCorners();
    const scenarioButtons = this.drawScenarioList();
    this.panel(640, 180, 560, 250);
    const summary = this.body(660, 196, '', 520, 16);
    // The summary for screen readers too, after the scenario buttons it describes.
    const summaryDom = this.overlay.text(
      { x: 640, y: 180, width: 560, height: 250 },
      undefined,
      '',
    );
    const drawSides = this.sidePicker();
    this.heading(660, 450, this.msg('title.difficulty'), 20);
    const difficultyButtons = DIFFICULTIES.map((d, i) =>
      addButton(
        this,
        this.overlay,
        { x: 660 + i * 150, y: 484, width: 138, height: 52 },
        {
          label: this.msg(`title.difficulty.${d}` as MessageKey),
          group: 'difficulty',
          pressed: d === this.state.setup.difficulty,
          onActivate: () => a.selectDifficulty(d),
        },
      ),
    );
    const controls: TitleControls = {
      tagline,
      scenarioButtons,
      summary,
      summaryDom,
      drawSides,
      difficultyButtons,
      ...this.drawSettings(),
    };
    this.refresh(controls);
    this.watchStore(controls);
  }

  /** Top corners: the teacher's link for the class, and the language. */
  private drawCorners(): void {
    addButton(
      this,
      this.overlay,
      { x: 80, y: 40, width: 300, height: 44 },
      {
        label: this.msg('title.classLink'),
        size: 16,
        onActivate: () => this.ctx.openClassLink(),
      },
    );
    const language = addButton(
      this,
      this.overlay,
      { x: 940, y: 40, width: 260, height: 44 },
      {
        label: this.msg('title.language', { name: this.msg('meta.name') }),
        size: 16,
        onActivate: () => this.state.actions.setLanguage(nextLanguage(this.state.language)),
      },
    );
    if (this.refocusLanguage) language.focus();
    this.refocusLanguage = false;
  }

  /** A button for each scenario, then opening a teacher's file or writing one. */
  private drawScenarioList(): Button[] {
    const a = this.state.actions;
    this.heading(80, 180, this.msg('title.scenario'), 20);
    const scenarioButtons: Button[] = this.state.scenarios.map((entry, i) =>
      addButton(
        this,
        this.overlay,
        { x: 80, y: 214 + i * 56, width: 520, height: 46 },
        {
          label: entry.title,
          group: 'scenario',
          pressed: entry.file === this.state.setup.file,
          onActivate: () => a.selectScenario(entry.file),
        },
      ),
    );
    const y = 214 + this.state.scenarios.length * 56;
    addButton(
      this,
      this.overlay,
      { x: 80, y, width: 255, height: 40 },
      { label: this.msg('title.open'), size: 15, onActivate: () => this.ctx.openScenarioFile() },
    );
    addButton(
      this,
      this.overlay,
      { x: 345, y, width: 255, height: 40 },
      { label: this.msg('title.write'), size: 15, onActivate: () => this.ctx.openEditor() },
    );
    return scenarioButtons;
  }

  /** The side buttons, rebuilt for each scenario: the function that draws them (they keep their place in the tab order). */
  private sidePicker(): () => void {
    this.heading(80, 450, this.msg('title.side'), 20);
    const sidesAt = this.overlay.placeholder();
    let sideButtons: Button[] = [];
    let sidesOf: unknown = undefined;
    return () => {
      const scenario = this.state.scenario;
      // Rebuilt only for a new scenario, so a keyboard user keeps focus on the side they pick.
      if (sidesOf === scenario) {
        sideButtons.forEach((b, i) =>
          b.update({ pressed: scenario?.sides[i]?.id === this.state.setup.side }),
        );
        return;
      }
      sidesOf = scenario;
      for (const b of sideButtons) b.destroy();
      sideButtons = (scenario?.sides ?? []).map((side, i) =>
        addButton(
          this,
          this.overlay,
          { x: 80 + i * 270, y: 484, width: 250, height: 52 },
          {
            label: this.msg('title.sideLabel', { leader: side.leader, country: side.country }),
            group: 'side',
            at: sidesAt,
            pressed: side.id === this.state.setup.side,
            onActivate: () => this.state.actions.selectSide(side.id),
          },
        ),
      );
    };
  }

  /** The bottom rows: sound, text size, players, start, and the live class. */
  private drawSettings(): Pick<TitleControls, 'sound' | 'players' | 'start'> {
    const a = this.state.actions;
    const sound = addButton(
      this,
      this.overlay,
      { x: 80, y: 600, width: 250, height: 52 },
      {
        label: this.msg(this.state.sound ? 'title.sound.on' : 'title.sound.off'),
        pressed: this.state.sound,
        onActivate: () => a.toggleSound(),
      },
    );
    const textSize = addButton(
      this,
      this.overlay,
      { x: 345, y: 600, width: 200, height: 52 },
      {
        label: this.msg('title.textSize', { size: this.state.textSize }),
        onActivate: () => a.setTextSize(nextTextSize(this.state.textSize)),
      },
    );
    const players = addButton(
      this,
      this.overlay,
      { x: 560, y: 600, width: 305, height: 52 },
      {
        label: this.msg(this.state.setup.players === 2 ? 'title.players.two' : 'title.players.one'),
        size: 16,
        pressed: this.state.setup.players === 2,
        onActivate: () => a.setPlayers(this.state.setup.players === 2 ? 1 : 2),
      },
    );
    if (this.refocusTextSize) textSize.focus();
    this.refocusTextSize = false;
    const start = addButton(
      this,
      this.overlay,
      { x: 880, y: 596, width: 320, height: 60 },
      {
        label: this.msg('title.start'),
        variant: 'primary',
        size: 22,
        onActivate: () => a.openBriefing(),
      },
    );
    // issue 16: a live class on a server (its dialog asks the address; nothing is requested before).
    addButton(
      this,
      this.overlay,
      { x: 80, y: 668, width: 300, height: 40 },
      {
        label: this.msg('title.liveClass'),
        size: 15,
        onActivate: () =>
          void import('../src/ui/live/live-entry.ts').then((m) => m.openLiveEntry(this.ctx.store)),
      },
    );
    return { sound, players, start };
  }

  /** Draws the screen's state: the tagline, the pressed choices, the scenario's summary. */
  private refresh(c: TitleControls): void {
    const s = this.state;
    if (c.tagline) {
      // Wrapped and shrunk to the room between the game's name and the scenario list.
      c.tagline.setText(taglineOf(s.scenario, this.msg.bind(this)));
      c.tagline.setFontSize(scaledSize(20));
      for (const px of smallerSizes(20, 14)) if (c.tagline.height > 60) c.tagline.setFontSize(px);
    }
    c.scenarioButtons.forEach((b, i) =>
      b.update({ pressed: s.scenarios[i]?.file === s.setup.file }),
    );
    this.showSummary(c.summary, c.summaryDom);
    c.drawSides();
    c.difficultyButtons.forEach((b, i) =>
      b.update({ pressed: DIFFICULTIES[i] === s.setup.difficulty }),
    );
    c.sound.update({
      label: this.msg(s.sound ? 'title.sound.on' : 'title.sound.off'),
      pressed: s.sound,
    });
    c.start.update({ enabled: s.can.openBriefing });
    c.players.update({
      label: this.msg(s.setup.players === 2 ? 'title.players.two' : 'title.players.one'),
      pressed: s.setup.players === 2,
    });
  }

  /** The chosen scenario's summary, or what is wrong with its file. */
  private showSummary(summary: Phaser.GameObjects.Text, summaryDom: HTMLElement): void {
    const s = this.state;
    const entry = s.scenarios.find((e) => e.file === s.setup.file);
    if (entry?.scenario)
      summary.setText(
        `${entry.scenario.title} — ${entry.scenario.date}\n\n${entry.scenario.summary}`,
      );
    else if (entry?.problems)
      summary.setText(
        `${this.msg('title.broken', { file: entry.file })}\n${entry.problems
          .slice(0, 6)
          .map((p) => this.msg('title.brokenLine', { line: p.line, message: p.message }))
          .join('\n')}`,
      );
    // The whole summary for screen readers; on the canvas, cut at a word with "…" if it
    // still overflows at the player's text size (the briefing shows it all).
    summaryDom.textContent = summary.text;
    fitText(summary, 16, { height: 220 });
    const words = summary.text.split(' ');
    while (summary.height > 220 && words.length > 1) {
      words.pop();
      summary.setText(`${words.join(' ')}…`);
    }
  }

  /** Redraws on a choice; restarts the screen for a new save, language or text size. */
  private watchStore(controls: TitleControls): void {
    this.watch((s, prev) => {
      if (
        s.savedGame !== prev.savedGame ||
        s.saveProblem !== prev.saveProblem ||
        s.savedGames.length !== prev.savedGames.length
      ) {
        if (s.screen === 'title') this.scene.restart();
        return;
      }
      if (s.language !== prev.language) {
        // Every text of the screen is drawn again in the new language.
        this.refocusLanguage = true;
        this.scene.restart();
        return;
      }
      if (s.textSize !== prev.textSize) {
        // Every text of the screen is drawn again at the new size.
        this.refocusTextSize = true;
        this.scene.restart();
        return;
      }
      if (s.setup !== prev.setup || s.sound !== prev.sound || s.can !== prev.can)
        this.refresh(controls);
    });
  }

  /** A bar under the name: resume the saved game, or a message about saving. True when drawn. */
  private drawSaveBanner(): boolean {
    const { savedGame, savedGames, saveProblem, saveAside, actions: a } = this.state;
    if (!savedGame && !saveProblem) return false;
    const several = savedGames.length > 1;
    const text = savedGame
      ? this.msg('save.offer', {
          title: savedGame.title,
          leader: savedGame.leader,
          time: new Date(savedGame.savedAt).toLocaleTimeString([], {
            hour: '2-digit',
            minute: '2-digit',
          }),
        })
      : this.msg(`save.problem.${saveProblem}` as MessageKey);
    this.panel(80, 118, 1120, 50);
    const said = this.body(
      96,
      124,
      text,
      savedGame ? (several ? 570 : 740) : saveAside ? 760 : 900,
      16,
      savedGame ? COLORS.text : COLORS.accentText,
    ).setLineSpacing(0);
    // At a larger text size the line shrinks to fit the bar (the whole text is read out below).
    for (const px of smallerSizes(16, 12)) if (said.height > 40) said.setFontSize(px);
    said.setY(143 - said.height / 2);
    this.overlay.text({ x: 80, y: 118, width: 1120, height: 50 }, undefined, text);
    if (savedGame && several)
      addButton(
        this,
        this.overlay,
        { x: 690, y: 124, width: 160, height: 38 },
        { label: this.msg('save.next'), size: 16, onActivate: () => a.nextSavedGame() },
      );
    if (!savedGame && saveAside)
      addButton(
        this,
        this.overlay,
        { x: 950, y: 124, width: 130, height: 38 },
        {
          label: this.msg('save.downloadAside'),
          size: 16,
          onActivate: () =>
            downloadText(
              `standoff-saved-game-${Date.now()}.json`,
              privateGame(this.ctx.store).saveAside() ?? '',
              'application/json',
            ),
        },
      );
    if (savedGame) {
      this.sessionButton(
        'resume',
        { x: 860, y: 124, width: 160, height: 38 },
        { label: this.msg('save.resume'), variant: 'primary', size: 16 },
      );
      addButton(
        this,
        this.overlay,
        { x: 1030, y: 124, width: 160, height: 38 },
        { label: this.msg('save.discard'), size: 16, onActivate: () => a.discardSavedGame() },
      );
    } else
      addButton(
        this,
        this.overlay,
        { x: 1090, y: 124, width: 100, height: 38 },
        { label: this.msg('save.ok'), size: 16, onActivate: () => a.dismissSaveProblem() },
      );
    return true;
  }
}

/**
 * The line under the game's name: the scenario's own tagline, else who talks to
 * whom from the sides' titles (no fixed "presidents": a union and a council too).
 */
function taglineOf(
  scenario: ScenarioFace | null,
  msg: (key: MessageKey, params?: Record<string, string | number>) => string,
): string {
  if (scenario?.tagline) return scenario.tagline;
  const [a, b] = scenario?.sides ?? [];
  if (!a || !b) return msg('title.tagline');
  return msg('title.taglineSides', { a: a.title, b: b.title });
}
