#!/usr/bin/python3
"""Fits the order in which the detector tries the outlines it would accept (a conditional
logit: a softmax over each frame's outlines), from the candidates' figures that
`capture_eval --train-ranker` writes with CAPTURE_EVAL_CANDIDATES=file (see
capture/README.md). Only synthetic sets never used for evaluation (seed 1000).

    CAPTURE_EVAL_CANDIDATES=/tmp/cand.csv capture_eval --train-ranker 0.03 /tmp/s1000
    /usr/bin/python3 fit_order.py /tmp/cand.csv [--l2 0.01] [--temperature 0.03] [--cv 5]

The logistic ranking (kRankWeightsPrior) says how likely each outline is to be a document,
one outline at a time, and stays the detector's acceptance rule; this order compares the
outlines of one frame with each other. Target: each outline's share of a softmax of its JI
with the truth (temperature 0.03), so an outline of the page beats the stack's outline
1.1 x its size (JI ~0.85) by a wide margin and two near-equal outlines share it. Frames whose
best outline scores JI < 0.85 teach nothing and are left out. Deterministic (plain gradient
descent from zero, frames in file order). Prints the 5-fold cross-validated mean JI of the
outline chosen (at the candidates' resolution) against the logistic ranking's, and the
weights in the figures' own units for documentdetector.cpp (kOrderWeights).
"""

import argparse
import collections
import csv

import numpy as np

# The detector's logistic rankings (documentdetector.cpp), for its acceptance rules.
RANK = np.array([1.530, 1.469, 0.891, 0.981, -0.438, 0.364, 0.347, -0.680, 0.649, -3.582,
                 -2.154, -0.058, -0.684, 0.400, -0.221, 0.219, -0.600, 3.918, 1.682, -6.637])
EDGES = np.array([2.228, 2.151, 1.982, 5.703, -0.272, 0.418, 0.178, 1.172, 0.588, -4.509,
                  -2.301, -1.327, -0.669, 0.546, 0.237, 0.063, -0.942, -6.793])


def load(path):
    frames = collections.OrderedDict()
    for r in csv.reader(open(path)):
        frames.setdefault(r[0], []).append([float(v) for v in r[1:]])
    # columns: has truth, support, confidence, JI, network's outline, figures...
    return [np.array(rows) for rows in frames.values()]


def choose(a, order=None):
    """The detector's choice (DocumentDetector::run): the first accepted outline by
    confidence (or by `order`), else the fall-back on the edges' figures."""
    score, conf, net, f = a[:, 1], a[:, 2], a[:, 4], a[:, 5:]
    accepted = (conf >= 0.015) & ((score >= 0.78) | ((net > 0) & (score >= 0.3) & (f[:, 17] >= 0.7)))
    if accepted.any():
        idx = np.where(accepted)[0]
        key = conf if order is None else order
        return idx[np.argmax(key[idx])]
    edge = 1 / (1 + np.exp(-(f[:, :17] @ EDGES[:17] + EDGES[17])))
    fallback = (score >= 0.65) & (edge >= 0.25)
    if fallback.any():
        idx = np.where(fallback)[0]
        return idx[np.argmax(conf[idx])]
    return None


def mean_ji(frames, w=None):
    total, n = 0.0, 0
    for a in frames:
        if a[0, 0] == 0:
            continue
        i = choose(a, None if w is None else a[:, 5:] @ w)
        total += 0.0 if i is None else a[i, 3]
        n += 1
    return total / max(n, 1)


def fit(frames, l2, temperature, mu, sd, steps=800, lr=0.5):
    xs, ys = [], []
    for a in frames:
        ji = a[:, 3]
        if a[0, 0] == 0 or ji.max() < 0.85:
            continue
        y = np.exp((ji - ji.max()) / temperature)
        xs.append((a[:, 5:] - mu) / sd)
        ys.append(y / y.sum())
    w = np.zeros(xs[0].shape[1])
    for _ in range(steps):
        g = l2 * w * len(xs)
        for x, y in zip(xs, ys):
            z = x @ w
            p = np.exp(z - z.max())
            g += x.T @ (p / p.sum() - y)
        w -= lr * g / len(xs)
    return w / sd  # in the figures' own units (the constant does not change the order)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("candidates")
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--temperature", type=float, default=0.03)
    ap.add_argument("--cv", type=int, default=5)
    args = ap.parse_args()
    frames = load(args.candidates)
    every = np.concatenate([a[:, 5:] for a in frames])
    mu, sd = every.mean(0), every.std(0) + 1e-9
    if args.cv > 1:
        fold = np.arange(len(frames)) % args.cv
        got = base = 0.0
        for k in range(args.cv):
            train = [a for a, f in zip(frames, fold) if f != k]
            test = [a for a, f in zip(frames, fold) if f == k]
            n = sum(a[0, 0] != 0 for a in test)
            got += mean_ji(test, fit(train, args.l2, args.temperature, mu, sd)) * n
            base += mean_ji(test) * n
        n = sum(a[0, 0] != 0 for a in frames)
        print(f"{args.cv}-fold: mean JI {got / n:.4f} (the logistic ranking's order: {base / n:.4f})")
    w = fit(frames, args.l2, args.temperature, mu, sd)
    print(f"all frames: mean JI {mean_ji(frames, w):.4f} (the logistic ranking's order: "
          f"{mean_ji(frames):.4f})")
    print("weights:\n    " + ", ".join(f"{v:.3f}" for v in w) + ",")


if __name__ == "__main__":
    main()
