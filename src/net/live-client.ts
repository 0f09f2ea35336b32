// The browser's end of a live class: a Colyseus client for the server the page
// came from (the live pages are served by it, so the page's
// Content-Security-Policy, 'self' only, lets them reach it and nothing else).
// Nothing here runs unless a live page is opened: the game itself never
// connects anywhere.
import { Client, type Room } from 'colyseus.js';

export type { Room };

/** A client for the server at `origin` (the page's own address). */
export function liveClient(origin: string): Client {
  return new Client(origin);
}

/**
 * Rejoins a room after a dropped connection: Colyseus's reconnection first
 * (the seat is held for a minute), else `fallback` — joining the room again
 * another way, for when the server process that held it has died and the
 * room resumes on another one. A few tries over `seconds`.
 */
export async function rejoin(
  client: Client,
  token: string,
  fallback?: () => Promise<Room>,
  seconds = 30,
): Promise<Room | null> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      return await client.reconnect(token);
    } catch {
      const again = await fallback?.().catch(() => null);
      if (again) return again;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  return null;
}
