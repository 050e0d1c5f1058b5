"""Independent safetensors writer/reader and numpy float64 reference for the federated tests.

python3 numpy_reference.py gen SPEC_JSON    -> writes client (and base) checkpoints, prints update norms
python3 numpy_reference.py check SPEC_JSON  -> compares an aggregated file with the reference, prints JSON
bf16 has no numpy dtype: it is handled as uint16 bit patterns (the upper half of a float32).
"""
import json
import struct
import sys

import numpy as np

NP = {"F32": np.float32, "F64": np.float64, "F16": np.float16}


def bf16_bits_from_f32(x32):
    bits = np.ascontiguousarray(x32, dtype=np.float32).view(np.uint32).astype(np.uint64)
    rounded = (bits + 0x7FFF + ((bits >> 16) & 1)) >> 16  # round half to even on the dropped 16 bits
    return rounded.astype(np.uint16)


def bf16_to_f64(u16):
    return (u16.astype(np.uint32) << 16).view(np.float32).astype(np.float64)


def encode(values64, dtype):
    if dtype == "BF16":
        return bf16_bits_from_f32(values64.astype(np.float32)).tobytes()
    return values64.astype(NP[dtype]).tobytes()


def decode(raw, dtype, shape):
    if dtype == "BF16":
        return bf16_to_f64(np.frombuffer(raw, dtype="<u2")).reshape(shape)
    return np.frombuffer(raw, dtype=np.dtype(NP[dtype]).newbyteorder("<")).astype(np.float64).reshape(shape)


def write_file(path, tensors, dtype, metadata):
    header = {"__metadata__": metadata} if metadata else {}
    blobs, offset = [], 0
    for name, values in tensors.items():
        blob = encode(values, dtype)
        header[name] = {"dtype": dtype, "shape": list(values.shape), "data_offsets": [offset, offset + len(blob)]}
        offset += len(blob)
        blobs.append(blob)
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def read_file(path):
    """Strict reader: contiguous offsets from 0, sizes match shapes, exact file length."""
    data = open(path, "rb").read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + n])
    metadata = header.pop("__metadata__", {})
    assert all(isinstance(v, str) for v in metadata.values()), "metadata values must be strings"
    size = {"F32": 4, "F64": 8, "F16": 2, "BF16": 2}
    end = 0
    for name, info in sorted(header.items(), key=lambda kv: kv[1]["data_offsets"][0]):
        begin, stop = info["data_offsets"]
        assert begin == end, f"gap/overlap at {name}"
        assert stop - begin == int(np.prod(info["shape"], dtype=np.int64)) * size[info["dtype"]], f"size of {name}"
        end = stop
    assert 8 + n + end == len(data), "file length"
    tensors = {}
    for name, info in header.items():
        begin, stop = info["data_offsets"]
        tensors[name] = (info["dtype"], decode(data[8 + n + begin : 8 + n + stop], info["dtype"], info["shape"]))
    return tensors, metadata


def gen(spec):
    rng = np.random.default_rng(spec.get("seed", 0))
    dtype, d = spec["dtype"], spec["dir"]
    shapes = spec["tensors"]
    base = {k: rng.standard_normal(s) for k, s in shapes.items()}
    direction = {k: 0.05 * rng.standard_normal(s) for k, s in shapes.items()}
    norms = []
    for i in range(spec["clients"]):
        scale = spec.get("scales", [1.0] * spec["clients"])[i]
        update = {k: scale * (direction[k] + 0.05 * rng.standard_normal(s)) for k, s in shapes.items()}
        if spec.get("poison") == i:
            update = {k: 1000.0 * v for k, v in update.items()}
        if spec.get("nan") == i:
            name = next(k for k, s in shapes.items() if int(np.prod(s)) > 3)
            update[name].flat[3] = np.nan
        values = update if spec.get("deltas") else {k: base[k] + update[k] for k in shapes}
        meta = {"num_samples": str(spec["weights"][i])} if spec.get("weights") else {}
        if spec.get("format"):
            meta["format"] = spec["format"]
        write_file(f"{d}/c{i}.safetensors", values, dtype, meta)
        norm = float(np.sqrt(sum(np.sum(v.astype(np.float64) ** 2) for v in update.values())))
        norms.append(norm if np.isfinite(norm) else None)
    if spec.get("base"):
        write_file(f"{d}/base.safetensors", base, dtype, {"round": "4"})
    print(json.dumps({"norms": norms}))


def half_ulp(ref, dtype):
    a = np.abs(ref)
    if dtype == "F64":
        return 1e-12 * a + 1e-300
    if dtype == "BF16":
        r = bf16_to_f64(bf16_bits_from_f32(a.astype(np.float32)))
        _, e = np.frexp(np.maximum(r, 2.0**-126))
        return np.ldexp(1.0, e - 8) / 2
    return np.spacing(a.astype(NP[dtype])).astype(np.float64) / 2


def reference(spec, inputs, base):
    """float64 reference of the aggregate, tensor by tensor."""
    method = spec["method"]
    weights = np.array(spec["use_weights"], dtype=np.float64)
    shares = weights / weights.sum()
    subtract = base is not None and not spec.get("deltas")
    updates = [{k: v - base[k] if subtract else v for k, v in c.items()} for c in inputs]
    scales = np.ones(len(inputs))
    if method.startswith("fedavg-clip:"):
        limit = float(method.split(":")[1])
        norms = np.array([np.sqrt(sum(np.sum(v**2) for v in u.values())) for u in updates])
        scales = np.where(norms > limit, limit / np.where(norms > 0, norms, 1), 1.0)
    out = {}
    for name in inputs[0]:
        stack = np.stack([u[name] for u in updates])
        if method == "median":
            g = np.median(stack, axis=0)
        elif method.startswith("trimmed-mean"):
            frac = float(method.split(":")[1]) if ":" in method else 0.1
            k = int(np.floor(frac * len(inputs)))
            g = np.sort(stack, axis=0)[k : len(inputs) - k].mean(axis=0)
        else:
            g = np.tensordot(shares * scales, stack, axes=1)
        out[name] = g + base[name] if base is not None else g
    return out


def check(spec):
    d = spec["dir"]
    inputs = []
    for i in spec["use_clients"]:
        tensors, _ = read_file(f"{d}/c{i}.safetensors")
        inputs.append({k: v for k, (_, v) in tensors.items()})
    base = None
    if spec.get("base"):
        tensors, _ = read_file(f"{d}/base.safetensors")
        base = {k: v for k, (_, v) in tensors.items()}
    ref = reference(spec, inputs, base)
    ours, metadata = read_file(spec["out"])
    result = {"metadata": metadata, "tensors": {}}
    assert set(ours) == set(ref), f"tensor names {sorted(ours)} != {sorted(ref)}"
    for name, (dtype, values) in ours.items():
        r = ref[name]
        assert values.shape == r.shape, f"{name}: shape {values.shape} != {r.shape}"
        tol = half_ulp(r, dtype) * (1 + 1e-6)
        err = np.abs(values - r)
        ratio = float(np.max(err / tol)) if r.size else 0.0
        moved = float(np.max(np.abs(r - inputs[0][name] - (base[name] if base is not None and not spec.get("deltas") else 0)))) if r.size else 0.0
        result["tensors"][name] = {"dtype": dtype, "max_err_over_half_ulp": ratio, "size": int(r.size), "ref_vs_client0": moved}
    print(json.dumps(result))


def poison_distance(spec):
    """||result - (base + mean of honest updates)|| / ||mean of honest updates|| for the poisoning test."""
    d = spec["dir"]
    base = {k: v for k, (_, v) in read_file(f"{d}/base.safetensors")[0].items()}
    honest = [i for i in range(spec["clients"]) if i != spec["poison"]]
    clients = [{k: v for k, (_, v) in read_file(f"{d}/c{i}.safetensors")[0].items()} for i in honest]
    mean = {k: np.mean([c[k] - base[k] for c in clients], axis=0) for k in base}
    ours = {k: v for k, (_, v) in read_file(spec["out"])[0].items()}
    num = np.sqrt(sum(np.sum((ours[k] - base[k] - mean[k]) ** 2) for k in base))
    den = np.sqrt(sum(np.sum(mean[k] ** 2) for k in base))
    print(json.dumps({"relative_distance": float(num / den)}))


if __name__ == "__main__":
    {"gen": gen, "check": check, "poison": poison_distance}[sys.argv[1]](json.loads(sys.argv[2]))
