// Paired bootstrap, 10k resamples × 100k samples: ours (WebAssembly SIMD kernel, scalar fallback)
// against a vectorized numpy implementation run by python3 in the same process tree. First, the
// gate's simulated error rates with the defaults (bench/gate-rates.ts; GATE_RATE_SCALE=0.25 for a
// quicker, rougher table). The last line's seconds are the timing part only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { simdAvailable, simdResampleSums } from '../src/evaluate/bootstrap-kernel.js';
import { Xoshiro128 } from '../src/evaluate/prng.js';
import { type BootstrapResult, pairedBootstrap } from '../src/evaluate/stats.js';
import { formatRates, simulateGateRates } from './gate-rates.js';
import { judgeRates } from './judge-rates.js';

const n = Number(process.env.GATE_SAMPLES ?? 100_000);
const resamples = Number(process.env.GATE_RESAMPLES ?? 10_000);
const seed = 42;

{
  const started = performance.now();
  const rows = simulateGateRates(Number(process.env.GATE_RATE_SCALE ?? 1));
  console.log('gate error rates, defaults (alpha 0.05: each bound one-sided at 0.025; Holm across gates):');
  for (const line of formatRates(rows)) console.log(line);
  console.log(`(simulated in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  console.log('');
}

// per-sample deltas like a real comparison: mostly small noise, some flipped answers
const rng = new Xoshiro128(2026);
const deltas = new Float64Array(n);
for (let i = 0; i < n; i++) {
  const u = rng.nextU32() / 2 ** 32;
  deltas[i] = u < 0.04 ? -1 : u < 0.075 ? 1 : (rng.nextU32() / 2 ** 32 - 0.5) * 0.1;
}

const dir = mkdtempSync(join(tmpdir(), 'bench-gate-'));
const deltaFile = join(dir, 'deltas.f64');
writeFileSync(deltaFile, deltas);

const NUMPY = `
import json, sys, time
import numpy as np
d = np.fromfile(sys.argv[1], dtype='<f8')
n, R, seed, chunk = d.size, int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
t0 = time.perf_counter()
rng = np.random.default_rng(seed)
means = np.empty(R)
for start in range(0, R, chunk):
    k = min(chunk, R - start)
    idx = rng.integers(0, n, size=(k, n), dtype=np.uint32)
    means[start:start + k] = d[idx].mean(axis=1)
lo, hi = np.percentile(means, [2.5, 97.5])
seconds = time.perf_counter() - t0
print(json.dumps({"seconds": seconds, "lo": float(lo), "hi": float(hi)}))
`;

try {
  // best of a few runs on each side: the machine is shared, the minimum is the least disturbed
  const best = (runs: number, f: () => void) => {
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      f();
      min = Math.min(min, (performance.now() - t) / 1000);
    }
    return min;
  };
  let ours: BootstrapResult | undefined;
  const oursSeconds = best(3, () => {
    ours = pairedBootstrap(deltas, { resamples, seed, confidence: 0.95 });
  });
  const singleSeconds = best(2, () => simdResampleSums(deltas, resamples, seed, { helpers: 0 }));

  const numpy = () =>
    JSON.parse(
      execFileSync('python3', ['-c', NUMPY, deltaFile, String(resamples), String(seed), '100'], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      }),
    ) as { seconds: number; lo: number; hi: number };
  const refs = [numpy(), numpy()];
  const ref = refs.reduce((a, b) => (b.seconds < a.seconds ? b : a));

  const rows = [
    ['implementation', 'seconds', 'resamples/s', '95% CI of mean delta'],
    [
      `model-deploy (${simdAvailable() ? 'wasm simd' : 'scalar js'}, ${Math.min(4, availableParallelism())} threads)`,
      oursSeconds.toFixed(3),
      Math.round(resamples / oursSeconds).toString(),
      `[${ours!.ci[0].toFixed(5)}, ${ours!.ci[1].toFixed(5)}]`,
    ],
    [
      'model-deploy (wasm simd, 1 thread, resample sums only)',
      singleSeconds.toFixed(3),
      Math.round(resamples / singleSeconds).toString(),
      '',
    ],
    [
      'numpy vectorized (chunks of 100 resamples)',
      ref.seconds.toFixed(3),
      Math.round(resamples / ref.seconds).toString(),
      `[${ref.lo.toFixed(5)}, ${ref.hi.toFixed(5)}]`,
    ],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(
    `paired bootstrap: ${resamples} resamples x ${n} samples, seed ${seed} (best of 3 / 2 / 2 runs)`,
  );
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  // judge error rates
  await judgeRates();
  console.log(
    `gate: seconds=${oursSeconds.toFixed(3)} speed_vs_numpy=${(ref.seconds / oursSeconds).toFixed(2)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
