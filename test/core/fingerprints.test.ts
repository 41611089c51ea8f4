// The fingerprint table (src/core/text/fingerprints.ts): entries by 64-bit fingerprint, several
// entries to one fingerprint, collisions of the home slot, and growth past half full.
import { FingerprintTable } from "../../src/core/text/fingerprints";

/** Every entry stored under (h1, h2), in the order probing finds them. */
function entriesOf(table: FingerprintTable, h1: number, h2: number): number[] {
  const out: number[] = [];
  for (let slot = table.probe(h1, h2); table.entryAt(slot) >= 0; slot = table.probe(h1, h2, table.next(slot)))
    out.push(table.entryAt(slot));
  return out;
}

/** Stores entries 0, 1, 2 … under the fingerprints given, each after the ones with the same fingerprint. */
function tableOf(fingerprints: [number, number][]): FingerprintTable {
  const table = new FingerprintTable();
  fingerprints.forEach(([h1, h2], entry) => {
    let slot = table.probe(h1, h2);
    while (table.entryAt(slot) >= 0) slot = table.probe(h1, h2, table.next(slot));
    table.put(slot, h1, h2, entry);
  });
  return table;
}

const many = (n: number, f: (i: number) => [number, number]) => Array.from({ length: n }, (_, i) => f(i));

test.each<[string, [number, number][], [number, number], number[]]>([
  ["an empty table", [], [1, 2], []],
  ["one entry", [[1, 2]], [1, 2], [0]],
  ["same high half, other low half", [[1, 2]], [1, 3], []],
  ["same low half, other high half", [[1, 2]], [5, 2], []],
  [
    "two entries, one fingerprint",
    [
      [7, 7],
      [7, 7],
    ],
    [7, 7],
    [0, 1],
  ],
  [
    "the same home slot (high halves 4096 apart), other fingerprints",
    [
      [3, 0],
      [3 + 4096, 0],
      [3 + 8192, 0],
    ],
    [3 + 8192, 0],
    [2],
  ],
  ["negative halves", [[-1, -2147483648]], [-1, -2147483648], [0]],
  [
    "the last slot wraps to the first",
    [
      [4095, 1],
      [4095 + 4096, 1],
    ],
    [4095 + 4096, 1],
    [1],
  ],
  ["after growing: the first of 5000", many(5000, (i) => [i * 7919, i]), [0, 0], [0]],
  ["after growing: the last of 5000", many(5000, (i) => [i * 7919, i]), [4999 * 7919, 4999], [4999]],
  [
    "after growing: 3000 under one fingerprint",
    many(3000, () => [42, 42]),
    [42, 42],
    many(3000, (i) => [i, 0]).map(([i]) => i),
  ],
  ["after growing: not there", many(5000, (i) => [i * 7919, i]), [1, 1], []],
])("%s", (_, stored, [h1, h2], expected) => {
  expect(entriesOf(tableOf(stored), h1, h2)).toEqual(expected);
});

test.each([
  [0, 4096],
  [2048, 4096],
  [2049, 8192],
  [4097, 16384],
])("%i entries: capacity %i, never more than half full", (n, capacity) => {
  const table = tableOf(many(n, (i) => [i, -i]));
  expect([table.size, table.capacity]).toEqual([n, capacity]);
});
