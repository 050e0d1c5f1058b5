#!/usr/bin/env python3
"""Example evaluation: scores the model in $MODEL_DIR on a fixed labelled set.

Writes $EVAL_OUTPUT/metrics.json (accuracy, latency_p95_ms) and $EVAL_OUTPUT/samples.jsonl
(one line per sample: id, correct, latency_ms) so the gate can test significance on paired samples.
The tiny example model stands in for a real one: its config.json `quality` sets how often it is right.
"""
import hashlib
import json
import os
import random

model_dir = os.environ.get("MODEL_DIR", "examples/model")
out_dir = os.environ.get("EVAL_OUTPUT", ".model-deploy/eval")
os.makedirs(out_dir, exist_ok=True)

with open(os.path.join(model_dir, "config.json")) as f:
    config = json.load(f)
quality = float(config.get("quality", 0.9))
latency = float(config.get("latency_ms", 40.0))

samples = []
for i in range(2000):
    # Sample difficulty is fixed per id, so candidate and baseline are compared on the same items.
    difficulty = int(hashlib.sha256(f"sample-{i}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    rng = random.Random(i)
    samples.append({
        "id": f"sample-{i}",
        "correct": difficulty < quality,
        "latency_ms": round(latency * (0.8 + 0.4 * rng.random()), 3),
    })

latencies = sorted(s["latency_ms"] for s in samples)
metrics = {
    "accuracy": sum(s["correct"] for s in samples) / len(samples),
    "latency": {"p95_ms": latencies[int(0.95 * len(latencies)) - 1]},
}
with open(os.path.join(out_dir, "metrics.json"), "w") as f:
    json.dump(metrics, f, indent=2)
with open(os.path.join(out_dir, "samples.jsonl"), "w") as f:
    for s in samples:
        f.write(json.dumps(s) + "\n")
print(f"accuracy={metrics['accuracy']:.4f} p95={metrics['latency']['p95_ms']}ms")
