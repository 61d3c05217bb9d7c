"""A tab typed in the text is kept: a w:tab in the DOCX, a gap of two ems in the PDF
(render/text.py, tab_gap), in paragraphs and table cells, in every script."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pdfplumber
import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cica_desktop.compose import Part, compose
from cica_desktop.model import Package
from cica_desktop.render import docx_bytes, pdf_bytes
from cica_desktop.render.kinsoku import line_ranges
from cica_desktop.render.text import NO_BREAK_SPACE, TAB_EMS
from cica_desktop.samples import sample_path

CASES = [("en", "A\tB"), ("zh", "A\tB"), ("zh", "甲\t乙"), ("ar", "أ\tب")]


def package_with(language: str, *, paragraph: str | None = None,
                 cell: str | None = None) -> Package:
    """The sample, validated from its JSON with *paragraph* as the letter's first paragraph
    and *cell* in the first row of the enclosure annex's table."""
    data = json.loads(sample_path(language).read_text(encoding="utf-8"))
    if paragraph is not None:
        data["letter"]["blocks"][0]["text"] = paragraph
    if cell is not None:
        data["annexes"][2]["enclosure"]["annex"]["blocks"][1]["rows"][0][-1] = cell
    return Package.model_validate(data)


def built(package: Package) -> tuple[bytes, bytes]:
    document = compose(package, Part.PACKAGE)
    pdf, report = pdf_bytes(document)
    assert report.missing_glyphs == []
    return pdf, docx_bytes(document)


def docx_paragraphs(docx: bytes) -> list[DocxParagraph]:
    document = open_docx(io.BytesIO(docx))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        paragraphs += [p for row in table.rows for c in row.cells for p in c.paragraphs]
    return paragraphs


def text_and_tabs(paragraph: DocxParagraph) -> list[tuple[str, str | None]]:
    """The paragraph's w:t and w:tab elements in order, as (tag, text)."""
    wanted = {qn("w:t"): "t", qn("w:tab"): "tab"}
    return [(wanted[e.tag], e.text if e.tag == qn("w:t") else None)
            for e in paragraph._p.iter() if e.tag in wanted]


def pdf_gaps(pdf: bytes, first: str, second: str) -> list[tuple[float, float]]:
    """(gap, font size) wherever *first* and *second* are drawn side by side on a line (in
    either order: right-to-left text is drawn in display order) with only white space
    between them; gap is the distance between the two characters' boxes."""
    drawn = {first, second}  # the text layer gives the letters as typed (FORMAT.md §14)
    found = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            chars: list[dict[str, Any]] = page.chars
            for index, char in enumerate(chars):
                if char["text"] not in drawn:
                    continue
                after = index + 1
                while after < len(chars) and chars[after]["text"].isspace():
                    after += 1
                if (after < len(chars) and chars[after]["text"] in drawn - {char["text"]}
                        and abs(chars[after]["top"] - char["top"]) < 1):
                    found.append((chars[after]["x0"] - char["x1"], char["size"]))
    return found


@pytest.mark.parametrize(("language", "text"), CASES)
@pytest.mark.parametrize("place", ["paragraph", "cell"])
def test_a_tab_is_a_w_tab_in_the_docx(language: str, text: str, place: str) -> None:
    _pdf, docx = built(package_with(language, **{place: text}))
    first, second = text.split("\t")
    matching = [p for p in docx_paragraphs(docx) if p.text == text]
    assert len(matching) == 1, f"no paragraph reads {text!r} in the DOCX"
    assert text_and_tabs(matching[0]) == [("t", first), ("tab", None), ("t", second)]


@pytest.mark.parametrize(("language", "text"), CASES)
@pytest.mark.parametrize("place", ["paragraph", "cell"])
def test_a_tab_is_a_two_em_gap_in_the_pdf(language: str, text: str, place: str) -> None:
    pdf, _docx = built(package_with(language, **{place: text}))
    first, second = text.split("\t")
    # Only gaps wider than a word space: Arabic letters as typed (the text layer) meet
    # elsewhere in the package too, side by side or across a space.
    gaps = [(gap, size) for gap, size in pdf_gaps(pdf, first, second) if gap > size / 2]
    assert len(gaps) == 1, f"{first} and {second} are not drawn apart on one line: {gaps}"
    gap, size = gaps[0]
    assert (TAB_EMS - 0.25) * size <= gap <= (TAB_EMS + 0.25) * size


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_pdf_text_keeps_a_space_where_the_tab_was(language: str) -> None:
    pdf, _docx = built(package_with(language, paragraph="A\tB"))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    assert re.search(r"(?m)^A\s+B$", text)


@pytest.mark.parametrize("max_width", [x / 4 for x in range(8, 40)])
def test_a_gap_that_does_not_fit_hangs_in_the_margin(max_width: float) -> None:
    """The next line starts with the text after the tab, never inside the gap; the part of
    the gap past the margin does not count in the line's width."""
    chars = list("甲甲甲甲甲" + NO_BREAK_SPACE * 8 + "乙乙乙乙乙")
    widths = [0.25 if c == NO_BREAK_SPACE else 1.0 for c in chars]
    lines = line_ranges(chars, widths, [max_width])
    assert [start for start, *_ in lines] == sorted({start for start, *_ in lines})
    assert "".join("".join(chars[start:stop]) for start, stop, *_ in lines) == "".join(chars)
    for start, stop, width, _forced in lines:
        assert chars[start] != NO_BREAK_SPACE
        assert width <= max_width + 1e-9 or stop - start == 1


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(language=st.sampled_from(["en", "zh", "ar"]),
       text=st.text(alphabet="ab 甲乙，。عربي\t", min_size=1, max_size=120)
       .filter(lambda s: "\t" in s and s.strip()))
def test_every_tab_reaches_the_docx(language: str, text: str) -> None:
    package = package_with(language, paragraph=text)
    document = compose(package, Part.PACKAGE)
    docx = docx_bytes(document)
    paragraph = next(p for p in docx_paragraphs(docx) if "\t" in p.text)
    assert sum(tag == "tab" for tag, _ in text_and_tabs(paragraph)) == text.count("\t")
    assert all("\t" not in (t or "") for _, t in text_and_tabs(paragraph))
    _pdf, report = pdf_bytes(document)
    assert report.missing_glyphs == []
