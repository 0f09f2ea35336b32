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
 * Rejoins a room after a dropped connection, through Colyseus's reconnection:
 * a few tries over `seconds`, as the seat is held for a minute.
 */
export async function rejoin(client: Client, token: string, seconds = 30): Promise<Room | null> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      return await client.reconnect(token);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  return null;
}
