// Worker-thread entry: runs one range of a weighted-sum pass (see fedavg-range.ts) and posts its result.
import { parentPort, workerData } from 'node:worker_threads';
import { type RangeSpec, runRange } from './fedavg-range.js';

const result = await runRange(workerData as RangeSpec, undefined, (progress) =>
  parentPort!.postMessage({ progress }),
);
parentPort!.postMessage(result, result.kind === 'done' ? [result.stats.buffer as ArrayBuffer] : []);
