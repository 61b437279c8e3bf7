#!/usr/bin/python3
"""Fits the weights of capture/upright.cpp: which way up a straightened ID card lies.

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

    /usr/bin/python3 tools/detector-training/upright.py DIR... [--test DIR...]

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

WIDTH, HEIGHT = 428, 270  # the card at 5 px/mm
GRID_X, GRID_Y = 6, 4
THRESHOLD = 1.0


def maps(card):
    """The three maps, computed as capture/upright.cpp computes them."""
    small = cv2.resize(card, (WIDTH, HEIGHT), interpolation=cv2.INTER_AREA)
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
    for m in maps(card):
        cells = cv2.resize(m, (GRID_X, GRID_Y), interpolation=cv2.INTER_AREA)
        turned = cells[::-1, ::-1]
        out.extend((cells - turned)[: GRID_Y // 2].ravel())
    return np.array(out)


def cards(folder):
    gt = {r["file"]: r for r in csv.DictReader(open(os.path.join(folder, "gt.csv")))}
    meta = {r["file"]: r for r in csv.DictReader(open(os.path.join(folder, "meta.csv")))}
    for name, m in sorted(meta.items()):
        g = gt.get(name)
        if not g or not g["x1"] or m.get("doc_type") != "id-card":
            continue
        quad = np.array([[float(g["x%d" % i]), float(g["y%d" % i])] for i in range(1, 5)],
                        np.float32)
        image = cv2.imread(os.path.join(folder, "images", name))
        if image is None:
            continue
        target = np.array([[0, 0], [856, 0], [856, 540], [0, 540]], np.float32)
        h = cv2.getPerspectiveTransform(quad, target)
        yield name, cv2.warpPerspective(image, h, (856, 540))


def load(folders):
    x, names = [], []
    for folder in folders:
        for name, card in cards(folder):
            x.append(features(card))
            names.append(os.path.join(folder, name))
    return np.array(x), names


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("train", nargs="+")
    parser.add_argument("--test", nargs="*", default=[])
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation")
    args = parser.parse_args()
    from sklearn.linear_model import LogisticRegression

    x, _ = load(args.train)
    if len(x) == 0:
        sys.exit("no ID cards in the training folders")
    model = LogisticRegression(fit_intercept=False, C=args.c, max_iter=5000)
    model.fit(np.vstack([x, -x]), np.r_[np.ones(len(x)), np.zeros(len(x))])
    w = model.coef_[0]
    s = x @ w
    print("training: %d cards, upright %d, wrong %d, unsure %d"
          % (len(x), (s > THRESHOLD).sum(), (s < -THRESHOLD).sum(),
             (abs(s) <= THRESHOLD).sum()))
    for folder in args.test:
        xt, names = load([folder])
        st = xt @ w if len(xt) else np.array([])
        print("%s: %d cards, upright %d, wrong %d, unsure %d"
              % (folder, len(xt), (st > THRESHOLD).sum(), (st < -THRESHOLD).sum(),
                 (abs(st) <= THRESHOLD).sum()))
        for n, v in zip(names, st):
            if v < -THRESHOLD:
                print("  wrong: %s (%.2f)" % (n, v))
    print("// print, dark, red; per map the top row of cells, then the second")
    for k, label in enumerate(("print", "dark", "red")):
        row = w[k * 12:(k + 1) * 12]
        print("    " + ", ".join("%.3f" % v for v in row) + ", // " + label)


if __name__ == "__main__":
    main()
