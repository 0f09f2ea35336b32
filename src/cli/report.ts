// `scenario report FILE [--out PATH]`: one self-contained HTML page for the
// teacher: the issues and options with both sides' values, the deal space
// (Pareto frontier, Nash point, walk-away values), which endings each pairing
// of negotiating styles reaches, the checker's findings, and a sample
// transcript for each ending. No script, no outside resource: it prints well.
import { writeFileSync } from 'node:fs';
import type { Scenario, Side } from '../scenario/schema.ts';
import { STYLES } from '../scenario/schema.ts';
import { analyseDeals } from '../negotiation/analysis/frontier.ts';
import type { DeepCheck } from '../negotiation/analysis/scenario-check.ts';
import { standardCheck } from '../negotiation/analysis/file-report.ts';
import { sampleTitle, verdictSentence } from '../negotiation/analysis/balance-verdict.ts';
import { describeTerms } from '../negotiation/dialogue.ts';
import { narrate, describeMove } from '../negotiation/narrate.ts';
import { playToEnd, replay } from '../negotiation/replay.ts';
import { createCallMachine } from '../negotiation/call-machine.ts';
import { seedFrom } from '../negotiation/random.ts';
import { sidesOf, tablesOf, termsOf } from '../negotiation/utility.ts';
import { playableScenario } from './read-scenario.ts';
import type { Catalogue } from '../messages/i18n.ts';

const esc = (s: string | number) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export function runReport(
  file: string,
  outPath: string | undefined,
  out: (line: string) => void,
  catalogue: Catalogue,
): number {
  const playable = playableScenario(file, out, catalogue);
  if (!playable) return 1;
  const html = makeReport(playable, file, catalogue);
  const target = outPath ?? `${file.replace(/\.ya?ml$/, '')}.report.html`;
  writeFileSync(target, html);
  out(`wrote ${target}`);
  return 0;
}

/** The page; `check` is the checker's result when the caller has it (else it is run, as `check` runs it). */
export function makeReport(
  s: Scenario,
  file: string,
  catalogue: Catalogue,
  gamesPerPairing = 40,
  check: DeepCheck = standardCheck(s, catalogue),
): string {
  const [a, b] = sidesOf(s);
  const analysis = analyseDeals(s);
  const machine = createCallMachine(s);
  const sides = sidesTable(s, a, b);
  const issues = issuesSection(s, a, b);
  const nash = analysis.nash
    ? describeTerms(s, termsOf(tablesOf(s), analysis.nash.choices), catalogue)
    : 'none: no deal is better than walking away for both';
  const chart = dealChart(analysis, a.leader, b.leader);
  const strategies = strategiesTable(s, [a, b], gamesPerPairing, check, catalogue);
  const transcripts = transcriptsSection(s, [a, b], machine, check, catalogue);
  const findings = findingsSection(check, catalogue);

  return `<!doctype html>
<html lang="${esc(s.language)}"><head><meta charset="utf-8"><title>${esc(s.title)} — scenario report</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#1b2430}
table{border-collapse:collapse;margin:.5em 0 1em}th,td{border:1px solid #c8d0d8;padding:.25em .6em;text-align:left}
th{background:#eef2f6}small{color:#5a6878;font-weight:normal}.warn,.warning{color:#8a4b00}.error{color:#a3261c}
.transcript{font-size:13px}.transcript .meters{color:#5a6878;list-style:none}svg{border:1px solid #c8d0d8}
@media print{h2{page-break-before:auto}}
</style></head><body>
<h1>${esc(s.title)}</h1>
<p>${esc(s.date)} · ${esc(file)} · ${s.callMinutes}-minute call</p>
<p>${esc(s.summary)}</p>
<h2>The sides</h2>${sides}
<h2>Issues and options</h2><p>Values are how much each side wants an option, from 0 to 100.</p>${issues}
<h2>The deal space</h2>
<p>${analysis.deals.length} possible deals, ${analysis.deals.filter((d) => d.feasible).length} within both sides' red lines; ${analysis.frontier.length} on the Pareto frontier. The Nash bargaining point: ${esc(nash)}.</p>
${chart}
<h2>Which endings each strategy reaches</h2><p>${gamesPerPairing} computer-against-computer games per pairing of styles, normal difficulty. The last row is the checker's own sample, the one its verdict below is read from.</p>${strategies}
<h2>What the checker found</h2>${findings}
<h2>A sample transcript for each ending</h2>${transcripts}
<h2>Sources</h2><ul>${s.sources.map((src) => `<li>${esc(src.title)} — ${esc(src.publisher)}${src.date ? `, ${esc(src.date)}` : ''}</li>`).join('')}</ul>
</body></html>
`;
}

type Machine = ReturnType<typeof createCallMachine>;

function sidesTable(s: Scenario, a: Side, b: Side): string {
  return `<table><tr><th></th><th>${esc(a.leader)} (${esc(a.country)})</th><th>${esc(b.leader)} (${esc(b.country)})</th></tr>
<tr><th>walk-away value</th><td>${a.walkAway}</td><td>${b.walkAway}</td></tr>
<tr><th>style</th><td>${a.style}</td><td>${b.style}</td></tr>
<tr><th>red lines</th><td>${esc(redLines(s, a.id))}</td><td>${esc(redLines(s, b.id))}</td></tr></table>`;
}

function issuesSection(s: Scenario, a: Side, b: Side): string {
  return s.issues
    .map(
      (
        issue,
      ) => `<h3>${esc(issue.name)} <small>(weight ${esc(a.leader)}: ${issue.weights[a.id] ?? 0}, ${esc(b.leader)}: ${issue.weights[b.id] ?? 0})</small></h3>
<table><tr><th>option</th><th>${esc(a.leader)}</th><th>${esc(b.leader)}</th><th>effects when agreed</th></tr>
${issue.options.map((o) => `<tr><td>${esc(o.label)}</td><td>${o.values[a.id] ?? 0}</td><td>${o.values[b.id] ?? 0}</td><td>${esc(effects(o.effects))}</td></tr>`).join('\n')}
${s.followUpTalks === undefined ? '' : `<tr><td><em>deferred to ${esc(s.followUpTalks)}</em></td><td>${issue.deferred?.values?.[a.id] ?? a.walkAway}</td><td>${issue.deferred?.values?.[b.id] ?? b.walkAway}</td><td>${esc(effects(issue.deferred?.effects))}</td></tr>`}</table>`,
    )
    .join('\n');
}

/** Which endings each pairing of styles reaches, and the checker's own sample below them. */
function strategiesTable(
  s: Scenario,
  [a, b]: readonly [Side, Side],
  gamesPerPairing: number,
  check: DeepCheck,
  catalogue: Catalogue,
): string {
  // Which endings each pairing of styles reaches (normal difficulty).
  const pairings = STYLES.flatMap((sa) => STYLES.map((sb) => [sa, sb] as const));
  const rows = pairings.map(([sa, sb]) => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < gamesPerPairing; i++) {
      const { game } = playToEnd(s, {
        seed: seedFrom(`report:${sa}:${sb}:${i}`),
        difficulty: 'normal',
        controllers: { [a.id]: 'computer', [b.id]: 'computer' },
        styles: { [a.id]: sa, [b.id]: sb },
      });
      const e = game.result?.ending ?? '';
      counts[e] = (counts[e] ?? 0) + 1;
    }
    return `<tr><th>${sa} / ${sb}</th>${s.endings.map((e) => `<td>${Math.round((100 * (counts[e.id] ?? 0)) / gamesPerPairing)}%</td>`).join('')}</tr>`;
  });
  // The checker's own sample, whose verdict is the one below: the same games as `check`'s.
  const verdict = check.verdict;
  const sampleRow = verdict
    ? `<tr class="sample"><th>${esc(sampleTitle(verdict.sample, catalogue))}</th>${verdict.endings.map((e) => `<td class="${e.verdict === 'fine' ? '' : 'warning'}">${e.count} (${Math.round(e.share * 100)}%)</td>`).join('')}</tr>`
    : '';
  return `<table><tr><th>${esc(a.leader)} / ${esc(b.leader)}</th>${s.endings.map((e) => `<th>${esc(e.title)}</th>`).join('')}</tr>\n${rows.join('\n')}\n${sampleRow}</table>`;
}

function transcriptsSection(
  s: Scenario,
  [a, b]: readonly [Side, Side],
  machine: Machine,
  check: DeepCheck,
  catalogue: Catalogue,
): string {
  return s.endings
    .map((ending) => {
      const path = check.paths[ending.id];
      if (!path)
        return `<h3>${esc(ending.title)}</h3><p class="warn">No game the checker tried reached this ending.</p>`;
      const settings = {
        seed: 1,
        difficulty: 'normal' as const,
        controllers: { [a.id]: 'human' as const, [b.id]: 'human' as const },
      };
      const game = replay(
        s,
        {
          scenario: s.id,
          settings,
          events: [
            { type: 'answer' },
            { type: 'proceed' },
            ...path.map((l) => ({ type: 'move' as const, side: l.side, move: l.move })),
          ],
        },
        machine,
      ).context.game;
      const lines = game.transcript.map((t) => {
        const n = narrate(s, t, catalogue);
        return n.kind === 'meters'
          ? `<li class="meters">${esc(n.text)}</li>`
          : `<li><b>${esc(n.speaker ?? '')}:</b> “${esc(n.text)}”</li>`;
      });
      return `<h3>${esc(ending.title)}</h3><p>Shortest way found: ${esc(path.map((l) => describeMove(s, l.side, l.move, catalogue)).join('; '))}.</p><ol class="transcript">${lines.join('')}</ol>`;
    })
    .join('\n');
}

function findingsSection(check: DeepCheck, catalogue: Catalogue): string {
  const verdict = check.verdict;
  // Healthy only when the verdict is, and no finding is left: never next to a warning.
  const verdictLine = verdict
    ? `<p class="verdict">${esc(verdictSentence(verdict, catalogue))}</p>`
    : '';
  return check.findings.length === 0
    ? `${verdictLine}<p>No problems found.</p>`
    : `${verdictLine}<ul>${check.findings.map((f) => `<li class="${f.severity}">${esc(f.severity)}: ${esc(f.message)} — ${esc(f.fix)}</li>`).join('')}</ul>`;
}

function redLines(s: Scenario, side: string): string {
  const reds = s.sides.find((x) => x.id === side)?.redLines ?? [];
  if (reds.length === 0) return 'none';
  return reds
    .map(
      (r) =>
        `${s.issues.find((i) => i.id === r.issue)?.options.find((o) => o.id === r.option)?.label ?? r.option}${r.public ? ' (public)' : ''}`,
    )
    .join('; ');
}

function effects(e: Record<string, number> | undefined): string {
  if (!e || Object.keys(e).length === 0) return '—';
  return Object.entries(e)
    .map(([m, v]) => `${m} ${v > 0 ? '+' : ''}${v}`)
    .join(', ');
}

function dealChart(
  analysis: ReturnType<typeof analyseDeals>,
  xName: string,
  yName: string,
): string {
  const size = 360;
  const pad = 36;
  const x = (u: number) => pad + ((size - 2 * pad) * u) / 100;
  const y = (u: number) => size - pad - ((size - 2 * pad) * u) / 100;
  const dots = analysis.deals
    .filter((d) => d.feasible)
    .map(
      (d) =>
        `<circle cx="${x(d.utilities[0]).toFixed(1)}" cy="${y(d.utilities[1]).toFixed(1)}" r="2.5" fill="#8796a5"/>`,
    )
    .join('');
  const frontier = [...analysis.frontier]
    .sort((p, q) => p.utilities[0] - q.utilities[0])
    .map((d) => `${x(d.utilities[0]).toFixed(1)},${y(d.utilities[1]).toFixed(1)}`)
    .join(' ');
  const [wa, wb] = analysis.walkAway;
  const nash = analysis.nash
    ? `<circle cx="${x(analysis.nash.utilities[0])}" cy="${y(analysis.nash.utilities[1])}" r="6" fill="#2e8b57"/><text x="${x(analysis.nash.utilities[0]) + 8}" y="${y(analysis.nash.utilities[1]) - 8}" font-size="12">Nash point</text>`
    : '';
  return `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img" aria-label="Every possible deal: utility to ${esc(xName)} across, to ${esc(yName)} up">
<line x1="${pad}" y1="${size - pad}" x2="${size - pad}" y2="${size - pad}" stroke="#333"/><line x1="${pad}" y1="${pad}" x2="${pad}" y2="${size - pad}" stroke="#333"/>
<line x1="${x(wa)}" y1="${pad}" x2="${x(wa)}" y2="${size - pad}" stroke="#999" stroke-dasharray="4 4"/><line x1="${pad}" y1="${y(wb)}" x2="${size - pad}" y2="${y(wb)}" stroke="#999" stroke-dasharray="4 4"/>
${dots}<polyline points="${frontier}" fill="none" stroke="#d08a00" stroke-width="2"/>${nash}
<text x="${size - pad}" y="${size - 8}" font-size="12" text-anchor="end">${esc(xName)} →</text><text x="8" y="${pad - 12}" font-size="12">↑ ${esc(yName)}</text></svg>
<p><small>Each dot is a deal; the orange line is the Pareto frontier (no deal beats these for both sides); dashed lines are the walk-away values.</small></p>`;
}
