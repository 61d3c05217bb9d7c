"""The renderers draw what the document tree says: language decisions are compose's."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pdfplumber
from docx import Document as open_docx
from docx.oxml.ns import qn

from cica_desktop.document import (
    Direction,
    Document,
    LanguageTags,
    Masthead,
    Metadata,
    Paragraph,
    Run,
)
from cica_desktop.render import docx_bytes, pdf_bytes

LEAD = Paragraph("SingleTxt", (Run("Noting", italic=True, emphasis=True), Run(" the text")))
HEADING = Paragraph("H4", (Run("An italic style"),))


def document(**changes: object) -> Document:
    base = Document(Metadata("t", "s", "a", "en"), "letter", "en", Direction.LTR,
                    (LEAD, HEADING))
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def pdf_fonts(doc: Document) -> set[str]:
    data, _ = pdf_bytes(doc)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return {c["fontname"] for page in pdf.pages for c in page.chars}


def test_italics_follow_the_tree_not_the_language() -> None:
    assert any("Italic" in name for name in pdf_fonts(document()))
    assert not any("Italic" in name for name in pdf_fonts(document(italics=False)))
    word = open_docx(io.BytesIO(docx_bytes(document(italics=False))))
    assert not any(run.italic for p in word.paragraphs for run in p.runs)
    assert not word.styles["H4"].font.italic


def test_word_language_tags_come_from_the_tree() -> None:
    tags = LanguageTags(text="fr-CA", east_asian="zh-TW", complex_script="ar-EG")
    word = open_docx(io.BytesIO(docx_bytes(document(language_tags=tags))))
    lang = word.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert (lang.get(qn("w:val")), lang.get(qn("w:eastAsia")), lang.get(qn("w:bidi"))) == \
        ("fr-CA", "zh-TW", "ar-EG")


def test_a_paragraph_marked_left_to_right_is_mirrored_in_a_right_to_left_document() -> None:
    address = Paragraph("Signature", (Run("New York"),))
    marked = dataclasses.replace(address, direction=Direction.LTR)
    for paragraph in (address, marked):
        doc = document(direction=Direction.RTL, blocks=(paragraph,))
        data, _ = pdf_bytes(doc)
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            page = pdf.pages[0]
            line = page.extract_text_lines()[0]
        # Signature is right-aligned: a right-to-left paragraph puts it at the left, and
        # so does a left-to-right one placed as the others are.
        assert line["x0"] < page.width / 2
        word = open_docx(io.BytesIO(docx_bytes(doc)))
        bidi = word.paragraphs[0]._p.pPr.find(qn("w:bidi"))
        if paragraph.direction is Direction.LTR:
            assert bidi is not None and bidi.get(qn("w:val")) == "0"
        else:
            assert bidi is None  # the style's w:bidi applies


def test_the_masthead_symbol_is_split_once_for_both_formats() -> None:
    masthead = Masthead("United Nations", "General Assembly", "A/C.6/80/L.2", "Distr.: Limited",
                        "1 October 2025", "", "Original: English")
    assert masthead.symbol_parts == ("A", "/C.6/80/L.2")
    doc = document(masthead=masthead)
    data, _ = pdf_bytes(doc)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        sizes = {c["text"]: round(c["size"]) for c in pdf.pages[0].chars if c["top"] < 70}
    assert (sizes["A"], sizes["C"]) == (20, 10)
    header = open_docx(io.BytesIO(docx_bytes(doc))).sections[0].first_page_header
    runs = header.tables[0].cell(0, 2).paragraphs[0].runs
    assert [(r.text, r.font.size.pt) for r in runs] == [("A", 20), ("/C.6/80/L.2", 10)]


def test_no_language_code_appears_in_the_renderers() -> None:
    """What differs between languages reaches the renderers through the tree (script,
    italics, direction, language tags) and the style spec, never as a language code."""
    code = re.compile(r"""['"](zh|ar|fr|es|ru|en)['"]""")
    render = Path(__file__).parent.parent / "cica_desktop" / "render"
    found = [f"{path.name}:{number}" for path in sorted(render.glob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if code.search(line)]
    assert found == []
