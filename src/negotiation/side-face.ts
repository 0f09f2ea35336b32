// What anyone may see of a scenario's leaders and issues: each leader's public
// face (name, country, role, flag, portrait, known wants) and the issues and
// options by name. Light on purpose (no rules, no schema values): the title
// screen shows it before the rest of the game has loaded.
import type { FLAG_EMBLEMS, FLAG_PATTERNS, FlagSpec, Scenario } from '../scenario/schema.ts';
import type { SideId } from './types.ts';

/** A flag as the screen draws it: a file's old list of colours becomes bands laid out as its portrait says. */
export interface FlagView {
  pattern: (typeof FLAG_PATTERNS)[number];
  colours: string[];
  emblem: (typeof FLAG_EMBLEMS)[number];
}

export function flagView(flag: FlagSpec | undefined, stripes: 'vertical' | 'horizontal'): FlagView {
  if (flag === undefined)
    return { pattern: 'vertical-bands', colours: ['#888888'], emblem: 'none' };
  if (Array.isArray(flag))
    return {
      pattern: stripes === 'horizontal' ? 'horizontal-bands' : 'vertical-bands',
      colours: flag,
      emblem: 'none',
    };
  return flag;
}

export interface SideView {
  id: SideId;
  country: string;
  leader: string;
  title: string;
  role: string;
  flag: FlagView;
  portrait: {
    hair: 'short' | 'long';
    hairColor: string;
    skin: string;
    stripes: 'vertical' | 'horizontal';
  };
  /** The other side's known wants, as this side's briefing shows them. */
  knownWants?: string;
}

/** An issue on the table, as its buttons name it: options in the scenario's order. */
export interface IssueView {
  id: string;
  name: string;
  options: { id: string; label: string }[];
}

/** A leader's public face, as the other side's briefing shows it. */
export function sideFace(s: Scenario['sides'][number]): SideView {
  return {
    id: s.id,
    country: s.country,
    leader: s.leader,
    title: s.title,
    role: s.role,
    flag: flagView(s.flag, s.portrait?.stripes ?? 'vertical'),
    portrait: s.portrait ?? {
      hair: 'short',
      hairColor: '#2b1d14',
      skin: '#c8a07e',
      stripes: 'vertical',
    },
    ...(s.knownWants ? { knownWants: s.knownWants } : {}),
  };
}

/** The issues on the table, as their buttons name them: options in the scenario's order. */
export function issueViews(scenario: Scenario): IssueView[] {
  return scenario.issues.map((i) => ({
    id: i.id,
    name: i.name,
    options: i.options.map((o) => ({ id: o.id, label: o.label })),
  }));
}
