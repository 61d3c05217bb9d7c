"""File ▸ Compare with…: the dialog compares the project being edited with an earlier
version's file and writes the tracked changes (issue 16)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from compare_edits import edited
from gui_helpers import open_window
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from cica_desktop.app.project import Project
from cica_desktop.app.settings import Settings
from cica_desktop.samples import sample_path
from cica_desktop.ui.compare_dialog import CompareDialog, dialog_for


def _dialog(qtbot, tmp_path: Path) -> tuple[CompareDialog, Path]:  # type: ignore[no-untyped-def]
    old, new, _ = edited("en")
    earlier = tmp_path / "earlier.json"
    earlier.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    current = tmp_path / "current.json"
    current.write_text(json.dumps(new, ensure_ascii=False), encoding="utf-8")
    dialog = CompareDialog(Project.open(current), Settings())
    qtbot.addWidget(dialog)
    return dialog, earlier


def test_dialog_writes_the_tracked_changes_and_says_what_changed(qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
                                                                 ) -> None:
    dialog, earlier = _dialog(qtbot, tmp_path)
    run = dialog.findChild(QPushButton, "compareRun")
    assert not run.isEnabled()  # no earlier version yet
    dialog.findChild(QLineEdit, "compareEarlier").setText(str(earlier))
    target = dialog.findChild(QLineEdit, "compareTarget")
    assert target.text().endswith("current-changes.docx")
    target.setText(str(tmp_path / "rev1.docx"))
    author = dialog.findChild(QLineEdit, "compareAuthor")
    assert author.text() == json.loads((tmp_path / "current.json").read_text("utf-8"))["mission"]
    author.setText("Delegation of Kazakhstan")
    run.click()
    outcome = dialog.findChild(QLabel, "compareResult").text()
    assert "rev1.docx" in outcome and "inserted: 1" in outcome and "moved: 1" in outcome
    xml = zipfile.ZipFile(io.BytesIO((tmp_path / "rev1.docx").read_bytes())).read(
        "word/document.xml").decode()
    assert 'w:author="Delegation of Kazakhstan"' in xml and "<w:moveTo " in xml


def test_dialog_pdf_and_a_bad_earlier_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog, earlier = _dialog(qtbot, tmp_path)
    formats = dialog.findChild(QComboBox, "compareFormat")
    formats.setCurrentIndex(formats.findData("pdf"))
    target = dialog.findChild(QLineEdit, "compareTarget")
    assert target.text().endswith("current-changes.pdf")
    target.setText(str(tmp_path / "rev1.pdf"))
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    dialog.findChild(QLineEdit, "compareEarlier").setText(str(broken))
    dialog.findChild(QPushButton, "compareRun").click()
    assert "broken.json" in dialog.findChild(QLabel, "compareResult").text()
    assert not (tmp_path / "rev1.pdf").exists()
    dialog.findChild(QLineEdit, "compareEarlier").setText(str(earlier))
    dialog.findChild(QPushButton, "compareRun").click()
    assert (tmp_path / "rev1.pdf").read_bytes().startswith(b"%PDF")


def test_the_window_compares_its_own_project(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    dialog = dialog_for(window)
    assert dialog.project is window.project and dialog.parent() is window
    assert dialog.findChild(QLineEdit, "compareTarget").text().endswith(
        "cica.en-changes.docx")
    earlier = tmp_path / "earlier.json"
    earlier.write_text(sample_path("en").read_text(encoding="utf-8"), encoding="utf-8")
    dialog.findChild(QLineEdit, "compareEarlier").setText(str(earlier))
    dialog.findChild(QPushButton, "compareRun").click()
    assert "do not differ" in dialog.findChild(QLabel, "compareResult").text()
