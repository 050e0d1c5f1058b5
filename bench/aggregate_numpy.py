"""Reference for bench/aggregate.ts: numpy's weighted sum over np.memmap.

python3 aggregate_numpy.py gen DIR CLIENTS MB   -> writes DIR/client-{i}.safetensors (F32), prints nothing
python3 aggregate_numpy.py ref OUT FILE:WEIGHT... -> FedAvg into OUT, prints {"seconds", "rss_mb"}
python3 aggregate_numpy.py diff A B            -> prints the largest |A - B| over the data, in float32 ulps
"""
import json
import os
import resource
import struct
import sys
import time

import numpy as np

TENSORS = 8


def gen(d, clients, mb):
    rng = np.random.default_rng(1)
    per_tensor = mb * 2**20 // 4 // TENSORS
    for i in range(clients):
        header, offset = {"__metadata__": {"num_samples": str(100 * (i + 1))}}, 0
        for t in range(TENSORS):
            header[f"layers.{t}.weight"] = {"dtype": "F32", "shape": [per_tensor // 1024, 1024], "data_offsets": [offset, offset + per_tensor * 4]}
            offset += per_tensor * 4
        text = json.dumps(header).encode()
        text += b" " * (-len(text) % 8)
        with open(f"{d}/client-{i}.safetensors", "wb") as f:
            f.write(struct.pack("<Q", len(text)) + text)
            for _ in range(TENSORS):
                rng.standard_normal(per_tensor, dtype=np.float32).tofile(f)


def data_of(path):
    with open(path, "rb") as f:
        (n,) = struct.unpack("<Q", f.read(8))
        header = f.read(n)
    return n, header, np.memmap(path, dtype="<f4", mode="r", offset=8 + n)


def ref(out, inputs):
    start, cpu = time.perf_counter(), os.times()
    weights, arrays = [], []
    for spec in inputs:
        path, weight = spec.rsplit(":", 1)
        n, header, data = data_of(path)
        weights.append(float(weight))
        arrays.append(data)
    total = sum(weights)
    acc = np.zeros(arrays[0].shape, dtype=np.float64)
    for w, data in zip(weights, arrays):
        acc += np.float64(w / total) * data  # a float64 scalar keeps the product in float64 (NEP 50)
    with open(out, "wb") as f:
        f.write(struct.pack("<Q", n) + header)
        acc.astype(np.float32).tofile(f)
    seconds = time.perf_counter() - start
    end = os.times()
    cpu_seconds = (end.user - cpu.user) + (end.system - cpu.system)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "rss_mb": rss_mb}))


def diff(a, b):
    _, _, x = data_of(a)
    _, _, y = data_of(b)
    assert x.shape == y.shape, "sizes differ"
    ulps = np.abs(x.view(np.int32).astype(np.int64) - y.view(np.int32).astype(np.int64))
    print(json.dumps({"max_ulps": int(ulps.max())}))


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "gen":
        gen(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif mode == "ref":
        ref(sys.argv[2], sys.argv[3:])
    else:
        diff(sys.argv[2], sys.argv[3])
