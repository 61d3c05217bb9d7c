"""Draw the application icon: resources/icons/cica-desktop.svg, PNGs of every size the
desktops ask for, a Windows .ico and a macOS .icns (run again after changing the design).

The design is ours (not the UN emblem): a page of text on a blue tile, with a gold seal
and a tick for the signed letter. One list of shapes on a 256-unit grid is written both
as SVG and drawn with Pillow (at 4x, then reduced, for smooth edges).

    python scripts/make_icons.py [FOLDER]   # default: resources/icons
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

BLUE = "#1b4f8a"
PALE = "#bfd3ea"
GOLD = "#e8a900"
WHITE = "#ffffff"

TILE = (16, 16, 240, 240, 40)  # x0, y0, x1, y1, corner radius
PAGE = [(68, 40), (152, 40), (188, 76), (188, 216), (68, 216)]
FOLD = [(152, 40), (152, 76), (188, 76)]
LINES = [(90, 98, 166), (90, 118, 166), (90, 138, 166), (90, 158, 130)]  # x0, y, x1
LINE_HEIGHT = 9
SEAL = (178, 194, 34)  # centre x, y, radius
TICK = [(162, 194), (174, 206), (195, 182)]
TICK_WIDTH = 9

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def svg() -> str:
    x0, y0, x1, y1, radius = TILE
    points = " ".join(f"{x},{y}" for x, y in PAGE)
    fold = " ".join(f"{x},{y}" for x, y in FOLD)
    lines = "\n".join(
        f'  <rect x="{a}" y="{y}" width="{b - a}" height="{LINE_HEIGHT}" rx="2" '
        f'fill="{BLUE}"/>' for a, y, b in LINES)
    cx, cy, r = SEAL
    tick = " ".join(f"{x},{y}" for x, y in TICK)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>cica-desktop</title>
  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{radius}" fill="{BLUE}"/>
  <polygon points="{points}" fill="{WHITE}"/>
  <polygon points="{fold}" fill="{PALE}"/>
{lines}
  <circle cx="{cx}" cy="{cy}" r="{r}" fill="{GOLD}" stroke="{WHITE}" stroke-width="6"/>
  <polyline points="{tick}" fill="none" stroke="{WHITE}" stroke-width="{TICK_WIDTH}"
            stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def png(size: int) -> Image.Image:
    scale = size * 4 / 256

    def s(value: float) -> float:
        return value * scale

    def pts(points: list[tuple[int, int]]) -> list[tuple[float, float]]:
        return [(s(x), s(y)) for x, y in points]

    image = Image.new("RGBA", (size * 4, size * 4), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    x0, y0, x1, y1, radius = TILE
    draw.rounded_rectangle((s(x0), s(y0), s(x1), s(y1)), radius=s(radius), fill=BLUE)
    draw.polygon(pts(PAGE), fill=WHITE)
    draw.polygon(pts(FOLD), fill=PALE)
    for a, y, b in LINES:
        draw.rounded_rectangle((s(a), s(y), s(b), s(y + LINE_HEIGHT)), radius=s(2), fill=BLUE)
    cx, cy, r = SEAL
    ring = 3  # half the SVG's stroke: the stroke is centred on the circle's edge
    draw.ellipse((s(cx - r - ring), s(cy - r - ring), s(cx + r + ring), s(cy + r + ring)),
                 fill=WHITE)
    draw.ellipse((s(cx - r + ring), s(cy - r + ring), s(cx + r - ring), s(cy + r - ring)),
                 fill=GOLD)
    draw.line(pts(TICK), fill=WHITE, width=round(s(TICK_WIDTH)), joint="curve")
    for x, y in TICK[::2]:  # round caps
        half = s(TICK_WIDTH) / 2
        draw.ellipse((s(x) - half, s(y) - half, s(x) + half, s(y) + half), fill=WHITE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "cica-desktop.svg").write_text(svg(), encoding="utf-8", newline="\n")
    images = {size: png(size) for size in SIZES}
    for size, image in images.items():
        image.save(folder / f"cica-desktop-{size}.png", optimize=True)
    images[256].save(folder / "cica-desktop.ico",
                     sizes=[(size, size) for size in SIZES if size <= 256])
    images[512].save(folder / "cica-desktop.icns")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent.parent
         / "resources" / "icons")
