"""Side-by-side pictures of our pages against the UN's own: ours, the UN's, and the two
laid over each other (ours in red, the UN's in blue: what lines up prints black).

    python scripts/side_by_side.py --un UN.pdf --project PROJECT.json [--part resolution]
        [--page 1] [--un-page 1] --out docs/fidelity/NAME.png [--dpi 60]

UN.pdf is an issued document as the UN's Official Document System gives it
(https://documents.un.org); PROJECT.json is our project holding the same text, built here
with the application's own pipeline. Needs poppler's pdftoppm. docs/FORMAT.md shows the
pictures made for the reference documents.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageOps

from cica_desktop.build import render
from cica_desktop.compose import Part
from cica_desktop.model import load_project

LABEL_HEIGHT = 22


def page_image(pdf: Path, page: int, dpi: int, folder: Path, stem: str) -> Image.Image:
    """One page of *pdf* as a greyscale image (pdftoppm)."""
    prefix = folder / stem
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png",
                    "-singlefile", str(pdf), str(prefix)], check=True)
    return Image.open(f"{prefix}.png").convert("L")


def overlay(ours: Image.Image, theirs: Image.Image) -> Image.Image:
    """Ours in red, theirs in blue, both where they agree (dark on dark)."""
    size = (max(ours.width, theirs.width), max(ours.height, theirs.height))
    a = ImageOps.pad(ours, size, color=255, centering=(0, 0))
    b = ImageOps.pad(theirs, size, color=255, centering=(0, 0))
    red = Image.merge("RGB", (Image.new("L", size, 255), a, a))  # ours: red ink
    blue = Image.merge("RGB", (b, b, Image.new("L", size, 255)))  # theirs: blue ink
    return ImageChops.multiply(red, blue)


def labelled(image: Image.Image, label: str) -> Image.Image:
    framed = Image.new("RGB", (image.width, image.height + LABEL_HEIGHT), "white")
    framed.paste(image.convert("RGB"), (0, LABEL_HEIGHT))
    ImageDraw.Draw(framed).text((6, 5), label, fill="black")
    return ImageOps.expand(framed, border=1, fill="grey")


def side_by_side(ours: Image.Image, theirs: Image.Image, un_name: str) -> Image.Image:
    panels = [labelled(ours, "cica-desktop"), labelled(theirs, un_name),
              labelled(overlay(ours, theirs), "overlay: ours red, UN blue")]
    gap = 8
    width = sum(panel.width for panel in panels) + gap * (len(panels) - 1)
    picture = Image.new("RGB", (width, max(panel.height for panel in panels)), "white")
    x = 0
    for panel in panels:
        picture.paste(panel, (x, 0))
        x += panel.width + gap
    return picture


def main(argv: list[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--un", type=Path, required=True, help="the UN's PDF")
    cli.add_argument("--project", type=Path, required=True, help="our project (.json)")
    cli.add_argument("--part", choices=[p.value for p in Part], default=Part.PACKAGE.value)
    cli.add_argument("--page", type=int, default=1, help="our page (default 1)")
    cli.add_argument("--un-page", type=int, default=1, help="the UN's page (default 1)")
    cli.add_argument("--dpi", type=int, default=60)
    cli.add_argument("--out", type=Path, required=True, help="the picture (.png)")
    args = cli.parse_args(argv)
    package = load_project(args.project)
    [rendered] = render(package, Part(args.part), ["pdf"])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ours_pdf = folder / "ours.pdf"
        ours_pdf.write_bytes(rendered.data)
        ours = page_image(ours_pdf, args.page, args.dpi, folder, "ours")
        theirs = page_image(args.un, args.un_page, args.dpi, folder, "theirs")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    side_by_side(ours, theirs, args.un.stem.replace("_", "/")).save(args.out, optimize=True)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
