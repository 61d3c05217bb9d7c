"""The standalone draft resolution is an L-document (issue 13 §4): its own symbol, date,
job number and barcode, "Distr.: Limited", its agenda item's own title, and page 1's footer
as on A/C.6/80/L.2 (measured with pdfplumber, docs/FORMAT.md); the QR code of page 1 is a
project option, for the package's page 1 too."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from cica_desktop.cli import main
from cica_desktop.compose import Part, compose
from cica_desktop.compose import styles as S
from cica_desktop.document import Document, Paragraph
from cica_desktop.model import DraftResolution, Package, load_project
from cica_desktop.model.project import save_project
from cica_desktop.render import pdf_bytes
from cica_desktop.render.qr import qr_matrix
from cica_desktop.samples import sample_path

AGENDA_TITLE = "Observer status for the Example Organization in the General Assembly"


def l_document(qr_code: bool = False, symbol: str | None = "A/C.6/80/L.2") -> Package:
    """The English sample whose draft is issued as A/C.6/80/L.2 was (8 October 2025)."""
    package = load_project(sample_path("en"))
    annexes = tuple(
        annex.model_copy(update={
            "symbol": symbol, "issue_date": dt.date(2025, 10, 8), "job_number": "25-16079",
            "committee": "Sixth Committee", "agenda_item": 77,
            "agenda_item_title": AGENDA_TITLE})
        if isinstance(annex, DraftResolution) else annex for annex in package.annexes)
    return package.evolve(annexes=annexes, qr_code=qr_code)


def text_of(paragraph: object) -> str:
    assert isinstance(paragraph, Paragraph)
    return "".join(run.text for run in paragraph.runs)


def test_the_standalone_draft_has_its_own_masthead_and_job_line() -> None:
    package = l_document()
    document = compose(package, Part.RESOLUTION)
    assert document.masthead is not None and document.running is not None
    assert document.masthead.symbol == "A/C.6/80/L.2"
    assert document.masthead.distribution == "Distr.: Limited"
    assert document.masthead.date == "8 October 2025"
    assert document.running.job_line == "25-16079 (E)    081025"
    assert document.running.barcode == "2516079"
    # The package keeps its own symbol, date and job number.
    whole = compose(package, Part.PACKAGE)
    assert whole.masthead is not None and whole.running is not None
    assert whole.masthead.symbol == package.symbol
    assert whole.running.job_number == package.job_number


def test_the_session_block_names_the_agenda_items_own_title() -> None:
    document = compose(l_document(), Part.RESOLUTION)
    by_style = {block.style: text_of(block) for block in document.blocks[:6]
                if isinstance(block, Paragraph)}
    assert by_style[S.AGENDA_ITEM] == "Agenda item 77"
    assert by_style[S.AGENDA_TITLE] == AGENDA_TITLE
    assert by_style[S.COMMITTEE] == "Sixth Committee"


def test_a_format_3_draft_without_the_new_fields_keeps_the_packages_item() -> None:
    package = load_project(sample_path("en"))
    resolution = package.draft_resolution()
    assert resolution is not None and resolution.job_number is None
    document = compose(package, Part.RESOLUTION)
    assert document.running is not None and document.running.job_line == ""
    titles = [text_of(b) for b in document.blocks[:6]
              if isinstance(b, Paragraph) and b.style == S.AGENDA_TITLE]
    assert titles in ([], [package.item_title])


@dataclass
class PageOne:
    words: list[dict[str, Any]]
    rects: list[dict[str, Any]]


def page_one(document: Document) -> PageOne:
    """What page 1 of the document's PDF prints: its words and rectangles."""
    with pdfplumber.open(io.BytesIO(pdf_bytes(document)[0])) as pdf:
        page = pdf.pages[0]
        return PageOne(page.extract_words(), list(page.rects))


def test_page_one_footer_sits_where_the_uns_l_document_has_it() -> None:
    """Measured on A/C.6/80/L.2 with pdfplumber (docs/FORMAT.md): the job line at
    x = 65.4, top 739.7, its date at x = 134.06; the QR code 498.1 … 552.8, 709.3 … 764.0."""
    page = page_one(compose(l_document(qr_code=True), Part.RESOLUTION))
    words = {w["text"]: w for w in page.words if w["top"] > 700}
    assert words["25-16079"]["x0"] == pytest.approx(65.4, abs=1)
    assert words["25-16079"]["top"] == pytest.approx(739.7, abs=1)
    assert words["081025"]["x0"] == pytest.approx(134.06, abs=1)
    qr = [r for r in page.rects if r["x0"] > 400 and r["top"] > 650]
    assert min(r["x0"] for r in qr) == pytest.approx(498.1, abs=1)
    assert max(r["x1"] for r in qr) == pytest.approx(552.8, abs=1)
    assert min(r["top"] for r in qr) == pytest.approx(709.3, abs=1)
    assert max(r["bottom"] for r in qr) == pytest.approx(764.0, abs=1)
    bars = [r for r in page.rects if r["x1"] < 300 and r["top"] > 740]
    assert min(r["x0"] for r in bars) == pytest.approx(65.4, abs=1)


def dark_modules(page: PageOne, count: int) -> list[list[bool]]:
    """The QR code read back from the printed rectangles, module by module."""
    qr = [r for r in page.rects if r["x0"] > 400 and r["top"] > 650]
    x0, top = min(r["x0"] for r in qr), min(r["top"] for r in qr)
    module = (max(r["x1"] for r in qr) - x0) / count

    def dark(row: int, col: int) -> bool:
        x, y = x0 + (col + 0.5) * module, top + (row + 0.5) * module
        return any(r["x0"] <= x <= r["x1"] and r["top"] <= y <= r["bottom"] for r in qr)

    return [[dark(row, col) for col in range(count)] for row in range(count)]


@pytest.mark.parametrize("part, url", [
    (Part.RESOLUTION, "https://docs.un.org/en/A/C.6/80/L.2"),
    (Part.PACKAGE, "https://docs.un.org/en/A/62/232"),
])
def test_the_qr_code_holds_the_documents_address(part: Part, url: str) -> None:
    document = compose(l_document(qr_code=True), part)
    assert document.running is not None and document.running.qr_url == url
    expected = qr_matrix(url)
    assert dark_modules(page_one(document), len(expected)) == expected


def test_no_qr_code_unless_asked_or_without_a_symbol() -> None:
    for package in (l_document(qr_code=False), l_document(qr_code=True, symbol=None)):
        document = compose(package, Part.RESOLUTION)
        assert document.running is not None and document.running.qr_url == ""
        page = page_one(document)
        assert not [r for r in page.rects if r["x0"] > 400 and r["top"] > 650]


def test_building_the_draft_without_its_symbol_warns_on_stderr(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, symbol in (("blank", None), ("issued", "A/C.6/80/L.2")):
        project = tmp_path / f"{name}.json"
        save_project(l_document(symbol=symbol), project)
        assert main(["build", str(project), "--out", str(tmp_path / "out"),
                     "--part", "resolution", "--format", "pdf"]) == 0
        err = capsys.readouterr().err
        if symbol is None:
            assert "warning: annexes[1].symbol: the standalone draft resolution has no " \
                   "symbol" in err
        else:
            assert "symbol" not in err
    # The package's own export says nothing of the draft's symbol.
    assert main(["build", str(tmp_path / "blank.json"), "--out", str(tmp_path / "out"),
                 "--format", "pdf"]) == 0
    assert "no symbol" not in capsys.readouterr().err


def test_the_docx_footer_has_the_job_lines_tab_stop_and_the_floating_qr_code() -> None:
    """Word places the QR code where the PDF does (from the page's top left, in EMU) and
    the job line's date at the PDF's column (a tab stop from the text margin)."""
    from docx import Document as open_docx

    from cica_desktop.render import docx_bytes

    word = open_docx(io.BytesIO(docx_bytes(compose(l_document(qr_code=True),
                                                   Part.RESOLUTION))))
    footer = word.sections[0].first_page_footer
    assert footer.paragraphs[0].text == "25-16079 (E)\t081025"
    stops = footer.paragraphs[0].paragraph_format.tab_stops
    assert [round(stop.position.pt + 60, 1) for stop in stops] == [134.1]
    qr, bars = footer._element.iter("{*}anchor")
    offsets = [int(o.text) / 12_700 for o in qr.iter("{*}posOffset")]
    assert offsets == [pytest.approx(498.1, abs=0.1), pytest.approx(709.3, abs=0.1)]
    # The barcode floats at the PDF's place too: from the job line's x, its bars ending
    # 30 pt above the page's bottom edge (an inline picture would stand 2 pt higher).
    height = word.sections[0].page_height.pt
    offsets = [int(o.text) / 12_700 for o in bars.iter("{*}posOffset")]
    assert offsets == [pytest.approx(65.4, abs=0.1), pytest.approx(height - 30 - 11, abs=0.1)]
    assert list(footer._element.iter("{*}inline")) == []
