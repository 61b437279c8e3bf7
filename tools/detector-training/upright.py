#!/usr/bin/python3
"""Fits the weights of capture/upright.cpp: which way up a straightened ID card or licence lies.

The corners of an outline tell where a card's top is only up to a half turn, so a card laid
upside down comes out of the rectifier upside down. The layout of the 居民身份证 tells the
rest: on the emblem side the red emblem is top left; on the portrait side the photo (hair at
its top) is on the right, the text on the left, the number along the bottom. The card is read
at 428 x 270 px as three maps (thin dark print, dark areas, red), each averaged over a 6 x 4
grid; a feature is a cell of the top half minus the cell a half turn away, so the card turned
gives exactly the negated features and the score of a linear model without a constant changes
sign: above +threshold the card is upright, below -threshold upside down, in between unsure.

Data: labelled folders (gt.csv, meta.csv, images/) whose truth lists the corners in the
document's own order (top-left of the document first), as both scene generators write them:
`capture_eval --seed S --per-cell 3 --dump-synthetic DIR` and tools/other-scenes. Each ID card
is warped upright with its truth; the turned card is its negated features.

    /usr/bin/python3 tools/detector-training/upright.py DIR... [--test DIR...] [--kind licence]

prints the C++ weights, and for the --test folders how many cards come out right, wrong and
unsure. Needs python3-opencv, python3-numpy and python3-sklearn (training only; nothing here
runs at build or test time).
"""

import argparse
import csv
import os
import sys

import cv2
import numpy as np

# Per kind: the size it is read at (the card at 5 px/mm, the A3 licence at 1 px/mm), the grid,
# the size it is straightened to from the truth.
KINDS = {
    "id-card": {"size": (428, 270), "grid": (6, 4), "warp": (856, 540)},
    "licence": {"size": (420, 297), "grid": (8, 6), "warp": (840, 594)},
}
KIND = KINDS["id-card"]
THRESHOLD = 1.0


def maps(card):
    """The three maps, computed as capture/upright.cpp computes them."""
    small = cv2.resize(card, KIND["size"], interpolation=cv2.INTER_AREA)
    grey = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    values = np.sort(grey.ravel())
    p95 = float(values[int(np.floor(0.95 * (values.size - 1)))])
    small = cv2.convertScaleAbs(small, alpha=230.0 / max(30.0, p95))
    grey = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (13, 13))
    print_ = (cv2.morphologyEx(grey, cv2.MORPH_BLACKHAT, kernel) > 35).astype(np.float32)
    dark = (grey < 90).astype(np.float32)
    lab = cv2.cvtColor(small, cv2.COLOR_BGR2Lab)
    red = (lab[:, :, 1] > 158).astype(np.float32)
    return [print_, dark, red]


def features(card):
    out = []
    grid_x, grid_y = KIND["grid"]
    for m in maps(card):
        cells = cv2.resize(m, (grid_x, grid_y), interpolation=cv2.INTER_AREA)
        turned = cells[::-1, ::-1]
        out.extend((cells - turned)[: grid_y // 2].ravel())
    return np.array(out)


def cards(folder, kind="id-card"):
    gt = {r["file"]: r for r in csv.DictReader(open(os.path.join(folder, "gt.csv")))}
    meta = {r["file"]: r for r in csv.DictReader(open(os.path.join(folder, "meta.csv")))}
    for name, m in sorted(meta.items()):
        g = gt.get(name)
        if not g or not g["x1"] or m.get("doc_type") != kind:
            continue
        quad = np.array([[float(g["x%d" % i]), float(g["y%d" % i])] for i in range(1, 5)],
                        np.float32)
        image = cv2.imread(os.path.join(folder, "images", name))
        if image is None:
            continue
        w, h = KINDS[kind]["warp"]
        target = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
        warp = cv2.getPerspectiveTransform(quad, target)
        yield name, cv2.warpPerspective(image, warp, (w, h))


def load(folders, kind):
    x, names = [], []
    for folder in folders:
        for name, card in cards(folder, kind):
            x.append(features(card))
            names.append(os.path.join(folder, name))
    return np.array(x), names


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("train", nargs="+")
    parser.add_argument("--test", nargs="*", default=[])
    parser.add_argument("--kind", choices=sorted(KINDS), default="id-card")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation")
    args = parser.parse_args()
    from sklearn.linear_model import LogisticRegression

    global KIND
    KIND = KINDS[args.kind]
    x, _ = load(args.train, args.kind)
    if len(x) == 0:
        sys.exit("no documents of that kind in the training folders")
    model = LogisticRegression(fit_intercept=False, C=args.c, max_iter=5000)
    model.fit(np.vstack([x, -x]), np.r_[np.ones(len(x)), np.zeros(len(x))])
    w = model.coef_[0]
    s = x @ w
    print("training: %d documents, upright %d, wrong %d, unsure %d"
          % (len(x), (s > THRESHOLD).sum(), (s < -THRESHOLD).sum(),
             (abs(s) <= THRESHOLD).sum()))
    for folder in args.test:
        xt, names = load([folder], args.kind)
        st = xt @ w if len(xt) else np.array([])
        print("%s: %d documents, upright %d, wrong %d, unsure %d"
              % (folder, len(xt), (st > THRESHOLD).sum(), (st < -THRESHOLD).sum(),
                 (abs(st) <= THRESHOLD).sum()))
        for n, v in zip(names, st):
            if v < -THRESHOLD:
                print("  wrong: %s (%.2f)" % (n, v))
    per_map = len(w) // 3
    print("// print, dark, red; per map the top half's cells, row by row")
    for k, label in enumerate(("print", "dark", "red")):
        row = w[k * per_map:(k + 1) * per_map]
        print("    " + ", ".join("%.3f" % (round(v, 3) + 0.0) for v in row) + ", // " + label)


if __name__ == "__main__":
    main()
