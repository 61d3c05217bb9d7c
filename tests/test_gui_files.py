"""Projects that never lose work: save, reopen, close prompts, autosave and crash recovery,
exports in the background."""

from __future__ import annotations

import io
import signal
from pathlib import Path

import pytest
from docx import Document as open_docx
from gui_helpers import editor, open_window, start_autosaving_child, type_text
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from cica_desktop.app.project import Project
from cica_desktop.app.recovery import pending_recoveries
from cica_desktop.app.settings import Settings
from cica_desktop.compose import Part
from cica_desktop.model import load_project


def test_save_and_reopen_give_an_equal_model(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path)
    window.navigator.select(("settings",))
    type_text(editor(window, "mission"), "（已编辑）")
    assert window.isWindowModified()
    target = tmp_path / "saved.json"
    assert window._save_to(target)
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("saved.json")
    assert load_project(target) == window.project.package
    assert Project.open(target).package == window.project.package
    assert Settings().recent_files()[0] == target.resolve()


def test_a_project_with_problems_is_saved_as_typed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.project.set_value(("item_title",), "")
    target = tmp_path / "unfinished.json"
    assert window._save_to(target)
    reopened = Project.open(target)
    assert reopened.value(("item_title",)) == ""
    assert [e.path for e in reopened.errors] == ["item_title"]


def test_closing_with_unsaved_changes_asks(qtbot, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.project.set_value(("mission",), "Changed")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    assert dialogs[-1][0] == "question" and "Save the changes" in dialogs[-1][1]
    dialogs.answer = QMessageBox.StandardButton.Save
    assert window.close()
    assert load_project(window.project.file_path).mission == "Changed"


def test_closing_without_changes_does_not_ask(qtbot, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    assert window.close()
    assert dialogs == []


def test_a_failed_save_keeps_the_old_file_and_says_why(qtbot, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.project.set_value(("mission",), "Changed")
    blocked = tmp_path / "blocked.json"
    blocked.mkdir()  # a folder where the file should go
    assert not window._save_to(blocked)
    assert dialogs[-1][0] == "critical" and "could not be saved" in dialogs[-1][1]
    assert window.isWindowModified()


def test_autosave_writes_a_recovery_file_and_a_save_removes_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    autosaver = window.autosaver
    assert autosaver is not None
    assert autosaver.timer.interval() == 30_000
    assert not autosaver.autosave()  # nothing to save yet
    window.project.set_value(("mission",), "Unsaved")
    assert autosaver.autosave()
    assert autosaver.file.is_file()
    window._save_to(window.project.file_path)
    assert not autosaver.file.exists()


@pytest.mark.slow
def test_work_survives_a_kill_9_and_is_offered_at_the_next_start(
        qtbot, tmp_path: Path, isolated_user_data: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project_file = tmp_path / "cica.json"
    project_file.write_bytes((Path(__file__).parent.parent / "resources" / "samples" /
                              "a-62-232.en.json").read_bytes())
    child, _ = start_autosaving_child(project_file, isolated_user_data,
                                      "Edited just before the crash", 0.3)
    try:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate()  # reaps it and closes its pipes
    assert child.returncode == -signal.SIGKILL
    [entry] = pending_recoveries()
    assert entry.file_path == project_file
    assert entry.data["item_title"] == "Edited just before the crash"

    from cica_desktop.ui import app

    asked = []
    monkeypatch.setattr(app, "ask_to_recover",
                        lambda e: asked.append(e) or QMessageBox.StandardButton.Yes)
    window = app.create_window([])
    qtbot.addWidget(window)
    assert asked and asked[0].file_path == project_file
    assert window.project.value(("item_title",)) == "Edited just before the crash"
    assert window.project.file_path == project_file
    assert window.isWindowModified()
    assert pending_recoveries() == []
    # the file on disk is still the last saved version until the user saves
    assert load_project(project_file).item_title != "Edited just before the crash"


@pytest.mark.parametrize(("part", "fmt"), [(Part.LETTER, "pdf"), (Part.RESOLUTION, "docx"),
                                           (Part.PACKAGE, "pdf"), (Part.PACKAGE, "docx")])
def test_every_export_writes_a_valid_file(qtbot, tmp_path: Path, part: Part, fmt: str) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path)
    target = tmp_path / f"export.{fmt}"
    job = window.exports.export(part, fmt, target)
    assert job is not None
    assert window.exports.progress.isVisible()
    qtbot.waitUntil(lambda: not window.exports.progress.isVisible(), timeout=20_000)
    data = target.read_bytes()
    if fmt == "pdf":
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
        assert "贝尔加内姆" in text
    else:
        paragraphs = [p.text for p in open_docx(io.BytesIO(data)).paragraphs]
        assert any("决定" in p for p in paragraphs)
    assert "Exported" in window.statusBar().currentMessage()


def test_an_export_with_warnings_is_written_and_says_them(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The standalone draft without its symbol: written, and a message that does not stop
    the work names what to check."""
    window = open_window(qtbot, tmp_path, "en")
    target = tmp_path / "resolution.pdf"
    assert window.exports.export(Part.RESOLUTION, "pdf", target) is not None
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "exportWarnings") is not None,
                    timeout=20_000)
    box = window.findChild(QMessageBox, "exportWarnings")
    assert target.is_file() and not box.isModal()
    assert "resolution.pdf was written" in box.text()
    assert "has no symbol" in box.informativeText()
    # the field named as the form labels it, not by its path in the project file
    assert not any(line.startswith("• annexes[1].symbol")
                   for line in box.informativeText().splitlines())
    box.close()
    qtbot.waitUntil(lambda: window.exports._warning is None, timeout=5_000)


def test_a_failed_export_says_so_and_leaves_the_old_file(qtbot, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    target = tmp_path / "locked"
    target.mkdir()  # cannot be replaced by a file
    (target / "keep.txt").write_text("old")
    job = window.exports.export(Part.PACKAGE, "pdf", target)
    assert job is not None
    qtbot.waitUntil(lambda: any(kind == "critical" for kind, _ in dialogs), timeout=20_000)
    assert "was not written" in dialogs[-1][1]
    assert (target / "keep.txt").read_text() == "old"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_export_is_refused_while_the_project_has_problems(qtbot, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.project.set_value(("item_title",), "")
    assert window.exports.export(Part.PACKAGE, "pdf", tmp_path / "x.pdf") is None
    assert "Fix the problems" in dialogs[-1][1]
    assert not (tmp_path / "x.pdf").exists()


def test_window_geometry_is_remembered(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    window.resize(760, 560)  # within the offscreen screen (800 x 600)
    assert window.close()
    assert Settings().geometry() is not None
    again = open_window(qtbot, tmp_path, "en")
    assert (again.size().width(), again.size().height()) == (760, 560)


def test_the_signed_letter_export_and_the_verify_command(qtbot, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    from pki import make_identity

    from cica_desktop.verification import verify_pdf

    window = open_window(qtbot, tmp_path, "en")
    p12, pem = make_identity(tmp_path)
    target = tmp_path / "signed-letter.pdf"
    job = window.exports.export_signed_letter(p12, "secret", target)
    assert job is not None
    qtbot.waitUntil(lambda: not window.exports.progress.isVisible(), timeout=20_000)
    [check] = verify_pdf(target.read_bytes(), trust=[pem]).signatures
    assert check.intact and check.valid and check.trusted
    verdict = window.sign_flow.verify_file(target)
    assert "Byrganym Aitimova" in verdict and "intact, valid" in verdict
    assert "valid, but a signer is not in your trusted certificates" in verdict
    # a wrong password says so and writes nothing
    wrong = tmp_path / "wrong.pdf"
    window.exports.export_signed_letter(p12, "nope", wrong)
    qtbot.waitUntil(lambda: any("wrong password" in text for _, text in dialogs),
                    timeout=20_000)
    assert not wrong.exists()
