#!/usr/bin/env python3
"""Regenerates the example images of examples/atlas-air/assets/.

The images are small flat-colour illustrations (sky, sun, mountains or sea,
an aeroplane) at the real sizes and aspect ratios networks care about:
1080x1350 (4:5), 1080x1080 (1:1), 1200x628 (1.91:1) and 1080x1920 (9:16).
PNG files are written with the standard library only (zlib); the .jpg files
are converted from those PNGs with ImageMagick (`apt-get install imagemagick`),
so that the examples hold both real PNG and real baseline JPEG files.

Usage: python3 make-images.py            (writes next to this script)
"""
import math
import os
import shutil
import struct
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def hex_rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def mix(a, b, t):
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))


class Canvas:
    """An indexed-colour canvas: at most 256 colours, which keeps PNGs tiny."""

    def __init__(self, w, h):
        self.w, self.h = w, h
        self.palette = []
        self.index = {}
        self.rows = [bytearray(w) for _ in range(h)]

    def colour(self, rgb):
        if rgb not in self.index:
            if len(self.palette) == 256:
                raise ValueError("palette full")
            self.index[rgb] = len(self.palette)
            self.palette.append(rgb)
        return self.index[rgb]

    def span(self, y, x0, x1, rgb):
        if 0 <= y < self.h:
            x0, x1 = max(0, int(x0)), min(self.w, int(x1))
            if x1 > x0:
                c = self.colour(rgb)
                self.rows[y][x0:x1] = bytes([c]) * (x1 - x0)

    def sky(self, top, bottom, bands=28, until=1.0):
        top, bottom = hex_rgb(top), hex_rgb(bottom)
        limit = int(self.h * until)
        for y in range(limit):
            t = math.floor(y / limit * bands) / (bands - 1)
            self.span(y, 0, self.w, mix(top, bottom, t))

    def disc(self, cx, cy, r, rgb):
        rgb = hex_rgb(rgb)
        cx, cy, r = cx * self.w, cy * self.h, r * self.w
        for y in range(int(cy - r), int(cy + r) + 1):
            dy = y - cy
            if abs(dy) <= r:
                dx = math.sqrt(r * r - dy * dy)
                self.span(y, cx - dx, cx + dx, rgb)

    def ridge(self, points, rgb, snow=None, snow_depth=0.0):
        """Fills below a polyline of (x, y) points given as fractions."""
        rgb = hex_rgb(rgb)
        snow = hex_rgb(snow) if snow else None
        pts = [(x * self.w, y * self.h) for x, y in points]
        peak = min(p[1] for p in pts)
        for x in range(self.w):
            for i in range(len(pts) - 1):
                (xa, ya), (xb, yb) = pts[i], pts[i + 1]
                if xa <= x <= xb:
                    top = ya + (yb - ya) * (x - xa) / max(1, xb - xa)
                    break
            else:
                continue
            for y in range(int(top), self.h):
                c = rgb
                if snow and y < peak + snow_depth * self.h and y < top + 0.03 * self.h:
                    c = snow
                self.rows[y][x] = self.colour(c)

    def band(self, y0, y1, rgb):
        for y in range(int(y0 * self.h), int(y1 * self.h)):
            self.span(y, 0, self.w, hex_rgb(rgb))

    def stripes(self, y0, y1, a, b, step=0.012):
        a, b = hex_rgb(a), hex_rgb(b)
        for y in range(int(y0 * self.h), int(y1 * self.h)):
            self.span(y, 0, self.w, a if (y // int(step * self.h)) % 2 else b)

    def plane(self, cx, cy, size, rgb):
        """A side view of a twin-jet: fuselage, wing, tail fin."""
        rgb = hex_rgb(rgb)
        cx, cy, s = cx * self.w, cy * self.h, size * self.w
        half = s * 0.06
        for y in range(int(cy - half), int(cy + half) + 1):
            dy = (y - cy) / half
            nose = s * 0.5 * math.sqrt(max(0.0, 1 - dy * dy))
            self.span(y, cx - s * 0.5, cx + s * 0.38 + nose * 0.25, rgb)
        for y in range(int(cy - s * 0.28), int(cy)):  # tail fin
            t = (cy - y) / (s * 0.28)
            self.span(y, cx - s * 0.5, cx - s * 0.5 + s * 0.16 * (1 - t) + s * 0.04, rgb)
        for y in range(int(cy), int(cy + s * 0.3)):  # wing, swept back
            t = (y - cy) / (s * 0.3)
            x0 = cx - s * 0.02 - s * 0.22 * t
            self.span(y, x0, x0 + s * 0.16 * (1 - t) + s * 0.03, rgb)

    def rect(self, x0, y0, x1, y1, rgb):
        for y in range(int(y0 * self.h), int(y1 * self.h)):
            self.span(y, x0 * self.w, x1 * self.w, hex_rgb(rgb))

    def png(self, path):
        raw = b"".join(b"\x00" + bytes(r) for r in self.rows)

        def chunk(kind, data):
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

        ihdr = struct.pack(">IIBBBBB", self.w, self.h, 8, 3, 0, 0, 0)
        plte = b"".join(bytes(c) for c in self.palette)
        with open(path, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"PLTE", plte)
                    + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def winter_sale(c):  # 4:5, Instagram / Facebook feed
    c.sky("#0b2545", "#8da9c4", until=0.75)
    c.disc(0.78, 0.16, 0.07, "#f4f1de")
    c.ridge([(0, .62), (.18, .42), (.33, .55), (.52, .33), (.7, .52), (.85, .40), (1, .58)],
            "#3d405b", snow="#f8f9fa", snow_depth=0.16)
    c.band(.86, 1, "#e63946")
    c.plane(0.36, 0.2, 0.34, "#f8f9fa")


def dakhla(c):  # 4:5, lagoon at sunset
    c.sky("#ff7b54", "#ffd56b", until=0.55)
    c.disc(0.5, 0.5, 0.1, "#fff3b0")
    c.stripes(.55, .8, "#2a9d8f", "#38b2a3")
    c.band(.8, 1, "#e9c46a")
    for x in (0.2, 0.45, 0.72):
        c.rect(x, .58, x + .05, .59, "#e76f51")


def marrakech(c):  # 1:1, square at night
    c.sky("#14213d", "#5c4d7d", until=0.6)
    c.disc(0.2, 0.15, 0.05, "#fca311")
    c.ridge([(0, .6), (.12, .6), (.12, .3), (.2, .3), (.2, .6), (1, .62)], "#9c4a1a")
    c.band(.62, 1, "#bc6c25")
    for i in range(6):
        c.disc(0.35 + i * 0.1, 0.7, 0.015, "#ffd166")


def crew(c):  # 1:1, cabin aisle
    c.sky("#e0fbfc", "#98c1d9", until=1.0)
    for i in range(4):
        c.rect(0.05 + i * 0.06, .45 + i * .1, .3, .5 + i * .1, "#3d5a80")
        c.rect(.7, .45 + i * .1, .95 - i * 0.06, .5 + i * .1, "#3d5a80")
    c.disc(0.5, 0.38, 0.08, "#ee6c4d")
    c.rect(.42, .46, .58, .95, "#293241")


def argan(c):  # 1.91:1, LinkedIn / Facebook link format
    c.sky("#a8dadc", "#f1faee", until=0.6)
    c.ridge([(0, .7), (.3, .5), (.6, .62), (1, .48)], "#bc8a5f")
    for i in range(9):
        x = 0.06 + i * 0.11
        c.rect(x + .012, .62, x + .02, .8, "#6b4226")
        c.disc(x + .016, .6, .03, "#2d6a4f")


def hangar(c):  # 1.91:1
    c.sky("#1b263b", "#415a77", until=1.0)
    c.rect(.05, .1, .95, .9, "#778da9")
    c.rect(.08, .15, .92, .9, "#0d1b2a")
    c.plane(0.5, 0.55, 0.55, "#e0e1dd")


def cabin_vertical(c):  # 9:16, TikTok / Stories (wrong for an Instagram feed post)
    c.sky("#03045e", "#0077b6", until=1.0)
    for i in range(7):
        c.rect(.08, .3 + i * .09, .38, .36 + i * .09, "#00b4d8")
        c.rect(.62, .3 + i * .09, .92, .36 + i * .09, "#00b4d8")
    c.rect(.44, .25, .56, 1, "#caf0f8")
    c.disc(0.5, 0.14, 0.1, "#90e0ef")


def riad(c):  # 4:5, patio
    c.sky("#ffffff", "#edf2f4", until=1.0)
    c.rect(.1, .1, .9, .9, "#f8f9fa")
    for x in (.15, .7):
        c.rect(x, .2, x + .15, .45, "#1d4e89")
    c.disc(0.5, 0.72, 0.16, "#2a9d8f")
    c.disc(0.5, 0.72, 0.09, "#90e0ef")


def chefchaouen(c):  # 4:5, blue alley
    c.sky("#caf0f8", "#48cae4", until=1.0)
    c.rect(0, 0, .3, 1, "#0096c7")
    c.rect(.7, 0, 1, 1, "#0077b6")
    for i in range(5):
        c.rect(.3, .55 + i * .09, .7, .6 + i * .09, "#ade8f4")
    c.disc(0.2, 0.5, 0.04, "#e76f51")
    c.disc(0.8, 0.62, 0.04, "#f4a261")


def agadir(c):  # 4:5, surf
    c.sky("#48cae4", "#ade8f4", until=0.5)
    c.disc(0.75, 0.14, 0.08, "#ffe066")
    c.stripes(.5, .82, "#0077b6", "#0096c7", step=0.02)
    c.band(.82, 1, "#f1c27d")
    c.rect(.42, .6, .58, .62, "#ef476f")


def new_year(c):  # 1:1
    c.sky("#10002b", "#3c096c", until=1.0)
    for i, (x, y) in enumerate([(.25, .3), (.7, .25), (.5, .55), (.2, .7), (.8, .68)]):
        c.disc(x, y, 0.05 + 0.01 * (i % 2), ["#ffd60a", "#ff5d8f", "#72efdd"][i % 3])
    c.plane(0.5, 0.85, 0.3, "#e0aaff")


IMAGES = [
    ("winter-sale-4x5.jpg", 1080, 1350, winter_sale),
    ("dakhla-lagoon-4x5.jpg", 1080, 1350, dakhla),
    ("marrakech-square-1x1.jpg", 1080, 1080, marrakech),
    ("crew-salma-1x1.jpg", 1080, 1080, crew),
    ("argan-planting-1200x628.jpg", 1200, 628, argan),
    ("hangar-night-1200x628.png", 1200, 628, hangar),  # LinkedIn and Facebook take a PNG
    ("hangar-night-1200x628.jpg", 1200, 628, hangar),  # Instagram publishes JPEG only
    ("cabin-tour-9x16.jpg", 1080, 1920, cabin_vertical),
    ("riad-mogador-4x5.jpg", 1080, 1350, riad),
    ("chefchaouen-4x5.jpg", 1080, 1350, chefchaouen),
    ("agadir-surf-4x5.jpg", 1080, 1350, agadir),
    ("new-year-1x1.jpg", 1080, 1080, new_year),
]


def main():
    convert = shutil.which("convert", path="/usr/bin:" + os.environ.get("PATH", ""))
    for name, w, h, draw in IMAGES:
        c = Canvas(w, h)
        draw(c)
        out = os.path.join(HERE, name)
        if name.endswith(".png"):
            c.png(out)
        else:
            if not convert:
                sys.exit("make-images.py: ImageMagick's `convert` is needed for the .jpg files")
            tmp = out + ".tmp.png"
            c.png(tmp)
            # Baseline (not progressive) JPEG, no metadata, 4:2:0 chroma: what phones produce.
            subprocess.run([convert, tmp, "-strip", "-interlace", "none", "-sampling-factor", "4:2:0",
                            "-quality", "55", out], check=True)
            os.remove(tmp)
        print(f"{name:32} {w}x{h} {os.path.getsize(out):>7} bytes")


if __name__ == "__main__":
    main()
