"""On US Letter and on A4 the PDF's body text keeps clear of the page furniture: no body
character lies within the header zone (masthead, running head and its rule) or the footer
zone (page number, job number, page 1's job line and barcode), for every sample, part and
layout; and the furniture keeps its distance from its own edge whatever the paper.

The zones are measured in the PDF itself, not copied from the code: each document is
rendered twice, once as it is and once with the furniture not drawn (the text block is laid
out the same either way); what the first has and the second lacks is the furniture.
Read back with pdfplumber.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pdfplumber
import pytest

from cica_desktop.compose import Layout, Part, compose
from cica_desktop.document import Document
from cica_desktop.model import load_project
from cica_desktop.render import pdf_bytes
from cica_desktop.render.pdf_page import PageFurniture
from cica_desktop.samples import sample_path

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
#: Every part in the UN layout; the mission's own letter (it has no standalone resolution).
FORMS = ((Layout.UN, Part.PACKAGE), (Layout.UN, Part.LETTER), (Layout.UN, Part.RESOLUTION),
         (Layout.MISSION, Part.PACKAGE), (Layout.MISSION, Part.LETTER))
PAPERS = ("letter", "a4")

#: (kind, text, x0, top, x1, bottom): a character, line or rectangle where it was printed.
Mark = tuple[str, str, float, float, float, float]


def _mark(kind: str, obj: dict[str, Any]) -> Mark:
    return (kind, str(obj.get("text", "")), round(obj["x0"], 2), round(obj["top"], 2),
            round(obj["x1"], 2), round(obj["bottom"], 2))


@dataclass(frozen=True)
class PrintedPage:
    height: float
    marks: Counter[Mark]


def _pages(data: bytes) -> list[PrintedPage]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [PrintedPage(float(page.height), Counter(
            [_mark("char", c) for c in page.chars] + [_mark("line", x) for x in page.lines]
            + [_mark("rect", x) for x in page.rects])) for page in pdf.pages]


@dataclass(frozen=True)
class Zones:
    """One page's furniture and the body's marks; y grows downwards from the top edge."""

    height: float
    furniture: Counter[Mark]
    body: Counter[Mark]

    def _half(self, lower: bool) -> list[Mark]:
        return [m for m in self.furniture if ((m[3] + m[5]) / 2 > self.height / 2) == lower]

    @property
    def header(self) -> list[Mark]:
        return self._half(lower=False)

    @property
    def footer(self) -> list[Mark]:
        return self._half(lower=True)

    @property
    def header_bottom(self) -> float:
        """The lowest edge of anything in the header zone (0: no header on this page)."""
        return max((m[5] for m in self.header), default=0.0)

    @property
    def footer_top(self) -> float:
        """The highest edge of anything in the footer zone (the page height: no footer)."""
        return min((m[3] for m in self.footer), default=self.height)

    def intruders(self) -> list[str]:
        return [f"{m[1]!r} {m[3]:.1f}…{m[5]:.1f}" for m in self.body
                if m[0] == "char" and (m[3] < self.header_bottom or m[5] > self.footer_top)]


def _without_furniture(document: Document, monkeypatch: pytest.MonkeyPatch) -> bytes:
    with monkeypatch.context() as patch:
        patch.setattr(PageFurniture, "draw_first_page", lambda *_args: None)
        patch.setattr(PageFurniture, "draw_running", lambda *_args: None)
        return pdf_bytes(document)[0]


def page_zones(document: Document, monkeypatch: pytest.MonkeyPatch) -> list[Zones]:
    printed = _pages(pdf_bytes(document)[0])
    body = _pages(_without_furniture(document, monkeypatch))
    assert len(printed) == len(body)
    zones = []
    for full, text in zip(printed, body, strict=True):
        assert not text.marks - full.marks, "the furniture moved the body"
        zones.append(Zones(full.height, full.marks - text.marks, text.marks))
    return zones


def _document(language: str, paper: str, layout: Layout, part: Part) -> Document:
    return compose(load_project(sample_path(language)).evolve(paper=paper), part, layout)


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize(("layout", "part"), FORMS, ids=[f"{x}-{y}" for x, y in FORMS])
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_body_character_in_the_header_or_footer_zone(
        language: str, layout: Layout, part: Part, paper: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    document = _document(language, paper, layout, part)
    zones = page_zones(document, monkeypatch)
    for number, page in enumerate(zones, start=1):
        assert page.body, f"page {number} has no body text"
        if number > 1:  # a page number on every later page, and a running head in the UN's
            assert page.footer, f"page {number} has no footer"
            assert page.header or layout is Layout.MISSION, f"page {number} has no header"
        elif layout is Layout.UN:
            assert page.header, "page 1 has no masthead"
            assert page.footer or part is Part.RESOLUTION, "page 1 has no job line"
        assert page.intruders() == [], (
            f"page {number}: body text within the header zone (to {page.header_bottom:.1f}) "
            f"or the footer zone (from {page.footer_top:.1f})")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_footers_keep_their_distance_from_the_bottom_edge(
        language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A4's furniture sits where Letter's does, measured from its own edge: the masthead
    and running heads from the top, the footers, job line and barcode from the bottom."""
    def distances(paper: str) -> list[tuple[list[float], list[float]]]:
        zones = page_zones(_document(language, paper, Layout.UN, Part.PACKAGE), monkeypatch)
        return [(sorted({m[5] for m in page.header}),
                 sorted({page.height - m[3] for m in page.footer})) for page in zones[:3]]

    letter, a4 = distances("letter"), distances("a4")
    for (letter_header, letter_footer), (a4_header, a4_footer) in zip(letter, a4,
                                                                        strict=True):
        assert letter_footer and a4_footer == pytest.approx(letter_footer, abs=0.05)
        assert letter_header and a4_header == pytest.approx(letter_header, abs=0.05)
