/**
 * One dependency cycle as task indices `[a, b, c]` where a needs b, b needs c and c needs a;
 * null when the graph is acyclic. Linear time: peel off every task whose needs can all be
 * ordered, then walk needs among the rest; each remaining task has a remaining need, so the
 * walk must revisit a task, and the loop it closed is a cycle.
 */
export function findCycle(n: number, predStart: Int32Array, pred: Int32Array): number[] | null {
  const succStart = new Int32Array(n + 1);
  for (let k = 0; k < pred.length; k++) succStart[pred[k]! + 1]!++;
  for (let i = 0; i < n; i++) succStart[i + 1]! += succStart[i]!;
  const succ = new Int32Array(pred.length);
  const fill = succStart.slice(0, n);
  for (let i = 0; i < n; i++) {
    for (let k = predStart[i]!; k < predStart[i + 1]!; k++) succ[fill[pred[k]!]!++] = i;
  }
  // Peel tasks whose needs are all peeled (Kahn on needs).
  const indegree = new Int32Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    indegree[i] = predStart[i + 1]! - predStart[i]!;
    if (indegree[i] === 0) queue[tail++] = i;
  }
  const peeled = new Uint8Array(n);
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    peeled[v] = 1;
    for (let k = succStart[v]!; k < succStart[v + 1]!; k++) {
      const s = succ[k]!;
      if (--indegree[s]! === 0) queue[tail++] = s;
    }
  }
  if (tail === n) return null;

  let start = 0;
  while (peeled[start]) start++;
  const position = new Int32Array(n).fill(-1);
  const path: number[] = [];
  let v = start;
  while (position[v] === -1) {
    position[v] = path.length;
    path.push(v);
    let next = -1;
    for (let k = predStart[v]!; k < predStart[v + 1]!; k++) {
      if (!peeled[pred[k]!]) {
        next = pred[k]!;
        break;
      }
    }
    v = next;
  }
  return path.slice(position[v]!);
}
