"""The DOCX is a real Word document: named styles, Word numbering, italic lead words,
East Asian fonts, headers and footers, page geometry. Read back with python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from ooxml_order import problems_in_docx
from readback import WordNumbering, docx_blocks

from cica_desktop.compose import Part, compose
from cica_desktop.model import LetterAnnex, Memorandum, Package, TableBlock
from cica_desktop.render import render_docx


def paragraphs(path: Path) -> list[Paragraph]:
    return [b for b in docx_blocks(open_docx(str(path))) if isinstance(b, Paragraph)]


def by_text(path: Path, start: str) -> Paragraph:
    return next(p for p in paragraphs(path) if p.text.startswith(start))


def test_paragraphs_use_the_un_style_names(built: dict[str, Path]) -> None:
    used = {p.style.name for p in paragraphs(built["en.docx"])}
    assert {"Session", "HCh", "H1", "SingleTxt", "NumberedPara", "Signature"} <= used
    document = open_docx(str(built["en.docx"]))
    body = document.styles["SingleTxt"]
    assert body.font.size == Pt(10)
    assert body.paragraph_format.left_indent == Pt(63.4)
    assert body.paragraph_format.first_line_indent == Pt(23.7)
    assert body.paragraph_format.line_spacing == Pt(12)


def test_memorandum_paragraphs_are_numbered_by_word_not_typed(built: dict[str, Path]) -> None:
    memo = by_text(built["en.docx"], "During the forty-seventh session")
    assert memo.style.name == "NumberedPara"
    assert WordNumbering.num_id(memo) is not None
    assert not memo.text[:3].strip().rstrip(".").isdigit()


def test_numbering_restarts_for_each_list(built: dict[str, Path]) -> None:
    document = open_docx(str(built["en.docx"]))
    numbering = WordNumbering(document)
    labels = {}
    for block in docx_blocks(document):
        if isinstance(block, Paragraph):
            label = numbering.label(block)
            if block.text.startswith(("During the forty-seventh", "We believe that",
                                      "Decides to invite", "Requests the Secretary")):
                labels[block.text[:12]] = label
    # the ninth memorandum paragraph is 9., the first operative paragraph 1. again
    assert sorted(labels.values()) == ["1.", "1.", "2.", "9."]


def test_operative_verbs_and_lead_words_are_their_own_italic_runs(
        built: dict[str, Path]) -> None:
    decides = next(p for p in paragraphs(built["en.docx"])
                   if p.runs and p.runs[0].text == "Decides")
    assert decides.runs[0].italic is True
    assert not decides.runs[1].italic
    assert WordNumbering.num_id(decides) is not None
    organ = next(p for p in paragraphs(built["en.docx"]) if p.text == "The General Assembly,")
    assert organ.runs[0].italic is True and organ.runs[0].text == "The General Assembly"


def test_chinese_has_no_italics_and_east_asian_fonts(built: dict[str, Path]) -> None:
    chinese = paragraphs(built["zh.docx"])
    assert not any(run.italic for p in chinese for run in p.runs)
    lead = next(p for p in chinese if p.runs and p.runs[0].text == "注意到")
    fonts = lead.runs[0]._r.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "SimSun"
    normal = open_docx(str(built["zh.docx"])).styles["Normal"].element.rPr
    assert normal.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "SimSun"
    assert normal.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"


def test_headers_and_footers_are_real_word_headers(built: dict[str, Path]) -> None:
    document = open_docx(str(built["en.docx"]))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert document.settings.odd_and_even_pages_header_footer
    masthead = section.first_page_header.tables[0]
    masthead_text = " ".join(c.text for row in masthead.rows for c in row.cells)
    for expected in ("United Nations", "General Assembly", "A/62/232", "Distr.: General",
                     "4 October 2007", "Original: English"):
        assert expected in masthead_text
    assert "07-53139 (E)" in section.first_page_footer.paragraphs[0].text
    assert section.first_page_footer.part.package is not None
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    assert "A/62/232" in " ".join(c.text for c in section.header.tables[0].rows[0].cells)
    assert "A/62/232" in " ".join(c.text for c in section.even_page_header.tables[0].rows[0].cells)


def test_first_page_footer_carries_the_barcode_picture(built: dict[str, Path]) -> None:
    footer = open_docx(str(built["en.docx"])).sections[0].first_page_footer
    assert footer._element.xpath(".//pic:pic")


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595.28, 841.89))])
def test_page_size_and_margins(tmp_path: Path, en_package, paper: str, size) -> None:  # type: ignore[no-untyped-def]
    from cica_desktop.compose import compose
    from cica_desktop.render import render_docx

    out = tmp_path / "p.docx"
    render_docx(compose(en_package.evolve(paper=paper)), out)
    section = open_docx(str(out)).sections[0]
    assert section.page_width.pt == pytest.approx(size[0], abs=0.1)
    assert section.page_height.pt == pytest.approx(size[1], abs=0.1)
    assert section.left_margin.pt == pytest.approx(60, abs=0.1)


def test_enclosure_table_has_a_repeating_header_row(built: dict[str, Path]) -> None:
    document = open_docx(str(built["zh.docx"]))
    table = next(b for b in docx_blocks(document) if not isinstance(b, Paragraph))
    assert [c.text for c in table.rows[0].cells] == ["成员国", "具体建立信任措施"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert len(table.rows) == 8


def test_signature_block_keeps_the_chinese_order(built: dict[str, Path]) -> None:
    texts = [p.text for p in paragraphs(built["zh.docx"]) if p.style.name == "Signature"]
    assert texts[:3] == ["常驻代表", "大使", "贝尔加内姆·艾季莫娃（签名）"]


def test_document_properties(built: dict[str, Path]) -> None:
    props = open_docx(str(built["en.docx"])).core_properties
    assert "A/62/232" in props.title
    assert props.subject.startswith("Request for the inclusion")
    assert props.author


@pytest.mark.parametrize("name", ["en.docx", "zh.docx", "en-resolution.docx", "en-letter.docx"])
def test_word_element_order_is_valid(built: dict[str, Path], name: str) -> None:
    from ooxml_order import problems_in_docx

    assert problems_in_docx(built[name]) == []


def test_the_order_checker_catches_a_swap() -> None:
    from ooxml_order import problems_in_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = f'<w:p xmlns:w="{w}"><w:pPr><w:jc w:val="left"/><w:ind w:left="0"/></w:pPr></w:p>'
    assert problems_in_xml("x", xml.encode()) == ["x: <pPr>: <ind> after <jc>"]



def _four_times(package: Package) -> Package:
    """*package* with its memorandum four times (each a list of its own) and the rows of
    its enclosure's table four times over."""
    annexes = []
    for annex in package.annexes:
        if isinstance(annex, LetterAnnex) and annex.enclosure and annex.enclosure.annex:
            inner = annex.enclosure.annex
            blocks = tuple(b.model_copy(update={"rows": b.rows * 4})
                           if isinstance(b, TableBlock) else b for b in inner.blocks)
            enclosure = annex.enclosure.model_copy(
                update={"annex": inner.model_copy(update={"blocks": blocks})})
            annex = annex.model_copy(update={"enclosure": enclosure})
        annexes.append(annex)
    memo = next(a for a in package.annexes if isinstance(a, Memorandum))
    return package.model_copy(update={"annexes": (*annexes, memo, memo, memo)})


def test_a_long_package_keeps_its_order_lists_and_table_rows(
        tmp_path: Path, built: dict[str, Path], en_package: Package) -> None:
    """The body is built by appending before the section properties, and tables from their
    row elements: a longer package reads back in schema order with the section last, each
    memorandum numbered as a list of its own, and every table row in place."""
    path = tmp_path / "long.docx"
    render_docx(compose(_four_times(en_package), Part.PACKAGE), path)
    assert problems_in_docx(path) == []
    document = open_docx(str(path))
    assert document.element.body[-1].tag == qn("w:sectPr")
    first = "During the forty-seventh"
    once = WordNumbering(open_docx(str(built["en.docx"]))).label(
        by_text(built["en.docx"], first))
    numbering = WordNumbering(document)
    memos = [p for p in paragraphs(path) if p.text.startswith(first)]
    assert [numbering.label(p) for p in memos] == [once] * 4
    assert len({WordNumbering.num_id(p) for p in memos}) == 4
    [table_once] = open_docx(str(built["en.docx"])).tables
    [table] = document.tables
    assert len(table.rows) == 1 + 4 * (len(table_once.rows) - 1)
    assert [c.text for c in table.rows[-1].cells] == [c.text for c in table_once.rows[-1].cells]
