#!/usr/bin/python3
"""The corner network (capture/models/corners.onnx, capture/cornerrefiner.*): where, in a
patch of the frame round one corner of an outline, the document's own corner is.

    corners.py data FOLDER PREDICTIONS.csv|- OUT.npz SEED
    corners.py train OUT.pt MINUTES DATA.npz [DATA.npz ...] [--init MODEL.pt] [--lr RATE]
    corners.py export MODEL.pt OUT.onnx

`data` cuts the patches of a labelled folder (capture_eval's format: images/, gt.csv,
meta.csv) round the corners of outlines near its truth: the detector's own outline of each
frame (PREDICTIONS.csv, capture_eval's pred_*.csv of the folder; `-` for none) and that
outline jittered, the truth jittered, grown as round a stack of sheets under the document and
barely moved. `train` fits the network for MINUTES on one thread (from MODEL.pt's weights
with --init), the learning rate falling from RATE (2e-3) to 0 over that time: the batches are
the same every run, but how many are drawn depends on the machine (the step count is
reported). `export` writes
the network after its input normalisation, which the detector does itself (OpenCV 4.6's
importer cannot broadcast the normalisation's division), as ONNX opset 11.

The patch (CornerRefiner::patchFor): 96 x 96 grey pixels, the corner at its centre, the side
to the next corner (clockwise) along its x axis and the side to the one before along its y
axis, spanning ±8 % of the outline's mean side (at least ±40 pixels). The answer: the
document's corner in the patch, (x - 48) / 48 and (y - 48) / 48. Needs python3-torch,
python3-onnx, python3-opencv and python3-numpy (run with /usr/bin/python3); nothing here runs
at build or test time.
"""

import csv
import os
import sys
import time

import cv2
import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "tests", "eval"))
from compare_predictions import read_quads  # noqa: E402

PATCH = 96
HALF = PATCH / 2.0
REACH = 0.08      # the patch's half-extent, share of the outline's mean side
MIN_REACH = 40.0  # ... and at least this many pixels


def clockwise(q):
    """The corners in clockwise order in the image (y down), starting where they start."""
    q = np.asarray(q, np.float64)
    area = sum(q[i, 0] * q[(i + 1) % 4, 1] - q[(i + 1) % 4, 0] * q[i, 1] for i in range(4))
    return q if area > 0 else q[[0, 3, 2, 1]]


def aligned(pred, truth):
    """`truth`'s corners in the order (turn and direction) nearest to `pred`'s."""
    best, best_q = 1e18, None
    for cand in (truth, truth[[0, 3, 2, 1]]):
        for s in range(4):
            t = np.roll(cand, -s, axis=0)
            d = np.linalg.norm(t - pred, axis=1).sum()
            if d < best:
                best, best_q = d, t
    return best_q


def mean_side(q):
    return np.mean([np.linalg.norm(q[i] - q[(i + 1) % 4]) for i in range(4)])


def corner_frame(q, k):
    """Corner k's patch: image point = c + A @ (patch point - HALF)."""
    c = q[k]
    u = q[(k + 1) % 4] - c
    v = q[(k - 1) % 4] - c
    u = u / max(np.linalg.norm(u), 1e-6)
    v = v / max(np.linalg.norm(v), 1e-6)
    s = max(REACH * mean_side(q), MIN_REACH) / HALF
    return c, np.stack([u * s, v * s], axis=1)


def patch_at(grey, q, k):
    c, a = corner_frame(q, k)
    m = np.zeros((2, 3))
    m[:, :2] = a
    m[:, 2] = c - a @ np.array([HALF, HALF])
    patch = cv2.warpAffine(grey, m, (PATCH, PATCH), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                           borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    return patch, c, a


def data(folder, predictions, out, seed):
    rng = np.random.default_rng(seed)
    truth = read_quads(os.path.join(folder, "gt.csv"))
    pred = read_quads(predictions) if predictions != "-" else {}
    xs, ys = [], []
    for name, t in truth.items():
        if t is None:
            continue
        grey = cv2.imread(os.path.join(folder, "images", name), cv2.IMREAD_GRAYSCALE)
        if grey is None:
            continue
        tq = clockwise(t)
        side = mean_side(tq)
        outlines = []
        p = pred.get(name)
        if p is not None:
            pq = clockwise(p)
            tp = aligned(pq, tq)
            if np.linalg.norm(pq - tp, axis=1).max() / side < 0.25:
                outlines.append((pq, tp))
                for _ in range(2):
                    outlines.append((pq + rng.normal(0, 0.01 * side, (4, 2)), tp))
        centre = tq.mean(0)
        for _ in range(2):  # each corner a little off
            outlines.append((tq + rng.uniform(-0.03, 0.03, (4, 2)) * side, tq))
        for _ in range(2):  # round a stack under the document
            grow = 1 + rng.uniform(0.0, 0.08)
            q = (centre + (tq - centre) * grow + rng.uniform(-0.02, 0.02, 2) * side
                 + rng.normal(0, 0.006 * side, (4, 2)))
            outlines.append((q, tq))
        for _ in range(2):  # right: stay
            outlines.append((tq + rng.normal(0, 0.004, (4, 2)) * side, tq))
        outlines.append((tq + rng.uniform(-0.08, 0.08, (4, 2)) * side, tq))  # farther off
        for q, tt in outlines:
            q = clockwise(q)
            tt = aligned(q, tt)
            for k in range(4):
                patch, c, a = patch_at(grey, q, k)
                y = (np.linalg.solve(a, tt[k] - c)) / HALF
                if np.abs(y).max() > 1.3:
                    continue
                xs.append(patch)
                ys.append(y)
    np.savez_compressed(out, X=np.array(xs, np.uint8), Y=np.array(ys, np.float32))
    print(out, len(xs), "patches")


def network():
    import torch
    import torch.nn as nn

    def block(i, o, stride):
        return nn.Sequential(nn.Conv2d(i, o, 3, stride, 1, bias=False), nn.BatchNorm2d(o),
                             nn.ReLU(inplace=True))

    class CornerNet(nn.Module):
        """N x 1 x 96 x 96 grey levels -> N x 2: the corner, (x - 48) / 48, (y - 48) / 48."""

        def __init__(self):
            super().__init__()
            self.f = nn.Sequential(block(2, 16, 1), block(16, 16, 2), block(16, 32, 1),
                                   block(32, 32, 2), block(32, 48, 2), block(48, 64, 2))
            self.h = nn.Sequential(nn.Flatten(), nn.Linear(64 * 36, 64), nn.ReLU(inplace=True),
                                   nn.Linear(64, 2))

        @staticmethod
        def normalised(x):
            """The two input channels: grey / 255 - 0.5, and (grey - mean) / (std + 2)."""
            m = x.mean(dim=(2, 3), keepdim=True)
            s = x.std(dim=(2, 3), keepdim=True)
            return torch.cat([x / 255.0 - 0.5, (x - m) / (s + 2.0)], 1)

        def forward(self, x):
            return self.h(self.f(self.normalised(x)))

    return CornerNet()


def train(out, minutes, paths, init=None, rate=2e-3):
    import torch
    torch.set_num_threads(1)
    torch.manual_seed(0)
    xs, ys = [], []
    for p in paths:
        d = np.load(p)
        xs.append(d["X"])
        ys.append(d["Y"])
    x_all = torch.from_numpy(np.concatenate(xs))
    y_all = torch.from_numpy(np.concatenate(ys))
    n = len(x_all)
    rng = np.random.default_rng(0)
    order = rng.permutation(n)
    held = max(500, n // 20)
    val, fit = order[:held], order[held:]
    print(n, "patches,", len(fit), "to fit", flush=True)
    net = network()
    if init:
        net.load_state_dict(torch.load(init))
    opt = torch.optim.AdamW(net.parameters(), rate, weight_decay=1e-4)

    def batch(ii, augment):
        x = x_all[ii].float().unsqueeze(1)
        y = y_all[ii].clone()
        if augment:
            # Mirrored about the diagonal (the two sides swap axes), brighter or darker,
            # more or less contrast, noise.
            t = torch.rand(len(ii)) < 0.5
            x[t] = x[t].transpose(2, 3)
            y[t] = y[t].flip(1)
            gain = torch.empty(len(ii), 1, 1, 1).uniform_(0.7, 1.3)
            shift = torch.empty(len(ii), 1, 1, 1).uniform_(-30, 30)
            noise = torch.randn_like(x) * torch.rand(len(ii), 1, 1, 1) * 3
            x = (x * gain + shift + noise).clamp(0, 255)
        return x, y

    loss_of = torch.nn.SmoothL1Loss(beta=0.02)
    start, step, total = time.time(), 0, minutes * 60
    while time.time() - start < total:
        for g in opt.param_groups:
            g["lr"] = rate * 0.5 * (1 + np.cos(np.pi * (time.time() - start) / total))
        x, y = batch(torch.from_numpy(rng.choice(fit, 64)), True)
        net.train()
        loss = loss_of(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        step += 1
        if step % 300 == 0:
            net.eval()
            with torch.no_grad():
                err = torch.cat([(net(batch(torch.from_numpy(val[j:j + 256]), False)[0])
                                  - y_all[torch.from_numpy(val[j:j + 256])]).abs().mean(1)
                                 for j in range(0, held, 256)])
            still = y_all[torch.from_numpy(val)].abs().mean(1).mean()
            print(f"{time.time() - start:6.0f} s, step {step}: held-out L1 {err.mean():.4f} "
                  f"(not moving: {still:.4f})", flush=True)
            torch.save(net.state_dict(), out)
    torch.save(net.state_dict(), out)
    print("steps", step)


def export(model, out):
    import torch
    torch.set_num_threads(1)
    net = network()
    net.load_state_dict(torch.load(model))
    net.eval()

    class AfterNormalisation(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.f, self.h = net.f, net.h

        def forward(self, x):
            return self.h[3](self.h[2](self.h[1](torch.flatten(self.f(x), 1))))

    x = torch.rand(4, 1, PATCH, PATCH) * 255
    inputs = net.normalised(x)
    torch.onnx.export(AfterNormalisation().eval(), inputs, out, opset_version=11,
                      input_names=["patch"], output_names=["corner"],
                      dynamic_axes={"patch": {0: "n"}, "corner": {0: "n"}})
    read = cv2.dnn.readNetFromONNX(out)
    read.setInput(inputs.detach().numpy())
    print("largest difference, OpenCV against PyTorch:",
          float(np.abs(read.forward() - net(x).detach().numpy()).max()))


def main():
    if len(sys.argv) >= 6 and sys.argv[1] == "data":
        data(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    elif len(sys.argv) >= 5 and sys.argv[1] == "train":
        args, init, rate = sys.argv[4:], None, 2e-3
        if "--init" in args:
            i = args.index("--init")
            init = args[i + 1]
            del args[i:i + 2]
        if "--lr" in args:
            i = args.index("--lr")
            rate = float(args[i + 1])
            del args[i:i + 2]
        train(sys.argv[2], float(sys.argv[3]), args, init, rate)
    elif len(sys.argv) == 4 and sys.argv[1] == "export":
        export(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
