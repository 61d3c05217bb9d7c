"""The window speaks the interface language in dates and notices too: a date editor writes
"4 octobre 2007" for a French user, the recovery question and the signature report name
the month in French, a notice about the running title names the field as its form does,
and the compare dialog says why nothing was written in French. The command line keeps
its English."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from compare_edits import edited
from gui_helpers import editor, open_window, settle
from pki import make_identity
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from cica_desktop.app.preview_client import RENDER_NOTICES
from cica_desktop.app.project import Project
from cica_desktop.app.recovery import RecoveryEntry
from cica_desktop.app.settings import Settings
from cica_desktop.app.signing import verify_file
from cica_desktop.ui import app as ui_app
from cica_desktop.ui.compare_dialog import CompareDialog
from cica_desktop.ui.dialogs import NewProjectDialog
from cica_desktop.ui.i18n import switch_translators
from cica_desktop.ui.main_window import MainWindow

FRENCH_MONTHS = [QLocale("fr").monthName(month) for month in range(1, 13)]


@pytest.fixture
def french() -> Iterator[None]:
    """The interface in French (as View ▸ Language sets it), English again afterwards."""
    app = QApplication.instance()
    assert app is not None
    switch_translators(app, "fr")
    try:
        yield
    finally:
        switch_translators(app, "en")


def date_edit(window: MainWindow, name: str) -> QDateEdit:
    """The date field of the form's editor *name*."""
    found = editor(window, name).findChild(QDateEdit)
    assert isinstance(found, QDateEdit)
    return found


def test_a_date_editor_writes_the_date_in_the_interface_language(
        qtbot: QtBot, tmp_path: Path, french: None) -> None:
    window = open_window(qtbot, tmp_path, "fr")  # its issue date is 2007-10-04
    window.navigator.select(("settings",))
    assert date_edit(window, "issue_date").text() == "4 octobre 2007"
    # Its calendar too.
    assert date_edit(window, "issue_date").calendarWidget().locale().language() == \
        QLocale.Language.French
    # Switching the language rewrites it at once, in that language's order.
    window.findChild(QAction, "ui_language_zh").trigger()
    settle()
    assert date_edit(window, "issue_date").text() == "2007年10月4日"
    # Arabic names the month in Arabic, with the Western digits of UN Arabic documents
    # (the mirrored editor keeps its sections in visual order: "2007 أكتوبر 4" reads
    # from the right as 4 October 2007).
    window.findChild(QAction, "ui_language_ar").trigger()
    settle()
    first, month, last = date_edit(window, "issue_date").text().split(" ")
    assert {first, last} == {"4", "2007"}
    assert month and all("\u0600" <= char <= "\u06ff" for char in month)
    window.findChild(QAction, "ui_language_en").trigger()
    settle()
    assert date_edit(window, "issue_date").text() == "4 October 2007"


def test_the_new_request_dialog_names_the_month_in_french(qtbot: QtBot, french: None) -> None:
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    shown = dialog.findChild(QDateEdit, "new.date")
    shown.setDate(shown.date().fromString("2026-07-01", "yyyy-MM-dd"))
    assert shown.text() == "1 juillet 2026"


def test_the_recovery_questions_give_the_time_in_french(
        tmp_path: Path, french: None, dialogs: list[tuple[str, str]]) -> None:
    saved = dt.datetime(2007, 10, 4, 14, 5)
    entry = RecoveryEntry(tmp_path / "r.json", tmp_path / "request.json", saved, {})
    ui_app.ask_to_recover(entry)
    damaged = RecoveryEntry(tmp_path / "r.json", None, saved, {}, "it holds no project")
    ui_app.ask_about_damaged(damaged)
    (_, restore), (_, delete) = dialogs  # the two questions, as the user reads them
    assert "request.json" in restore and "4 octobre 2007 14:05" in restore
    assert "4 octobre 2007 14:05" in delete
    assert "October" not in restore + delete


@pytest.fixture(scope="module")
def signed_letter(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A letter signed now, and the root certificate to trust."""
    from cica_desktop.compose import Part, compose
    from cica_desktop.model import load_project
    from cica_desktop.render import pdf_bytes
    from cica_desktop.samples import sample_path
    from cica_desktop.signing import sign_pdf_bytes

    folder = tmp_path_factory.mktemp("signed")
    p12, pem = make_identity(folder)
    letter = pdf_bytes(compose(load_project(sample_path("en")), Part.LETTER))[0]
    signed = folder / "letter-signed.pdf"
    signed.write_bytes(sign_pdf_bytes(letter, p12, "secret"))
    return signed, pem


def test_the_signature_report_names_the_month_in_french_and_the_cli_keeps_english(
        signed_letter: tuple[Path, Path], french: None) -> None:
    from cica_desktop.verification import report_lines, verify_pdf

    path, pem = signed_letter
    report = verify_pdf(path.read_bytes(), trust=[pem], name=path.name)
    when = report.signatures[0].signing_time
    # The command line's line, byte for byte as strftime has always written it.
    english = f"{when:%d %B %Y %H:%M %Z}"
    assert english.endswith(" UTC")
    cli = report_lines(report)
    assert any(f"signed {english};" in line for line in cli), cli
    # The window's report (Verify signed PDF) in French.
    french_date = f"{when.day} {FRENCH_MONTHS[when.month - 1]} {when.year} {when:%H:%M} UTC"
    shown = verify_file(path, [pem]).details
    assert any(french_date in line for line in shown), shown
    assert not any(f"{when:%B}" in line for line in shown), shown


def test_a_notice_names_the_field_as_its_form_labels_it(
        qtbot: QtBot, tmp_path: Path, french: None) -> None:
    from cica_desktop.render.pdf_page import RUNNING_TITLE_TOO_LONG

    # The window translates the render's own words (the CLI prints them as they are).
    assert f"running_title: {RENDER_NOTICES[0]}" == RUNNING_TITLE_TOO_LONG
    window = open_window(qtbot, tmp_path, "en")
    qtbot.waitUntil(lambda: window.preview.document.pageCount() > 0, timeout=20_000)
    window.navigator.select(("settings",))
    label = editor(window, "running_title").accessibleName()
    assert label and label != "running_title"
    with qtbot.waitSignal(window.preview_renderer.rendered, timeout=20_000):
        window.project.set_value(("running_title",), " ".join(
            ["Observer status for the Conference on Interaction and Confidence-Building "
             "Measures in Asia"] * 4))
        # Arabic words in an English document: the render's other fixed notice.
        window.project.set_value(("item_title",), "Observer status for CICA (مؤتمر)")
    state = window.preview.findChild(QLabel, "preview_state").text()
    said = QCoreApplication.translate("render", RENDER_NOTICES[0])
    assert said != RENDER_NOTICES[0]  # translated
    assert QCoreApplication.translate("render", "{field}: {notice}").format(
        field=label, notice=said) in state
    assert "running_title" not in state
    assert QCoreApplication.translate("render", RENDER_NOTICES[1]) in state


def test_the_compare_dialog_says_why_in_french(qtbot: QtBot, tmp_path: Path,
                                               french: None) -> None:
    old, new, _ = edited("en")
    earlier = tmp_path / "earlier.json"
    earlier.write_text(json.dumps({**old, "language": "fr"}, ensure_ascii=False),
                       encoding="utf-8")
    current = tmp_path / "current.json"
    current.write_text(json.dumps(new, ensure_ascii=False), encoding="utf-8")
    dialog = CompareDialog(Project.open(current), Settings())
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "compareEarlier").setText(str(earlier))
    dialog.findChild(QLineEdit, "compareTarget").setText(str(tmp_path / "rev1.docx"))
    dialog.findChild(QPushButton, "compareRun").click()
    outcome = dialog.findChild(QLabel, "compareResult").text()
    french_name = QCoreApplication.translate("", "French")
    english_name = QCoreApplication.translate("", "English")
    assert french_name != "French" and english_name != "English"
    assert f"({french_name}" in outcome and english_name in outcome
    assert "compare two versions" not in outcome and "'fr'" not in outcome
    assert not (tmp_path / "rev1.docx").exists()


def test_a_certificate_out_of_its_dates_carries_the_date_the_cli_prints_in_english(
        tmp_path: Path, french: None) -> None:
    from cryptography.hazmat.primitives.serialization import pkcs12

    from cica_desktop.signing import CertificateDateError, SigningError, open_signing_key
    from cica_desktop.ui.i18n import date_text

    p12, _ = make_identity(tmp_path, expired=True)
    with pytest.raises(CertificateDateError) as caught:
        open_signing_key(p12, "secret")
    error = caught.value
    assert isinstance(error, SigningError) and error.expired and error.file == p12.name
    cert = pkcs12.load_key_and_certificates(p12.read_bytes(), b"secret")[1]
    assert cert is not None and error.date == cert.not_valid_after_utc
    # What `cica-desktop sign` prints, as before; a window can give the date in French.
    assert str(error) == (f"{p12.name}: the certificate expired on "
                          f"{cert.not_valid_after_utc:%d %B %Y}; it cannot sign")
    assert date_text(error.date) == (f"{error.date.day} {FRENCH_MONTHS[error.date.month - 1]} "
                                     f"{error.date.year}")
