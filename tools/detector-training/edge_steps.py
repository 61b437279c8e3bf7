#!/usr/bin/python3
"""How visible a labelled document's sides are: the step in lightness across each true side.

For each side of each labelled outline, at 11 places along it (10 % to 90 % of its length), the
mean lightness 4-8 px inside the side minus the mean 4-8 px outside it; the side's step is the
median of the 11. Prints the quantiles of |step| and the share of sides with |step| <= 2 grey
levels (a side nothing but its print shows).

    edge_steps.py DIR [--background NAME] [--prefix TEXT]

DIR is a labelled folder (images/, gt.csv; meta.csv for --background), as the shared real
frames or a set written by `capture_eval --dump-synthetic`. Needs python3-numpy, python3-pil.
"""
import argparse
import csv

import numpy as np
from PIL import Image


def sample(img, p):
    x, y = p
    x0, y0 = int(np.floor(x)), int(np.floor(y))
    if x0 < 0 or y0 < 0 or x0 + 1 >= img.shape[1] or y0 + 1 >= img.shape[0]:
        return np.nan
    fx, fy = x - x0, y - y0
    top = (1 - fx) * img[y0, x0] + fx * img[y0, x0 + 1]
    bottom = (1 - fx) * img[y0 + 1, x0] + fx * img[y0 + 1, x0 + 1]
    return (1 - fy) * top + fy * bottom


def side_steps(path, quad):
    img = np.asarray(Image.open(path).convert("L")).astype(float)
    corners = [np.array(quad[i : i + 2]) for i in range(0, 8, 2)]
    centre = sum(corners) / 4
    steps = []
    for i in range(4):
        a, b = corners[i], corners[(i + 1) % 4]
        d = b - a
        t = d / np.linalg.norm(d)
        n = np.array([-t[1], t[0]])
        if np.dot(centre - a, n) < 0:
            n = -n  # inwards
        along = []
        for f in np.linspace(0.1, 0.9, 11):
            p = a + f * d
            inside = np.nanmean([sample(img, p + o * n) for o in range(4, 9)])
            outside = np.nanmean([sample(img, p - o * n) for o in range(4, 9)])
            along.append(inside - outside)
        steps.append(np.nanmedian(along))
    return steps


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir")
    ap.add_argument("--background", help="only frames of this background (meta.csv)")
    ap.add_argument("--prefix", default="", help="only files whose name starts so")
    args = ap.parse_args()
    meta = {}
    if args.background:
        with open(f"{args.dir}/meta.csv", newline="") as f:
            meta = {r["file"]: r for r in csv.DictReader(f)}
    steps = []
    with open(f"{args.dir}/gt.csv", newline="") as f:
        for row in csv.reader(f):
            if len(row) < 9 or row[0] == "file" or row[1] == "":
                continue
            if args.background and meta[row[0]]["background"] != args.background:
                continue
            if not row[0].startswith(args.prefix):
                continue
            steps += side_steps(f"{args.dir}/images/{row[0]}", [float(v) for v in row[1:9]])
    s = np.abs(np.array(steps))
    q = np.percentile(s, [10, 25, 50, 75, 90])
    print(f"{len(s)} sides; |step| 10/25/50/75/90 %: " + " / ".join(f"{v:.1f}" for v in q))
    print(f"share of sides with |step| <= 2 grey levels: {np.mean(s <= 2):.2f}")


if __name__ == "__main__":
    main()
