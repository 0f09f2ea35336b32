// A scenario's lessons ("for Mexico, evidence and respect beat threats"),
// checked in play: each is a claim that one reference player scores at least
// so many points more than another as a side, and this plays both against the
// computer through the bot tournament and says, with the figures, whether it
// holds. The players are passed in (they live in bots/, above this layer).
// Games are played in rounds, and a lesson stops being played once its answer
// is clear: its difference is further from the margin than chance could carry
// it (most lessons hold or fail by far, and need one round); a close one is
// played to the most games. The i-th game of a player is the same however many
// are played, so the answer is the same every time.
import type { Lesson, Scenario } from '../../scenario/schema.ts';
import { DIFFICULTIES, type Difficulty } from '../types.ts';
import type { Bot } from '../bots/bot.ts';
import { BotRow } from '../bots/tournament.ts';
import { playerScore } from '../bots/player-score.ts';
import { hundredths, mean, sd } from '../bots/scores.ts';

/** The most games a player plays for a lesson: enough for a steady mean where the answer is close. */
export const LESSON_GAMES = 40;
/** Games a round: a lesson is judged after each. */
export const LESSON_ROUND = 10;
/** A lesson's answer is clear when its difference is this many standard errors from the margin… */
const CLEAR_BY_ERRORS = 3;
/** …and at least this many points from it (a few games that all score alike say little of the rest). */
const CLEAR_BY_POINTS = 2;

export interface LessonCheck {
  /** The lesson's place in the file's `lessons` list. */
  index: number;
  lesson: Lesson;
  difficulty: Difficulty;
  /** Games each player played for this answer. */
  games: number;
  /** Mean score of the better and the worse player as the lesson's side; undefined when a player is missing. */
  better?: number;
  worse?: number;
  holds: boolean;
}

/** One player's scores as one side at one difficulty, played as far as some lesson needs. */
interface Scores {
  row: BotRow;
  side: string;
  scores: number[];
}

/** Plays every lesson's two players, at each difficulty it names; one result per lesson and difficulty. */
export function checkLessons(
  scenario: Scenario,
  players: readonly Bot[],
  games = LESSON_GAMES,
  seed: string | number = 'lessons',
): LessonCheck[] {
  const rows = new Map<string, Scores>();
  const rowOf = (name: string, side: string, difficulty: Difficulty): Scores | undefined => {
    const key = `${name}\u0000${side}\u0000${difficulty}`;
    const known = rows.get(key);
    if (known) return known;
    const bot = players.find((b) => b.name === name);
    if (!bot) return undefined;
    const made = {
      row: new BotRow(scenario, bot, side, difficulty, seed),
      side,
      scores: [],
    };
    rows.set(key, made);
    return made;
  };
  const cells = scenario.lessons.flatMap((lesson, index) =>
    difficultiesOf(lesson).map((difficulty) => ({
      lesson,
      index,
      difficulty,
      better: rowOf(lesson.better, lesson.side, difficulty),
      worse: rowOf(lesson.worse, lesson.side, difficulty),
      games: 0,
    })),
  );
  const round = Math.max(1, Math.min(LESSON_ROUND, games));
  // A lesson naming a player not given plays one round of the other, to show its score.
  let open = cells;
  for (let n = round; open.length > 0; n = Math.min(games, n + round)) {
    for (const cell of open) {
      for (const row of [cell.better, cell.worse]) if (row) playTo(scenario, row, n);
      cell.games = n;
    }
    open = n >= games ? [] : open.filter((c) => !clear(c.lesson, c.better, c.worse, n));
  }
  return cells.map(({ lesson, index, difficulty, better, worse, games: played }) => {
    // As the tournament gives a row's mean: over the same games, to the hundredth.
    const b = better ? hundredths(mean(better.scores.slice(0, played))) : undefined;
    const w = worse ? hundredths(mean(worse.scores.slice(0, played))) : undefined;
    const holds = b !== undefined && w !== undefined && b - w >= lesson.by - 1e-9;
    return {
      index,
      lesson,
      difficulty,
      games: played,
      ...(b !== undefined ? { better: b } : {}),
      ...(w !== undefined ? { worse: w } : {}),
      holds,
    };
  });
}

function playTo(scenario: Scenario, row: Scores, n: number): void {
  while (row.scores.length < n)
    row.scores.push(playerScore(scenario, row.row.next().game, row.side));
}

/** Whether n games of each player leave no doubt whether the lesson holds. */
function clear(
  lesson: Lesson,
  better: Scores | undefined,
  worse: Scores | undefined,
  n: number,
): boolean {
  if (!better || !worse) return true;
  const [b, w] = [better.scores.slice(0, n), worse.scores.slice(0, n)];
  const gap = Math.abs(mean(b) - mean(w) - lesson.by);
  const error = Math.sqrt((sd(b) ** 2 + sd(w) ** 2) / n);
  return gap >= Math.max(CLEAR_BY_POINTS, CLEAR_BY_ERRORS * error);
}

function difficultiesOf(lesson: Lesson): Difficulty[] {
  return lesson.difficulty === 'all' ? [...DIFFICULTIES] : [lesson.difficulty];
}
