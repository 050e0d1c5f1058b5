"""Reference for bench/scan: what picklescan's core does, on the same files, with pickletools.genops.
usage: scan_reference.py FILE...  → JSON {file: seconds}"""
import io
import json
import pickletools
import struct
import sys
import time
import zipfile

PICKLE_MAGIC = tuple(bytes([0x80, p]) for p in range(2, 6))


def walk_pickles(f, limit=None):
    count = 0
    while limit is None or count < limit:
        start = f.tell()
        if not f.read(1):
            return count
        f.seek(start)
        for _ in pickletools.genops(f):
            pass
        count += 1
    return count


def scan_npy(f):
    import numpy.lib.format as fmt

    version = fmt.read_magic(f)
    read = fmt.read_array_header_1_0 if version == (1, 0) else fmt.read_array_header_2_0
    shape, fortran, dtype = read(f)
    if dtype.hasobject:
        walk_pickles(f, 1)


def scan(path):
    with open(path, "rb") as f:
        head = f.read(16)
        f.seek(0)
        if head[:4] == b"PK\x03\x04":
            with zipfile.ZipFile(f) as z:
                for name in z.namelist():
                    with z.open(name) as m:
                        magic = m.read(6)
                    if name.endswith(".pkl") or magic[:2] in PICKLE_MAGIC:
                        with z.open(name) as m:
                            walk_pickles(io.BufferedReader(m))
                    elif magic == b"\x93NUMPY":
                        with z.open(name) as m:
                            scan_npy(m)
        elif head[2:4] == b"\x8a\x0a":
            walk_pickles(f, 5)
        elif head[8:9] == b"{":
            n = struct.unpack("<Q", f.read(8))[0]
            header = json.loads(f.read(n))
            end = 0
            for name, t in sorted(((k, v) for k, v in header.items() if k != "__metadata__"), key=lambda kv: kv[1]["data_offsets"]):
                b, e = t["data_offsets"]
                assert b == end
                end = e
        else:
            walk_pickles(f)


times = {}
for path in sys.argv[1:]:
    t0 = time.perf_counter()
    scan(path)
    times[path] = time.perf_counter() - t0
print(json.dumps(times))
