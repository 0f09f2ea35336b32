// A V8 heap snapshot (.heapsnapshot JSON, as the Chrome DevTools Protocol's
// HeapProfiler.takeHeapSnapshot sends it) read into flat arrays: which objects
// are new in a later snapshot of the same page (ids are stable within a
// page), grouped by constructor, and the shortest path from a GC root that
// keeps one alive. For bench/memory-diff.ts.

export interface Snapshot {
  /** Per node: type name, name, id, self size, first edge index, edge count. */
  type: string[];
  name: string[];
  id: Float64Array;
  size: Float64Array;
  firstEdge: Uint32Array;
  edgeCount: Uint32Array;
  /** Per edge: type name, name, target node index. */
  edgeType: string[];
  edgeName: string[];
  edgeTo: Uint32Array;
  /** Per node: the index of the retainer on its shortest path from the root (-1: none), and the edge from it. */
  parent: Int32Array;
  parentEdge: Int32Array;
  /** Per node: 1 when it is a DOM node out of the document. */
  isDetached: Uint8Array;
  detached: number;
}

interface Raw {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** A snapshot's flat array read as numbers (a missing one is 0). */
const at = (xs: number[], i: number) => xs[i] ?? 0;

export function parseSnapshot(text: string): Snapshot {
  const raw = JSON.parse(text) as Raw;
  const { meta } = raw.snapshot;
  const nf = meta.node_fields.length;
  const n = raw.nodes.length / nf;
  const e = raw.edges.length / meta.edge_fields.length;
  const s: Snapshot = {
    type: new Array<string>(n),
    name: new Array<string>(n),
    id: new Float64Array(n),
    size: new Float64Array(n),
    firstEdge: new Uint32Array(n),
    edgeCount: new Uint32Array(n),
    edgeType: new Array<string>(e),
    edgeName: new Array<string>(e),
    edgeTo: new Uint32Array(e),
    parent: new Int32Array(n).fill(-1),
    parentEdge: new Int32Array(n).fill(-1),
    isDetached: new Uint8Array(n),
    detached: 0,
  };
  readNodes(raw, s);
  readEdges(raw, s);
  shortestPaths(s);
  return s;
}

function readNodes(raw: Raw, s: Snapshot): void {
  const { meta } = raw.snapshot;
  const nf = meta.node_fields.length;
  const [fType, fName, fId, fSize, fEdges, fDetached] = [
    'type',
    'name',
    'id',
    'self_size',
    'edge_count',
    'detachedness',
  ].map((name) => meta.node_fields.indexOf(name)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  let edge = 0;
  for (let i = 0; i < s.id.length; i++) {
    const base = i * nf;
    s.type[i] = meta.node_types[0][at(raw.nodes, base + fType)] ?? '?';
    s.name[i] = raw.strings[at(raw.nodes, base + fName)] ?? '';
    s.id[i] = at(raw.nodes, base + fId);
    s.size[i] = at(raw.nodes, base + fSize);
    s.firstEdge[i] = edge;
    s.edgeCount[i] = at(raw.nodes, base + fEdges);
    edge += at(raw.nodes, base + fEdges);
    // detachedness: 2 is a DOM node out of the document (-1: the field is not there).
    if (fDetached >= 0 && at(raw.nodes, base + fDetached) === 2) {
      s.isDetached[i] = 1;
      s.detached++;
    }
  }
}

function readEdges(raw: Raw, s: Snapshot): void {
  const { meta } = raw.snapshot;
  const ef = meta.edge_fields.length;
  const nf = meta.node_fields.length;
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((n) =>
    meta.edge_fields.indexOf(n),
  ) as [number, number, number];
  for (let j = 0; j < s.edgeTo.length; j++) {
    const base = j * ef;
    const type = meta.edge_types[0][at(raw.edges, base + eType)] ?? '?';
    const nameOrIndex = at(raw.edges, base + eName);
    s.edgeType[j] = type;
    s.edgeName[j] =
      type === 'element' || type === 'hidden'
        ? `[${nameOrIndex}]`
        : (raw.strings[nameOrIndex] ?? '');
    s.edgeTo[j] = at(raw.edges, base + eTo) / nf;
  }
}

/** The retainers a page's own objects are reached through first (the DevTools' own handles come last). */
const TOOLING = /DevTools console|InjectedScript|UtilityScript/;

/**
 * Breadth first from the root (node 0) over strong edges: each node's retainer on a shortest
 * path, through the page's own objects first, then through the tools' handles for the rest.
 */
function shortestPaths(s: Snapshot): void {
  const queue = new Uint32Array(s.id.length);
  let tail = 0;
  queue[tail++] = 0;
  s.parent[0] = 0;
  const held: number[] = [];
  const walk = (head: number, skipTools: boolean): void => {
    while (head < tail) {
      const from = queue[head++] ?? 0;
      if (skipTools && TOOLING.test(s.name[from] ?? '')) {
        held.push(from);
        continue;
      }
      const first = s.firstEdge[from] ?? 0;
      for (let j = first; j < first + (s.edgeCount[from] ?? 0); j++) {
        if (s.edgeType[j] === 'weak' || s.edgeType[j] === 'shortcut') continue;
        const to = s.edgeTo[j] ?? 0;
        if (s.parent[to] !== -1) continue;
        s.parent[to] = from;
        s.parentEdge[to] = j;
        queue[tail++] = to;
      }
    }
  };
  walk(0, true);
  const resume = tail;
  for (const node of held) queue[tail++] = node;
  walk(resume, false);
}

/** How objects are grouped: by constructor for objects, else by kind. */
function groupKey(s: Snapshot, i: number): string {
  const type = s.type[i] ?? '?';
  const name = s.name[i] ?? '';
  if (type === 'object' || type === 'native') return name;
  if (type.includes('string')) return '(string)';
  if (type === 'closure') return `(closure) ${name || 'anonymous'}`;
  if (type === 'array') return `(array) ${name}`;
  return `(${type}) ${name.slice(0, 40)}`;
}

export interface Group {
  key: string;
  count: number;
  size: number;
  /** Node indexes in the later snapshot, a few. */
  sample: number[];
}

/** Bytes by the snapshot's kind of node (object, code, string, …). */
export function kindTotals(s: Snapshot): Map<string, number> {
  const totals = new Map<string, number>();
  for (let i = 0; i < s.id.length; i++) {
    if (s.parent[i] === -1) continue;
    const type = s.type[i] ?? '?';
    const kind = type !== 'code' && (s.name[i] ?? '').startsWith('system /') ? 'system' : type;
    totals.set(kind, (totals.get(kind) ?? 0) + (s.size[i] ?? 0));
  }
  return totals;
}

/** The browser's own objects the page can reach (DOM nodes, canvases, …) counted by name, "Detached " first when out of the document. */
export function nativeCensus(s: Snapshot): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < s.id.length; i++) {
    const name = s.name[i] ?? '';
    if (s.type[i] !== 'native' || s.parent[i] === -1 || /^(blink|cppgc|v8|system)\b/.test(name))
      continue;
    const key = `${s.isDetached[i] ? 'Detached ' : ''}${name.slice(0, 90)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The objects of `b` not in `a` (by id), grouped, biggest count first. */
export function newObjects(a: Snapshot, b: Snapshot): { groups: Group[] } {
  const old = new Set(a.id);
  const groups = new Map<string, Group>();
  for (let i = 0; i < b.id.length; i++) {
    if (old.has(b.id[i] ?? 0)) continue;
    if (b.parent[i] === -1) continue; // not reachable from a root: garbage kept by the snapshot
    const key = `${b.isDetached[i] ? 'Detached ' : ''}${groupKey(b, i)}`;
    const g = groups.get(key) ?? { key, count: 0, size: 0, sample: [] };
    g.count++;
    g.size += b.size[i] ?? 0;
    if (g.sample.length < 10) g.sample.push(i);
    groups.set(key, g);
  }
  return { groups: [...groups.values()].sort((x, y) => y.count - x.count || y.size - x.size) };
}

/** The chain from a GC root to node `i`, outermost first: "Window.standoff → Object.store → …". */
export function retainerPath(s: Snapshot, i: number): string {
  const steps: string[] = [];
  for (let node = i, guard = 0; node > 0 && guard < 40; guard++) {
    const edge = s.parentEdge[node] ?? -1;
    const from = s.parent[node] ?? 0;
    steps.push(`${groupKey(s, from).slice(0, 50)}.${edge >= 0 ? s.edgeName[edge] : '?'}`);
    node = from;
  }
  return `${steps.reverse().join(' → ')} ⇒ ${groupKey(s, i)}`;
}

/** Each node's retainers (every edge, weak ones too), as offsets into one array. */
function retainersOf(s: Snapshot): { start: Uint32Array; from: Uint32Array } {
  const n = s.id.length;
  const start = new Uint32Array(n + 1);
  for (const to of s.edgeTo) start[to + 1] = (start[to + 1] ?? 0) + 1;
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
  const filled = start.slice(0, n);
  const from = new Uint32Array(s.edgeTo.length);
  for (let node = 0; node < n; node++) {
    const first = s.firstEdge[node] ?? 0;
    for (let j = first; j < first + (s.edgeCount[node] ?? 0); j++) {
      const to = s.edgeTo[j] ?? 0;
      from[filled[to] ?? 0] = node;
      filled[to] = (filled[to] ?? 0) + 1;
    }
  }
  return { start, from };
}

/** The node an edge named `name` of node `i` points to (-1: none). */
function edgeNamed(s: Snapshot, i: number, name: string): number {
  const first = s.firstEdge[i] ?? 0;
  for (let j = first; j < first + (s.edgeCount[i] ?? 0); j++)
    if (s.edgeName[j] === name) return s.edgeTo[j] ?? 0;
  return -1;
}

/** The function (its SharedFunctionInfo) a node of V8's stands for: itself, a closure's, a feedback vector's; -1 for others. */
function functionInfoOf(s: Snapshot, i: number): number {
  const name = s.name[i] ?? '';
  if (name.startsWith('system / SharedFunctionInfo')) return i;
  if (s.type[i] === 'closure') return edgeNamed(s, i, 'shared');
  if (name === 'system / FeedbackVector') return edgeNamed(s, i, 'shared_function_info');
  return -1;
}

/** A compiled function's parts that only it holds: its instructions and their tables. */
const CODE_PARTS = /^system \/ (InstructionStream|TrustedByteArray|ProtectedFixedArray)$/;

/** Where no script with a URL is found: functions the bench itself evaluates in the page, or V8's own code. */
export const NO_SCRIPT = '(no URL)';

/**
 * Bytes of V8's machine code (each compiled function's code object with the
 * instructions and tables only it holds), by the script of the function it
 * was compiled from: its URL's file name, the build's hash taken out
 * ("phaser.js"), or NO_SCRIPT.
 */
export function machineCodeByScript(s: Snapshot): Map<string, number> {
  const { start, from } = retainersOf(s);
  const holders = (node: number) => from.subarray(start[node] ?? 0, start[node + 1] ?? 0);
  const ownerScript = (code: number): string => {
    // Up a few retainers, breadth first, to the function the code belongs to.
    let frontier = [code];
    const seen = new Set(frontier);
    for (let depth = 0; depth < 5 && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const node of frontier)
        for (const holder of holders(node)) {
          if (seen.has(holder)) continue;
          seen.add(holder);
          const info = functionInfoOf(s, holder);
          const script = info >= 0 ? edgeNamed(s, info, 'script') : -1;
          if (script >= 0) return scriptFile(s.name[script] ?? '');
          next.push(holder);
        }
      frontier = next;
    }
    return NO_SCRIPT;
  };
  const totals = new Map<string, number>();
  for (let i = 0; i < s.id.length; i++) {
    if (s.name[i] !== 'system / Code' || s.parent[i] === -1) continue;
    let size = s.size[i] ?? 0;
    const first = s.firstEdge[i] ?? 0;
    for (let j = first; j < first + (s.edgeCount[i] ?? 0); j++) {
      const part = s.edgeTo[j] ?? 0;
      if (CODE_PARTS.test(s.name[part] ?? '') && holders(part).length === 1)
        size += s.size[part] ?? 0;
    }
    const script = ownerScript(i);
    totals.set(script, (totals.get(script) ?? 0) + size);
  }
  return totals;
}

/** "system / Script / http://…/assets/phaser-CUBDvxuU.js" → "phaser.js"; NO_SCRIPT without a URL. */
function scriptFile(node: string): string {
  const url = node.replace(/^system \/ Script \/ ?/, '');
  if (!/^[a-z-]+:/.test(url)) return NO_SCRIPT;
  const file = url.split(/[?#]/)[0]?.split('/').pop() ?? url;
  return file.replace(/-[A-Za-z0-9_-]{8}(\.js)$/, '$1');
}
