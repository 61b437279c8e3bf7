#!/usr/bin/python3
"""A labelled folder again at another frame size, cropped to 4:3 or turned upright.

Writes a copy of a labelled folder (images/, gt.csv, meta.csv) with every frame changed the
same way and its truth changed with it, so that `capture_eval --only-real --data OUT` tells
whether the detector's figures hold for frames unlike the 1920x1080 landscape ones it is
tuned on:

    variants.py SRC OUT scale F      every frame resized by F (Lanczos), corners times F
    variants.py SRC OUT crop43       a height x 4/3 window, centred on the document
    variants.py SRC OUT portrait     turned 90° clockwise (a phone held upright): the
                                     corners reordered TL, TR, BR, BL and the document's
                                     width and height in meta.csv swapped
    variants.py SRC OUT zoom M       a close-up: the document's box grown by M of its size
                                     on each side, widened to 16:9, enlarged to 1920 px
                                     wide (a document camera's view of an A4 page)
    variants.py SRC OUT cut F        a height x 4/3 window whose left edge cuts F of the
                                     document's width (its box's) off: the document going
                                     on out of the frame (frames without a document, or
                                     where that leaves less than 400 px, are left out)

[--every N] keeps every Nth frame. JPEG frames are written again at quality 95, also with
`scale 1`, which is the baseline to compare with (the re-encoding alone moves a frame or
two); other formats keep theirs. Needs python3-pil.
"""
import argparse
import csv
import os

from PIL import Image


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("kind", choices=["scale", "crop43", "portrait", "cut", "zoom"])
    ap.add_argument("factor", nargs="?", type=float, default=1.0)
    ap.add_argument("--every", type=int, default=1)
    a = ap.parse_args()

    os.makedirs(os.path.join(a.out, "images"), exist_ok=True)
    with open(os.path.join(a.src, "meta.csv"), newline="") as f:
        meta = list(csv.reader(f))
    with open(os.path.join(a.src, "gt.csv"), newline="") as f:
        gt = list(csv.reader(f))
    meta_of = {row[0]: row for row in meta[1:]}
    gt_out, meta_out = [gt[0]], [meta[0]]
    for n, row in enumerate(gt[1:]):
        if n % a.every:
            continue
        img = Image.open(os.path.join(a.src, "images", row[0]))
        w, h = img.size
        pts = None
        if len(row) >= 9 and row[1]:
            pts = [(float(row[i]), float(row[i + 1])) for i in range(1, 9, 2)]
        m = list(meta_of[row[0]])
        if a.kind == "cut":
            if not pts:
                continue
            xs = [p[0] for p in pts]
            x0 = int(min(xs) + a.factor * (max(xs) - min(xs)))
            x1 = min(w, x0 + h * 4 // 3)
            if x0 <= 0 or x1 - x0 < 400:
                continue
            img = img.crop((x0, 0, x1, h))
            pts = [(x - x0, y) for x, y in pts]
        elif a.kind == "zoom":
            if not pts:
                continue
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            bw, bh = max(xs) - min(xs), max(ys) - min(ys)
            x0, x1 = min(xs) - a.factor * bw, max(xs) + a.factor * bw
            y0, y1 = min(ys) - a.factor * bh, max(ys) + a.factor * bh
            if (x1 - x0) / (y1 - y0) < 16 / 9:
                d = ((y1 - y0) * 16 / 9 - (x1 - x0)) / 2
                x0, x1 = x0 - d, x1 + d
            else:
                d = ((x1 - x0) * 9 / 16 - (y1 - y0)) / 2
                y0, y1 = y0 - d, y1 + d
            x0, y0, x1, y1 = max(0, int(x0)), max(0, int(y0)), min(w, int(x1)), min(h, int(y1))
            if x1 - x0 < 400:
                continue
            f = 1920 / (x1 - x0)
            img = img.crop((x0, y0, x1, y1)).resize((1920, round(f * (y1 - y0))), Image.LANCZOS)
            pts = [((x - x0) * f, (y - y0) * f) for x, y in pts]
        elif a.kind == "scale":
            img = img.resize((round(w * a.factor), round(h * a.factor)), Image.LANCZOS)
            if pts:
                pts = [(x * a.factor, y * a.factor) for x, y in pts]
        elif a.kind == "crop43":
            cw = h * 4 // 3
            cx = sum(p[0] for p in pts) / 4 if pts else w / 2
            x0 = int(min(max(cx - cw / 2, 0), w - cw))
            img = img.crop((x0, 0, x0 + cw, h))
            if pts:
                pts = [(x - x0, y) for x, y in pts]
        else:
            img = img.transpose(Image.ROTATE_270)  # clockwise
            if pts:
                turned = [(h - 1 - y, x) for x, y in pts]
                pts = [turned[3], turned[0], turned[1], turned[2]]  # BL is now TL
            m[3], m[4] = m[4], m[3]
        path = os.path.join(a.out, "images", row[0])
        if row[0].lower().endswith((".jpg", ".jpeg")):
            img.convert("RGB").save(path, quality=95)
        else:
            img.save(path)
        gt_out.append([row[0]] + (["%.3f" % v for p in pts for v in p] if pts else [""] * 8))
        m[1], m[2] = str(img.size[0]), str(img.size[1])
        meta_out.append(m)
    with open(os.path.join(a.out, "gt.csv"), "w", newline="") as f:
        csv.writer(f).writerows(gt_out)
    with open(os.path.join(a.out, "meta.csv"), "w", newline="") as f:
        csv.writer(f).writerows(meta_out)


if __name__ == "__main__":
    main()
