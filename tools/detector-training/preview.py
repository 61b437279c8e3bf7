#!/usr/bin/python3
"""Writes a PNG sheet of training scenes as the network sees them after augmentation, the
target mask tinted green, to check the data and the augmentation by eye.

    /usr/bin/python3 preview.py --data DIR [--count 16] [--seed 1] [--out preview.png]
"""

import argparse
import struct
import zlib

import numpy as np
import torch
import torch.nn.functional as F

import train


def write_png(path, rgb):
    h, w, _ = rgb.shape
    raw = b"".join(b"\x00" + rgb[y].tobytes() for y in range(h))

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 6)))
        f.write(chunk(b"IEND", b""))


def tile(x, mask, prob=None):
    """x: 3 x H x W BGR 0..1; mask: 1 x H/4 x W/4. Returns H x W x 3 RGB uint8."""
    up = F.interpolate(mask[None], scale_factor=train.STRIDE, mode="nearest")[0, 0]
    img = x.flip(0).permute(1, 2, 0).clone()
    img[..., 1] = img[..., 1] * 0.6 + 0.4 * up
    if prob is not None:
        pu = F.interpolate(prob[None], scale_factor=train.STRIDE, mode="nearest")[0, 0]
        img[..., 0] = img[..., 0] * 0.6 + 0.4 * pu
    return (img.clamp(0, 1) * 255).byte().numpy()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--count", type=int, default=16)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="preview.png")
    ap.add_argument("--no-augment", action="store_true")
    args = ap.parse_args()
    gen = torch.Generator().manual_seed(args.seed)
    images, quads, has, _ = train.load(args.data)
    idx = np.arange(min(args.count, len(images)))
    x = torch.from_numpy(images[idx]).permute(0, 3, 1, 2).float() / 255.0
    q = torch.from_numpy(quads[idx]).clone()
    hs = torch.from_numpy(has[idx])
    if not args.no_augment:
        x, q = train.augment(x, q, gen)
    t = train.coverage(q, hs, x.shape[2], x.shape[3])
    tiles = [tile(x[i], t[i]) for i in range(len(idx))]
    cols = 4
    h, w, _ = tiles[0].shape
    rows = (len(tiles) + cols - 1) // cols
    sheet = np.zeros((rows * (h + 2), cols * (w + 2), 3), np.uint8)
    for i, tl in enumerate(tiles):
        r, c = divmod(i, cols)
        sheet[r * (h + 2):r * (h + 2) + h, c * (w + 2):c * (w + 2) + w] = tl
    write_png(args.out, sheet)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
