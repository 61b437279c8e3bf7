#!/usr/bin/python3
"""Trains the detector's outline network (capture/models/outline.onnx).

The data are the outlines the detector weighs on the project's own synthetic scenes,
written by `capture_eval --dump-verifier DIR LABELLED_DIR...` (README.md): each outline as
the network reads it (OutlineVerifier::patchesFor, 96 x 96 BGR, the outline on the square
from 20 to 76) and its SmartDoc Jaccard index against the truth. Never the evaluation sets.

    /usr/bin/python3 verifier.py --data DIR [DIR...] [--val DIR...] [--epochs 12]
                                 [--seed 1] [--threads 2] [--out outline.onnx]
                                 [--lr 2e-3] [--init capture/models/outline.onnx]

With --init the training starts from an exported model (fine-tuning; README.md).

The loss: binary cross-entropy on a soft label (Jaccard index 0.80 -> 0, 0.95 -> 1), and a
frame-wise softmax over the frame's outlines towards the best one when it is right (JI at
least 0.9). Deterministic for a given seed, data, epoch and thread count.
"""

import argparse
import csv
import os
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

PATCH = 96


def load(dirs):
    xs, rows = [], []
    frame_base = 0
    for d in dirs:
        with open(os.path.join(d, "patches.csv")) as f:
            r = list(csv.DictReader(f))
        raw = np.fromfile(os.path.join(d, "patches.u8"), dtype=np.uint8)
        n = raw.size // (PATCH * PATCH * 3)
        r = r[:n]
        xs.append(raw[: len(r) * PATCH * PATCH * 3].reshape(len(r), PATCH, PATCH, 3))
        top = 0
        for row in r:
            row["frame"] = int(row["frame"]) + frame_base
            top = max(top, row["frame"])
            rows.append(row)
        frame_base = top + 1
    x = np.concatenate(xs)
    ji = np.array([float(r["ji"]) for r in rows], dtype=np.float32)
    conf = np.array([float(r["confidence"]) for r in rows], dtype=np.float32)
    frame = np.array([r["frame"] for r in rows])
    return x, ji, conf, frame


def standardise(x):
    """x: N x 96 x 96 x 3 uint8 -> N x 3 x 96 x 96 float, as OutlineVerifier::logits does."""
    f = x.astype(np.float32)
    mean = f.mean(axis=(1, 2), keepdims=True)
    var = f.var(axis=(1, 2), keepdims=True).mean(axis=3, keepdims=True)
    spread = np.maximum(8.0, np.sqrt(var))
    return np.ascontiguousarray(((f - mean) / spread).transpose(0, 3, 1, 2))


def predict(net, x):
    """The network's answers for patches `x` (N x 96 x 96 x 3 uint8), 512 at a time."""
    net.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(x), 512):
            out.append(net(torch.from_numpy(standardise(x[i:i + 512]))))
    return torch.cat(out).numpy()


def optimiser(net, lr, steps):
    """AdamW (weight decay 1e-4) and a one-cycle schedule over `steps` steps, both scripts'."""
    opt = torch.optim.AdamW(net.parameters(), lr=lr, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=steps,
                                                pct_start=0.15)
    return opt, sched


def cbr(i, o, stride):
    return nn.Sequential(nn.Conv2d(i, o, 3, stride, 1, bias=False), nn.BatchNorm2d(o),
                         nn.ReLU(inplace=True))


class Net(nn.Module):
    def __init__(self, w=(12, 24, 48, 64), hidden=64, outputs=1, stem=False):
        """Four stride-2 convolutions of widths `w`, then a `hidden`-wide layer over the 6 x 6
        cells and `outputs` answers (refiner.py: wider, 8 answers). `stem`: a first
        convolution at the patch's full resolution (about twice the cost)."""
        super().__init__()
        first = [cbr(3, w[0], 1), cbr(w[0], w[0], 2)] if stem else [cbr(3, w[0], 2)]
        self.features = nn.Sequential(*first, cbr(w[0], w[1], 2), cbr(w[1], w[2], 2),
                                      cbr(w[2], w[3], 2))
        # Fully connected over the 6 x 6 cells, as convolutions (no reshaping in the graph:
        # OpenCV 4.6 does not import the exporter's shape arithmetic).
        self.head = nn.Sequential(nn.Conv2d(w[3], hidden, 6), nn.ReLU(inplace=True),
                                  nn.Conv2d(hidden, outputs, 1))

    def raw(self, x):
        """N x 1 x 1 x 1 logits (what the exported graph gives)."""
        return self.head(self.features(x))

    def forward(self, x):
        return self.raw(x)[:, 0, 0, 0]


def dihedral(x, k, flip):
    x = torch.rot90(x, k, dims=(2, 3))
    return torch.flip(x, dims=(3,)) if flip else x


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", nargs="+", required=True)
    ap.add_argument("--val", nargs="*", default=[], help="folders for validation only")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--frames-per-batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", default="outline.onnx")
    ap.add_argument("--checkpoint", default="")
    ap.add_argument("--init", default="",
                    help="an exported model (outline.onnx) to start from: fine-tuning")
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = np.random.default_rng(args.seed)

    x, ji, conf, frame = load(args.data)
    # Kept as bytes (15 sets of ~4900 outlines are 2 GB so, 8 GB as floats), standardised a
    # batch at a time.
    def batch(idx):
        return torch.from_numpy(standardise(x[idx]))
    soft = torch.from_numpy(np.clip((ji - 0.80) / 0.15, 0, 1))
    frames = np.unique(frame)
    members = {f: np.nonzero(frame == f)[0] for f in frames}
    print(f"{len(frames)} frames, {len(ji)} outlines, {int((ji >= 0.9).sum())} right", flush=True)
    if args.val:
        vx, vji, vconf, vframe = load(args.val)
        vxs = vx
    net = Net()
    if args.init:
        load_exported(net, args.init)
    steps = args.epochs * ((len(frames) + args.frames_per_batch - 1) // args.frames_per_batch)
    opt, sched = optimiser(net, args.lr, steps)

    def report(logit, ji_, conf_, frame_, name):
        # Top-1 per frame with a document: the net alone, the ranking alone, both summed.
        zc = np.log(np.clip(conf_, 1e-6, 1 - 1e-6) / np.clip(1 - conf_, 1e-6, 1))
        res = {}
        mixes = [("net", logit), ("ranking", zc)]
        mixes += [(f"both {a}", a * logit + zc) for a in (0.25, 0.5, 1.0, 2.0)]
        for label, z in mixes:
            top, n = 0.0, 0
            for f in np.unique(frame_):
                idx = np.nonzero(frame_ == f)[0]
                best = ji_[idx].max()
                if best <= 0:
                    continue
                n += 1
                top += ji_[idx[np.argmax(z[idx])]]
            res[label] = top / max(1, n)
        both = max(v for k, v in res.items() if k.startswith("both"))
        print(f"  {name}: mean JI of the top outline: net {res['net']:.4f}, ranking "
              f"{res['ranking']:.4f}, both (the ranking's logit + a x the net's, the best a of "
              f"0.25-2) {both:.4f} ({n} frames)", flush=True)
        res["both"] = both
        return res

    best = -1
    t0 = time.time()
    step = 0
    for epoch in range(args.epochs):
        net.train()
        if args.init:
            # The exported model's batch norms are folded into its convolutions: they stay
            # as the identity they were loaded as (their scale and shift still learn).
            for m in net.modules():
                if isinstance(m, nn.BatchNorm2d):
                    m.eval()
        order = rng.permutation(frames)
        total = 0.0
        for b in range(0, len(order), args.frames_per_batch):
            fs = order[b:b + args.frames_per_batch]
            idx = np.concatenate([members[f] for f in fs])
            xb = batch(idx)
            k, flip = int(rng.integers(4)), bool(rng.integers(2))
            xb = dihedral(xb, k, flip)
            xb = xb + 0.05 * torch.randn_like(xb)
            z = net(xb)
            loss = F.binary_cross_entropy_with_logits(z, soft[idx])
            # Frame-wise softmax towards the best outline, where it is right.
            lw, cnt, o = 0.0, 0, 0
            for f in fs:
                m = len(members[f])
                j = torch.from_numpy(ji[members[f]])
                if j.max() >= 0.9 and m > 1:
                    lw = lw + F.cross_entropy(z[o:o + m][None], j.argmax()[None])
                    cnt += 1
                o += m
            if cnt:
                loss = loss + 0.5 * lw / cnt
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            step += 1
            total += float(loss)
        print(f"epoch {epoch + 1}: loss {total / max(1, step):.4f}, {time.time() - t0:.0f} s",
              flush=True)
        step = 0
        if args.val:
            res = report(predict(net, vxs), vji, vconf, vframe, "validation")
            if res["both"] > best:
                best = res["both"]
                if args.checkpoint:
                    torch.save(net.state_dict(), args.checkpoint)
                export(net, args.out)
    # The last epoch's too (the learning rate has come down: often the one to keep).
    export(net, args.out if not args.val else args.out.replace(".onnx", ".last.onnx"))


def load_exported(net, path):
    """Loads an exported model (export(): batch norms folded into the convolutions before
    them) into `net`: each convolution's weight and bias, the batch norms the identity."""
    import onnx
    from onnx import numpy_helper

    g = onnx.load(path).graph
    inits = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    convs = [[inits[n] for n in node.input[1:]] for node in g.node if node.op_type == "Conv"]
    targets = [(block[0], block[1]) for block in net.features] + [(net.head[0], None),
                                                                  (net.head[2], None)]
    if len(convs) != len(targets):
        raise SystemExit(f"{path}: {len(convs)} convolutions, the network has {len(targets)}")
    with torch.no_grad():
        for (w_b, (conv, bn)) in zip(convs, targets):
            w = torch.from_numpy(w_b[0].copy())
            if w.shape != conv.weight.shape:
                raise SystemExit(f"{path}: weights {tuple(w.shape)}, the network's "
                                 f"{tuple(conv.weight.shape)}")
            conv.weight.copy_(w)
            b = torch.from_numpy(w_b[1].copy()) if len(w_b) > 1 else torch.zeros(w.shape[0])
            if bn is None:
                conv.bias.copy_(b)
            else:
                bn.weight.fill_(1.0)
                bn.bias.copy_(b)
                bn.running_mean.zero_()
                bn.running_var.fill_(1.0 - bn.eps)
    print(f"started from {path}", flush=True)


def export(net, path, output="logit"):
    """Writes `net.raw` as an ONNX model OpenCV 4.6 reads (input "outline", N x 3 x 96 x 96;
    `output` named as given)."""
    from train import save_for_opencv

    class Raw(nn.Module):
        def __init__(self, net):
            super().__init__()
            self.net = net

        def forward(self, x):
            return self.net.raw(x)

    tmp = path + ".tmp"
    torch.onnx.export(Raw(net).eval(), torch.zeros(1, 3, PATCH, PATCH), tmp, opset_version=11,
                      input_names=["outline"], output_names=[output],
                      dynamic_axes={"outline": {0: "n"}, output: {0: "n"}})
    save_for_opencv(tmp, path)


if __name__ == "__main__":
    main()
