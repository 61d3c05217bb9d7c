"""A text as long as the model allows (100,000 characters) in a table cell or a paragraph:
all of it comes out in the PDF and the DOCX, and the PDF breaks it into lines once rather
than once per page (which made the cost grow with the square of the length).

The time it takes is measured by bench/long_text.py, not asserted here.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

import pdfplumber
import pytest
from docx import Document as open_docx
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from readback import squash
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import Paragraph as RLParagraph

from cica_desktop.compose import Part, compose
from cica_desktop.model import (
    LetterAnnex,
    Memorandum,
    Package,
    ParagraphBlock,
    TableBlock,
    load_project,
)
from cica_desktop.model.text import MAX_TEXT_LENGTH
from cica_desktop.render import docx_bytes, kinsoku, pdf_bytes
from cica_desktop.render.kinsoku import KinsokuParagraph
from cica_desktop.render.latin import KeptLinesParagraph
from cica_desktop.render.rtl import RTLParagraph
from cica_desktop.render.stylespec import load_style_spec
from cica_desktop.samples import sample_path

#: Chinese with a Latin acronym and figures in it: several fonts, every line in fragments.
SENTENCE = ("亚洲相互协作与信任措施会议（CICA）成员国决心加强合作，“促进和平、安全与稳定”；"
            "并于2007年在经济、环境、人的层面开展具体建立信任措施。")
#: English with a few Chinese characters: two fonts too.
SENTENCE_EN = ("The member States of the Conference on Interaction and Confidence-Building "
               "Measures in Asia (CICA, 亚信会议) resolved in 2007 to strengthen cooperation. ")


def as_long_as_allowed(sentence: str) -> str:
    return (sentence * (MAX_TEXT_LENGTH // len(sentence) + 1))[:MAX_TEXT_LENGTH].strip()


LONG = as_long_as_allowed(SENTENCE)
LONG_TEXT = {"zh": LONG, "en": as_long_as_allowed(SENTENCE_EN)}
#: The header of the table that holds the long cell (repeated on every page it spans).
HEADER = ("State", "Measures")


def with_long_cell(package: Package, text: str) -> Package:
    """The enclosure annex's table replaced by one whose first row holds *text*."""
    annexes = list(package.annexes)
    for index, annex in enumerate(annexes):
        if isinstance(annex, LetterAnnex) and annex.enclosure and annex.enclosure.annex:
            inner = annex.enclosure.annex
            blocks = tuple(
                TableBlock(header=HEADER, rows=(("阿塞拜疆", text), ("伊朗", "待定")))
                if isinstance(block, TableBlock) else block
                for block in inner.blocks)
            enclosure = annex.enclosure.model_copy(
                update={"annex": inner.model_copy(update={"blocks": blocks})})
            annexes[index] = annex.model_copy(update={"enclosure": enclosure})
    return package.model_copy(update={"annexes": tuple(annexes)})


def with_long_paragraph(package: Package, text: str) -> Package:
    """The explanatory memorandum starting with *text*."""
    annexes = tuple(
        annex.model_copy(update={"blocks": (ParagraphBlock(text=text, numbered=True),
                                             *annex.blocks[1:])})
        if isinstance(annex, Memorandum) else annex
        for annex in package.annexes)
    return package.model_copy(update={"annexes": annexes})


PLACES: dict[str, Callable[[Package, str], Package]] = {
    "cell": with_long_cell,
    "paragraph": with_long_paragraph,
}


@pytest.fixture(scope="module", params=[(language, place) for language in sorted(LONG_TEXT)
                                        for place in sorted(PLACES)], ids=str)
def long_build(request: pytest.FixtureRequest) -> dict[str, Any]:
    """A sample with its long text in a cell or a paragraph, as PDF and DOCX; and how much
    the PDF's line breaking went through, counted on the way: characters for Chinese
    (render/kinsoku.py), lines made for the others (reportlab, via render/latin.py)."""
    language, place = request.param
    text = LONG_TEXT[language]
    package = PLACES[place](load_project(sample_path(language)), text)
    document = compose(package, Part.PACKAGE)
    scanned: list[int] = []
    line_ranges = kinsoku.line_ranges
    break_lines = RLParagraph.breakLines

    def counting_ranges(chars: list[str], *args: Any, **kwargs: Any) -> Any:
        lines = line_ranges(chars, *args, **kwargs)
        if len(chars) >= len(text):
            scanned.append(len(chars) - (lines[0][0] if lines else len(chars)))
        return lines

    def counting_lines(paragraph: RLParagraph, *args: Any, **kwargs: Any) -> Any:
        lines = break_lines(paragraph, *args, **kwargs)
        if len(lines.lines) > 100:  # only the long text has that many lines
            scanned.append(len(lines.lines))
        return lines

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kinsoku, "line_ranges", counting_ranges)
        patch.setattr(RLParagraph, "breakLines", counting_lines)
        pdf, report = pdf_bytes(document)
    return {"language": language, "place": place, "text": text, "package": package,
            "pdf": pdf, "pages": report.pages, "docx": docx_bytes(document),
            "scanned": scanned}


def body_text(pdf: bytes, package: Package) -> str:
    """The text drawn inside the body frame of every page (no running heads, no
    masthead), without the table header repeated at the top of each page."""
    page = load_style_spec(package.language.value).page(package.paper)
    pieces: list[str] = []
    for number, pdf_page in enumerate(PdfReader(io.BytesIO(pdf)).pages):
        top = page.height - (page.first_page_body_top if number == 0 else page.body_top)
        bottom = page.first_page_bottom_margin if number == 0 else page.body_bottom_margin

        def visit(text: str, cm: list[float], tm: list[float], *_: Any,
                  top: float = top, bottom: float = bottom) -> None:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if bottom - 1 <= y <= top + 1 and text.strip() not in HEADER:
                pieces.append(text)

        pdf_page.extract_text(visitor_text=visit)
    return squash("".join(pieces))


def test_the_whole_long_text_is_in_the_pdf_once(long_build: dict[str, Any]) -> None:
    assert long_build["pages"] > 25  # it does span many pages
    text = body_text(long_build["pdf"], long_build["package"])
    long = squash(long_build["text"])
    assert text.count(long) == 1
    if long_build["place"] == "cell":
        # The rest of the table follows the long cell, on the last page it reaches.
        assert text.index("伊朗待定") == text.index(long) + len(long)


def test_the_pdf_breaks_the_long_text_into_lines_once(long_build: dict[str, Any]) -> None:
    """Each piece split onto a new page reuses the lines already broken: the breaking
    goes through the text about once, not once per page (quadratic cost)."""
    scanned = long_build["scanned"]
    assert scanned, "the long text was never broken into lines"
    if long_build["language"] == "zh":  # characters gone through
        assert sum(scanned) <= 3 * len(long_build["text"])
    else:  # lines made, against the number of lines of the text
        assert sum(scanned) <= 3 * max(scanned)


def test_the_whole_long_text_is_in_the_docx(long_build: dict[str, Any]) -> None:
    document = open_docx(io.BytesIO(long_build["docx"]))
    if long_build["place"] == "cell":
        (table,) = [t for t in document.tables if tuple(c.text for c in t.rows[0].cells)
                    == HEADER]
        assert [c.text for c in table.rows[1].cells] == ["阿塞拜疆", long_build["text"]]
    else:
        assert sum(p.text == long_build["text"] for p in document.paragraphs) == 1


# ------------------------------------------------------------- split pieces, line by line


def _faces() -> tuple[str, str]:
    from cica_desktop.render.fonts import find_family
    from cica_desktop.render.pdf_fonts import register_family

    spec = load_style_spec("zh")
    cjk = find_family(spec.font_families("cjk"))
    latin = find_family(spec.font_families("latin"))
    assert cjk is not None and latin is not None
    return register_family(cjk), register_family(latin)


def _markup(text: str, mixed: bool) -> str:
    """One face, or Latin letters in the Latin face and the rest in the Chinese one."""
    cjk, latin = _faces()
    if not mixed:
        return f'<font face="{cjk}">{text}</font>'
    out = []
    for char in text:
        face = latin if char.isascii() and char.isalnum() else cjk
        out.append(f'<font face="{face}">{char}</font>')
    return "".join(out)


def _line_texts(paragraph: KinsokuParagraph) -> list[str]:
    lines = paragraph.blPara.lines
    return ["".join(line[1]) if isinstance(line, tuple)
            else "".join(word.text for word in line.words) for line in lines]


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="亚洲会议合作和平安全，。、；：“”（）《》CICA2007 ab\u00a0",
                    min_size=1, max_size=600),
       width=st.integers(min_value=40, max_value=300),
       first_lines=st.integers(min_value=2, max_value=12),
       first_indent=st.sampled_from([0.0, 20.0]),
       mixed=st.booleans())
def test_a_split_paragraph_keeps_the_lines_a_fresh_break_gives(
        text: str, width: int, first_lines: int, first_indent: float, mixed: bool) -> None:
    style = ParagraphStyle("t", fontName=_faces()[0], fontSize=10, leading=12,
                           firstLineIndent=first_indent, wordWrap="CJK")
    paragraph = KinsokuParagraph(_markup(text, mixed), style)
    parsed = "".join(frag.text for frag in paragraph.frags)  # runs of spaces are merged
    paragraph.wrap(width, 100_000)
    whole = _line_texts(paragraph)
    assert "".join(whole) == parsed
    parts = paragraph.split(width, 12 * first_lines + 1)
    if len(parts) < 2:
        assert len(whole) <= first_lines or parts == []
        return
    first, rest = parts
    first.wrap(width, 100_000)
    rest.wrap(width, 100_000)
    assert _line_texts(first) + _line_texts(rest) == whole
    # The piece's own text, broken afresh, gives the lines it reused.
    fresh = KinsokuParagraph(None, rest.style, frags=rest.frags)
    fresh.wrap(width, 100_000)
    assert _line_texts(fresh) == _line_texts(rest)
    # Either piece splits again into pieces holding its text, no more, no less.
    for piece in (first, rest):
        again = piece.split(width, 12 * 2 + 1)
        if len(again) == 2:
            again[1].wrap(width, 100_000)
            assert _line_texts(again[0]) + _line_texts(again[1]) == _line_texts(piece)


def _latin_line_texts(paragraph: RLParagraph) -> list[str]:
    """Each line's words, one space apart (plain lines hold words, fragment lines hold
    fragments whose spaces vary)."""
    out = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):
            text = " ".join(str(word) for word in line[1])
        else:
            text = "".join(str(getattr(word, "text", "")) for word in line.words)
        out.append(" ".join(text.split()))
    return out


@settings(max_examples=60, deadline=None)
@example(words=["aaa", "aaaaaaaa", "aaaaaaaaaa亚亚"], bold=set(), width=60, first_lines=2,
         first_indent=0.0, align=0, several_fonts=True)  # a long word cut at a line end
@given(words=st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz亚洲,.", min_size=1,
                              max_size=14), min_size=1, max_size=150),
       bold=st.sets(st.integers(min_value=0, max_value=150), max_size=10),
       width=st.integers(min_value=60, max_value=300),
       first_lines=st.integers(min_value=2, max_value=12),
       first_indent=st.sampled_from([0.0, 20.0]),
       align=st.sampled_from([0, 4]),  # left, justified
       several_fonts=st.booleans())
def test_a_split_latin_paragraph_keeps_the_lines_reportlab_gives(
        words: list[str], bold: set[int], width: int, first_lines: int, first_indent: float,
        align: int, several_fonts: bool) -> None:
    """KeptLinesParagraph (render/latin.py): the piece for the next page reuses lines that
    are those reportlab's own Paragraph gives it; in one font or in several."""
    cjk, latin = _faces()
    markup = " ".join(words)
    if several_fonts:
        markup = " ".join(
            f'<font face="{cjk if "亚" in word or "洲" in word else latin}">'
            + (f"<b>{word}</b>" if index in bold else word) + "</font>"
            for index, word in enumerate(words))
    style = ParagraphStyle("t", fontName=latin, fontSize=10, leading=12,
                           firstLineIndent=first_indent, alignment=align, splitLongWords=1)
    paragraph = KeptLinesParagraph(markup, style)
    paragraph.wrap(width, 100_000)
    whole = _latin_line_texts(paragraph)
    parts = paragraph.split(width, 12 * first_lines + 1)
    if len(parts) < 2:
        return
    first, rest = parts
    first.wrap(width, 100_000)
    rest.wrap(width, 100_000)
    assert rest._kept is not None  # it did keep its lines
    assert _latin_line_texts(first) + _latin_line_texts(rest) == whole
    fresh = RLParagraph(None, rest.style, frags=rest.frags)
    fresh.wrap(width, 100_000)
    assert _latin_line_texts(fresh) == _latin_line_texts(rest)
    assert [round(line[0] if isinstance(line, tuple) else line.extraSpace, 6)
            for line in fresh.blPara.lines] == \
        [round(line[0] if isinstance(line, tuple) else line.extraSpace, 6)
         for line in rest.blPara.lines]
    again = rest.split(width, 12 * 2 + 1)
    if len(again) == 2:
        again[1].wrap(width, 100_000)
        assert _latin_line_texts(again[0]) + _latin_line_texts(again[1]) == \
            _latin_line_texts(rest)


# ------------------------------------------------------------- right to left (Arabic)

ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
SENTENCE_AR = ("تقرر الدول الأعضاء في مؤتمر التفاعل وتدابير بناء الثقة في آسيا تعزيز التعاون "
               "من أجل السلام والأمن والاستقرار. ")


def test_a_long_arabic_cell_stays_inside_the_body_frame() -> None:
    """A table splits a cell at the cell's width but lays it out inside the padding: the
    piece left on a page must keep the lines it was measured with, or it grows taller
    than its room and runs over the footer (as it did)."""
    package = with_long_cell(load_project(sample_path("ar")),
                             (SENTENCE_AR * 300)[:30_000].strip())
    pdf, report = pdf_bytes(compose(package, Part.PACKAGE))
    assert report.pages > 10
    page = load_style_spec("ar").page(package.paper)
    below = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, pdf_page in enumerate(document.pages):
            bottom = pdf_page.height - (page.first_page_bottom_margin if number == 0
                                        else page.body_bottom_margin)
            below += [c["text"] for c in pdf_page.chars
                      if c["bottom"] > bottom + 1 and ARABIC.match(c["text"])]
    assert below == []


@settings(max_examples=40, deadline=None)
@given(lines=st.lists(st.lists(st.sampled_from(SENTENCE_AR.split()), min_size=1, max_size=40),
                      min_size=1, max_size=6),
       width=st.integers(min_value=80, max_value=300),
       first_lines=st.integers(min_value=1, max_value=8),
       label=st.sampled_from(["", "1 -"]))
def test_a_split_right_to_left_paragraph_keeps_its_lines(
        lines: list[list[str]], width: int, first_lines: int, label: str) -> None:
    """The pieces of an RTLParagraph hold the lines of the whole, hard line breaks
    included (they used to be joined with spaces and broken again)."""
    from cica_desktop.render.fonts import find_family
    from cica_desktop.render.pdf_fonts import register_family

    family = find_family(load_style_spec("ar").font_families("arabic"))
    assert family is not None
    font = register_family(family)
    paragraph = RTLParagraph("\n".join(" ".join(words) for words in lines), font, 14, 17,
                             first_line=20, tab=30, label=label)
    paragraph.wrap(width, 100_000)
    whole = list(paragraph.lines)
    parts = paragraph.split(width, 17 * first_lines + 1)
    if len(parts) < 2:
        return
    head, tail = parts
    head.wrap(width, 100_000)
    tail.wrap(width, 100_000)
    assert head.lines + tail.lines == whole
