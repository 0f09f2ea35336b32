// The call's table as the player's screen shows it: each issue with what is
// settled, what stands on the table, and its options (the player's own red
// lines, the other side's known ones, and the follow-up talks' deferral).
import type { Issue, Scenario } from '../scenario/schema.ts';
import type { PlayerView } from '../negotiation/player-view.ts';
import { settlementLabel } from '../negotiation/dialogue.ts';
import type { GameState, Settlement, SideId } from '../negotiation/types.ts';
import { DEFERRED } from '../negotiation/types.ts';
import { t, type Catalogue } from '../messages/i18n.ts';

export interface TableRow {
  issue: string;
  name: string;
  /** The question on the table, in one sentence (shown with each option's explanation). */
  question?: string;
  settled?: { settlement: Settlement; label: string };
  standing?: { settlement: Settlement; label: string; by: SideId };
  options: { id: Settlement; label: string; text?: string; redLine: 'mine' | 'theirs' | null }[];
}

type Option = TableRow['options'][number];

/**
 * The one way to defer: a choice in the package like any option, its effect said in its
 * explanation; none when the scenario has no follow-up talks.
 */
function deferOption(scenario: Scenario, issue: Issue, catalogue: Catalogue): Option[] {
  if (scenario.followUpTalks === undefined) return [];
  return [
    {
      id: DEFERRED,
      label: t(catalogue, 'call.deferChip'),
      text: t(catalogue, 'call.deferExplain', {
        issue: issue.name,
        talks: scenario.followUpTalks,
      }),
      redLine: null,
    },
  ];
}

/** The issues on the table, for the side whose player view this is. */
export function callTable(
  scenario: Scenario,
  game: GameState,
  view: PlayerView,
  catalogue: Catalogue,
): TableRow[] {
  const mineRed = new Set(view.me.redLines.map((r) => `${r.issue}/${r.option}`));
  const theirRed = new Set(view.them.knownRedLines.map((r) => `${r.issue}/${r.option}`));
  const redLine = (key: string) =>
    mineRed.has(key) ? ('mine' as const) : theirRed.has(key) ? ('theirs' as const) : null;
  return scenario.issues.map((issue) => {
    const settled = game.settled[issue.id];
    const standing = game.standing?.terms[issue.id];
    const label = (s: Settlement) => settlementLabel(scenario, issue.id, s, catalogue);
    return {
      issue: issue.id,
      name: issue.name,
      ...(issue.question ? { question: issue.question } : {}),
      ...(settled !== undefined ? { settled: { settlement: settled, label: label(settled) } } : {}),
      ...(standing !== undefined && game.standing
        ? { standing: { settlement: standing, label: label(standing), by: game.standing.by } }
        : {}),
      options: [
        ...issue.options.map((o) => ({
          id: o.id,
          label: o.label,
          ...(o.text ? { text: o.text } : {}),
          redLine: redLine(`${issue.id}/${o.id}`),
        })),
        ...deferOption(scenario, issue, catalogue),
      ],
    };
  });
}
