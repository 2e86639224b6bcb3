#!/usr/bin/env python3
"""Bytes of a wasm module's code by Rust crate, from its name section: the per-crate
breakdown `scripts/bench` prints for the card bundle (what to cut next).

    bench/tools/wasm-crates.py FILE.wasm [TOP]

FILE is the wasm as rustc links it (target/wasm32-unknown-unknown/release/talkcard.wasm),
before wasm-bindgen and wasm-opt strip the names: its sizes are larger than the shipped
file's, their shares are what matters. Each function body is counted for the crate its
mangled name starts with (an impl block: the crate of its type); data segments are reported
apart. Standard library only.
"""
import re
import sys
from collections import Counter


def leb(data, at):
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def sections(data):
    at = 8
    while at < len(data):
        kind = data[at]
        size, at = leb(data, at + 1)
        yield kind, data[at:at + size]
        at += size


def crate_of(name):
    """The crate a (legacy-mangled or plain) Rust symbol belongs to."""
    if name.startswith("__wbindgen_describe"):
        return "(wasm-bindgen descriptors: removed by wasm-bindgen)"
    if name.startswith("_R"):  # v0 mangling: the first crate root, `C<disambiguator>_<len><name>`
        m = re.search(r"C(?:s[0-9A-Za-z]*_)?(\d+)", name[2:])
        if m:
            start = 2 + m.end()
            return name[start:start + int(m.group(1))]
    m = re.match(r"_ZN(\d+)(.*)", name)
    if not m:
        return "(other: " + (name.split("::")[0][:30] or "?") + ")"
    length, rest = int(m.group(1)), m.group(2)
    first = rest[:length]
    if first.startswith("_$LT$"):
        inner = first[5:]
        inner = re.sub(r"^\$u\d+\$|^[&*]|^mut\$u20\$|^dyn\$u20\$", "", inner)
        inner = inner.lstrip("_")
        first = re.split(r"\.\.|\$", inner)[0] or "?"
    return first


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    data = open(path, "rb").read()
    imports = 0
    bodies = []
    names = {}
    data_bytes = 0
    for kind, body in sections(data):
        if kind == 2:  # imports: count the function imports, which come first in the index space
            count, at = leb(body, 0)
            for _ in range(count):
                for _ in range(2):
                    n, at = leb(body, at)
                    at += n
                desc = body[at]
                at += 1
                if desc == 0:
                    _, at = leb(body, at)
                    imports += 1
                elif desc == 1:
                    at += 1
                    flags, at = leb(body, at + 0)
                    _, at = leb(body, at)
                    if flags & 1:
                        _, at = leb(body, at)
                elif desc == 2:
                    flags, at = leb(body, at)
                    _, at = leb(body, at)
                    if flags & 1:
                        _, at = leb(body, at)
                elif desc == 3:
                    at += 2
        elif kind == 10:
            count, at = leb(body, 0)
            for _ in range(count):
                size, at = leb(body, at)
                bodies.append(size)
                at += size
        elif kind == 11:
            data_bytes = len(body)
        elif kind == 0:
            n, at = leb(body, 0)
            if body[at:at + n] != b"name":
                continue
            at += n
            while at < len(body):
                sub = body[at]
                size, at = leb(body, at + 1)
                end = at + size
                if sub == 1:
                    count, p = leb(body, at)
                    for _ in range(count):
                        index, p = leb(body, p)
                        n, p = leb(body, p)
                        names[index] = body[p:p + n].decode("utf-8", "replace")
                        p += n
                at = end
    by_crate = Counter()
    for i, size in enumerate(bodies):
        by_crate[crate_of(names.get(imports + i, "?"))] += size
    total = sum(bodies)
    print(f"| crate | code bytes | share |\n|---|---:|---:|")
    for crate, size in by_crate.most_common(top):
        print(f"| `{crate}` | {size} | {100 * size / total:.1f} % |")
    print(f"| all code ({len(bodies)} functions) | {total} | 100 % |")
    print(f"| data (strings, tables) | {data_bytes} | |")


if __name__ == "__main__":
    main()
