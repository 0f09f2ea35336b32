// Joining a live class: the names students give are checked (the teacher's
// list, no two alike, nothing invisible), the join page can offer the list,
// and a burst of joins is refused before it fills the class.
import { describe, expect, it } from 'vitest';
import { CLASS_ROOM } from '../../src/net/protocol.ts';
import { TEACHER, useTestServer } from './helpers.ts';

const running = useTestServer();

/** The error code a join fails with (null: it joined). */
async function joinCode(code: string, name: string): Promise<number | null> {
  try {
    await running.client().joinById(code, { name });
    return null;
  } catch (error) {
    return (error as { code?: number }).code ?? -1;
  }
}

/** What GET /class-names answers for `code`: its status and the names. */
async function classNames(code: string): Promise<[number, unknown]> {
  const answer = await fetch(`http://127.0.0.1:${running.server().port}/class-names?code=${code}`);
  return [answer.status, await answer.json()];
}

describe('joining a class', () => {
  it("takes only names from the teacher's list, each once, and lists them for the join page", async () => {
    const roster = ['Ana Ruiz', 'Ben', ' ben ', 'Chloé\u200b', ''];
    const teacher = await running.client().create(CLASS_ROOM, { ...TEACHER, roster });
    const code = teacher.roomId;
    expect(await classNames(code)).toEqual([200, ['Ana Ruiz', 'Ben']]);
    expect(await classNames('ZZZZZ')).toEqual([404, []]);
    expect(await joinCode(code, 'Dana')).toBe(400);
    expect(await joinCode(code, 'Chloé\u200b')).toBe(400);
    expect(await joinCode(code, '  ana   ruiz ')).toBeNull();
    expect(await joinCode(code, 'Ana Ruiz')).toBe(409);
    expect(await joinCode(code, 'Ben')).toBeNull();
    await teacher.leave();
  });

  it('without a list takes any name, and refuses a burst of joins', async () => {
    const teacher = await running.client().create(CLASS_ROOM, TEACHER);
    const code = teacher.roomId;
    expect(await classNames(code)).toEqual([200, []]);
    // 60 tries in a few seconds (names that cannot be, so no one is seated), then even a good name waits.
    const tries = await Promise.all(Array.from({ length: 60 }, () => joinCode(code, '\u0007')));
    expect(tries.every((c) => c === 400)).toBe(true);
    expect(await joinCode(code, 'Zoe')).toBe(429);
    await teacher.leave();
  });
});
