#!/usr/bin/env python3
"""Draws Palate's toolbar icons (a plate on a warm tile) as PNGs, with no dependencies.

Run: python3 tools/icons.py   (writes extension/icons/icon-{16,32,48,128}.png)
"""
import math
import struct
import zlib
from pathlib import Path

TILE = (224, 99, 58)      # warm terracotta
PLATE = (255, 248, 240)   # off-white
RIM = (240, 200, 180)


def pixel(x, y, n):
    """Colour at pixel centre (x, y) of an n x n icon, with 4x4 supersampling."""
    acc = [0.0, 0.0, 0.0, 0.0]
    for sy in range(4):
        for sx in range(4):
            u = (x + (sx + 0.5) / 4) / n * 2 - 1
            v = (y + (sy + 0.5) / 4) / n * 2 - 1
            r = 0.28  # corner radius of the tile
            qx, qy = max(abs(u) - (1 - r), 0), max(abs(v) - (1 - r), 0)
            if math.hypot(qx, qy) > r:
                continue
            d = math.hypot(u, v)
            colour = PLATE if d < 0.45 else RIM if d < 0.62 else TILE
            for i in range(3):
                acc[i] += colour[i]
            acc[3] += 255
    return bytes(int(c / 16) for c in acc)


def png(n):
    rows = b"".join(b"\x00" + b"".join(pixel(x, y, n) for x in range(n)) for y in range(n))
    chunk = lambda tag, data: struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    header = struct.pack(">IIBBBBB", n, n, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "extension" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for n in (16, 32, 48, 128):
        (out / f"icon-{n}.png").write_bytes(png(n))
