// The one balance verdict of a scenario, read from a seeded sample of games:
// every ending the sample never reached (the last, catch-all ending included)
// and every ending it almost always reached is a warning with its figure
// ("0 of 300 games"), and the balance is healthy only when there is none.
// `scenario check`, `report`, `simulate` and the editor all word their verdict
// from this, so none of them can call a scenario healthy while another warns.
// Pure: it counts, it plays nothing (the sample is played by the caller).
import type { Scenario } from '../../scenario/schema.ts';
import type { DocPath, Severity } from '../../scenario/problem.ts';
import { plural, t, type Catalogue } from '../../messages/i18n.ts';

/** Which games a sample holds: the checker's mix, or `simulate`'s computer against itself. */
export type SampleKind = 'check' | 'simulate';

export interface BalanceSample {
  kind: SampleKind;
  seed: string;
  games: number;
  /** Ending id → how many games of the sample reached it. */
  endings: Readonly<Record<string, number>>;
}

export type EndingVerdict = 'never' | 'always' | 'fine';

export interface EndingBalance {
  ending: string;
  /** Its place in the file's endings. */
  index: number;
  count: number;
  share: number;
  /** The last ending without a condition: it takes every call the others do not. */
  catchAll: boolean;
  verdict: EndingVerdict;
}

export interface BalanceVerdict {
  sample: BalanceSample;
  endings: EndingBalance[];
  /** True only when the sample reached every ending and none almost always. */
  healthy: boolean;
}

/** A warning about the scenario at a path of its document (the caller finds the line). */
export interface BalanceFinding {
  severity: Severity;
  path: DocPath;
  message: string;
  fix: string;
}

/** An ending reached by more than this share of the sample is "almost always" reached. */
const ALMOST_ALWAYS = 0.95;

export function balanceVerdict(scenario: Scenario, sample: BalanceSample): BalanceVerdict {
  const lastIndex = scenario.endings.length - 1;
  const endings = scenario.endings.map((ending, index): EndingBalance => {
    const count = sample.endings[ending.id] ?? 0;
    const share = sample.games > 0 ? count / sample.games : 0;
    return {
      ending: ending.id,
      index,
      count,
      share,
      catchAll: index === lastIndex && ending.when === undefined,
      verdict:
        sample.games === 0
          ? 'fine'
          : count === 0
            ? 'never'
            : share > ALMOST_ALWAYS
              ? 'always'
              : 'fine',
    };
  });
  return { sample, endings, healthy: endings.every((e) => e.verdict === 'fine') };
}

/** The sample in words: "0 of 300 games: the computer against itself and …". */
export function sampleFigure(sample: BalanceSample, count: number, catalogue: Catalogue): string {
  return t(catalogue, 'balance.figure', {
    count,
    games: sample.games,
    sample: sampleKind(sample, catalogue),
  });
}

/** The sample itself in words: "the checker's 300 sample games (the computer against …)". */
export function sampleTitle(sample: BalanceSample, catalogue: Catalogue): string {
  return t(catalogue, 'balance.sampleTitle', {
    games: sample.games,
    sample: sampleKind(sample, catalogue),
  });
}

function sampleKind(sample: BalanceSample, catalogue: Catalogue): string {
  return t(
    catalogue,
    sample.kind === 'check' ? 'balance.sample.check' : 'balance.sample.simulate',
    {
      seed: sample.seed,
    },
  );
}

/** One warning for each ending the sample never or almost always reached. */
export function balanceFindings(verdict: BalanceVerdict, catalogue: Catalogue): BalanceFinding[] {
  return verdict.endings.flatMap((e): BalanceFinding[] => {
    const figure = sampleFigure(verdict.sample, e.count, catalogue);
    if (e.verdict === 'never')
      return [
        {
          severity: 'warning',
          path: ['endings', e.index],
          message: t(catalogue, e.catchAll ? 'balance.neverCatchAll' : 'balance.never', {
            ending: e.ending,
            figure,
          }),
          fix: t(catalogue, e.catchAll ? 'balance.neverCatchAllFix' : 'balance.neverFix', {
            ending: e.ending,
          }),
        },
      ];
    if (e.verdict === 'always')
      return [
        {
          severity: 'warning',
          path: ['endings', e.index],
          message: t(catalogue, 'balance.always', {
            ending: e.ending,
            share: Math.round(e.share * 100),
            figure,
          }),
          fix: t(catalogue, 'balance.alwaysFix'),
        },
      ];
    return [];
  });
}

/** The verdict in one sentence: healthy, or how many endings to look at. */
export function verdictSentence(verdict: BalanceVerdict, catalogue: Catalogue): string {
  const unwell = verdict.endings.filter((e) => e.verdict !== 'fine').length;
  return unwell === 0
    ? t(catalogue, 'balance.healthy', { games: verdict.sample.games })
    : plural(catalogue, 'balance.unhealthy', unwell, { games: verdict.sample.games });
}
