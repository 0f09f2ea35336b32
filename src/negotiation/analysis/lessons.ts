// A scenario's lessons ("for Mexico, evidence and respect beat threats"),
// checked in play: each is a claim that one reference player scores at least
// so many points more than another as a side, and this plays both against the
// computer through the bot tournament and says, with the figures, whether it
// holds. The players are passed in (they live in bots/, above this layer).
import type { Lesson, Scenario } from '../../scenario/schema.ts';
import { DIFFICULTIES, type Difficulty } from '../types.ts';
import type { Bot } from '../bots/bot.ts';
import { runTournament, type TournamentRow } from '../bots/tournament.ts';

/** Games a cell when checking lessons: enough for a steady mean, quick enough for `check`. */
export const LESSON_GAMES = 40;

export interface LessonCheck {
  /** The lesson's place in the file's `lessons` list. */
  index: number;
  lesson: Lesson;
  difficulty: Difficulty;
  /** Mean score of the better and the worse player as the lesson's side; undefined when a player is missing. */
  better?: number;
  worse?: number;
  holds: boolean;
}

/** Plays every lesson's two players, at each difficulty it names; one result per lesson and difficulty. */
export function checkLessons(
  scenario: Scenario,
  players: readonly Bot[],
  games = LESSON_GAMES,
  seed: string | number = 'lessons',
): LessonCheck[] {
  const rows = new Map<string, TournamentRow>();
  const key = (player: string, side: string, difficulty: Difficulty) =>
    `${player}\u0000${side}\u0000${difficulty}`;
  const wanted = new Map<string, { bot: Bot; side: string; difficulty: Difficulty }>();
  const cells = scenario.lessons.flatMap((lesson, index) =>
    difficultiesOf(lesson).map((difficulty) => ({ lesson, index, difficulty })),
  );
  for (const { lesson, difficulty } of cells) {
    for (const name of [lesson.better, lesson.worse]) {
      const bot = players.find((b) => b.name === name);
      if (bot)
        wanted.set(key(name, lesson.side, difficulty), { bot, side: lesson.side, difficulty });
    }
  }
  for (const { bot, side, difficulty } of wanted.values()) {
    const [row] = runTournament(scenario, {
      bots: [bot],
      sides: [side],
      difficulties: [difficulty],
      games,
      seed,
    }).results;
    if (row) rows.set(key(bot.name, side, difficulty), row);
  }
  return cells.map(({ lesson, index, difficulty }) => {
    const better = rows.get(key(lesson.better, lesson.side, difficulty))?.meanUtility;
    const worse = rows.get(key(lesson.worse, lesson.side, difficulty))?.meanUtility;
    const holds = better !== undefined && worse !== undefined && better - worse >= lesson.by - 1e-9;
    return {
      index,
      lesson,
      difficulty,
      ...(better !== undefined ? { better } : {}),
      ...(worse !== undefined ? { worse } : {}),
      holds,
    };
  });
}

function difficultiesOf(lesson: Lesson): Difficulty[] {
  return lesson.difficulty === 'all' ? [...DIFFICULTIES] : [lesson.difficulty];
}
