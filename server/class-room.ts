// A live class: the teacher creates it (its room id is the short join code),
// students join it with the code and a name, the teacher pairs them (or asks
// for random pairs: an odd student plays the computer) and starts every call
// at once. Starting stores each call (records.ts), has Colyseus create its call
// room on the least busy process, and hands each student a seat. The calls
// publish their progress on the class's presence channel, which the class room
// passes to the teacher's dashboard: public facts only, never a side's brief.
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { Room, ServerError, matchMaker, type Client } from '@colyseus/core';
import type { Scenario } from '../src/scenario/schema.ts';
import { scenarioHash } from '../src/scenario/hash.ts';
import { isWellFormed } from '../src/negotiation/result.ts';
import { DIFFICULTIES, type Controller } from '../src/negotiation/types.ts';
import { isLanguage } from '../src/messages/catalogues.ts';
import {
  CALL_ROOM,
  MSG,
  type CallSummary,
  type ClassOptions,
  type Dashboard,
  type Lobby,
  type Pairing,
  type Seat,
} from '../src/net/protocol.ts';
import { classChannel, type ServerDeps } from './deps.ts';
import type { StoredCall, StoredClass } from './records.ts';
import { callResults, callSummary, restoreCall } from './call-state.ts';

/** Letters and digits nobody misreads on a projector (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 5;
const MAX_STUDENT_NAME = 40;
const MAX_STUDENTS = 120;
/** At most this many joins in a window of JOIN_WINDOW_MS: a class arrives in a minute, a script faster. */
const JOIN_BURST = 60;
const JOIN_WINDOW_MS = 10_000;
/** The dashboard follows the calls at most this often: a projector needs no more. */
const DASHBOARD_MS = 250;

interface Member {
  teacher: boolean;
  name: string;
}

/** A student who joined: still listed after they leave the class room for their call. */
interface Joined {
  name: string;
  callId: string | null;
  seat?: Seat;
}

/** What a class room is created with: a new class (the teacher's options), or a stored one resumed with its key. */
type CreateOptions = Partial<ClassOptions> & { deps: ServerDeps; resume?: unknown; key?: unknown };

function newJoinCode(): string {
  return Array.from(
    { length: CODE_LENGTH },
    () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)],
  ).join('');
}

/** A student's name as typed: trimmed, spaces collapsed; null when it cannot be a name. */
function cleanName(raw: unknown): string | null {
  if (typeof raw !== 'string' || !isWellFormed(raw)) return null;
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  // No control or format characters (invisible names, right-to-left overrides).
  if (name.length === 0 || name.length > MAX_STUDENT_NAME || /[\p{Cc}\p{Cf}]/u.test(name))
    return null;
  return name;
}

/** The teacher's list of names: each cleaned, once (names match whatever their case), at most a class's worth. */
function readRoster(raw: unknown[]): string[] {
  const names = new Map<string, string>();
  for (const name of raw.map(cleanName))
    if (name !== null && !names.has(name.toLocaleLowerCase()))
      names.set(name.toLocaleLowerCase(), name);
  return [...names.values()].slice(0, MAX_STUDENTS);
}

function readOptions(
  raw: Partial<ClassOptions>,
  deps: ServerDeps,
): ClassOptions & { found: Scenario } {
  const language = isLanguage(raw.language) ? raw.language : 'en';
  const found =
    typeof raw.scenario === 'string' ? deps.shelf.get(raw.scenario, language) : undefined;
  if (!found) throw new ServerError(400, 'unknown scenario');
  const roster = Array.isArray(raw.roster) ? readRoster(raw.roster) : [];
  const difficulty = DIFFICULTIES.find((d) => d === raw.difficulty) ?? 'normal';
  const seed =
    typeof raw.seed === 'number' &&
    Number.isInteger(raw.seed) &&
    raw.seed >= 0 &&
    raw.seed <= 0xffffffff
      ? raw.seed
      : undefined;
  return {
    scenario: found.id,
    difficulty,
    language,
    roster,
    found,
    ...(seed === undefined ? {} : { seed }),
  };
}

/** What the class room lists about itself (Colyseus's room listing): its list of names, for the join page. */
export interface ClassListing {
  roster: string[];
}

export class ClassRoom extends Room<object, ClassListing, Member, Member> {
  override maxClients = MAX_STUDENTS + 1;
  private deps!: ServerDeps;
  private options!: ClassOptions & { found: Scenario };
  private teacherId: string | null = null;
  private pairs: Pairing['pairs'] = [];
  private started = false;
  private calls = new Map<string, CallSummary>();
  private joins: number[] = [];
  /** Every student who joined, by session id. */
  private joined = new Map<string, Joined>();
  /** The teacher's secret: it resumes the class on another process if this one dies. */
  private key = randomBytes(18).toString('base64url');
  private resumed = false;

  override async onCreate(options: CreateOptions): Promise<void> {
    this.deps = options.deps;
    if (typeof options.resume === 'string') await this.resume(options.resume, options.key);
    else {
      this.options = readOptions(options, this.deps);
      let code = newJoinCode();
      while (await matchMaker.getRoomById(code)) code = newJoinCode();
      this.roomId = code;
      await this.save();
    }
    await this.setMetadata({ roster: this.options.roster });
    await this.presence.subscribe(classChannel(this.roomId), this.onSummary);
    this.onMessage(MSG.pair, (client, message: unknown) =>
      this.asTeacher(client, () => this.pair(message)),
    );
    this.onMessage(MSG.pairRandom, (client) => this.asTeacher(client, () => this.pairRandom()));
    this.onMessage(MSG.start, (client) => this.asTeacher(client, () => this.start()));
  }

  /** The stored class `code`, if `key` is its teacher's: its students, pairs, and its calls as they stand. */
  private async resume(code: string, key: unknown): Promise<void> {
    const stored = await this.deps.store.getClass(code);
    if (!stored || stored.key !== key) throw new ServerError(403, 'no such class');
    // Only a class whose process is gone is resumed; a running one is joined (its listing is dropped if dead).
    const listed = await matchMaker.getRoomById(code);
    if (
      listed &&
      (listed.processId === matchMaker.processId ||
        (await matchMaker.healthCheckProcessId(listed.processId)))
    )
      throw new ServerError(409, 'the class is running: join it');
    this.options = readOptions(stored.options, this.deps);
    this.roomId = stored.code;
    this.key = stored.key;
    this.pairs = stored.pairs;
    this.started = stored.started;
    for (const { id, ...student } of stored.students) this.joined.set(id, student);
    const callIds = new Set(stored.students.flatMap((s) => (s.callId ? [s.callId] : [])));
    this.resumed = true;
    for (const id of callIds) {
      // A call whose record has expired is left out; the others show as they stand.
      const live = await restoreCall(this.deps, id).catch(() => null);
      if (!live) continue;
      this.calls.set(id, callSummary(live, callResults(live)));
      live.actor.stop();
    }
  }

  private stored(): StoredClass {
    const { found: _found, ...options } = this.options;
    return {
      code: this.roomId,
      key: this.key,
      options,
      students: [...this.joined].map(([id, s]) => ({ id, ...s })),
      pairs: this.pairs,
      started: this.started,
    };
  }

  /** Written on every change, so another process can resume the class. */
  private async save(): Promise<void> {
    await this.deps.store.putClass(this.stored());
  }

  override onAuth(_client: Client, raw: unknown): Member {
    const options = (raw ?? {}) as { teacher?: unknown; name?: unknown; key?: unknown };
    if (options.teacher === true) {
      const first = !this.resumed && this.clients.length === 0 && this.joined.size === 0;
      // The key opens the class to the teacher's page again (a new tab, or after a lost connection).
      if (!(first || options.key === this.key))
        throw new ServerError(403, 'the class has its teacher');
      return { teacher: true, name: '' };
    }
    const now = this.clock.currentTime;
    this.joins = this.joins.filter((at) => now - at < JOIN_WINDOW_MS);
    if (this.joins.length >= JOIN_BURST)
      throw new ServerError(429, 'too many joins: try again in a few seconds');
    this.joins.push(now);
    const name = cleanName(options.name);
    if (!name) throw new ServerError(400, 'name');
    const roster = this.options.roster;
    if (
      roster.length > 0 &&
      !roster.some((r) => r.toLocaleLowerCase() === name.toLocaleLowerCase())
    )
      throw new ServerError(400, 'not on the list');
    if (
      this.students().some((s) => s.userData?.name.toLocaleLowerCase() === name.toLocaleLowerCase())
    )
      throw new ServerError(409, 'name taken');
    return { teacher: false, name };
  }

  override onJoin(client: Client<Member, Member>): void {
    const auth = client.auth;
    if (!auth) return;
    client.userData = { teacher: auth.teacher, name: auth.name };
    if (auth.teacher) this.teacherId = client.sessionId;
    else {
      this.takeOver(client.sessionId, auth.name);
      this.sendLobby(client);
      void this.save();
    }
    this.sendDashboard();
  }

  /** A student listed under an id nobody holds now (the class resumed elsewhere, or they joined again) is this one. */
  private takeOver(id: string, name: string): void {
    const online = new Set(this.clients.map((c) => c.sessionId));
    const same = (other: string) => other.toLocaleLowerCase() === name.toLocaleLowerCase();
    const old = [...this.joined].find(([oldId, s]) => !online.has(oldId) && same(s.name));
    if (!old) {
      this.joined.set(id, { name, callId: null });
      return;
    }
    const [oldId, entry] = old;
    this.joined.delete(oldId);
    this.joined.set(id, entry);
    this.pairs = this.pairs.map((p) => ({
      a: p.a === oldId ? id : p.a,
      b: p.b === oldId ? id : p.b,
    }));
  }

  override async onLeave(client: Client<Member, Member>, consented: boolean): Promise<void> {
    if (!consented) {
      try {
        const back = await this.allowReconnection(client, this.deps.reconnectSeconds);
        if (back.userData?.teacher) this.sendDashboard();
        else this.sendLobby(back);
        return;
      } catch {
        // Gone for good: a student's call keeps their seat (the seat's token is theirs).
      }
    }
    if (client.sessionId === this.teacherId) this.teacherId = null;
    if (!this.started) {
      this.pairs = this.pairs.filter((p) => p.a !== client.sessionId && p.b !== client.sessionId);
      void this.save();
    }
    this.sendDashboard();
  }

  override async onDispose(): Promise<void> {
    this.presence.unsubscribe(classChannel(this.roomId), this.onSummary);
  }

  private dashboardPending = false;

  /**
   * A call's news, passed on at most every DASHBOARD_MS: every move of every
   * call in the class would otherwise serialise and send the whole dashboard
   * (some fifteen calls' summaries) again.
   */
  private readonly onSummary = (summary: CallSummary): void => {
    this.calls.set(summary.callId, summary);
    if (this.dashboardPending) return;
    this.dashboardPending = true;
    this.clock.setTimeout(() => {
      this.dashboardPending = false;
      this.sendDashboard();
    }, DASHBOARD_MS);
  };

  private students(): Client<Member, Member>[] {
    return this.clients.filter((c) => c.userData && !c.userData.teacher);
  }

  private asTeacher(client: Client<Member, Member>, act: () => void | Promise<void>): void {
    if (client.sessionId !== this.teacherId) return;
    void Promise.resolve(act()).catch((error: unknown) =>
      console.error(`class ${this.roomId}:`, error),
    );
  }

  private pair(message: unknown): void {
    if (this.started) return;
    const ids = new Set(this.students().map((s) => s.sessionId));
    const raw = (message as Partial<Pairing> | null)?.pairs;
    if (!Array.isArray(raw)) return;
    const used = new Set<string>();
    const pairs: Pairing['pairs'] = [];
    for (const p of raw as unknown[]) {
      const { a, b } = (p ?? {}) as { a?: unknown; b?: unknown };
      if (typeof a !== 'string' || !ids.has(a) || used.has(a)) continue;
      const partner = typeof b === 'string' && ids.has(b) && !used.has(b) && b !== a ? b : null;
      used.add(a);
      if (partner) used.add(partner);
      pairs.push({ a, b: partner });
    }
    this.pairs = pairs;
    void this.save();
    this.sendDashboard();
  }

  private pairRandom(): void {
    if (this.started) return;
    const ids = this.students().map((s) => s.sessionId);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
    }
    const pairs: Pairing['pairs'] = [];
    for (let i = 0; i < ids.length; i += 2)
      pairs.push({ a: ids[i] as string, b: ids[i + 1] ?? null });
    this.pairs = pairs;
    void this.save();
    this.sendDashboard();
  }

  /** Every pair's call stored, its room created, its players seated: all at once. */
  private async start(): Promise<void> {
    if (this.started || this.pairs.length === 0) return;
    this.started = true;
    const scenario = this.options.found;
    const [first, second] = scenario.sides;
    if (!first || !second) return;
    const bySession = new Map(this.students().map((s) => [s.sessionId, s]));
    await Promise.all(
      this.pairs.map(async ({ a, b }) => {
        const players = [bySession.get(a), b === null ? undefined : bySession.get(b)];
        const callId = randomUUID();
        const seats: StoredCall['seats'] = {};
        const controllers: Record<string, Controller> = {};
        [first, second].forEach((side, i) => {
          const player = players[i];
          controllers[side.id] = player ? 'human' : 'computer';
          if (player)
            seats[side.id] = {
              name: player.userData?.name ?? '',
              token: randomBytes(18).toString('base64url'),
            };
        });
        await this.deps.store.putCall({
          id: callId,
          classCode: this.roomId,
          scenario: scenario.id,
          hash: scenarioHash(scenario),
          language: this.options.language,
          settings: {
            seed: this.options.seed ?? randomInt(2 ** 31),
            difficulty: this.options.difficulty,
            controllers,
          },
          seats,
        });
        await matchMaker.createRoom(CALL_ROOM, { callId });
        [first, second].forEach((side, i) => {
          const player = players[i];
          const seat = seats[side.id];
          if (!player || !seat) return;
          this.joined.set(player.sessionId, {
            name: seat.name,
            callId,
            seat: { callId, side: side.id, token: seat.token },
          });
          this.sendLobby(player);
        });
      }),
    );
    await this.save();
    this.sendDashboard();
  }

  private sendLobby(client: Client<Member, Member>): void {
    const lobby: Lobby = {
      code: this.roomId,
      scenario: this.options.found.title,
      name: client.userData?.name ?? '',
      paired: this.pairs.some((p) => p.a === client.sessionId || p.b === client.sessionId),
    };
    client.send(MSG.lobby, lobby);
    const seat = this.joined.get(client.sessionId)?.seat;
    if (seat) client.send(MSG.seat, seat);
  }

  private sendDashboard(): void {
    const teacher = this.clients.find((c) => c.sessionId === this.teacherId);
    if (!teacher) return;
    const dashboard: Dashboard = {
      code: this.roomId,
      key: this.key,
      scenario: this.options.found.title,
      students: [...this.joined].map(([id, s]) => ({ id, name: s.name, callId: s.callId })),
      pairs: this.pairs,
      started: this.started,
      calls: [...this.calls.values()],
    };
    teacher.send(MSG.dashboard, dashboard);
  }
}
