#!/usr/bin/python3
"""Trains the detector's outline refiner (capture/models/refiner.onnx).

The data are those of the outline network (verifier.py): the outlines the detector weighs on
synthetic scenes, written by `capture_eval --dump-verifier DIR LABELLED_DIR...`, each as
OutlineVerifier::patchesFor maps it (96 x 96 BGR, the outline on the square from 20 to 76),
with the outline's corners and the truth's in the working image's pixels. The refiner reads
the same patch and says where the document's own corners are: for each of the square's
corners (TL, TR, BR, BL), the offset in patch pixels from it to the matching corner of the
truth as the same warp maps it. Outlines of the document (Jaccard index at least --min-ji)
whose truth corners all lie within --reach patch pixels of the square's are the examples.

    /usr/bin/python3 refiner.py --data DIR [DIR...] --val DIR [DIR...] [--epochs 8]
                                [--frames LABELLED_DIR... --per-frame 8] [--stem]
                                [--seed 1] [--threads 2] [--out refiner.onnx]

--frames adds outlines near the truth of every frame of labelled folders, cut from the
images as patchesFor does (README.md).

Loss: Huber (1 patch pixel) on the offsets. Augmentation: the 8 turns and mirrors that keep
the square where it is (a mirror is x -> 96 - x: the square 20..76 is centred on 48), each
with its corners' slots permuted, and a little noise. Deterministic for a given seed, data,
epoch and thread count. Each epoch prints, on the validation outlines, the mean corner error
before and after, and the mean IoU with the truth before and after, by the outline's JI.
"""

import argparse
import csv
import os
import time

import cv2
import numpy as np
import torch
import torch.nn.functional as F

import verifier
from verifier import PATCH, export, standardise

MARGIN = 20
SQUARE = np.array([[MARGIN, MARGIN], [PATCH - MARGIN, MARGIN], [PATCH - MARGIN, PATCH - MARGIN],
                   [MARGIN, PATCH - MARGIN]], dtype=np.float64)
ORDERS = [np.roll(np.arange(4), -s) for s in range(4)]
ORDERS += [o[::-1] for o in ORDERS]


def targets_for(q, t):
    """The truth's corners `t` (its own order) matched to the outline's `q` and mapped into the
    patch: offsets from the square's corners (4 x 2), and the homography working -> patch."""
    h = cv2.getPerspectiveTransform(q.astype(np.float32), SQUARE.astype(np.float32))
    best, best_d = None, 1e18
    for o in ORDERS:
        d = float(((t[o] - q) ** 2).sum())
        if d < best_d:
            best, best_d = t[o], d
    p = cv2.perspectiveTransform(best[None].astype(np.float64), h)[0]
    return p - SQUARE, h


def load(dirs, min_ji, reach):
    xs, ys, jis, qs, ts, hs = [], [], [], [], [], []
    for d in dirs:
        with open(os.path.join(d, "patches.csv")) as f:
            rows = list(csv.DictReader(f))
        raw = np.fromfile(os.path.join(d, "patches.u8"), dtype=np.uint8)
        n = raw.size // (PATCH * PATCH * 3)
        patches = raw[: n * PATCH * PATCH * 3].reshape(n, PATCH, PATCH, 3)
        keep = []
        for i, r in enumerate(rows[:n]):
            if r["has"] not in ("1", "true") or float(r["ji"]) < min_ji:
                continue
            q = np.array([[float(r[f"qx{k}"]), float(r[f"qy{k}"])] for k in range(1, 5)])
            t = np.array([[float(r[f"tx{k}"]), float(r[f"ty{k}"])] for k in range(1, 5)])
            off, h = targets_for(q, t)
            if not np.all(np.isfinite(off)) or np.abs(off).max() > reach:
                continue
            keep.append(i)
            ys.append(off.astype(np.float32))
            jis.append(float(r["ji"]))
            qs.append(q)
            ts.append(t)
            hs.append(h)
        xs.append(patches[keep])
        print(f"{d}: {len(keep)} of {n} outlines", flush=True)
    return (np.concatenate(xs), np.stack(ys), np.array(jis, dtype=np.float32), np.stack(qs),
            np.stack(ts), np.stack(hs))


def working_image(img, size=512):
    """The detector's working image (detectorWorkingImage) and its scale."""
    h, w = img.shape[:2]
    scale = min(1.0, size / max(w, h))
    if scale < 0.5:
        half = cv2.resize(img, ((w + 1) // 2, (h + 1) // 2), interpolation=cv2.INTER_AREA)
        return cv2.resize(half, (int(round(w * scale)), int(round(h * scale))),
                          interpolation=cv2.INTER_LINEAR), scale
    if scale < 1.0:
        return cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA), scale
    return img.copy(), scale


def patch_for(pyramid, q):
    """OutlineVerifier::patchesFor for one outline `q` (4 x 2, working pixels)."""
    inner = PATCH - 2 * MARGIN
    side = max(np.linalg.norm(q[i] - q[(i + 1) % 4]) for i in range(4))
    level = 0
    while side / (1 << level) > 2 * inner and level < 5:
        level += 1
    while len(pyramid) <= level:
        pyramid.append(cv2.pyrDown(pyramid[-1]))
    f = 1.0 / (1 << level)
    src = ((q + 0.5) * f - 0.5).astype(np.float32)
    h = cv2.getPerspectiveTransform(src, SQUARE.astype(np.float32))
    return cv2.warpPerspective(pyramid[level], h, (PATCH, PATCH), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=0)


def perturbed(folders, per_frame, reach, rng):
    """Outlines near the truth of each labelled frame (every corner moved, a side moved along
    its normal, the whole grown or shrunk), as patches with their targets."""
    xs, ys = [], []
    for d in folders:
        with open(os.path.join(d, "gt.csv")) as f:
            rows = [r for r in csv.DictReader(f) if r["x1"]]
        for r in rows:
            img = cv2.imread(os.path.join(d, "images", r["file"]), cv2.IMREAD_COLOR)
            if img is None:
                continue
            work, scale = working_image(img)
            pyramid = [work]
            t = np.array([[float(r[f"x{k}"]), float(r[f"y{k}"])] for k in range(1, 5)]) * scale
            c = t.mean(0)
            size = np.sqrt(abs(cv2.contourArea(t.astype(np.float32))))
            for _ in range(per_frame):
                q = c + (t - c) * rng.uniform(0.94, 1.06)
                q = q + rng.normal(0, 0.025 * size, (4, 2))
                if rng.random() < 0.5:
                    k = int(rng.integers(4))
                    a, b = q[k], q[(k + 1) % 4]
                    n = np.array([b[1] - a[1], a[0] - b[0]]) / max(1e-6, np.linalg.norm(b - a))
                    shift = rng.uniform(-0.08, 0.08) * size
                    q[k], q[(k + 1) % 4] = a + shift * n, b + shift * n
                q = np.roll(q, -int(rng.integers(4)), axis=0)
                # The detector's corner order: top left first, clockwise (orderCorners).
                order = np.argsort(np.arctan2(q[:, 1] - q[:, 1].mean(), q[:, 0] - q[:, 0].mean()))
                q = q[order]
                start = int(np.argmin(q[:, 0] + q[:, 1]))
                q = np.roll(q, -start, axis=0)
                if cv2.contourArea(q.astype(np.float32)) <= 0:
                    continue
                off, _ = targets_for(q, t)
                if not np.all(np.isfinite(off)) or np.abs(off).max() > reach:
                    continue
                xs.append(patch_for(pyramid, q))
                ys.append(off.astype(np.float32))
        print(f"{d}: {len(xs)} outlines near the truth so far", flush=True)
    return np.stack(xs), np.stack(ys)


class Net(verifier.Net):
    def __init__(self, stem=False):
        super().__init__(w=(16, 32, 64, 96), hidden=128, outputs=8, stem=stem)

    def raw(self, x):
        """N x 8 x 1 x 1: the corners' offsets (x1, y1, ..., x4, y4) in patch pixels / 4."""
        return self.head(self.features(x))

    def forward(self, x):
        return self.raw(x)[:, :, 0, 0].reshape(-1, 4, 2) * 4.0


def transform(xb, yb, transpose, mirror_x, mirror_y):
    """A turn or mirror of the patches (N x 3 x 96 x 96) that keeps the square in place, and
    the offsets (N x 4 x 2) with it, each corner moved to its new slot."""
    pts = SQUARE[None] + yb.numpy()
    sq = SQUARE.copy()
    if transpose:
        xb = xb.transpose(2, 3)
        pts, sq = pts[..., ::-1], sq[..., ::-1]
    if mirror_x:
        xb = torch.roll(torch.flip(xb, dims=(3,)), 1, dims=3)
        pts, sq = pts.copy(), sq.copy()
        pts[..., 0], sq[..., 0] = PATCH - pts[..., 0], PATCH - sq[..., 0]
    if mirror_y:
        xb = torch.roll(torch.flip(xb, dims=(2,)), 1, dims=2)
        pts, sq = pts.copy(), sq.copy()
        pts[..., 1], sq[..., 1] = PATCH - pts[..., 1], PATCH - sq[..., 1]
    slot = [int(np.argmin(((SQUARE - s) ** 2).sum(1))) for s in sq]
    out = np.zeros_like(pts)
    for k in range(4):
        out[:, slot[k]] = pts[:, k] - SQUARE[slot[k]]
    return xb, torch.from_numpy(out.astype(np.float32))


def iou(a, b):
    a, b = a.astype(np.float32), b.astype(np.float32)
    inter, _ = cv2.intersectConvexConvex(a, b)
    union = cv2.contourArea(a) + cv2.contourArea(b) - inter
    return inter / union if union > 0 else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", nargs="+", required=True)
    ap.add_argument("--val", nargs="+", required=True)
    ap.add_argument("--frames", nargs="*", default=[],
                    help="labelled folders whose truths, moved a little, are learned from too")
    ap.add_argument("--per-frame", type=int, default=8)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--min-ji", type=float, default=0.5)
    ap.add_argument("--reach", type=float, default=16.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", default="refiner.onnx")
    ap.add_argument("--stem", action="store_true",
                    help="a first convolution at full resolution (about twice the cost)")
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = np.random.default_rng(args.seed)

    x, y, ji, _, _, _ = load(args.data, args.min_ji, args.reach)
    if args.frames:
        px, py = perturbed(args.frames, args.per_frame, args.reach, rng)
        x, y = np.concatenate([x, px]), np.concatenate([y, py])
    vx, vy, vji, vq, vt, vh = load(args.val, args.min_ji, args.reach)
    y = torch.from_numpy(y)
    print(f"{len(x)} outlines to learn from, {len(vx)} to validate", flush=True)
    net = Net(stem=args.stem)
    per_epoch = (len(x) + args.batch - 1) // args.batch
    opt, sched = verifier.optimiser(net, args.lr, args.epochs * per_epoch)

    def report():
        pred = verifier.predict(net, vx)
        before = np.linalg.norm(vy, axis=2).mean()
        after = np.linalg.norm(vy - pred, axis=2).mean()
        line = f"  validation: corner error {before:.2f} -> {after:.2f} patch px;"
        gains = []
        for lo, hi in ((0.5, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)):
            idx = np.nonzero((vji >= lo) & (vji < hi))[0]
            if not len(idx):
                continue
            b = a = 0.0
            for i in idx:
                back = cv2.perspectiveTransform((SQUARE + pred[i])[None], np.linalg.inv(vh[i]))[0]
                b += iou(vq[i], vt[i])
                a += iou(back, vt[i])
            gains.append(f" JI {lo:.2f}-{hi:.2f} ({len(idx)}): IoU {b / len(idx):.4f} -> "
                         f"{a / len(idx):.4f}")
        print(line + ";".join(gains), flush=True)
        return after

    best = 1e9
    t0 = time.time()
    for epoch in range(args.epochs):
        net.train()
        order = rng.permutation(len(x))
        total = 0.0
        for b in range(0, len(order), args.batch):
            idx = np.sort(order[b:b + args.batch])
            xb = torch.from_numpy(standardise(x[idx]))
            xb, yb = transform(xb, y[idx], *(bool(v) for v in rng.integers(2, size=3)))
            xb = xb + 0.05 * torch.randn_like(xb)
            loss = F.huber_loss(net(xb), yb, delta=1.0)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss)
        print(f"epoch {epoch + 1}: loss {total / per_epoch:.4f}, {time.time() - t0:.0f} s",
              flush=True)
        err = report()
        if err < best:
            best = err
            export(net, args.out, output="offsets")


if __name__ == "__main__":
    main()
