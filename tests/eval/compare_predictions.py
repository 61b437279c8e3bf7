#!/usr/bin/python3
"""Frame by frame, two runs of the detector on one labelled folder.

    compare_predictions.py LABELLED_DIR BEFORE.csv AFTER.csv [--worst N] [--by COLUMN]

LABELLED_DIR holds gt.csv and meta.csv (capture_eval's labelled-folder format); the two CSVs
are capture_eval's predictions (pred_<set>.csv, `--out DIR`) of two runs on it, e.g. before
and after a change, or with and without an option (the CAPTURE_EVAL_* variables). Prints the
mean SmartDoc Jaccard index of both, per value of a meta.csv column (background by default),
the outlines on frames without a document, and the frames whose JI moved by more than 0.01,
worst first. Needs python3-opencv and python3-numpy (run with /usr/bin/python3); nothing here
runs at build or test time.
"""

import argparse
import csv
import os
import sys
from collections import defaultdict

import cv2
import numpy as np

CORNERS = ["x1", "y1", "x2", "y2", "x3", "y3", "x4", "y4"]


def read_quads(path):
    """file -> 4x2 corners, or None where the fields are empty (no document)."""
    quads = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            cells = [row[k] for k in CORNERS]
            quads[row["file"]] = (
                None if "" in cells else np.array([float(c) for c in cells]).reshape(4, 2)
            )
    return quads


def clipped_area(poly, w, h):
    """The area of the convex polygon `poly` (N x 2) inside the rectangle [0, w] x [0, h]
    (Sutherland-Hodgman against its four sides: exact where the polygon's sides lie on the
    rectangle's, where cv2.intersectConvexConvex can return a fraction of the area)."""
    pts = [tuple(p) for p in np.asarray(poly, np.float64)]
    for inside, cross in (
        (lambda p: p[0] >= 0, lambda a, b: (0.0, a[1] + (b[1] - a[1]) * (0 - a[0]) / (b[0] - a[0]))),
        (lambda p: p[0] <= w, lambda a, b: (w, a[1] + (b[1] - a[1]) * (w - a[0]) / (b[0] - a[0]))),
        (lambda p: p[1] >= 0, lambda a, b: (a[0] + (b[0] - a[0]) * (0 - a[1]) / (b[1] - a[1]), 0.0)),
        (lambda p: p[1] <= h, lambda a, b: (a[0] + (b[0] - a[0]) * (h - a[1]) / (b[1] - a[1]), h)),
    ):
        out = []
        for i, cur in enumerate(pts):
            prev = pts[i - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(cross(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cross(prev, cur))
        pts = out
        if not pts:
            return 0.0
    xs, ys = np.array([p[0] for p in pts]), np.array([p[1] for p in pts])
    return abs(np.dot(xs, np.roll(ys, -1)) - np.dot(ys, np.roll(xs, -1))) / 2


def smartdoc_jaccard(pred, truth, model_w, model_h):
    """The prediction warped into the document's own frame, its IoU with that frame."""
    if pred is None:
        return 0.0
    frame = np.float32([[0, 0], [model_w, 0], [model_w, model_h], [0, model_h]])
    h = cv2.getPerspectiveTransform(np.float32(truth), frame)
    warped = cv2.perspectiveTransform(np.float64(pred).reshape(-1, 1, 2), h).reshape(-1, 2)
    if not cv2.isContourConvex(warped.astype(np.float32)):
        warped = cv2.convexHull(warped.astype(np.float32)).reshape(-1, 2).astype(np.float64)
    inter = clipped_area(warped, model_w, model_h)
    union = abs(cv2.contourArea(np.float32(warped))) + model_w * model_h - inter
    return inter / union if union > 0 else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--worst", type=int, default=10, help="changed frames listed each way")
    ap.add_argument("--by", default="background", help="meta.csv column to group by")
    args = ap.parse_args()

    truth = read_quads(os.path.join(args.folder, "gt.csv"))
    with open(os.path.join(args.folder, "meta.csv"), newline="") as f:
        meta = {row["file"]: row for row in csv.DictReader(f)}
    before, after = read_quads(args.before), read_quads(args.after)

    groups = defaultdict(lambda: [0, 0.0, 0.0])
    empty = [0, 0, 0]  # frames without a document; outlines before, after
    changed = []
    for name, quad in truth.items():
        m = meta.get(name, {})
        if quad is None:
            empty[0] += 1
            empty[1] += before.get(name) is not None
            empty[2] += after.get(name) is not None
            continue
        mw, mh = float(m["model_w"]), float(m["model_h"])
        a = smartdoc_jaccard(before.get(name), quad, mw, mh)
        b = smartdoc_jaccard(after.get(name), quad, mw, mh)
        for key in ("all", m.get(args.by, "?")):
            g = groups[key]
            g[0] += 1
            g[1] += a
            g[2] += b
        if abs(b - a) > 0.01:
            changed.append((b - a, name, a, b, m.get("condition", ""), m.get("doc_type", "")))

    if not groups["all"][0]:
        sys.exit("no labelled frame with a document in " + args.folder)
    print(f"{'':24s} {'n':>4s} {'before':>8s} {'after':>8s}")
    for key in ["all"] + sorted(k for k in groups if k != "all"):
        n, a, b = groups[key]
        print(f"{key:24s} {n:4d} {a / n:8.4f} {b / n:8.4f}")
    if empty[0]:
        print(f"outlines on the {empty[0]} frames without a document: {empty[1]} -> {empty[2]}")
    changed.sort()
    worse = [c for c in changed if c[0] < 0]
    better = [c for c in reversed(changed) if c[0] > 0]
    print(f"frames moved by more than 0.01: {len(better)} better, {len(worse)} worse")
    for title, rows in (("worse", worse), ("better", better)):
        for delta, name, a, b, condition, kind in rows[: args.worst]:
            print(f"  {title:6s} {delta:+.3f} {name} {a:.3f} -> {b:.3f} {condition} {kind}")


if __name__ == "__main__":
    main()
