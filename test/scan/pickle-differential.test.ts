import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { disassemble } from '../../src/scan/pickle-disasm.js';
import { python, runPython } from '../support/components.js';

const py = python();
const script = fileURLToPath(new URL('../fixtures/scan/random_pickles.py', import.meta.url));

describe.skipIf(!py.available)('pickle reader vs pickletools.genops', () => {
  it('yields the same opcode stream (name, argument, position) for 3000 random pickles of protocols 0-5', () => {
    const lines = runPython(
      `import runpy, sys; sys.argv = ['x', '3000', '7']; runpy.run_path(${JSON.stringify(script)})`,
    )
      .trim()
      .split('\n');
    expect(lines).toHaveLength(3000);
    let ops = 0;
    const protocols = new Set<number>();
    for (const line of lines) {
      const {
        hex,
        proto,
        ops: expected,
      } = JSON.parse(line) as { hex: string; proto: number; ops: unknown[] };
      protocols.add(proto);
      const got = disassemble(Buffer.from(hex, 'hex'));
      expect(got.problems, hex).toEqual([]);
      expect(
        got.ops.map((o) => [o.name, o.arg, o.pos]),
        hex,
      ).toEqual(expected);
      ops += expected.length;
    }
    expect([...protocols].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ops).toBeGreaterThan(100_000);
  });
});
