"""The preview follows the field being edited (issue 12): each paragraph of the PDF knows
the model path it shows and where it starts, and when a field of the form takes the cursor
the preview goes to that line and marks it briefly."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
from gui_helpers import open_window, settle
from pytestqt.qtbot import QtBot

from cica_desktop.compose import compose
from cica_desktop.model import Package
from cica_desktop.render import pdf_bytes


def test_every_paragraph_knows_where_it_starts(en_package: Package) -> None:
    pdf, report = pdf_bytes(compose(en_package))
    positions = report.source_positions
    assert {"item_title", "letter", "letter.blocks[0]", "letter.senders[0]",
            "annexes[0].blocks[6]", "annexes[1].operative[1]",
            "annexes[2].enclosure.annex.blocks[1]"} <= set(positions)
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        for source, start in (("annexes[0].blocks[6]", "7."),
                              ("annexes[1].operative[1]", "2."),
                              ("letter.senders[0]", "(Signed)")):
            page, top = positions[source]
            first = min((w for w in opened.pages[page].extract_words()
                         if abs(w["top"] - top) < 12), key=lambda w: w["x0"])
            assert first["text"] == start, (source, first)


def test_a_field_taking_the_cursor_brings_its_line_into_view(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    window.show()
    qtbot.waitUntil(lambda: bool(window.preview.positions), timeout=20_000)
    window.navigator.select(("annexes", 1))
    settle()
    preview = window.preview
    assert preview.source_of("annexes[1].operative[1].verb") == "annexes[1].operative[1]"
    assert preview.source_of("annexes[1].operative[1].subparagraphs[0].text") == \
        "annexes[1].operative[1]"  # no sub-paragraphs in the sample: the paragraph
    assert preview.source_of("letterhead.place") is None  # not in the UN layout
    page, _top = preview.positions["annexes[1].operative[1]"]
    window.preview.view.pageNavigator().jump(0, preview.view.pageNavigator().currentLocation())
    assert preview.follow("annexes[1].operative[1].verb")
    settle()
    assert preview.current_page() == page
    qtbot.waitUntil(preview.flash.isVisible, timeout=2_000)  # marked briefly …
    qtbot.waitUntil(lambda: not preview.flash.isVisible(), timeout=5_000)  # … then gone
