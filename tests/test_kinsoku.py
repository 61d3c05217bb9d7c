"""Chinese line breaking in the PDF: no line starts with a closing mark or ends with an
opening one, and Latin words stay whole."""

from __future__ import annotations

import io
import itertools

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle

from cica_desktop.compose import Part, compose
from cica_desktop.model import load_project
from cica_desktop.render import pdf_bytes
from cica_desktop.render.kinsoku import CANNOT_END, CANNOT_START, KinsokuParagraph, break_point
from cica_desktop.samples import sample_path


def test_one_closing_mark_that_does_not_fit_hangs_in_the_margin() -> None:
    text = list("附上支持上述请求的解释性备忘录。下一句")
    overflow = text.index("。")
    assert break_point(text, 0, overflow) == overflow + 1


def test_two_closing_marks_take_the_character_before_them_to_the_next_line() -> None:
    # The zh sample's letter, paragraph 2: "（见附件一）。" must not leave "。" alone.
    text = list("附上支持上述请求的解释性备忘录（见附件一）。")
    overflow = text.index("）")
    cut = break_point(text, 0, overflow)
    assert "".join(text[cut:]) == "一）。"


def test_an_opening_mark_goes_down_with_what_follows_it() -> None:
    text = list("题为《目录》的文件")
    overflow = text.index("目")
    assert "".join(text[break_point(text, 0, overflow):]) == "《目录》的文件"


def test_a_latin_word_is_not_cut() -> None:
    text = list("新的挑战 and 威胁以及 CICA 秘书处")
    overflow = text.index("I")  # inside "CICA"
    assert "".join(text[break_point(text, 0, overflow):]) == "CICA 秘书处"


PUNCTUATED = st.text(alphabet=st.sampled_from(list("亚洲信任会议秘书处合作") +
                                              list("，。、；：？！）》」”（《「“")),
                     min_size=1, max_size=120)


@settings(max_examples=60, deadline=None)
@given(PUNCTUATED, st.integers(min_value=60, max_value=300))
def test_no_line_starts_with_a_closing_mark_unless_it_must(text: str, width: int) -> None:
    reportlab_lines = _plain_lines(text, width)
    assert "".join(reportlab_lines) == text  # nothing lost, nothing repeated
    for previous, line in itertools.pairwise(reportlab_lines):
        # A line may start with a closing mark only when the line before holds nothing
        # but marks that cannot be split from it (then there is no better place).
        if line and line[0] in CANNOT_START:
            assert all(c in CANNOT_START or c in CANNOT_END for c in previous[1:])
        if previous and previous[-1] in CANNOT_END:
            assert all(c in CANNOT_END for c in previous)


def _plain_lines(text: str, width: int) -> list[str]:
    from cica_desktop.render.fonts import find_family
    from cica_desktop.render.pdf_fonts import register_family
    from cica_desktop.render.stylespec import load_style_spec

    family = find_family(load_style_spec("zh").font_families("cjk"))
    assert family is not None
    face = register_family(family)
    paragraph = KinsokuParagraph(text, ParagraphStyle("t", fontName=face, fontSize=10,
                                                      leading=12, wordWrap="CJK"))
    paragraph.wrap(width, 10_000)
    return [_line_text(line) for line in paragraph.blPara.lines]


def _line_text(line: object) -> str:
    """A laid-out line's text: plain lines (one font) are (space, [text]) pairs, mixed
    ones hold fragments."""
    if isinstance(line, tuple):
        return "".join(line[1])
    return "".join(str(getattr(word, "text", word)) for word in getattr(line, "words", []))


@pytest.fixture(scope="module")
def zh_pdf() -> bytes:
    return pdf_bytes(compose(load_project(sample_path("zh")), Part.PACKAGE))[0]


def test_the_chinese_sample_has_no_line_starting_with_a_closing_mark(zh_pdf: bytes) -> None:
    offending = []
    with pdfplumber.open(io.BytesIO(zh_pdf)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            for line in page.extract_text_lines():
                text = line["text"].strip()
                if text and (text[0] in CANNOT_START or text[-1] in CANNOT_END):
                    offending.append((number, text))
    assert offending == []
