// A scenario file that did not load: its problems with their line numbers and
// fixes, and a way back to the title screen. Never a blank page.
import { StandoffScene, type SceneContext } from './standoff-scene.ts';
import { COLORS } from './widgets/theme.ts';

export class ProblemsScene extends StandoffScene {
  constructor(ctx: SceneContext) {
    super('problems', ctx);
  }

  create(): void {
    this.begin('Problems');
    const report = this.state.problems;
    if (!report) return;
    const count = report.problems.length;
    this.heading(40, 28, this.msg('problems.title', { file: report.file, count }), 24);
    this.panel(30, 80, 1220, 530);
    const shown = report.problems.slice(0, 8);
    const text = shown
      .map((p) =>
        this.msg(p.wholeFile ? 'problems.whole' : 'problems.line', {
          line: p.line,
          column: p.column,
          message: p.message,
          fix: p.fix,
        }),
      )
      .join('\n\n');
    const more =
      count > shown.length
        ? `\n\n${this.msg('problems.more', { count: count - shown.length })}`
        : '';
    this.body(50, 96, `${text}${more}`, 1180, 16, COLORS.text);
    this.overlay.text(
      { x: 30, y: 80, width: 1220, height: 530 },
      this.msg('problems.title', { file: report.file, count }),
      `${text}${more}`,
    );
    this.sessionButton(
      'dismissProblems',
      { x: 40, y: 634, width: 320, height: 60 },
      { label: this.msg('problems.back'), variant: 'primary', size: 20 },
    );
  }
}
