"""File ▸ Compare with…: the dialog compares the project being edited with an earlier
version's file and writes the tracked changes (issue 16)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
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


def test_the_dialog_is_wide_enough_and_shows_the_start_of_each_text(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A long mission name and a deep folder show their beginning, not their end, and the
    placeholder fits."""
    dialog, _earlier = _dialog(qtbot, tmp_path)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 600
    for name in ("compareTarget", "compareAuthor"):
        line = dialog.findChild(QLineEdit, name)
        assert line.text() and line.cursorPosition() == 0, name
    empty = dialog.findChild(QLineEdit, "compareEarlier")
    assert empty.fontMetrics().horizontalAdvance(empty.placeholderText()) \
        < empty.contentsRect().width()
    author = dialog.findChild(QLineEdit, "compareAuthor")
    author.setText("Permanent Mission of the Republic of Kazakhstan to the United Nations")
    author.editingFinished.emit()
    assert author.cursorPosition() == 0
    target = dialog.findChild(QLineEdit, "compareTarget")
    assert target.toolTip() == target.text()  # the whole path


def test_an_existing_file_is_replaced_only_when_the_user_says_so(
        qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    dialog, earlier = _dialog(qtbot, tmp_path)
    dialog.findChild(QLineEdit, "compareEarlier").setText(str(earlier))
    target = tmp_path / "rev1.docx"
    target.write_bytes(b"a co-sponsor's file")
    dialog.findChild(QLineEdit, "compareTarget").setText(str(target))
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def exec_(box: QMessageBox) -> int:
            assert box.objectName() == "compareReplace"
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
            asked.append(box.text())
            return int(reply.value)
        return exec_

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.No))
    dialog.findChild(QPushButton, "compareRun").click()
    assert asked and "already exists" in asked[0] and "rev1.docx</nobr>" in asked[0]
    assert target.read_bytes() == b"a co-sponsor's file"
    assert "Nothing was written" in dialog.findChild(QLabel, "compareResult").text()
    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Yes))
    dialog.findChild(QPushButton, "compareRun").click()
    assert len(asked) == 2 and target.read_bytes().startswith(b"PK")
    assert "Written to" in dialog.findChild(QLabel, "compareResult").text()


def test_the_service_keeps_an_existing_file_unless_told_to_replace_it(
        tmp_path: Path) -> None:
    from cica_desktop.app.compare import CompareFailed, compare_with

    old, new, _ = edited("en")
    earlier = tmp_path / "earlier.json"
    earlier.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    current = tmp_path / "current.json"
    current.write_text(json.dumps(new, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "rev1.docx"
    target.write_bytes(b"kept")
    project = Project.open(current)
    with pytest.raises(CompareFailed, match=r"rev1\.docx already exists"):
        compare_with(project, earlier, target, "docx", "Me")
    assert target.read_bytes() == b"kept"
    assert compare_with(project, earlier, target, "docx", "Me", replace=True).path == target
