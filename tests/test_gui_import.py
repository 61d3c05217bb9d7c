"""File ▸ Import Word document… and Export ▸ Submission… in the window."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import docx
import pytest
from gui_helpers import open_window, settle
from pki import PASSWORD, make_identity
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from cica_desktop.app.settings import Settings
from cica_desktop.app.submission import saved_addresses
from cica_desktop.build import build
from cica_desktop.mission import SignerProfile
from cica_desktop.model import load_project
from cica_desktop.samples import sample_path
from cica_desktop.ui.submission_dialog import SubmissionDialog, submissions
from cica_desktop.ui.word_import import import_word_document


def test_importing_a_word_document_opens_it_as_a_new_project_with_its_report(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, tmp_path, "en")
    [source] = build(load_project(sample_path("fr")), "demande", tmp_path,
                     formats=["docx"]).files
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(source), "")))
    window.menu_actions["import_word"].trigger()  # File ▸ Import Word document…
    settle()
    report = window.findChild(QDialog, "import_report")
    assert report is not None and report.isVisible()
    assert window.project.file_path is None  # untitled: saved where the user chooses
    assert window.project.package is not None
    assert window.project.package.language.value == "fr"
    assert window.project.package.symbol == "A/62/232"
    lines = report.findChild(QPlainTextEdit, "import_report.lines").toPlainText()
    assert "The headings were read as French headings." in lines.splitlines()
    assert "language fr" not in lines  # the command line's wording, not the window's
    assert "check the guesses" in report.findChild(QLabel, "import_report.summary").text()
    report.close()


def test_a_plain_document_opens_as_a_draft_with_the_fields_to_fill(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    word = docx.Document()
    word.add_paragraph("Notes for a request still to write.")
    source = tmp_path / "notes.docx"
    word.save(str(source))
    report = import_word_document(window, source)
    assert report is not None
    assert window.project.package is None  # fields to fill: shown as a draft
    assert window.project.draft(window.placeholder_name) is not None
    lines = report.findChild(QPlainTextEdit, "import_report.lines").toPlainText().splitlines()
    # Fields named as the forms label them, never by their paths.
    assert "To fill: Item title" in lines
    assert "To fill: Requesting State 1" in lines
    assert "To fill: Cover letter › Signatories" in lines
    assert not any("item_title" in line or "requesting_states" in line or "letter.senders"
                   in line for line in lines)
    assert "The item title was not found: it is left to fill." in lines
    report.close()


def test_the_submission_is_written_from_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    p12, _ = make_identity(tmp_path)
    Settings().set_signer_profile(SignerProfile(name="Byrganym Aitimova",
                                                certificate=str(p12)))
    window = open_window(qtbot, tmp_path, "en")
    assert window.menu_actions["export_submission"].text() == "Submission…"
    folder = tmp_path / "for the Secretariat"
    dialog = SubmissionDialog(folder, saved_addresses(), p12, window)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "submission.from").setText("not an address")
    dialog.accept()
    assert "not an e-mail address" in dialog.findChild(QLabel, "submission.problem").text()
    dialog.findChild(QLineEdit, "submission.from").setText("mission@example.org")
    dialog.findChild(QLineEdit, "submission.to").setText("dgacm@example.org")
    dialog.findChild(QLineEdit, "submission.cc").setText("capital@example.org")
    dialog.findChild(QLineEdit, "submission.password").setText(PASSWORD)
    dialog.findChild(QPushButton, "submission.write").click()  # "Sign and write"
    assert dialog.result() == dialog.DialogCode.Accepted
    job = submissions(window).submit(dialog)
    assert job is not None
    qtbot.waitUntil(lambda: not submissions(window).jobs, timeout=60_000)
    assert job._password == ""
    names = sorted(path.name for path in folder.iterdir())
    assert "A-62-232-en-letter-signed.pdf" in names and "A-62-232-en-email.eml" in names
    message = email.message_from_bytes((folder / "A-62-232-en-email.eml").read_bytes(),
                                       policy=email.policy.default)
    assert message["To"] == "dgacm@example.org" and message["Cc"] == "capital@example.org"
    assert saved_addresses().cc == ("capital@example.org",)
    assert len(list(message.iter_attachments())) == 5
    assert "Submission written" in window.statusBar().currentMessage()
    box = submissions(window).done_box
    assert box is not None and box.isVisible()
    assert "A-62-232-en-email.eml" in box.informativeText()
    assert box.findChild(QPushButton, "submission_done.email") is not None
    box.close()


def test_the_window_asks_before_replacing_a_submission_in_the_folder(
        qtbot: QtBot, tmp_path: Path, dialogs: list[tuple[str, str]]) -> None:
    p12, _ = make_identity(tmp_path)
    window = open_window(qtbot, tmp_path, "en")
    folder = tmp_path / "written before"
    folder.mkdir()
    signed = folder / "A-62-232-en-letter-signed.pdf"
    signed.write_bytes(b"the letter signed last week")
    (folder / "notes.txt").write_text("the officer's own notes", "utf-8")
    dialog = SubmissionDialog(folder, saved_addresses(), p12, window)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "submission.password").setText(PASSWORD)
    dialog.findChild(QPushButton, "submission.write").click()
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert submissions(window).submit(dialog) is None  # not replaced: nothing started
    [(kind, text)] = dialogs
    assert kind == "question" and "A-62-232-en-letter-signed.pdf" in text
    assert "notes.txt" not in text
    assert signed.read_bytes() == b"the letter signed last week"
    assert dialog.findChild(QLineEdit, "submission.password").text() == ""
