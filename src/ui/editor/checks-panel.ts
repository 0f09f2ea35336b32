// The editor's checks panel: a one-line summary, the problems (each one a
// button to its line), and for a text whose deeper checks are done, the path
// to each ending with the balance verdict — the same figures as `scenario check`.
import type { CheckState, EditorState } from '../../store/editor-store.ts';
import type { FileReport } from '../../negotiation/analysis/file-report.ts';
import { plural, t, type Catalogue } from '../../messages/i18n.ts';
import { el } from '../dom.ts';
import type { YamlEditor } from './yaml-editor.ts';

export interface ChecksPanel {
  /** The panel's parts, in order, for the page's aside. */
  parts: HTMLElement[];
  render(s: EditorState, editor: YamlEditor): void;
}

/** The summary line's words for a check state. */
function summaryText(
  check: CheckState,
  errors: number,
  warnings: number,
  catalogue: Catalogue,
): string {
  if (check.stage === 'invalid') return plural(catalogue, 'editor.invalid', check.problems.length);
  if (errors > 0) return plural(catalogue, 'editor.errors', errors);
  // Until the loader has answered for this text, as while the deeper checks run: checking.
  if (check.stage === 'checking' || check.stage === 'pending')
    return t(catalogue, 'editor.checking');
  if (check.stage === 'failed') return t(catalogue, 'editor.checkFailed');
  return warnings > 0
    ? plural(catalogue, 'editor.okWarnings', warnings)
    : t(catalogue, 'editor.ok');
}

function problemItems(check: CheckState, editor: YamlEditor, catalogue: Catalogue): HTMLElement[] {
  return check.problems.map((p) => {
    const button = el(
      'button',
      { type: 'button', class: `problem ${p.severity}` },
      el(
        'span',
        { class: 'what' },
        t(catalogue, 'editor.problem', { line: p.line, severity: p.severity, message: p.message }),
      ),
      el('span', { class: 'fix' }, t(catalogue, 'editor.problemFix', { fix: p.fix })),
    );
    button.addEventListener('click', () => editor.goTo(p.line, p.column));
    return el('li', {}, button);
  });
}

/** Each ending's path, with its row of the balance verdict; the endings no path reached, with theirs. */
function endingItems(report: FileReport | null, catalogue: Catalogue): HTMLElement[] {
  const verdict = report?.verdict;
  const rowOf = (ending: string): HTMLElement[] => {
    const e = verdict?.endings.find((x) => x.ending === ending);
    return e && verdict
      ? [
          el(
            'p',
            { class: e.verdict === 'fine' ? '' : 'warn' },
            t(catalogue, 'balance.row', {
              ending,
              count: e.count,
              games: verdict.sample.games,
              share: `${Math.round(e.share * 100)}%`,
            }),
          ),
        ]
      : [];
  };
  const unreached = (verdict?.endings ?? []).filter((e) => !report?.endings?.[e.ending]);
  return [
    ...Object.entries(report?.endings ?? {}).map(([ending, moves]) =>
      el(
        'li',
        {},
        el(
          'details',
          {},
          el('summary', {}, plural(catalogue, 'editor.endingPath', moves.length, { ending })),
          el('ol', {}, ...moves.map((m) => el('li', {}, m))),
          ...rowOf(ending),
        ),
      ),
    ),
    ...unreached.map((e) => el('li', {}, ...rowOf(e.ending))),
  ];
}

export function createChecksPanel(catalogue: Catalogue): ChecksPanel {
  const summary = el('p', { id: 'check-summary', role: 'status', 'aria-live': 'polite' });
  const problemList = el('ol', { id: 'problems' });
  const endingsHeading = el('h3', {}, t(catalogue, 'editor.endings'));
  const endingList = el('ul', { id: 'endings' });
  const verdictLine = el('p', { id: 'balance-verdict' });
  return {
    parts: [summary, problemList, endingsHeading, endingList, verdictLine],
    render({ check }, editor) {
      const errors = check.problems.filter((p) => p.severity === 'error').length;
      const warnings = check.problems.length - errors;
      summary.textContent = summaryText(check, errors, warnings, catalogue);
      summary.className =
        errors > 0 || check.stage === 'invalid' ? 'bad' : warnings > 0 ? 'warn' : 'good';
      problemList.replaceChildren(...problemItems(check, editor, catalogue));
      const report = check.stage === 'done' ? check.report : null;
      const verdict = report?.verdict;
      endingsHeading.hidden = Object.keys(report?.endings ?? {}).length === 0 && !verdict;
      // The same figures and verdict as `scenario check`: every ending of the sample, reached or not.
      verdictLine.textContent = report?.verdictText ?? '';
      verdictLine.className = verdict ? (verdict.healthy ? 'good' : 'warn') : '';
      endingList.replaceChildren(...endingItems(report, catalogue));
      editor.showProblems(check.problems);
    },
  };
}
