"""Export ▸ Submission…: the dialog asks for every address the e-mail carries (From, To,
Cc, remembered for the next time), shows the start of its paths, says what its button does,
and the message once written shows the folder's path without breaking its name."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import open_window
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from cica_desktop.app.submission import (
    Addresses,
    save_addresses,
    saved_addresses,
    split_addresses,
)
from cica_desktop.ui.submission_dialog import SubmissionDialog, submissions

DEEP = Path("/home/officer/Documents/Permanent Mission/General Assembly/"
            "Sixty-second session/A-62-232-en-submission")


def _dialog(qtbot: QtBot, tmp_path: Path) -> SubmissionDialog:
    p12 = tmp_path / "keys" / "signing-key-of-the-permanent-representative.p12"
    p12.parent.mkdir()
    p12.write_bytes(b"")
    dialog = SubmissionDialog(DEEP, saved_addresses(), p12)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_cc_is_asked_for_and_remembered_like_from_and_to(qtbot: QtBot,
                                                        tmp_path: Path) -> None:
    save_addresses(Addresses("mission@example.org", ("dgacm@example.org",),
                             ("capital@example.org", "co-sponsor@example.org")))
    dialog = _dialog(qtbot, tmp_path)
    cc = dialog.findChild(QLineEdit, "submission.cc")
    assert cc.text() == "capital@example.org, co-sponsor@example.org"
    cc.setText("capital@example.org, not an address")
    dialog.findChild(QPushButton, "submission.write").click()
    assert "not an address is not an e-mail address" in dialog.findChild(
        QLabel, "submission.problem").text()
    assert dialog.isVisible()
    cc.setText(" capital@example.org ,desk@example.org ")
    assert dialog.addresses() == Addresses("mission@example.org", ("dgacm@example.org",),
                                           ("capital@example.org", "desk@example.org"))
    save_addresses(dialog.addresses())
    assert saved_addresses().cc == ("capital@example.org", "desk@example.org")


def test_the_button_says_what_it_does_and_the_paths_show_their_start(
        qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    buttons = dialog.findChild(QDialogButtonBox, "submission.buttons")
    write = dialog.findChild(QPushButton, "submission.write")
    assert write.text() == "Sign and write"
    assert buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    for name in ("submission.folder", "submission.p12"):
        line = dialog.findChild(QLineEdit, name)
        assert line.cursorPosition() == 0, name
        # wide enough for a path of 48 average characters
        assert line.width() >= line.fontMetrics().averageCharWidth() * 48, name
    folder = dialog.findChild(QLineEdit, "submission.folder")
    folder.setText(str(DEEP / "again"))
    folder.editingFinished.emit()
    assert folder.cursorPosition() == 0
    assert folder.toolTip() == str(DEEP / "again")  # the whole path


def test_the_written_message_keeps_the_folder_name_whole(qtbot: QtBot,
                                                       tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    files = [DEEP / name for name in ("A-62-232-en-letter-signed.pdf",
                                      "A-62-232-en-email.eml")]
    box = submissions(window)._done_box(DEEP, files)
    box.show()
    qtbot.waitExposed(box)
    text = box.text()
    assert "<nobr>" in text and "A-62-232-en-submission</nobr>" in text
    assert "…" in text  # the folders above it elided in the middle
    assert text.index("</p><p><nobr>") > 0  # on a line of its own
    assert box.toolTip() == str(DEEP)
    assert box.informativeText() == ("<nobr>A-62-232-en-letter-signed.pdf</nobr><br>"
                                     "<nobr>A-62-232-en-email.eml</nobr>")
    box.close()


def test_addresses_are_separated_as_each_script_writes_commas() -> None:
    """A Chinese or Arabic keyboard types its own comma: two addresses, not one."""
    assert split_addresses("a@un.org，b@un.org、c@un.org") == ("a@un.org", "b@un.org",
                                                              "c@un.org")
    assert split_addresses("a@un.org، b@un.org؛ c@un.org; d@un.org") == (
        "a@un.org", "b@un.org", "c@un.org", "d@un.org")
