// The memory bench's reading of V8 heap snapshots (bench/heap-snapshot.ts):
// whose script each compiled function's machine code belongs to.
import { describe, expect, it } from 'vitest';
import { machineCodeByScript, NO_SCRIPT, parseSnapshot } from '../../bench/heap-snapshot.ts';

interface Node {
  type: string;
  name: string;
  size: number;
  edges?: Edge[];
}

/** A .heapsnapshot's JSON, as Chromium sends it, from a list of nodes (node 0 is the root). */
function heapSnapshotText(nodes: Node[]): string {
  const nodeTypes = ['hidden', 'object', 'closure', 'code', 'native'];
  const edgeTypes = ['internal', 'property', 'weak', 'hidden', 'element'];
  const strings: string[] = [];
  const string = (s: string) => {
    const i = strings.indexOf(s);
    return i >= 0 ? i : strings.push(s) - 1;
  };
  const NODE_FIELDS = ['type', 'name', 'id', 'self_size', 'edge_count', 'detachedness'];
  const flatNodes = nodes.flatMap((n, i) => [
    nodeTypes.indexOf(n.type),
    string(n.name),
    i * 2 + 1,
    n.size,
    n.edges?.length ?? 0,
    0,
  ]);
  const flatEdges = nodes.flatMap((n) =>
    (n.edges ?? []).flatMap(([type, name, to]) => [
      edgeTypes.indexOf(type),
      type === 'element' || type === 'hidden' ? 0 : string(name),
      to * NODE_FIELDS.length,
    ]),
  );
  return JSON.stringify({
    snapshot: {
      meta: {
        node_fields: NODE_FIELDS,
        node_types: [nodeTypes],
        edge_fields: ['type', 'name_or_index', 'to_node'],
        edge_types: [edgeTypes],
      },
    },
    nodes: flatNodes,
    edges: flatEdges,
    strings,
  });
}

const PHASER = 'system / Script / http://127.0.0.1:4173/assets/phaser-CUBDvxuU.js';

/**
 * The root holds: a closure of Phaser's whose optimised code has its own
 * instructions and a table it shares; a function whose baseline code hangs
 * from its SharedFunctionInfo; and code no function of a script holds.
 */
type Edge = [type: string, name: string, to: number];
const internal = (name: string, to: number): Edge => ['internal', name, to];
const code = (name: string, size: number, ...edges: Edge[]): Node => ({
  type: 'code',
  name,
  size,
  edges,
});

const NODES: Node[] = [
  {
    type: 'hidden',
    name: '(GC roots)',
    size: 0,
    edges: [
      ['property', 'render', 1],
      ['property', 'other', 7],
      ['property', 'orphan', 10],
      ['property', 'shared table', 6],
    ],
  },
  /* 1 */ {
    type: 'closure',
    name: 'render',
    size: 32,
    edges: [internal('shared', 2), internal('code', 4)],
  },
  /* 2 */ code('system / SharedFunctionInfo / render', 40, internal('script', 3)),
  /* 3 */ code(PHASER, 80),
  /* 4 */ code(
    'system / Code',
    100,
    internal('instruction_stream', 5),
    internal('deoptimization_data', 6),
  ),
  /* 5 */ code('system / InstructionStream', 1000),
  /* 6 */ code('system / TrustedByteArray', 300),
  /* 7 */ code(
    'system / SharedFunctionInfo / other',
    40,
    internal('script', 3),
    internal('trusted_function_data', 8),
  ),
  /* 8 */ code('system / Code', 60, internal('instruction_stream', 9)),
  /* 9 */ code('system / InstructionStream', 500),
  /* 10 */ code('system / Code', 20, internal('instruction_stream', 11)),
  /* 11 */ code('system / InstructionStream', 200),
];

describe('machineCodeByScript', () => {
  const totals = machineCodeByScript(parseSnapshot(heapSnapshotText(NODES)));

  it("counts a closure's code and its function's baseline code under the script's file, the build's hash taken out", () => {
    // 100 + 1000 (the table held by another retainer too is not counted), then 60 + 500.
    expect(totals.get('phaser.js')).toBe(1100 + 560);
  });

  it('counts code no script holds apart', () => {
    expect(totals.get(NO_SCRIPT)).toBe(220);
    expect([...totals.keys()].sort()).toEqual([NO_SCRIPT, 'phaser.js'].sort());
  });
});
