#!/usr/bin/python3
"""Labelled document scenes drawn without capture/syntheticscene.cpp.

The detector was tuned on the scenes of capture/syntheticscene.cpp; a set it has never seen
should not come from the same hands' habits. This generator shares no code, template or
texture with it: the documents are typeset with the Noto CJK fonts, the desks are Debian's
photographic textures (GIMP's wood, stone, fabric and paper patterns) and wallpapers, the
camera is a pinhole looking at the desk plane (desk and document warped together), and the
light, shadow, glare, thumb and blur are applied to the whole picture afterwards.

    /usr/bin/python3 tools/other-scenes/other_scenes.py OUT [--seed S] [--per-cell N]

writes OUT/images/*.jpg, OUT/gt.csv (corners in the document's own order: its top-left,
top-right, bottom-right, bottom-left) and OUT/meta.csv (the columns capture_eval reads), so
`capture_eval --only-real --data OUT` scores the detector on it.

Needs python3-opencv, python3-numpy, python3-pil, fonts-noto-cjk, gimp-data and
plasma-workspace-wallpapers (Debian 12).
"""

import argparse
import csv
import glob
import math
import os
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANS_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
PATTERNS = "/usr/share/gimp/2.0/patterns"
WALLPAPERS = "/usr/share/wallpapers"

HANZI = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经"
    "十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质"
    "供电营业厅户号缴费收据账单地址居民身份证签发机关有效期限公安局住址出生性别民族汉男女号码统一社会信用代码营业执照名称类型法定代表人注册资本成立日期经营范围登记不动产权证书权利人共有情况坐落单元用途面积使用期限附记"
)


def rng_choice(rng, seq):
    return seq[rng.randrange(len(seq))]


def hanzi(rng, n):
    return "".join(rng_choice(rng, HANZI) for _ in range(n))


def font(path, size):
    return ImageFont.truetype(path, max(6, int(size)))


# ---------------------------------------------------------------- documents (RGBA, 10 px/mm)


def paper_colour(rng, base=(250, 249, 246), spread=6):
    return tuple(int(np.clip(c + rng.randint(-spread, spread), 0, 255)) for c in base)


def rounded_alpha(w, h, r):
    a = Image.new("L", (w, h), 0)
    ImageDraw.Draw(a).rounded_rectangle((0, 0, w - 1, h - 1), r, fill=255)
    return a


def guilloche(draw, w, h, rng, colour, n=18):
    for k in range(n):
        amp = rng.uniform(4, 20)
        freq = rng.uniform(0.01, 0.04)
        phase = rng.uniform(0, 6.28)
        y0 = h * (k + 0.5) / n
        pts = [(x, y0 + amp * math.sin(freq * x + phase)) for x in range(0, w + 8, 8)]
        draw.line(pts, fill=colour, width=1)


def id_card_front(rng):
    w, h = 856, 540
    img = Image.new("RGB", (w, h), paper_colour(rng, (236, 242, 244), 8))
    d = ImageDraw.Draw(img)
    for y in range(h):  # a pale wash across the card
        t = y / h
        c = (int(236 + 10 * t), int(241 - 4 * t), int(245 - 10 * t))
        d.line([(0, y), (w, y)], fill=c)
    guilloche(d, w, h, rng, (214, 226, 236))
    lab = (60, 90, 140)
    f_lab, f_val = font(SANS, 26), font(SERIF, 32)
    rows = [("姓名", hanzi(rng, 3)), ("性别", rng_choice(rng, "男女") + "    民族  汉"),
            ("出生", "%d 年 %d 月 %d 日" % (rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)))]
    y = 52
    for k, v in rows:
        d.text((60, y), k, font=f_lab, fill=lab)
        d.text((150, y - 4), v, font=f_val, fill=(20, 20, 20))
        y += 62
    d.text((60, y), "住址", font=f_lab, fill=lab)
    d.text((150, y - 4), hanzi(rng, 11), font=f_val, fill=(20, 20, 20))
    d.text((150, y + 40), hanzi(rng, 8), font=f_val, fill=(20, 20, 20))
    d.text((60, 440), "公民身份号码", font=f_lab, fill=lab)
    number = "".join(str(rng.randint(0, 9)) for _ in range(17)) + rng_choice(rng, "0123456789X")
    d.text((250, 432), number, font=font(SANS_BOLD, 36), fill=(20, 20, 20))
    # the portrait: a light backdrop, head and shoulders
    px, py, pw, ph = 590, 70, 210, 270
    d.rectangle((px, py, px + pw, py + ph), fill=(222, 230, 238))
    skin = (rng.randint(180, 225), rng.randint(140, 180), rng.randint(110, 150))
    d.ellipse((px + 60, py + 40, px + 150, py + 160), fill=skin)
    d.ellipse((px + 55, py + 25, px + 155, py + 95), fill=(30, 28, 30))
    d.pieslice((px + 5, py + 170, px + 205, py + 370), 180, 360, fill=rng_choice(rng, [(40, 40, 60), (80, 30, 30), (230, 230, 230)]))
    alpha = rounded_alpha(w, h, 32)
    return img, alpha, (856, 540), "id-card"


def id_card_back(rng):
    w, h = 856, 540
    img = Image.new("RGB", (w, h), (240, 242, 238))
    d = ImageDraw.Draw(img)
    for x in range(w):
        t = x / w
        d.line([(x, 0), (x, h)], fill=(int(238 + 8 * t), int(236 + 6 * t), int(228 + 14 * t)))
    guilloche(d, w, h, rng, (226, 214, 200), 24)
    # the emblem: red rings with a yellow star
    cx, cy, r = 130, 130, 80
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(200, 30, 30))
    d.ellipse((cx - r + 12, cy - r + 12, cx + r - 12, cy + r - 12), outline=(240, 200, 60), width=6)
    star = [(cx + 40 * math.cos(math.pi / 2 + k * 4 * math.pi / 5), cy - 40 * math.sin(math.pi / 2 + k * 4 * math.pi / 5)) for k in range(5)]
    d.polygon(star, fill=(250, 210, 60))
    d.text((260, 70), "中华人民共和国", font=font(SERIF_BOLD, 52), fill=(30, 30, 30))
    d.text((300, 150), "居民身份证", font=font(SERIF_BOLD, 72), fill=(30, 30, 30))
    f_lab, f_val = font(SANS, 28), font(SERIF, 30)
    d.text((160, 370), "签发机关", font=f_lab, fill=(40, 40, 40))
    d.text((300, 366), hanzi(rng, 3) + "市公安局" + hanzi(rng, 2) + "分局", font=f_val, fill=(20, 20, 20))
    y0 = rng.randint(2008, 2024)
    d.text((160, 440), "有效期限", font=f_lab, fill=(40, 40, 40))
    d.text((300, 436), "%d.%02d.%02d-%d.%02d.%02d" % (y0, 5, 12, y0 + 20, 5, 12), font=f_val, fill=(20, 20, 20))
    return img, rounded_alpha(w, h, 32), (856, 540), "id-card"


def text_block(d, rng, x0, y0, x1, y1, size, colour=(25, 25, 25), serif=True, gap=1.7):
    f = font(SERIF if serif else SANS, size)
    y = y0
    while y + size < y1:
        n = int((x1 - x0) / size)
        if rng.random() < 0.15:
            n = rng.randint(n // 3, n)
        d.text((x0, y), hanzi(rng, n), font=f, fill=colour)
        y += int(size * gap)
        if rng.random() < 0.12:
            y += size
    return y


def a4_letter(rng):
    w, h = 1050, 1485  # 5 px/mm
    img = Image.new("RGB", (w, h), paper_colour(rng, (248, 247, 244), 7))
    d = ImageDraw.Draw(img)
    m = rng.randint(90, 150)
    if rng.random() < 0.5:  # a coloured letterhead band
        c = rng_choice(rng, [(30, 80, 150), (0, 120, 90), (170, 30, 30)])
        d.rectangle((0, 0, w, rng.randint(60, 120)), fill=c)
        d.text((m, 20), hanzi(rng, 8), font=font(SANS_BOLD, 34), fill=(255, 255, 255))
        top = 170
    else:
        d.text((w // 2 - 200, m), hanzi(rng, 9), font=font(SERIF_BOLD, 44), fill=(20, 20, 20))
        top = m + 110
    y = text_block(d, rng, m, top, w - m, h - m - 240, rng.choice([20, 22, 24]))
    if rng.random() < 0.5:  # a table
        rows, cols = rng.randint(3, 6), rng.randint(3, 5)
        th = min(40 * rows, h - m - 60 - y)
        if th > 80:
            for r_ in range(rows + 1):
                yy = y + 20 + r_ * th // rows
                d.line([(m, yy), (w - m, yy)], fill=(60, 60, 60), width=2)
            for c_ in range(cols + 1):
                xx = m + c_ * (w - 2 * m) // cols
                d.line([(xx, y + 20), (xx, y + 20 + th)], fill=(60, 60, 60), width=2)
    if rng.random() < 0.5:  # a red seal
        sx, sy = w - m - 200, h - m - 200
        d.ellipse((sx, sy, sx + 170, sy + 170), outline=(210, 40, 40), width=7)
        d.text((sx + 45, sy + 65), hanzi(rng, 2), font=font(SANS_BOLD, 36), fill=(210, 40, 40))
    return img, None, (210, 297), "a4"


def a4_certificate(rng):
    w, h = 1050, 1485
    img = Image.new("RGB", (w, h), paper_colour(rng, (246, 241, 228), 6))
    d = ImageDraw.Draw(img)
    m = 70
    d.rectangle((m, m, w - m, h - m), outline=(150, 110, 60), width=5)
    d.rectangle((m + 14, m + 14, w - m - 14, h - m - 14), outline=(150, 110, 60), width=2)
    d.text((w // 2 - 230, m + 60), "不动产权证书", font=font(SERIF_BOLD, 76), fill=(190, 30, 30))
    labels = ["权利人", "共有情况", "坐落", "不动产单元号", "权利类型", "权利性质", "用途", "面积", "使用期限", "权利其他状况"]
    y0, x0, x1, xs = m + 220, m + 60, w - m - 60, m + 300
    rh = (h - m - 160 - y0) // len(labels)
    for k, lab in enumerate(labels):
        y = y0 + k * rh
        d.line([(x0, y), (x1, y)], fill=(90, 70, 50), width=2)
        d.text((x0 + 12, y + rh // 2 - 16), lab, font=font(SANS, 28), fill=(40, 30, 20))
        d.text((xs + 16, y + rh // 2 - 16), hanzi(rng, rng.randint(4, 14)), font=font(SERIF, 28), fill=(20, 20, 20))
    d.line([(x0, y0 + len(labels) * rh), (x1, y0 + len(labels) * rh)], fill=(90, 70, 50), width=2)
    d.line([(x0, y0), (x0, y0 + len(labels) * rh)], fill=(90, 70, 50), width=2)
    d.line([(x1, y0), (x1, y0 + len(labels) * rh)], fill=(90, 70, 50), width=2)
    d.line([(xs, y0), (xs, y0 + len(labels) * rh)], fill=(90, 70, 50), width=2)
    return img, None, (210, 297), "a4"


def licence(rng):
    w, h = 1470, 1040  # A3 landscape, 3.5 px/mm
    img = Image.new("RGB", (w, h), paper_colour(rng, (244, 236, 214), 6))
    d = ImageDraw.Draw(img)
    m = rng.randint(28, 60)
    border = (160, 40, 30)
    for k in range(6):  # an ornamental frame
        d.rectangle((m + 6 * k, m + 6 * k, w - m - 6 * k, h - m - 6 * k), outline=border if k % 2 == 0 else (200, 150, 60), width=3)
    for x in range(m + 40, w - m - 40, 24):
        d.ellipse((x, m + 8, x + 12, m + 20), outline=border)
        d.ellipse((x, h - m - 20, x + 12, h - m - 8), outline=border)
    cx = w // 2
    d.ellipse((cx - 55, m + 60, cx + 55, m + 170), fill=(200, 40, 30))
    d.text((cx - 250, m + 190), "营业执照", font=font(SERIF_BOLD, 120), fill=(180, 30, 30))
    code = "".join(rng_choice(rng, "0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(18))
    d.text((m + 90, m + 150), "统一社会信用代码  " + code, font=font(SANS, 26), fill=(30, 30, 30))
    fields = ["名称", "类型", "法定代表人", "经营范围", "注册资本", "成立日期", "住所"]
    y = m + 390
    for k, f in enumerate(fields):
        x = m + 120 if k % 2 == 0 else w // 2 + 40
        d.text((x, y), f, font=font(SANS, 28), fill=(40, 40, 40))
        d.text((x + 160, y), hanzi(rng, rng.randint(5, 12)), font=font(SERIF, 28), fill=(20, 20, 20))
        if k % 2 == 1:
            y += 70
    qx, qy, qs = m + 110, h - m - 260, 170  # a QR-like block
    d.rectangle((qx, qy, qx + qs, qy + qs), fill=(255, 255, 255))
    cell = qs // 21
    for i in range(21):
        for j in range(21):
            if rng.random() < 0.5 or (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7):
                d.rectangle((qx + i * cell, qy + j * cell, qx + (i + 1) * cell - 1, qy + (j + 1) * cell - 1), fill=(10, 10, 10))
    sx, sy = w - m - 360, h - m - 300
    d.ellipse((sx, sy, sx + 220, sy + 220), outline=(220, 40, 40), width=8)
    d.text((sx + 40, sy + 90), "登记机关", font=font(SANS_BOLD, 34), fill=(220, 40, 40))
    return img, None, (420, 297), "licence"


def plain_page(rng):
    """A printed page with wide white margins: the hardest on a pale desk."""
    w, h = 1050, 1485
    img = Image.new("RGB", (w, h), paper_colour(rng, (250, 250, 250), 4))
    d = ImageDraw.Draw(img)
    m = rng.randint(130, 190)
    text_block(d, rng, m, m, w - m, h - m, rng.choice([16, 18, 20]), colour=(40, 40, 40), serif=False)
    return img, None, (210, 297), "a4"


DOCUMENTS = [id_card_front, id_card_back, a4_letter, a4_certificate, licence, plain_page]

# ---------------------------------------------------------------- desks (in desk-plane mm)


def read_gimp_pattern(path):
    with open(path, "rb") as f:
        raw = f.read()
    hsize, _version, w, h, depth = (int.from_bytes(raw[i:i + 4], "big") for i in range(0, 20, 4))
    px = np.frombuffer(raw[hsize:hsize + w * h * depth], np.uint8).reshape(h, w, depth)
    if depth == 1:
        px = np.repeat(px, 3, axis=2)
    return cv2.cvtColor(np.ascontiguousarray(px[:, :, :3]), cv2.COLOR_RGB2BGR)


# Which textures a set may use: "all", or "train" / "test", every other file of each kind (so
# that a network trained on one half is scored on desks it has never seen).
TEXTURES = "all"


def split(files):
    files = sorted(files)
    if TEXTURES == "train":
        return files[0::2]
    if TEXTURES == "test":
        return files[1::2]
    return files


def pattern_files(kind):
    return split(glob.glob(os.path.join(PATTERNS, kind, "*.pat")))


def wallpapers():
    return split(glob.glob(os.path.join(WALLPAPERS, "*", "contents", "images", "1920x1080.*")))


def tiled(tile, w, h, rng, scale):
    t = cv2.resize(tile, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    if rng.random() < 0.5:
        t = cv2.rotate(t, cv2.ROTATE_90_CLOCKWISE)
    reps = (h // t.shape[0] + 2, w // t.shape[1] + 2, 1)
    big = np.tile(t, reps)
    oy, ox = rng.randrange(t.shape[0]), rng.randrange(t.shape[1])
    return big[oy:oy + h, ox:ox + w].copy()


def colour_jitter(img, rng, amount=0.15):
    gains = np.array([1 + rng.uniform(-amount, amount) for _ in range(3)], np.float32)
    return np.clip(img.astype(np.float32) * gains * rng.uniform(0.8, 1.15), 0, 255).astype(np.uint8)


def low_freq_noise(w, h, rng, strength):
    small = np.array([[rng.gauss(0, 1) for _ in range(6)] for _ in range(4)], np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC) * strength


def desk_texture(kind, w, h, rng):
    """A desk of w x h px (1 px = 1 desk unit)."""
    if kind == "plain":
        base = rng_choice(rng, [(128, 128, 128), (170, 190, 205), (90, 110, 140), (60, 60, 65), (200, 200, 195), (120, 150, 170), (40, 70, 50)])
        img = np.full((h, w, 3), base, np.float32)
        img += low_freq_noise(w, h, rng, 8)[..., None]
        img += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 2.5, img.shape)
        return np.clip(img, 0, 255).astype(np.uint8)
    if kind == "white":
        g = rng.randint(215, 240)
        img = np.full((h, w, 3), (g, g, g - rng.randint(0, 8)), np.float32)
        img += low_freq_noise(w, h, rng, 5)[..., None]
        return np.clip(img, 0, 255).astype(np.uint8)
    if kind == "photo":
        path = rng_choice(rng, wallpapers())
        img = cv2.imread(path)
        return colour_jitter(cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA), rng)
    folder = {"wood": ["Wood"], "stone": ["Stone"], "fabric": ["Fabric", "Paper", "Legacy"]}[kind]
    files = [f for k in folder for f in pattern_files(k)]
    tile = read_gimp_pattern(rng_choice(rng, files))
    return colour_jitter(tiled(tile, w, h, rng, rng.uniform(1.5, 4.0)), rng, 0.1)


def paste_rotated(canvas, img_rgb, alpha, cx, cy, angle_deg, scale):
    """Paste a PIL image onto a BGR canvas, rotated, with its alpha; returns its corners."""
    src = cv2.cvtColor(np.array(img_rgb), cv2.COLOR_RGB2BGR)
    h, w = src.shape[:2]
    a = np.array(alpha) if alpha is not None else np.full((h, w), 255, np.uint8)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle_deg, scale)
    M[0, 2] += cx - w / 2
    M[1, 2] += cy - h / 2
    H, W = canvas.shape[:2]
    # only the box the image lands in (the rest of the canvas is left as it is)
    corners = np.array([[0, 0, 1], [w, 0, 1], [w, h, 1], [0, h, 1]], np.float64) @ M.T
    x0, y0 = np.maximum(np.floor(corners.min(axis=0)).astype(int) - 2, 0)
    x1, y1 = np.minimum(np.ceil(corners.max(axis=0)).astype(int) + 2, [W, H])
    if x1 <= x0 or y1 <= y0:
        return
    M[0, 2] -= x0
    M[1, 2] -= y0
    size = (int(x1 - x0), int(y1 - y0))
    warped = cv2.warpAffine(src, M, size, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE)
    wa = cv2.warpAffine(a, M, size, flags=cv2.INTER_LINEAR, borderValue=0).astype(np.float32)[..., None] / 255
    roi = canvas[y0:y1, x0:x1]
    roi[:] = (roi * (1 - wa) + warped * wa).astype(np.uint8)


def add_clutter(canvas, rng, kinds, unit):
    """Things on the desk around the document, in desk units (unit = px per mm)."""
    H, W = canvas.shape[:2]
    for _ in range(rng.randint(2, 6)):
        what = rng_choice(rng, kinds)
        cx, cy = rng.uniform(0, W), rng.uniform(0, H)
        ang = rng.uniform(0, 360)
        if what == "sheet":
            doc = rng_choice(rng, [a4_letter, plain_page, a4_certificate])(rng)
            paste_rotated(canvas, doc[0], None, cx, cy, ang, unit * 210 / doc[0].size[0] * rng.uniform(0.9, 1.05))
        elif what == "card":
            doc = rng_choice(rng, [id_card_front, id_card_back])(rng)
            paste_rotated(canvas, doc[0], doc[1], cx, cy, ang, unit * 85.6 / 856)
        elif what == "phone":
            ph = Image.new("RGB", (160, 320), (20, 20, 24))
            ImageDraw.Draw(ph).rounded_rectangle((8, 8, 151, 311), 14, fill=(40, 50, 70))
            paste_rotated(canvas, ph, rounded_alpha(160, 320, 22), cx, cy, ang, unit * 72 / 160)
        elif what == "pen":
            c = rng_choice(rng, [(30, 30, 140), (20, 20, 20), (200, 40, 40), (230, 230, 230)])
            pen = Image.new("RGB", (300, 20), c)
            paste_rotated(canvas, pen, rounded_alpha(300, 20, 9), cx, cy, ang, unit * 140 / 300)
        elif what == "cup":
            r = int(unit * rng.uniform(35, 45))
            col = rng_choice(rng, [(240, 240, 240), (40, 40, 160), (30, 30, 30)])
            cv2.circle(canvas, (int(cx), int(cy)), r, col, -1, cv2.LINE_AA)
            cv2.circle(canvas, (int(cx), int(cy)), int(r * 0.8), (40, 60, 90), -1, cv2.LINE_AA)
        elif what == "cable":
            pts = [(rng.uniform(0, W), rng.uniform(0, H)) for _ in range(4)]
            curve = [tuple(np.int32(((1 - t) ** 3) * np.array(pts[0]) + 3 * (1 - t) ** 2 * t * np.array(pts[1]) + 3 * (1 - t) * t * t * np.array(pts[2]) + t ** 3 * np.array(pts[3]))) for t in np.linspace(0, 1, 60)]
            cv2.polylines(canvas, [np.array(curve, np.int32)], False, rng_choice(rng, [(20, 20, 20), (230, 230, 230)]), max(2, int(unit * 4)), cv2.LINE_AA)


# ---------------------------------------------------------------- camera


def rot(ax, ay, az):
    cx, sx, cy, sy, cz, sz = math.cos(ax), math.sin(ax), math.cos(ay), math.sin(ay), math.cos(az), math.sin(az)
    Rx = np.array([[1, 0, 0], [0, cx, -sx], [0, sx, cx]])
    Ry = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    Rz = np.array([[cz, -sz, 0], [sz, cz, 0], [0, 0, 1]])
    return Rx @ Ry @ Rz


def plane_to_image(K, R, t):
    """Homography from the desk plane (x, y, 0) in mm to the image."""
    return K @ np.column_stack([R[:, 0], R[:, 1], t])


def project(Hm, pts):
    p = np.column_stack([pts, np.ones(len(pts))]) @ Hm.T
    return p[:, :2] / p[:, 2:3]


# ---------------------------------------------------------------- one scene

CONDITIONS = ["clean", "perspective", "thumb", "glare", "uneven-light", "shadow", "blur", "motion-blur", "low-light", "jpeg"]
DESKS = ["plain", "wood", "stone", "fabric", "photo", "clutter", "white"]
SIZES = [(1920, 1080)] * 6 + [(1280, 720), (1080, 1920), (1600, 1200), (2560, 1440)]


def scene(rng, desk, condition, doc_fn, size=None, with_document=True):
    W, H = size if size else rng_choice(rng, SIZES)
    doc_img, doc_alpha, (mw, mh), kind = doc_fn(rng)
    doc_mm = (85.6, 54.0) if kind == "id-card" else ((420.0, 297.0) if kind == "licence" else (210.0, 297.0))
    f = rng.uniform(0.75, 1.25) * max(W, H)
    K = np.array([[f, 0, W / 2], [0, f, H / 2], [0, 0, 1]])
    for _attempt in range(200):
        tilt = rng.uniform(25, 42) if condition == "perspective" else rng.uniform(0, 18)
        axis = rng.uniform(0, 2 * math.pi)
        R = rot(math.radians(tilt) * math.cos(axis), math.radians(tilt) * math.sin(axis), rng.uniform(0, 2 * math.pi))
        # the document's size in the frame: a share of the shorter side
        share = rng.uniform(0.35, 0.85) if kind != "id-card" else rng.uniform(0.22, 0.6)
        dist = f * max(doc_mm) / (share * min(W, H))
        off = np.array([rng.uniform(-0.25, 0.25) * W, rng.uniform(-0.25, 0.25) * H]) * dist / f
        t = np.array([off[0], off[1], dist])
        Hm = plane_to_image(K, R, t)
        corners_mm = np.array([[-doc_mm[0] / 2, -doc_mm[1] / 2], [doc_mm[0] / 2, -doc_mm[1] / 2], [doc_mm[0] / 2, doc_mm[1] / 2], [-doc_mm[0] / 2, doc_mm[1] / 2]])
        q = project(Hm, corners_mm)
        zs = (np.column_stack([corners_mm, np.ones(4)]) @ np.column_stack([R[:, 0], R[:, 1], t]).T)[:, 2]
        margin = 0.02 * min(W, H)
        if (zs > 0).all() and (q[:, 0] > margin).all() and (q[:, 0] < W - margin).all() and (q[:, 1] > margin).all() and (q[:, 1] < H - margin).all():
            break
    else:
        raise RuntimeError("no placement")
    # the desk plane around the image: where the image's corners land on it
    Hinv = np.linalg.inv(Hm)
    img_corners = np.array([[0, 0], [W, 0], [W, H], [0, H]], np.float64)
    desk_pts = project(Hinv, img_corners)
    lo, hi = desk_pts.min(axis=0) - 20, desk_pts.max(axis=0) + 20
    span = hi - lo
    unit = min(4.0, 3000.0 / max(span))  # desk px per mm
    dw, dh = int(span[0] * unit) + 1, int(span[1] * unit) + 1
    desk_kind = desk if desk not in ("clutter",) else rng_choice(rng, ["plain", "wood", "stone"])
    desk_img = desk_texture(desk_kind, dw, dh, rng)
    if desk == "clutter":
        add_clutter(desk_img, rng, ["sheet", "card", "phone", "pen", "cup", "cable"], unit)
    if desk == "white":
        add_clutter(desk_img, rng, ["sheet", "sheet", "pen", "cable"], unit)
        # sheets under the document, a little askew
        for _ in range(rng.randint(0, 2)):
            sheet = rng_choice(rng, [plain_page, a4_letter])(rng)
            cx = (0 - lo[0]) * unit + rng.uniform(-20, 20) * unit
            cy = (0 - lo[1]) * unit + rng.uniform(-20, 20) * unit
            paste_rotated(desk_img, sheet[0], None, cx, cy, rng.uniform(-8, 8), unit * 210 / 1050 * rng.uniform(1.0, 1.15))
    S = np.array([[1 / unit, 0, lo[0]], [0, 1 / unit, lo[1]], [0, 0, 1]])
    frame = cv2.warpPerspective(desk_img, Hm @ S, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    # the document, warped with the same camera (its pixels to its mm, centred)
    dwp, dhp = doc_img.size
    D = np.array([[doc_mm[0] / dwp, 0, -doc_mm[0] / 2], [0, doc_mm[1] / dhp, -doc_mm[1] / 2], [0, 0, 1]])
    Hd = Hm @ D
    src = cv2.cvtColor(np.array(doc_img), cv2.COLOR_RGB2BGR)
    # downscale first so that the warp does not alias the print
    scale = max(np.linalg.norm(q[1] - q[0]) / dwp, np.linalg.norm(q[3] - q[0]) / dhp)
    if scale < 0.7:
        src = cv2.resize(src, None, fx=scale * 1.3, fy=scale * 1.3, interpolation=cv2.INTER_AREA)
        Sd = np.array([[dwp / src.shape[1], 0, 0], [0, dhp / src.shape[0], 0], [0, 0, 1]])
        Hd = Hd @ Sd
    alpha = np.array(doc_alpha) if doc_alpha is not None else np.full((dhp, dwp), 255, np.uint8)
    alpha = cv2.resize(alpha, (src.shape[1], src.shape[0]), interpolation=cv2.INTER_AREA)
    warped = cv2.warpPerspective(src, Hd, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    # coverage: the alpha warped at 4x and averaged, so the edge pixels are partly desk
    up = np.diag([4.0, 4.0, 1.0])
    a4x = cv2.warpPerspective(alpha, up @ Hd, (W * 4, H * 4), flags=cv2.INTER_LINEAR, borderValue=0)
    a = cv2.resize(a4x, (W, H), interpolation=cv2.INTER_AREA).astype(np.float32)[..., None] / 255
    # a faint contact shadow (a card's thickness; a sheet barely lifts)
    sh = cv2.GaussianBlur(a[..., 0], (0, 0), rng.uniform(1.5, 4.0))
    sh = np.roll(sh, (rng.randint(0, 3), rng.randint(0, 3)), axis=(0, 1))
    depth = rng.uniform(0.08, 0.2) if kind == "id-card" else rng.uniform(0.0, 0.08)
    if with_document:
        frame = frame.astype(np.float32) * (1 - depth * sh[..., None])
        frame = frame * (1 - a) + warped.astype(np.float32) * a
    else:
        frame = frame.astype(np.float32)
    frame = apply_condition(frame, rng, condition, q, W, H, np.linalg.norm(q[1] - q[0]) / doc_mm[0])
    return np.clip(frame, 0, 255).astype(np.uint8), q, (mw, mh), kind


def apply_condition(frame, rng, condition, q, W, H, px_per_mm):
    npr = np.random.default_rng(rng.randrange(1 << 30))
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # light: a gentle gradient and vignette always; strong when uneven
    g = 0.12 if condition != "uneven-light" else rng.uniform(0.45, 0.7)
    ang = rng.uniform(0, 2 * math.pi)
    ramp = ((xx - W / 2) * math.cos(ang) + (yy - H / 2) * math.sin(ang)) / max(W, H)
    light = 1 + g * ramp * 2
    light *= 1 - 0.25 * (((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2)
    light = np.clip(light, 0.25, 1.6)
    frame = frame * light[..., None]
    wb = np.array([rng.uniform(0.9, 1.1), 1.0, rng.uniform(0.9, 1.1)], np.float32)
    frame = frame * wb
    centre = q.mean(axis=0)
    size = max(np.ptp(q[:, 0]), np.ptp(q[:, 1]))
    if condition == "shadow":  # a hand's or a body's shadow, hard-edged, over part of the document
        a = rng.uniform(0, 2 * math.pi)
        d = np.array([math.cos(a), math.sin(a)])
        p0 = centre + d * rng.uniform(-0.2, 0.3) * size
        side = ((xx - p0[0]) * d[0] + (yy - p0[1]) * d[1]) > 0
        m = cv2.GaussianBlur(side.astype(np.float32), (0, 0), rng.uniform(2, 12))
        frame = frame * (1 - rng.uniform(0.3, 0.55) * m)[..., None]
    if condition == "glare":
        gx, gy = centre + (npr.random(2) - 0.5) * size * 0.6
        r = size * rng.uniform(0.06, 0.18)
        spot = np.exp(-(((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * r * r)))
        frame = frame + spot[..., None] * rng.uniform(150, 260)
    if condition == "thumb":
        # a thumb over one side, from outside the document
        k = rng.randrange(4)
        a_, b_ = q[k], q[(k + 1) % 4]
        p = a_ + (b_ - a_) * rng.uniform(0.25, 0.75)
        normal = np.array([(b_ - a_)[1], -(b_ - a_)[0]])
        normal /= np.linalg.norm(normal)
        if np.dot(centre - p, normal) > 0:
            normal = -normal  # outwards
        width = px_per_mm * rng.uniform(17, 23)  # a thumb is about 2 cm wide
        tip = p - normal * width * rng.uniform(0.3, 0.8)
        base = p + normal * 4 * max(W, H)  # the hand is out of the frame
        skin = np.array([rng.uniform(110, 170), rng.uniform(140, 190), rng.uniform(190, 235)], np.float32)  # BGR
        mask = np.zeros((H, W), np.uint8)
        cv2.line(mask, tuple(np.int32(tip)), tuple(np.int32(base)), 255, int(width), cv2.LINE_AA)
        cv2.circle(mask, tuple(np.int32(tip)), int(width / 2), 255, -1, cv2.LINE_AA)
        m = cv2.GaussianBlur(mask.astype(np.float32) / 255, (0, 0), 1.2)
        shade = 0.75 + 0.35 * np.clip(((xx - tip[0]) * normal[1] - (yy - tip[1]) * normal[0]) / width + 0.5, 0, 1)
        thumb = skin[None, None, :] * shade[..., None]
        shadow = cv2.GaussianBlur(np.roll(m, (int(width * 0.15), int(width * 0.1)), axis=(0, 1)), (0, 0), width * 0.15)
        frame = frame * (1 - 0.35 * shadow)[..., None]
        frame = frame * (1 - m[..., None]) + thumb * m[..., None]
    if condition == "blur":
        frame = cv2.GaussianBlur(frame, (0, 0), rng.uniform(1.5, 3.5))
    elif condition == "motion-blur":
        n = rng.randint(9, 25)
        kern = np.zeros((n, n), np.float32)
        kern[n // 2, :] = 1 / n
        Mr = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), rng.uniform(0, 180), 1)
        kern = cv2.warpAffine(kern, Mr, (n, n))
        frame = cv2.filter2D(frame, -1, kern / max(kern.sum(), 1e-6))
    else:
        frame = cv2.GaussianBlur(frame, (0, 0), rng.uniform(0.4, 0.9))
    if condition == "low-light":
        frame = frame * rng.uniform(0.25, 0.4)
        frame = frame + npr.normal(0, rng.uniform(3, 6), frame.shape)
    else:
        frame = frame + npr.normal(0, rng.uniform(0.8, 2.5), frame.shape)
    return frame


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-cell", type=int, default=1, help="scenes per desk and condition")
    ap.add_argument("--only", default="", help="desk,condition: one cell only")
    ap.add_argument("--size", default="", help="WxH: every frame this size (default: a mix)")
    ap.add_argument("--textures", default="all", choices=("all", "train", "test"),
                    help="the desks' textures: all, or every other file (train / test)")
    ap.add_argument("--empty", type=int, default=0,
                    help="also N desks of each kind with no document on them (empty fields in gt.csv)")
    args = ap.parse_args()
    global TEXTURES
    TEXTURES = args.textures
    size = tuple(int(v) for v in args.size.split("x")) if args.size else None
    os.makedirs(os.path.join(args.out, "images"), exist_ok=True)
    gt_rows, meta_rows = [], []
    n = 0
    for desk in DESKS:
        for condition in CONDITIONS:
            if args.only and args.only != desk + "," + condition:
                continue
            for k in range(args.per_cell):
                n += 1
                seed = args.seed * 100000 + n
                rng = random.Random(seed)
                doc_fn = DOCUMENTS[(n + args.seed) % len(DOCUMENTS)]
                img, q, (mw, mh), kind = scene(rng, desk, condition, doc_fn, size)
                name = "o%d_%05d.jpg" % (args.seed, n)
                quality = rng.randint(35, 60) if condition == "jpeg" else rng.randint(80, 95)
                cv2.imwrite(os.path.join(args.out, "images", name), img, [cv2.IMWRITE_JPEG_QUALITY, quality])
                gt_rows.append([name] + ["%.2f" % v for v in q.reshape(-1)])
                meta_rows.append([name, img.shape[1], img.shape[0], mw, mh, condition, kind, "", desk])
    for desk in DESKS:
        if args.only and not args.only.startswith(desk + ","):
            continue
        for k in range(args.empty):
            n += 1
            seed = args.seed * 100000 + n
            rng = random.Random(seed)
            condition = CONDITIONS[k % len(CONDITIONS)]
            doc_fn = DOCUMENTS[(n + args.seed) % len(DOCUMENTS)]
            img, _q, _model, _kind = scene(rng, desk, condition, doc_fn, size, with_document=False)
            name = "o%d_%05d.jpg" % (args.seed, n)
            cv2.imwrite(os.path.join(args.out, "images", name), img, [cv2.IMWRITE_JPEG_QUALITY, 90])
            gt_rows.append([name] + [""] * 8)
            meta_rows.append([name, img.shape[1], img.shape[0], "", "", condition, "none", "", desk])
    with open(os.path.join(args.out, "gt.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "x1", "y1", "x2", "y2", "x3", "y3", "x4", "y4"])
        w.writerows(gt_rows)
    with open(os.path.join(args.out, "meta.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "img_w", "img_h", "model_w", "model_h", "condition", "doc_type", "order_note", "background"])
        w.writerows(meta_rows)
    print("%d scenes in %s" % (n, args.out))


if __name__ == "__main__":
    main()
