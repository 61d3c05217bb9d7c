"""All six languages: the sample composes and renders in both formats, with each language's
rules (Russian lower-case lead words, French narrow no-break spaces, Arabic right to left)."""

from __future__ import annotations

import io
import unicodedata

import pdfplumber
import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from pypdf import PdfReader

from cica_desktop.compose import Layout, MissionExtras, Part, compose
from cica_desktop.compose.language import load_language
from cica_desktop.document import Direction, NumberedParagraph, Paragraph
from cica_desktop.model import load_project
from cica_desktop.render import docx_bytes, pdf_bytes
from cica_desktop.samples import sample_path

LANGUAGES = ["en", "fr", "es", "ru", "zh", "ar"]


@pytest.fixture(scope="module")
def rendered() -> dict[str, tuple[bytes, bytes]]:
    out = {}
    for language in LANGUAGES:
        document = compose(load_project(sample_path(language)), Part.PACKAGE)
        pdf, report = pdf_bytes(document)
        assert report.missing_glyphs == [], language
        out[language] = (pdf, docx_bytes(document))
    return out


def test_every_language_template_has_every_phrase() -> None:
    english = load_language("en").data
    for language in LANGUAGES:
        data = load_language(language).data
        for section in ("phrases", "masthead", "language_names"):
            assert set(english[section]) <= set(data[section]), (language, section)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sample_renders_with_every_font_embedded(rendered, language: str) -> None:  # type: ignore[no-untyped-def]
    pdf, docx = rendered[language]
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 8
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in \
                font else font
            assert "/FontDescriptor" in descendant, font.get("/BaseFont")
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font.get("/BaseFont")
    assert open_docx(io.BytesIO(docx)).paragraphs


def test_russian_lead_words_are_lower_case_and_italic() -> None:
    document = compose(load_project(sample_path("ru")))
    leads = [b.runs[0] for b in document.blocks
             if isinstance(b, Paragraph | NumberedParagraph) and len(b.runs) == 2
             and b.runs[1].text != ","]  # not the organ line "Генеральная Ассамблея,"
    assert [run.text for run in leads] == ["отмечая", "постановляет", "просит"]
    assert all(run.italic for run in leads)


def test_french_spacing_and_lettered_labels(rendered) -> None:  # type: ignore[no-untyped-def]
    document = compose(load_project(sample_path("fr")))
    texts = ["".join(r.text for r in b.runs) for b in document.blocks
             if isinstance(b, Paragraph | NumberedParagraph)]
    assert any("\u202f:" in t for t in texts)
    assert not any(" :" in t or " ;" in t for t in texts)
    labels = [b.label for b in document.blocks if isinstance(b, NumberedParagraph)]
    assert "a)" in labels
    docx_xml = open_docx(io.BytesIO(rendered["fr"][1])).part.numbering_part.element.xml
    assert 'w:val="%1)"' in docx_xml  # Word numbers a), b) too
    assert load_language("fr").date(__import__("datetime").date(2007, 10, 1)) == \
        "1er octobre 2007"


def test_arabic_docx_runs_right_to_left(rendered) -> None:  # type: ignore[no-untyped-def]
    document = open_docx(io.BytesIO(rendered["ar"][1]))
    body = document.styles["SingleTxt"].element.pPr
    assert body.find(qn("w:bidi")) is not None
    paragraph = next(p for p in document.paragraphs if "الجمعية" in p.text)
    assert any(run._r.rPr is not None and run._r.rPr.find(qn("w:rtl")) is not None
               for run in paragraph.runs)
    assert document.sections[0]._sectPr.find(qn("w:bidi")) is not None


def test_arabic_docx_alignment_is_written_as_start_and_end(rendered) -> None:  # type: ignore[no-untyped-def]
    # Word and LibreOffice read w:jc left/right as the start/end of a w:bidi paragraph:
    # headings "left" start at the right edge and signature blocks "right" end at the left
    # edge, where the PDF puts them. Writing them mirrored would swap both sides.
    document = open_docx(io.BytesIO(rendered["ar"][1]))
    for style, value in (("H1", "left"), ("HCh", "left"), ("Signature", "right")):
        ppr = document.styles[style].element.pPr
        assert ppr.find(qn("w:bidi")) is not None
        assert ppr.find(qn("w:jc")).get(qn("w:val")) == value


def test_a_latin_only_line_in_an_arabic_document_runs_left_to_right() -> None:
    # The letterhead's address "3 Dag Hammarskjold Plaza, …": with a right-to-left base the
    # house number would print at the end of the line.
    package = load_project(sample_path("ar"))
    document = compose(package, Part.LETTER, Layout.MISSION, MissionExtras())
    address = package.letterhead.address_lines[0]
    with pdfplumber.open(io.BytesIO(pdf_bytes(document)[0])) as pdf:
        text = pdf.pages[0].extract_text()
    assert address in text
    word = open_docx(io.BytesIO(docx_bytes(document)))
    [paragraph] = [p for p in word.paragraphs if p.text == address]
    assert paragraph._p.pPr.find(qn("w:bidi")).get(qn("w:val")) == "0"
    assert all(run._r.rPr is None or run._r.rPr.find(qn("w:rtl")) is None
               for run in paragraph.runs)


def test_arabic_pdf_reads_right_to_left(rendered) -> None:  # type: ignore[no-untyped-def]
    assert compose(load_project(sample_path("ar"))).direction == Direction.RTL
    with pdfplumber.open(io.BytesIO(rendered["ar"][0])) as pdf:
        page = pdf.pages[2]
        lines = page.extract_text_lines()
    logical = [(line, unicodedata.normalize("NFKC", line["text"])[::-1]) for line in lines]
    # The organ line reads "إن الجمعية العامة،" in logical order, and starts at the first-line
    # indent from the right edge of the text block (488 - 23.7).
    organ_line = next(line for line, text in logical if text.startswith("إن الجمعية العامة"))
    assert organ_line["x1"] == pytest.approx(488 - 23.7, abs=1.5)
    heading = next(line for line, text in logical if text.startswith("مشروع قرار"))
    assert heading["x1"] == pytest.approx(488, abs=1.5)  # headings flush right
    numbered = next(line for line, text in logical if text.startswith("1 -"))
    assert numbered["x1"] == pytest.approx(488 - 23.7, abs=1.5)  # "1 -" at the right


def face(char: dict) -> str:  # type: ignore[type-arg]
    """The font of a character without reportlab's subset tag ("AAAAAB+UMingCN-0")."""
    return str(char["fontname"]).split("+")[-1]


def preamble_lead_and_text(chars: list[dict]) -> tuple[dict, dict]:  # type: ignore[type-arg]
    """The first character of the lead words "注意到" and of the text "亚洲…" after them."""
    text = "".join(c["text"] for c in chars)
    start = text.index("注意到亚洲相互协作")
    return chars[start], chars[start + 3]


def test_chinese_lead_words_can_take_a_kai_face() -> None:
    """Configurable in styles.toml ([fonts] cjk_emphasis); any installed CJK face shows it."""
    import dataclasses

    from cica_desktop.render.stylespec import load_style_spec

    base = load_style_spec("zh")
    fonts = dataclasses.replace(
        base.fonts,
        # AR PL UMing TW stands in for a Kai face here.
        families={**base.fonts.families, "cjk_emphasis": ("AR PL UMing TW",)},
        docx=dataclasses.replace(base.fonts.docx, cjk_emphasis="KaiTi"))
    spec = dataclasses.replace(base, fonts=fonts)
    document = compose(load_project(sample_path("zh")))
    pdf, _ = pdf_bytes(document, spec)
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        chars = [c for page in opened.pages for c in page.chars]
    lead, body = preamble_lead_and_text(chars)
    assert face(lead) != face(body)
    docx = open_docx(io.BytesIO(docx_bytes(document, spec)))
    run = next(r for p in docx.paragraphs for r in p.runs if r.text == "注意到")
    assert run._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "KaiTi"
    # by default there is no Kai face: the lead word is in the body face
    default_pdf, _ = pdf_bytes(document)
    with pdfplumber.open(io.BytesIO(default_pdf)) as opened:
        chars = [c for page in opened.pages for c in page.chars]
    lead, body = preamble_lead_and_text(chars)
    assert face(lead) == face(body)


def test_typed_punctuation_follows_the_language() -> None:
    from cica_desktop.compose.typography import arabic_punctuation, chinese_punctuation

    assert chinese_punctuation("会议(亚信),成员国;A/62/232, 见附件一.") == \
        "会议（亚信），成员国；A/62/232, 见附件一。"
    assert arabic_punctuation("الجمعية العامة, وقررت; هل?") == "الجمعية العامة، وقررت؛ هل؟"


def test_a_mixed_script_paragraph_takes_each_scripts_font() -> None:
    package = load_project(sample_path("en"))
    package = package.evolve(letter=package.letter.evolve(
        blocks=[{"type": "paragraph", "text": "The Conference (亚信会议, CICA) met in Almaty."},
                *package.letter.model_dump()["blocks"][1:]]))
    pdf, report = pdf_bytes(compose(package))
    assert report.missing_glyphs == []
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        chars = opened.pages[0].chars
    chinese = next(c for c in chars if c["text"] == "亚")
    latin = next(c for c in chars if c["text"] == "C" and c["size"] == 10)
    assert "UMing" in chinese["fontname"] or "SimSun" in chinese["fontname"]
    assert "Liberation" in latin["fontname"] or "Times" in latin["fontname"]


def test_the_arabic_masthead_is_mirrored(rendered) -> None:  # type: ignore[no-untyped-def]
    with pdfplumber.open(io.BytesIO(rendered["ar"][0])) as pdf:
        words = pdf.pages[0].extract_words(extra_attrs=["size"])
    symbol = next(w for w in words if w["size"] == 20 and w["text"].startswith("A"))
    assert symbol["x0"] == pytest.approx(60, abs=0.5)  # the symbol at the left margin
    organ = [w for w in words if w["size"] == 14]
    assert organ and max(w["x1"] for w in organ) == pytest.approx(612 - 123.4, abs=0.5)
    english = open_docx(io.BytesIO(rendered["en"][1])).sections[0].first_page_header
    arabic = open_docx(io.BytesIO(rendered["ar"][1])).sections[0].first_page_header
    assert arabic.tables[0]._tbl.tblPr.find(qn("w:bidiVisual")) is not None
    assert english.tables[0]._tbl.tblPr.find(qn("w:bidiVisual")) is None


def test_arabic_letters_its_items_with_arabic_letters(rendered) -> None:  # type: ignore[no-untyped-def]
    # UN Arabic documents letter sub-paragraphs (أ) (ب) (ج), in abjad order; Word's
    # arabicAbjad numbering counts the same way.
    from cica_desktop.compose.numerals import arabic_abjad
    from cica_desktop.document import NumberFormat

    assert [arabic_abjad(n) for n in (1, 2, 3, 4, 5, 28, 29)] == \
        ["أ", "ب", "ج", "د", "هـ", "غ", "أأ"]
    document = compose(load_project(sample_path("ar")))
    lettered = [b for b in document.blocks if isinstance(b, NumberedParagraph)
                and b.number_format is NumberFormat.ARABIC_ABJAD]
    assert [b.label for b in lettered[:2]] == ["(أ)", "(ب)"]
    numbering = open_docx(io.BytesIO(rendered["ar"][1])).part.numbering_part.element
    formats = {f.get(qn("w:val")) for f in numbering.iter(qn("w:numFmt"))}
    assert "arabicAbjad" in formats and "lowerLetter" not in formats
    english = compose(load_project(sample_path("en")))
    assert any(b.label == "(a)" for b in english.blocks if isinstance(b, NumberedParagraph))
