"""Faults found in review, pinned down: Word footers and tables, complex-script sizes,
keep-with-next before tables, long titles, tall table rows, the original-language mark."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pdfplumber
import pytest
from docx import Document as open_docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn

from cica_desktop import cli
from cica_desktop.compose import compose
from cica_desktop.document import (
    Direction,
    Document,
    Metadata,
    Paragraph,
    Run,
    Table,
)
from cica_desktop.model import Package, parse_project
from cica_desktop.render import docx_bytes, pdf_bytes
from cica_desktop.samples import sample_path


def test_footer_tabs_are_ours_not_words_centre_tab(built: dict[str, Path]) -> None:
    document = open_docx(str(built["en.docx"]))
    assert len(document.styles["Footer"].paragraph_format.tab_stops) == 0
    footer = document.sections[0].footer.paragraphs[0]
    [tab] = footer.paragraph_format.tab_stops
    assert tab.alignment == WD_TAB_ALIGNMENT.RIGHT
    assert tab.position.pt == pytest.approx(612 - 60 - 59.5, abs=0.1)


def test_docx_table_is_ruled_like_the_pdf(built: dict[str, Path]) -> None:
    document = open_docx(str(built["zh.docx"]))
    table = document.tables[0]
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert [child.tag.split("}")[1] for child in borders] == ["top", "bottom"]
    for cell in table.rows[0].cells:
        assert cell._tc.tcPr.find(f"{qn('w:tcBorders')}/{qn('w:bottom')}") is not None
    assert table.rows[1].cells[0]._tc.tcPr.find(qn("w:tcBorders")) is None


def test_complex_script_size_follows_the_style(built: dict[str, Path]) -> None:
    styles = open_docx(str(built["en.docx"])).styles
    for name, half_points in (("SingleTxt", "20"), ("HCh", "28"), ("Normal", "20")):
        rpr = styles[name].element.rPr
        assert rpr.find(qn("w:szCs")).get(qn("w:val")) == half_points


def test_chinese_bold_is_a_hei_face(built: dict[str, Path]) -> None:
    styles = open_docx(str(built["zh.docx"])).styles
    fonts = styles["H1"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "SimHei"
    with pdfplumber.open(built["zh.pdf"]) as pdf:
        heading = next(c for c in pdf.pages[0].chars if c["text"] == "请")
        body = next(c for c in pdf.pages[0].chars if c["text"] == "奉")
    assert heading["fontname"] != body["fontname"]


def filler_document(blocks: list[object]) -> Document:
    return Document(Metadata("t", "s", "a", "en"), "letter", "en", Direction.LTR,
                    tuple(blocks))  # type: ignore[arg-type]


def test_a_heading_stays_with_the_table_after_it() -> None:
    filler = [Paragraph("SingleTxt", (Run("Filler paragraph " * 20),)) for _ in range(17)]
    heading = Paragraph("H1", (Run("Heading before the table"),), keep_with_next=True)
    table = Table(("Member State", "Measure"), tuple(("A", "B") for _ in range(8)))
    data, _ = pdf_bytes(filler_document([*filler, heading, table]))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    heading_page = next(i for i, text in enumerate(pages) if "Heading before" in text)
    table_page = next(i for i, text in enumerate(pages) if "Member State" in text)
    assert heading_page == table_page


def test_a_table_row_taller_than_a_page_continues_on_the_next() -> None:
    table = Table(("Member State", "Measure"), (("A", "measure " * 3000),))
    _, report = pdf_bytes(filler_document([table]))
    assert report.pages >= 3
    docx_bytes(filler_document([table]))


def sample(language: str = "en") -> dict:  # type: ignore[type-arg]
    return json.loads(sample_path(language).read_text(encoding="utf-8"))


def test_long_titles_fit_in_word_properties_and_the_running_head() -> None:
    data = sample()
    data["item_title"] = "Observer status for the " + "very long organization name " * 40
    package = parse_project(json.dumps(data))
    document = compose(package)
    props = open_docx(io.BytesIO(docx_bytes(document))).core_properties
    assert len(props.title) <= 255
    pdf, _ = pdf_bytes(document)
    with pdfplumber.open(io.BytesIO(pdf)) as pages:
        top = min(c["top"] for c in pages.pages[1].chars)
    assert top > 20  # the header never runs off the top of the page


def test_original_mark_compares_with_the_documents_original(zh_package: Package) -> None:
    memo = zh_package.annexes[0].evolve(original_language="en")
    package = zh_package.evolve(annexes=[memo, *zh_package.annexes[1:]])
    texts = ["".join(r.text for r in b.runs) for b in compose(package).blocks
             if isinstance(b, Paragraph)]
    assert "[原件：英文]" not in texts  # written in English like the whole document
    assert "[原件：俄文]" in texts  # the Minister's letter was written in Russian


def test_right_to_left_text_is_flagged() -> None:
    data = sample()
    data["letter"]["blocks"][0]["text"] = "The Arabic name is منظمة التعاون."
    _, report = pdf_bytes(compose(parse_project(json.dumps(data))))
    assert any("right-to-left" in notice for notice in report.notices)


def test_an_internal_fault_is_one_line_and_writes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(cli, "build", broken)
    code = cli.main(["build", str(sample_path("en")), "--out", str(tmp_path / "o")])
    assert code == cli.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "Traceback" not in err and "nothing was written" in err
    assert not (tmp_path / "o").exists()
