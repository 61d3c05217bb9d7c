"""The projects bench/run.py renders: the bundled samples, and a package of about 100
pages built from one of them in code; and the actions it times on them."""

from __future__ import annotations

from pathlib import Path

from common import ROOT

from cica_desktop.compose import Part, compose
from cica_desktop.model import (
    ContentBlock,
    Enclosure,
    LetterAnnex,
    ListBlock,
    Memorandum,
    Package,
    TableBlock,
)
from cica_desktop.model.package import Annex
from cica_desktop.render import docx_bytes, pdf_bytes

SAMPLES: dict[str, Path] = {
    "zh": ROOT / "resources" / "samples" / "a-62-232.zh.json",
    "en": ROOT / "resources" / "samples" / "a-62-232.en.json",
}
#: The sample the large package is built from.
LARGE_BASE = "en"
LARGE_TARGET_PAGES = 100


# ----------------------------------------------------------------------------- actions


def compose_docx(package: Package) -> bytes:
    return docx_bytes(compose(package, Part.PACKAGE))


def compose_pdf(package: Package) -> int:
    _, report = pdf_bytes(compose(package, Part.PACKAGE))
    return report.pages


def compose_both(package: Package) -> int:
    document = compose(package, Part.PACKAGE)
    docx_bytes(document)
    _, report = pdf_bytes(document)
    return report.pages


# ----------------------------------------------------------------------------- ~100 pages


def scaled_blocks(blocks: tuple[ContentBlock, ...], factor: int) -> tuple[ContentBlock, ...]:
    scaled: list[ContentBlock] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            block = block.model_copy(update={"items": block.items * factor})
        elif isinstance(block, TableBlock):
            block = block.model_copy(update={"rows": block.rows * factor})
        scaled.append(block)
    return tuple(scaled)


def scaled_enclosure(enclosure: Enclosure, factor: int) -> Enclosure:
    update: dict[str, object] = {"blocks": scaled_blocks(enclosure.blocks, factor)}
    if enclosure.annex is not None:
        update["annex"] = enclosure.annex.model_copy(
            update={"blocks": scaled_blocks(enclosure.annex.blocks, factor)})
    return enclosure.model_copy(update=update)


def scaled_annex(annex: Annex, factor: int) -> Annex:
    if isinstance(annex, Memorandum):
        return annex.model_copy(update={"blocks": annex.blocks * factor})
    if isinstance(annex, LetterAnnex) and annex.enclosure is not None:
        return annex.model_copy(
            update={"enclosure": scaled_enclosure(annex.enclosure, factor)})
    return annex


def scaled_package(base: Package, factor: int) -> Package:
    """*base* with memorandum paragraphs, enclosure list items and table rows × factor."""
    annexes = tuple(scaled_annex(annex, factor) for annex in base.annexes)
    return base.model_copy(update={"annexes": annexes})


def fit_large_package(base: Package, target: int = LARGE_TARGET_PAGES
                      ) -> tuple[Package, int, int]:
    """The scaled package whose PDF comes closest to *target* pages: (package, factor, pages)."""
    pages_one = compose_pdf(base)
    probe = 4
    per_factor = max(1.0, (compose_pdf(scaled_package(base, probe)) - pages_one) / (probe - 1))
    factor = max(1, round(1 + (target - pages_one) / per_factor))
    best: tuple[Package, int, int] | None = None
    for _ in range(4):
        package = scaled_package(base, factor)
        pages = compose_pdf(package)
        if best is None or abs(pages - target) < abs(best[2] - target):
            best = (package, factor, pages)
        step = round((target - pages) / per_factor)
        if step == 0:
            break
        factor = max(1, factor + step)
    assert best is not None
    return best
