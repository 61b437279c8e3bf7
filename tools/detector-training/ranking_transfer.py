#!/usr/bin/python3
"""How well a ranking fitted on one set of scenes chooses on others.

Reads the candidate dumps of `capture_eval --train-ranker` (CAPTURE_EVAL_CANDIDATES=file: one
row per candidate outline: frame, has a document, edge support, the shipped ranking's
confidence, JI against the truth, from the network, the ranking's figures, the four corners),
fits rankings on the TRAIN dumps (joined with '+') and scores each TEST dump by the mean JI of
the candidate each ranking puts first, beside the shipped ranking's first and the best
candidate (the oracle), over the test frames with a document (those without one still train
the rankings as negatives).

    CAPTURE_EVAL_CANDIDATES=/tmp/c_s1000.csv capture_eval --train-ranker 0.03 /tmp/s1000
    /usr/bin/python3 ranking_transfer.py /tmp/c_s1000.csv+/tmp/c_r31.csv /tmp/c_t21.csv ...

Needs python3-numpy and python3-sklearn (Debian); not used at build or test time.
"""

import collections
import sys

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.linear_model import LogisticRegression

# Columns after the frame's name: has a document, edge support, confidence, JI, from the
# network, then the figures (detector/ranking.h, kFeatureCount of them), then 8 corners.
CONFIDENCE, JI, FIRST_FIGURE = 2, 3, 4
CORNERS = 8


def load(path):
    frames = collections.OrderedDict()
    with open(path) as f:
        for line in f:
            cells = line.rstrip().split(",")
            frames.setdefault(cells[0], []).append([float(x) for x in cells[1:]])
    return [np.array(rows) for rows in frames.values()]


def figures(rows):
    return rows[:, FIRST_FIGURE:-CORNERS]


def first_ji(frames, rank):
    return float(np.mean([rows[np.argmax(rank(rows)), JI] for rows in frames]))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    train = [rows for path in sys.argv[1].split("+") for rows in load(path)]
    x = np.vstack([figures(rows) for rows in train])
    ji = np.concatenate([rows[:, JI] for rows in train])
    right = (ji >= 0.85).astype(int)  # what --train-ranker calls right
    models = {
        "logistic": LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced").fit(x, right),
        "boosted trees": HistGradientBoostingClassifier(
            max_iter=200, learning_rate=0.05, max_leaf_nodes=15, random_state=0
        ).fit(x, right),
        "boosted trees on JI": HistGradientBoostingRegressor(
            max_iter=200, learning_rate=0.05, max_leaf_nodes=15, random_state=0
        ).fit(x, ji),
    }
    rankers = {"shipped": lambda rows: rows[:, CONFIDENCE]}
    for name, model in models.items():
        if hasattr(model, "predict_proba"):
            rankers[name] = lambda rows, m=model: m.predict_proba(figures(rows))[:, 1]
        else:
            rankers[name] = lambda rows, m=model: m.predict(figures(rows))
    tests = [
        (path.rsplit("/", 1)[-1], [rows for rows in load(path) if rows[0, 0] > 0])
        for path in sys.argv[2:]
    ]
    print("trained on %d frames, %d candidates" % (len(train), len(ji)))
    print("%-22s" % "ranking" + "".join("%14s" % name for name, _ in tests))
    for name, rank in rankers.items():
        print("%-22s" % name + "".join("%14.4f" % first_ji(f, rank) for _, f in tests))
    print("%-22s" % "oracle" + "".join("%14.4f" % first_ji(f, lambda r: r[:, JI]) for _, f in tests))


if __name__ == "__main__":
    main()
