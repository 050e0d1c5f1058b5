"""Writes the bench/scan corpus into OUT (about SCALE GB): large legacy torch file, safetensors
shards, zip archives (torch zip, npz) and opcode-dense pickles. usage: scan_corpus.py OUT SCALE"""
import collections
import io
import json
import os
import pickle
import random
import struct
import sys
import types
import zipfile

out, scale = sys.argv[1], float(sys.argv[2])
MB = 1 << 20
rng = random.Random(1)
os.makedirs(out, exist_ok=True)

torch = types.ModuleType("torch")
torch_utils = types.ModuleType("torch._utils")
sys.modules["torch"], sys.modules["torch._utils"] = torch, torch_utils


def _rebuild_tensor_v2(*a):
    raise RuntimeError


_rebuild_tensor_v2.__module__ = "torch._utils"
torch_utils._rebuild_tensor_v2 = _rebuild_tensor_v2
FloatStorage = type("FloatStorage", (), {"__module__": "torch"})
torch.FloatStorage = FloatStorage


class Storage:
    def __init__(self, key, numel):
        self.key, self.numel = key, numel


class Tensor:
    def __init__(self, storage, shape):
        self.storage, self.shape = storage, shape

    def __reduce_ex__(self, proto):
        return (_rebuild_tensor_v2, (self.storage, 0, self.shape, (self.shape[1], 1), False, collections.OrderedDict()))


class TorchPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return ("storage", FloatStorage, obj.key, "cpu", obj.numel) if isinstance(obj, Storage) else None


def torch_pickle(n_tensors, numel):
    sd = collections.OrderedDict((f"model.layers.{i}.weight", Tensor(Storage(str(i), numel), (numel // 64, 64))) for i in range(n_tensors))
    buf = io.BytesIO()
    TorchPickler(buf, protocol=2).dump(sd)
    return buf.getvalue()


def write_zeros(f, n):
    block = b"\x00" * (8 * MB)
    while n > 0:
        f.write(block[: min(n, len(block))])
        n -= len(block)


# large legacy torch file: 5 pickles then raw storages
n, numel = 300, int(300 * MB * scale) // 300 // 4
with open(os.path.join(out, "legacy_model.bin"), "wb") as f:
    for obj in (0x1950A86A20F9469CFC6C, 1001, {"protocol_version": 1001, "little_endian": True}):
        f.write(pickle.dumps(obj, protocol=2))
    f.write(torch_pickle(n, numel))
    f.write(pickle.dumps([str(i) for i in range(n)], protocol=2))
    for i in range(n):
        f.write(struct.pack("<q", numel))
        write_zeros(f, numel * 4)

# safetensors shards
for shard in range(3):
    tensors, off = {}, 0
    size = int(100 * MB * scale) // 200 // 256 * 256
    for i in range(200):
        tensors[f"layers.{shard}.{i}.weight"] = {"dtype": "F32", "shape": [size // 4 // 64, 64], "data_offsets": [off, off + size]}
        off += size
    h = json.dumps(tensors).encode()
    h += b" " * (-len(h) % 8)
    with open(os.path.join(out, f"model-{shard:05d}-of-00003.safetensors"), "wb") as f:
        f.write(struct.pack("<Q", len(h)) + h)
        write_zeros(f, off)

# torch zip archive and npz
numel = int(200 * MB * scale) // 100 // 4
with zipfile.ZipFile(os.path.join(out, "model.pt"), "w", zipfile.ZIP_STORED) as z:
    z.writestr("archive/data.pkl", torch_pickle(100, numel))
    z.writestr("archive/byteorder", "little")
    for i in range(100):
        z.writestr(f"archive/data/{i}", b"\x00" * (numel * 4))
    z.writestr("archive/version", "3\n")
buf = io.BytesIO()
import numpy as np

with zipfile.ZipFile(os.path.join(out, "arrays.npz"), "w", zipfile.ZIP_STORED) as z:
    for i in range(20):
        b = io.BytesIO()
        np.save(b, np.zeros(int(2.5 * MB * scale) // 8))
        z.writestr(f"a{i}.npy", b.getvalue())

# payload-heavy pickle: NumPy arrays pickled with protocol 4 carry their bytes inline (BINBYTES8)
with open(os.path.join(out, "arrays_p4.pkl"), "wb") as f:
    pickle.dump({f"w{i}": np.zeros(int(100 * MB * scale) // 4 // 4, dtype=np.float32) for i in range(4)}, f, protocol=4)

# opcode-dense pickles
alphabet = "abcdefghijklmnopqrstuvwxyzĠ▁"
vocab = {}
while len(vocab) < int(2_000_000 * min(scale, 1) or 1):
    vocab["".join(rng.choice(alphabet) for _ in range(rng.randint(2, 10)))] = len(vocab)
with open(os.path.join(out, "tokenizer_vocab.pkl"), "wb") as f:
    pickle.dump(vocab, f, protocol=4)
with open(os.path.join(out, "floats.pkl"), "wb") as f:
    pickle.dump([rng.random() for _ in range(int(1_000_000 * min(scale, 1)) or 1)], f, protocol=2)
with open(os.path.join(out, "merges_p0.pkl"), "wb") as f:
    pickle.dump([(f"a{i}", f"b{i}") for i in range(int(300_000 * min(scale, 1)) or 1)], f, protocol=0)
