// The call's table: each issue with what is agreed or standing, and its
// options as chips the player builds a package from (the chip of the draft
// pressed, ✓ agreed, ◆ on the table, ✕ and ⚠ red lines), under the heading
// with the draft's worth (scenes/call-worth.ts).
import type { StoreState } from '../src/store/game-store.ts';
import type { CallView, TableRow } from '../src/store/call-view.ts';
import type * as Phaser from 'phaser';
import { addButton, type Button } from './widgets/button.ts';
import { addPanel } from './widgets/panel.ts';
import { COLORS, fitOrCut, fitText, textStyle } from './widgets/theme.ts';
import type { CallParts } from './call-parts.ts';
import { addWorth } from './call-worth.ts';

const TABLE = { x: 30, y: 404, width: 870, height: 300 };

export interface Chip {
  issue: string;
  settlement: string;
  button: Button;
}

export interface CallTable {
  chips: Chip[];
  /**
   * The table redrawn in parts, a row each and then the draft's worth: a
   * change of turn changes every chip, and a frame on a slow computer has
   * room for a row or two (steps-over-frames.ts).
   */
  refreshParts: ((s: StoreState, call: CallView) => void)[];
}

/** A chip's drawn label: the option, its red-line mark, and ✓ agreed or ◆ on the table. */
function chipLabel(row: TableRow, settlement: string): string {
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
function chipDescription(p: CallParts, row: TableRow, settlement: string): string {
  const option = row.options.find((o) => o.id === settlement);
  return [
    row.question ?? row.name,
    option?.text,
    option?.redLine === 'mine'
      ? p.msg('call.redLineMine')
      : option?.redLine === 'theirs'
        ? p.msg('call.redLineTheirs')
        : undefined,
  ]
    .filter((x): x is string => x !== undefined && x !== '')
    .join('\n');
}

/** One issue's row: its name, its status line, its chips. */
function addRow(
  p: CallParts,
  row: TableRow,
  at: { y: number; height: number; group: HTMLElement },
  chips: Chip[],
): Phaser.GameObjects.Text {
  const { y, height } = at;
  const name = p.scene.add.text(
    TABLE.x,
    y + 2,
    row.name,
    textStyle(15, COLORS.text, { fontStyle: 'bold', wordWrap: { width: 150 } }),
  );
  fitText(name, 15, { height: height - 36 });
  fitOrCut(name, 15, { width: 150, height: height - 36 });
  const status = p.scene.add.text(TABLE.x, y + height - 34, '', textStyle(13, COLORS.accentText));
  const chipX = TABLE.x + 170;
  // One way to defer: "Leave for later" is the row's last choice, like any option.
  const chipWidth = (TABLE.width - 170) / row.options.length - 6;
  row.options.forEach((option, k) => {
    const button = addButton(
      p.scene,
      p.overlay,
      { x: chipX + k * (chipWidth + 6), y: y + 2, width: chipWidth, height: height - 30 },
      {
        label: chipLabel(row, option.id),
        size: 12,
        group: `issue-${row.issue}`,
        at: at.group,
        tooltip: true,
        description: chipDescription(p, row, option.id),
        onActivate: () => p.state().actions.setDraft(row.issue, option.id),
      },
    );
    chips.push({ issue: row.issue, settlement: option.id, button });
  });
  return status;
}

export function addCallTable(p: CallParts, rows: TableRow[]): CallTable {
  addPanel(p.scene, {
    x: TABLE.x - 10,
    y: TABLE.y - 10,
    width: TABLE.width + 20,
    height: TABLE.height + 14,
  });
  const worth = addWorth(p, TABLE);
  const group = p.overlay.group(p.msg('call.table'));
  const rowHeight = Math.min(88, (TABLE.height - 30) / Math.max(1, rows.length));
  const chips: Chip[] = [];
  // Each row's status text and its own chips, kept together: a row is redrawn on its own.
  const drawnRows = rows.map((row, r) => {
    const first = chips.length;
    const status = addRow(
      p,
      row,
      { y: TABLE.y + 24 + r * rowHeight, height: rowHeight, group },
      chips,
    );
    return { issue: row.issue, status, chips: chips.slice(first) };
  });
  const refreshRow = (drawn: (typeof drawnRows)[number], s: StoreState, call: CallView) => {
    const row = call.table.find((r) => r.issue === drawn.issue);
    if (!row) return;
    drawn.status.setText(
      row.settled
        ? p.msg('call.settledLabel')
        : row.standing
          ? p.msg(row.standing.by === call.side ? 'call.standingMine' : 'call.standingTheirs')
          : '',
    );
    for (const chip of drawn.chips) {
      const option = row.options.find((o) => o.id === chip.settlement);
      chip.button.update({
        label: chipLabel(row, chip.settlement),
        description: chipDescription(p, row, chip.settlement),
        enabled: call.myTurn && row.settled === undefined && option?.redLine !== 'mine',
        pressed:
          s.draft[chip.issue] === chip.settlement || row.settled?.settlement === chip.settlement,
      });
    }
  };
  return {
    chips,
    refreshParts: [
      ...drawnRows.map((drawn) => (s: StoreState, call: CallView) => refreshRow(drawn, s, call)),
      (s: StoreState) => worth.show(s),
    ],
  };
}
