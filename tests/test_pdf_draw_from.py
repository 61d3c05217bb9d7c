"""A preview's first pass lays out every page but draws only from a given page on: the
pages it draws are the whole render's, those before it are blank, and what it reports
(pages, anchors, where each block starts) is the whole's."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from cica_desktop.compose import Part, compose
from cica_desktop.model import load_project
from cica_desktop.render import pdf_bytes
from cica_desktop.samples import sample_path


def page_texts(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        return ["".join((page.extract_text() or "").split()) for page in opened.pages]


@pytest.mark.parametrize("language", ["zh", "en", "ar"])
def test_pages_before_draw_from_are_laid_out_but_left_blank(language: str) -> None:
    document = compose(load_project(sample_path(language)), Part.PACKAGE)
    whole, whole_report = pdf_bytes(document)
    part, part_report = pdf_bytes(document, draw_from=3)
    whole_pages, part_pages = page_texts(whole), page_texts(part)
    assert len(part_pages) == len(whole_pages) == whole_report.pages
    assert part_pages[:3] == ["", "", ""]
    assert part_pages[3:] == whole_pages[3:]
    assert all(whole_pages[:3])
    assert part_report.source_positions == whole_report.source_positions
    assert part_report.anchor_pages == whole_report.anchor_pages
    assert part_report.pages == whole_report.pages


@pytest.mark.parametrize("language", ["zh", "en", "ar"])
def test_every_page_is_left_blank_when_drawing_starts_past_the_last(language: str) -> None:
    """Every kind of paragraph, table, rule and picture asks before drawing (a Chinese
    paragraph with Latin text in it too)."""
    document = compose(load_project(sample_path(language)), Part.PACKAGE)
    _whole, report = pdf_bytes(document)
    blank, _report = pdf_bytes(document, draw_from=report.pages)
    assert page_texts(blank) == [""] * report.pages
    with pdfplumber.open(io.BytesIO(blank)) as opened:
        assert all(not page.rects and not page.lines and not page.images
                   for page in opened.pages)
