#!/usr/bin/python3
"""Trains the document detector's segmentation network (capture/models/docseg.onnx).

The data are the project's own synthetic scenes, written by
`capture_eval --dump-training DIR FIRST COUNT` (see README.md): what the network sees
(DocumentSegmenter::inputFor of the detector's 512-pixel working image, 256 x 144 for a 16:9
frame) and the document's corners. Never the evaluation frames.

    /usr/bin/python3 train.py --data DIR [--scenes N] [--steps 1500] [--seed 1] [--threads 1]
                              [--out docseg.onnx]

Deterministic for a given seed, data, step count and thread count: the same steps, batches
and augmentation every run (the time taken is only reported).
"""

import argparse
import glob
import math
import os
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

STRIDE = 4  # input pixels per output cell


HARD = ("office", "papers")


def load(data_dir, hard_backgrounds=HARD):
    images, quads, has, seeds, hard = [], [], [], [], []
    seen = set()
    for csv_path in sorted(glob.glob(os.path.join(data_dir, "scenes_*.csv"))):
        raw_path = csv_path[:-4] + ".u8"
        rows = [line.rstrip("\n").split(",") for line in open(csv_path)][1:]
        rows = [r for r in rows if len(r) == 16]
        raw = np.fromfile(raw_path, dtype=np.uint8)
        if not rows:
            continue
        h, w = int(rows[0][2]), int(rows[0][3])
        per = h * w * 3
        n = min(len(rows), raw.size // per)  # a chunk still being written
        keep = []
        for i, r in enumerate(rows[:n]):
            assert int(r[2]) == h and int(r[3]) == w, "scenes of one size only"
            if int(r[1]) in seen:  # a seed in two chunks (a scene depends on its seed only)
                continue
            seen.add(int(r[1]))
            keep.append(i)
            seeds.append(int(r[1]))
            has.append(int(r[7]))
            hard.append(r[5] in hard_backgrounds)
            quads.append([float(v) for v in r[8:16]])
        images.append(raw[: n * per].reshape(n, h, w, 3)[keep])
    # In seed order, however the scenes were split into chunks.
    seeds = np.asarray(seeds)
    order = np.argsort(seeds, kind="stable")
    images = np.concatenate(images)[order]
    quads = np.asarray(quads, dtype=np.float32).reshape(-1, 4, 2)[order]
    return (images, quads, np.asarray(has, dtype=np.float32)[order], seeds[order],
            np.asarray(hard, dtype=bool)[order])


def cbr(i, o, stride=1, dilation=1):
    return nn.Sequential(
        nn.Conv2d(i, o, 3, stride, padding=dilation, dilation=dilation, bias=False),
        nn.BatchNorm2d(o),
        nn.ReLU(inplace=True),
    )


class Net(nn.Module):
    """An encoder down to 1/16 with dilated convolutions (the whole frame in view: which
    sheet lies on top, which is in the middle), a decoder back to 1/4 (stride 4) or to 1/2
    (stride 2: one more level, fed by the first encoder level, adds a correction to the 1/4
    answer doubled; its head starts at zero, so a net started from a stride-4 checkpoint
    answers as before at step 0)."""

    def __init__(self, w=(12, 16, 32, 64), stride=4, stem=0):
        super().__init__()
        # stem > 0: the net reads the working image whole (512 x 288, not halved) and answers
        # at 1/8 of it (the same cells as before): a stride-2 convolution of `stem` channels
        # over the whole image, beside the image halved (a 2 x 2 mean, as INTER_AREA), feeds
        # the first level; the stem's part of that level's weights starts at zero, so a net
        # started from a halved-input checkpoint answers as before at step 0.
        self.stem = stem
        if stem:
            self.e0 = cbr(3, stem, 2)
        self.e1 = cbr(3 + stem, w[0], 2)
        self.e2 = nn.Sequential(cbr(w[0], w[1], 2), cbr(w[1], w[1]))
        self.e3 = nn.Sequential(cbr(w[1], w[2], 2), cbr(w[2], w[2]))
        self.e4 = nn.Sequential(
            cbr(w[2], w[3], 2), cbr(w[3], w[3], dilation=2), cbr(w[3], w[3], dilation=4),
            cbr(w[3], w[3], dilation=8))
        self.d3 = cbr(w[3] + w[2], w[2])
        self.d2 = cbr(w[2] + w[1], w[1])
        self.head = nn.Conv2d(w[1], 1, 1)
        self.stride = stride
        if stride == 2:
            self.d1 = cbr(w[1] + w[0], w[0])
            self.head1 = nn.Conv2d(w[0], 1, 1)
            nn.init.zeros_(self.head1.weight)
            nn.init.zeros_(self.head1.bias)

    def forward(self, x):
        if self.stem:
            x = torch.cat([F.avg_pool2d(x, 2), self.e0(x)], 1)
        e1 = self.e1(x)
        e2 = self.e2(e1)
        e3 = self.e3(e2)
        e4 = self.e4(e3)
        d = self.d3(torch.cat([F.interpolate(e4, scale_factor=2.0, mode="nearest"), e3], 1))
        d = self.d2(torch.cat([F.interpolate(d, scale_factor=2.0, mode="nearest"), e2], 1))
        coarse = self.head(d)
        if self.stride == 2:
            d = self.d1(torch.cat([F.interpolate(d, scale_factor=2.0, mode="nearest"), e1], 1))
            return F.interpolate(coarse, scale_factor=2.0, mode="nearest") + self.head1(d)
        return coarse


class WithSigmoid(nn.Module):
    def __init__(self, net):
        super().__init__()
        self.net = net

    def forward(self, x):
        return torch.sigmoid(self.net(x))


def coverage(quads, has, h, w, sub=1):
    """Share of each output cell inside the quad (pixel centres at integer coordinates, an
    output cell j covering input pixels STRIDE*j .. STRIDE*j+STRIDE-1)."""
    b = quads.shape[0]
    oh, ow = h // STRIDE, w // STRIDE
    offs = (torch.arange(STRIDE * sub, dtype=torch.float32) + 0.5) / sub - 0.5
    ys = (torch.arange(oh).repeat_interleave(STRIDE * sub) * STRIDE).float() + offs.repeat(oh)
    xs = (torch.arange(ow).repeat_interleave(STRIDE * sub) * STRIDE).float() + offs.repeat(ow)
    py = ys.view(1, -1, 1)
    px = xs.view(1, 1, -1)
    q = quads
    area = 0.5 * sum(q[:, i, 0] * q[:, (i + 1) % 4, 1] - q[:, (i + 1) % 4, 0] * q[:, i, 1]
                     for i in range(4))
    sign = torch.where(area >= 0, 1.0, -1.0).view(b, 1, 1)
    inside = torch.ones(b, ys.numel(), xs.numel(), dtype=torch.bool)
    for i in range(4):
        a, c = q[:, i], q[:, (i + 1) % 4]
        cross = ((c[:, 0] - a[:, 0]).view(b, 1, 1) * (py - a[:, 1].view(b, 1, 1))
                 - (c[:, 1] - a[:, 1]).view(b, 1, 1) * (px - a[:, 0].view(b, 1, 1)))
        inside &= cross * sign >= 0
    m = inside.float().view(b, 1, ys.numel(), xs.numel())
    m = F.avg_pool2d(m, STRIDE * sub)
    return m * has.view(b, 1, 1, 1)


def augment(x, quads, gen):
    """x: B x 3 x H x W in 0..1 (BGR), quads in pixels. Geometry (mirror, half turn, small
    turn, zoom, shift; a quarter of the batches turned to portrait) and light, colour, noise,
    blur."""
    b, _, h, w = x.shape
    if torch.rand(1, generator=gen).item() < 0.25:  # portrait frames (a phone held upright)
        x = x.transpose(2, 3).contiguous()
        quads = quads.flip(-1).contiguous()
        h, w = w, h
    # Affine: out pixel p_out -> in pixel p_in = A p_out + t (about the centre).
    ang = (torch.rand(b, generator=gen) - 0.5) * (20 * math.pi / 180)
    ang += (torch.rand(b, generator=gen) < 0.25).float() * math.pi
    scale = torch.exp((torch.rand(b, generator=gen) - 0.5) * 2 * math.log(1.25))
    mirror = torch.where(torch.rand(b, generator=gen) < 0.5, -1.0, 1.0)
    shift = (torch.rand(b, 2, generator=gen) - 0.5) * 0.2 * torch.tensor([w, h]).float()
    cos, sin = torch.cos(ang) / scale, torch.sin(ang) / scale
    A = torch.stack([torch.stack([cos * mirror, -sin], 1), torch.stack([sin * mirror, cos], 1)], 1)
    centre = torch.tensor([(w - 1) / 2, (h - 1) / 2])
    # affine_grid works in normalised coordinates (align_corners=False): u = (2p + 1) / size - 1
    norm = torch.tensor([2.0 / w, 2.0 / h])
    theta = torch.zeros(b, 2, 3)
    theta[:, :, :2] = A * norm.view(1, 2, 1) / norm.view(1, 1, 2)
    # p_in = A (p_out - c) + c + shift = A p_out + t_pix
    t_pix = centre.view(1, 2) + shift - (A @ centre.view(1, 2, 1)).view(b, 2)
    # u_in = norm*p_in + (norm/2 - 1) = theta2 u_out + theta_t
    # u = norm (p + 1/2) - 1, so u_in = diag(norm) A diag(1/norm) u_out + norm (A off + t) + norm/2 - 1
    off = (torch.ones(2) - norm / 2) / norm
    theta[:, :, 2] = norm * ((A @ off.view(1, 2, 1)).view(b, 2) + t_pix) + norm / 2 - 1
    grid = F.affine_grid(theta, (b, 3, h, w), align_corners=False)
    x = F.grid_sample(x, grid, mode="bilinear", padding_mode="border", align_corners=False)
    Ainv = torch.linalg.inv(A)
    quads = ((quads - t_pix.view(b, 1, 2)) @ Ainv.transpose(1, 2))
    # Light and colour.
    g = lambda lo, hi, *shape: lo + (hi - lo) * torch.rand(*shape, generator=gen)
    grey = x.mean(1, keepdim=True)
    sat = g(0.0, 1.4, b, 1, 1, 1)
    sat = torch.where(torch.rand(b, 1, 1, 1, generator=gen) < 0.1, torch.zeros_like(sat), sat)
    x = grey + (x - grey) * sat
    x = x * g(0.85, 1.15, b, 3, 1, 1)
    mean = x.mean((1, 2, 3), keepdim=True)
    x = mean + (x - mean) * g(0.6, 1.3, b, 1, 1, 1)
    x = x * g(0.5, 1.3, b, 1, 1, 1)
    x = x.clamp(0, 1) ** g(0.7, 1.4, b, 1, 1, 1)
    # Blur (a third) and noise.
    sigma = g(0.3, 1.3, 1).item()
    if torch.rand(1, generator=gen).item() < 0.33:
        r = 3
        k = torch.exp(-(torch.arange(-r, r + 1).float() ** 2) / (2 * sigma * sigma))
        k = (k / k.sum()).view(1, 1, 1, -1).repeat(3, 1, 1, 1)
        x = F.conv2d(F.pad(x, (r, r, 0, 0), mode="replicate"), k, groups=3)
        x = F.conv2d(F.pad(x, (0, 0, r, r), mode="replicate"), k.transpose(2, 3), groups=3)
    x = x + torch.randn(x.shape, generator=gen) * g(0.0, 0.03, b, 1, 1, 1)
    return x.clamp(0, 1), quads


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--steps", type=int, default=1500)
    ap.add_argument("--scenes", type=int, default=0, help="the first N scenes by seed (0: all)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--out", default="docseg.onnx")
    ap.add_argument("--checkpoint", default="docseg.pt")
    ap.add_argument("--stride", type=int, default=4, choices=(2, 4),
                    help="input pixels per output cell")
    ap.add_argument("--stem", type=int, default=0,
                    help="read the whole working image (dumped with --dump-training-full) "
                         "through a stride-2 stem of this many channels; the answer is at 1/8")
    ap.add_argument("--width", default="12,16,32,64",
                    help="channels of the four encoder levels (the model in the repository: "
                         "12,16,32,64)")
    ap.add_argument("--hard-weight", type=float, default=1.0,
                    help="loss weight of the scenes on the --hard-backgrounds (by default the "
                         "white-on-white desks, office and papers)")
    ap.add_argument("--hard-backgrounds", default=",".join(HARD),
                    help="the backgrounds --hard-weight weighs and the validation reports apart")
    ap.add_argument("--init", default="",
                    help="start from this checkpoint (the layers of the same name and shape)")
    ap.add_argument("--init-onnx", default="",
                    help="start from an exported model (its batch norms folded into the "
                         "convolutions; implies --freeze-bn)")
    ap.add_argument("--freeze-bn", action="store_true",
                    help="batch norms use their running figures and keep them (fine-tuning)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    gen = torch.Generator().manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)

    images, quads, has, seeds, hard = load(args.data, tuple(args.hard_backgrounds.split(",")))
    if args.scenes:
        assert len(images) >= args.scenes, f"only {len(images)} scenes in {args.data}"
        images, quads, has, seeds, hard = (a[: args.scenes]
                                           for a in (images, quads, has, seeds, hard))
    n = len(images)
    order = np.argsort(seeds)
    nval = max(64, n // 20)
    val_idx, train_idx = order[-nval:], order[:-nval]  # the highest seeds held out
    h, w = images.shape[1:3]
    print(f"{n} scenes ({len(train_idx)} training, {nval} validation), {w}x{h}, "
          f"{int(hard.sum())} on the white-on-white desks", flush=True)

    def batch_of(idx):
        x = torch.from_numpy(images[idx]).permute(0, 3, 1, 2).float() / 255.0
        return x, torch.from_numpy(quads[idx]).clone(), torch.from_numpy(has[idx])

    global STRIDE
    STRIDE = args.stride * (2 if args.stem else 1)
    assert not (args.stem and args.stride == 2), "a stem answers at 1/8 only"
    width = tuple(int(v) for v in args.width.split(","))
    assert len(width) == 4, "--width takes four channel counts"
    net = Net(w=width, stride=args.stride, stem=args.stem).to(memory_format=torch.channels_last)
    if args.init:
        own = net.state_dict()
        loaded = torch.load(args.init)
        init = {k: v for k, v in loaded.items() if k in own and own[k].shape == v.shape}
        # The first level of a stem net: the checkpoint's weights on the halved image, zero
        # on the stem's channels.
        k = "e1.0.weight"
        if args.stem and k in loaded and own[k].shape[1] == loaded[k].shape[1] + args.stem:
            first = torch.zeros(own[k].shape)
            first[:, : loaded[k].shape[1]] = loaded[k]
            init[k] = first
        net.load_state_dict(init, strict=False)
        print(f"{len(init)} of {len(own)} tensors from {args.init}", flush=True)
    if args.init_onnx:
        print(f"{init_from_onnx(net, args.init_onnx)} convolutions from {args.init_onnx}",
              flush=True)
    freeze = args.freeze_bn or bool(args.init_onnx)

    def train_mode():
        net.train()
        if freeze:
            for mod in net.modules():
                if isinstance(mod, nn.BatchNorm2d):
                    mod.eval()

    train_mode()
    print(f"{sum(p.numel() for p in net.parameters())} parameters", flush=True)
    opt = torch.optim.AdamW(net.parameters(), lr=args.lr, weight_decay=1e-4)
    # The learning rate warms up over 100 steps, then follows a cosine down to 0 at --steps.
    start = time.time()
    step, planned = 0, args.steps
    steps_per_epoch = len(train_idx) // args.batch
    best = -1.0

    def evaluate():
        """The soft IoU over all validation scenes (which picks the checkpoint) and over
        those on the white-on-white desks (reported)."""
        net.eval()
        inter = union = hinter = hunion = 0.0
        with torch.no_grad():
            for i in range(0, nval, 64):
                idx = val_idx[i:i + 64]
                x, q, hs = batch_of(idx)
                t = coverage(q, hs, h, w)
                p = torch.sigmoid(net((x - 0.5) / 0.5))
                mi = torch.minimum(p, t).sum((1, 2, 3))
                ma = torch.maximum(p, t).sum((1, 2, 3))
                hm = torch.from_numpy(hard[idx])
                inter += mi.sum().item()
                union += ma.sum().item()
                hinter += mi[hm].sum().item()
                hunion += ma[hm].sum().item()
        train_mode()
        return inter / max(union, 1e-9), hinter / max(hunion, 1e-9)

    if args.init or args.init_onnx:
        print("at the start: validation soft IoU %.4f (white-on-white desks %.4f)" % evaluate(),
              flush=True)
    epoch = 0
    while True:
        perm = rng.permutation(train_idx)
        for bi in range(steps_per_epoch):
            idx = np.sort(perm[bi * args.batch:(bi + 1) * args.batch])
            x, q, hs = batch_of(idx)
            x, q = augment(x, q, gen)
            t = coverage(q, hs, x.shape[2], x.shape[3])
            logits = net(((x - 0.5) / 0.5).contiguous(memory_format=torch.channels_last))
            sw = torch.where(torch.from_numpy(hard[idx]), args.hard_weight, 1.0)
            sw = sw / sw.mean()
            bce = (F.binary_cross_entropy_with_logits(logits, t, reduction="none")
                   .mean((1, 2, 3)) * sw).mean()
            p = torch.sigmoid(logits)
            dice = 1 - (2 * (p * t).sum((1, 2, 3)) + 1) / (p.sum((1, 2, 3)) + t.sum((1, 2, 3)) + 1)
            loss = bce + 0.5 * (dice * sw).mean()
            lr = args.lr * min(1.0, (step + 1) / 100) * 0.5 * (1 + math.cos(math.pi * step / planned))
            for gparam in opt.param_groups:
                gparam["lr"] = lr
            opt.zero_grad()
            loss.backward()
            opt.step()
            step += 1
            if step % 50 == 0:
                print(f"step {step} loss {loss.item():.4f} bce {bce.item():.4f} lr {lr:.5f} "
                      f"{(time.time() - start) / 60:.1f} min", flush=True)
            if step >= planned:
                break
        epoch += 1
        iou, hard_iou = evaluate()
        print(f"epoch {epoch}: validation soft IoU {iou:.4f} (white-on-white desks "
              f"{hard_iou:.4f}) ({(time.time() - start) / 60:.1f} min)", flush=True)
        if iou > best:
            best = iou
            torch.save(net.state_dict(), args.checkpoint)
        if step >= planned:
            break
    net.load_state_dict(torch.load(args.checkpoint))
    print(f"best validation soft IoU {best:.4f}; {step} steps in {(time.time() - start) / 60:.1f} min",
          flush=True)
    export(net, args.out, h, w)


def init_from_onnx(net, path):
    """Loads an exported model (train.py's own export: each convolution's node is named
    after its module, its batch norm folded into its weights and bias) into `net`: the
    convolution takes the folded weights, its batch norm passes the bias through (running
    mean 0, variance 1 - eps, scale 1), to be fine-tuned with the batch norms frozen."""
    import onnx
    from onnx import numpy_helper
    m = onnx.load(path)
    inits = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    modules = dict(net.named_modules())
    done = 0
    for node in m.graph.node:
        if node.op_type != "Conv":
            continue
        name = node.name.split("/")[-2]  # "/net/e2/e2.0/e2.0.0/Conv" -> "e2.0.0"
        conv = modules[name]
        w = torch.from_numpy(inits[node.input[1]].copy())
        b = torch.from_numpy(inits[node.input[2]].copy())
        assert conv.weight.shape == w.shape, name
        with torch.no_grad():
            conv.weight.copy_(w)
            if conv.bias is not None:
                conv.bias.copy_(b)
            else:
                parent, index = name.rsplit(".", 1)
                bn = modules[parent][int(index) + 1]
                bn.weight.fill_(1.0)
                bn.bias.copy_(b)
                bn.running_mean.zero_()
                bn.running_var.fill_(1.0 - bn.eps)
        done += 1
    return done


def export(net, path, h, w):
    model = WithSigmoid(net).eval()
    tmp = path + ".tmp"
    torch.onnx.export(model, torch.zeros(1, 3, h, w), tmp, opset_version=11,
                      input_names=["image"], output_names=["document"],
                      dynamic_axes={"image": {2: "h", 3: "w"}, "document": {2: "oh", 3: "ow"}})
    save_for_opencv(tmp, path)


def save_for_opencv(tmp, path):
    """Reads the exporter's file `tmp`, makes it readable by OpenCV 4.6 and saves it as `path`."""
    import copy
    import onnx
    m = onnx.load(tmp)
    os.remove(tmp)
    # OpenCV's importer does not take Identity nodes over initialisers (the exporter's way of
    # sharing equal weights): give each its own copy.
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    keep = []
    for node in g.node:
        if node.op_type == "Identity" and node.input[0] in inits:
            t = copy.deepcopy(inits[node.input[0]])
            t.name = node.output[0]
            g.initializer.append(t)
        else:
            keep.append(node)
    del g.node[:]
    g.node.extend(keep)
    onnx.checker.check_model(m)
    onnx.save(m, path)
    print(f"wrote {path} ({os.path.getsize(path)} bytes)", flush=True)


if __name__ == "__main__":
    main()
