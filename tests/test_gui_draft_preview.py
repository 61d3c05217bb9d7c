"""The preview while drafting (issue 12): an incomplete request is laid out with each field
still to fill as a placeholder in brackets, and the state line says how many are left."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pdfplumber
from gui_helpers import open_window
from pytestqt.qtbot import QtBot
from readback import squash

from cica_desktop.app.project import Project
from cica_desktop.samples import sample_path
from cica_desktop.ui.main_window import MainWindow


def preview_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return squash("".join(page.extract_text() or "" for page in pdf.pages))


def test_an_incomplete_request_is_previewed_with_placeholders(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    qtbot.waitUntil(lambda: window.preview.document.pageCount() > 0, timeout=20_000)
    with qtbot.waitSignal(window.preview_renderer.rendered, timeout=20_000) as rendered:
        window.project.set_value(("letter", "senders", 0, "name"), "")
        window.project.set_value(("item_title",), "")
    assert window.project.package is None  # the project has gaps …
    text = preview_text(rendered.args[0])  # … and is still laid out, gaps in brackets
    assert squash("(Signed) [Name]") in text and "[Itemtitle]" in text
    with pdfplumber.open(io.BytesIO(rendered.args[0])) as pdf:  # marked as a draft
        assert "".join(c["text"] for c in pdf.pages[0].chars if c["size"] > 100)
    assert "Draft: 2 field(s) to fill in" in window.preview.state_label.text()
    with qtbot.waitSignal(window.preview_renderer.rendered, timeout=20_000) as final:
        window.project.set_value(("letter", "senders", 0, "name"), "Byrganym Aitimova")
        window.project.set_value(("item_title",), "Observer status for CICA")
    assert window.preview.state_label.text() == ""
    with pdfplumber.open(io.BytesIO(final.args[0])) as pdf:  # the mark has gone
        assert not [c for c in pdf.pages[0].chars if c["size"] > 100]


def test_a_wrong_value_keeps_the_last_good_preview(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    qtbot.waitUntil(lambda: window.preview.document.pageCount() > 0, timeout=20_000)
    pages = window.preview.document.pageCount()
    with qtbot.waitSignal(window.preview_renderer.no_draft, timeout=20_000):
        window.project.set_value(("symbol",), "a/62/232")
    assert "last version without problems" in window.preview.state_label.text()
    assert window.preview.document.pageCount() == pages  # the last good pages stay


def test_a_project_opened_with_a_wrong_value_says_so_and_shows_no_pages(
        qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "wrong.json"
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    data["symbol"] = "a/62/232"  # wrong rather than missing: no draft can show it
    source.write_text(json.dumps(data), encoding="utf-8")
    window = MainWindow(Project.open(source))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.preview_renderer.no_draft, timeout=20_000):
        window.show()
    assert window.preview.state_label.text() == "The project has problems; see Findings."
    assert window.preview.document.pageCount() == 0
