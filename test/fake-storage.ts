// A fake of the browser's localStorage for tests: one origin's data shared by
// several tabs, each tab told of the others' writes by a `storage` event (as
// browsers do: never the tab that wrote); site data blocked (every access
// throws SecurityError, as under a school's policy); or a quota in characters
// (QuotaExceededError past it).
import type { StorageEvents } from '../src/ui/editor/draft-storage.ts';

type Listener = (event: StorageEvent) => void;

export class FakeOrigin {
  readonly data = new Map<string, string>();
  blocked = false;
  /** Characters of keys and values allowed in all. */
  quota = Infinity;
  private readonly tabs: FakeTab[] = [];

  tab(): FakeTab {
    const tab = new FakeTab(this);
    this.tabs.push(tab);
    return tab;
  }

  used(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + v.length;
    return n;
  }

  /** @internal: a tab wrote; the other tabs hear of it. */
  tell(from: FakeTab, key: string, oldValue: string | null, newValue: string | null): void {
    for (const tab of this.tabs)
      if (tab !== from)
        for (const listener of tab.listeners)
          listener({ key, oldValue, newValue } as unknown as StorageEvent);
  }
}

export class FakeTab implements StorageEvents {
  readonly listeners = new Set<Listener>();
  readonly storage: Storage;

  constructor(private readonly origin: FakeOrigin) {
    const guard = () => {
      if (origin.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const tell = (key: string, old: string | null, value: string | null) =>
      origin.tell(this, key, old, value);
    this.storage = {
      get length() {
        guard();
        return origin.data.size;
      },
      key(i: number) {
        guard();
        return [...origin.data.keys()][i] ?? null;
      },
      getItem(key: string) {
        guard();
        return origin.data.get(key) ?? null;
      },
      setItem(key: string, value: string) {
        guard();
        const old = origin.data.get(key) ?? null;
        const after =
          origin.used() - (old === null ? 0 : key.length + old.length) + key.length + value.length;
        if (after > origin.quota)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        origin.data.set(key, value);
        tell(key, old, value);
      },
      removeItem(key: string) {
        guard();
        const old = origin.data.get(key) ?? null;
        origin.data.delete(key);
        if (old !== null) tell(key, old, null);
      },
      clear() {
        guard();
        origin.data.clear();
      },
    };
  }

  /** What the page sees as `localStorage`: reading it throws when site data is blocked. */
  localStorage = (): Storage => {
    if (this.origin.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.storage;
  };

  addEventListener(_type: 'storage', listener: Listener): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'storage', listener: Listener): void {
    this.listeners.delete(listener);
  }
}
