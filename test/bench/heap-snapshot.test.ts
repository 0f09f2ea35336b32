// The memory bench's reading of V8 heap snapshots (bench/heap-snapshot.ts):
// whose script each compiled function's machine code belongs to.
import { describe, expect, it } from 'vitest';
import { machineCodeByScript, NO_SCRIPT, parseSnapshot } from '../../bench/heap-snapshot.ts';

interface Node {
  type: string;
  name: string;
  size: number;
  edges?: [type: string, name: string, to: number][];
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
    edges: [
      ['internal', 'shared', 2],
      ['internal', 'code', 4],
    ],
  },
  /* 2 */ {
    type: 'code',
    name: 'system / SharedFunctionInfo / render',
    size: 40,
    edges: [['internal', 'script', 3]],
  },
  /* 3 */ { type: 'code', name: PHASER, size: 80 },
  /* 4 */ {
    type: 'code',
    name: 'system / Code',
    size: 100,
    edges: [
      ['internal', 'instruction_stream', 5],
      ['internal', 'deoptimization_data', 6],
    ],
  },
  /* 5 */ { type: 'code', name: 'system / InstructionStream', size: 1000 },
  /* 6 */ { type: 'code', name: 'system / TrustedByteArray', size: 300 },
  /* 7 */ {
    type: 'code',
    name: 'system / SharedFunctionInfo / other',
    size: 40,
    edges: [
      ['internal', 'script', 3],
      ['internal', 'trusted_function_data', 8],
    ],
  },
  /* 8 */ {
    type: 'code',
    name: 'system / Code',
    size: 60,
    edges: [['internal', 'instruction_stream', 9]],
  },
  /* 9 */ { type: 'code', name: 'system / InstructionStream', size: 500 },
  /* 10 */ {
    type: 'code',
    name: 'system / Code',
    size: 20,
    edges: [['internal', 'instruction_stream', 11]],
  },
  /* 11 */ { type: 'code', name: 'system / InstructionStream', size: 200 },
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
