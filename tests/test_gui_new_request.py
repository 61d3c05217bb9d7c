"""File ▸ New request (the gallery of kinds), File ▸ New from an earlier request, the
guidance shown in a new request's blank paragraphs, and the offer to reword the letter's
standard paragraphs when "Sent by" changes between one representative and several."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import editor, open_window, settle
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTextEdit,
)
from pytestqt.qtbot import QtBot

from cica_desktop.app.new_request import session_for
from cica_desktop.app.sender_wording import wording_changes
from cica_desktop.samples import sample_path
from cica_desktop.ui import main_window
from cica_desktop.ui.dialogs import NewProjectDialog
from cica_desktop.ui.main_window import MainWindow
from cica_desktop.ui.navigator import LETTER_NODE
from cica_desktop.ui.sender_wording import SenderWordingDialog


def new_request(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                fill: Any) -> None:
    """File ▸ New request with the dialog filled in by *fill(dialog)*, then OK."""
    def accept(dialog: NewProjectDialog) -> int:
        fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(main_window.NewProjectDialog, "exec", accept)
    window.menu_actions["new"].trigger()
    settle()


def choose(dialog: QDialog, name: str, data: object) -> None:
    combo = dialog.findChild(QComboBox, name)
    assert combo is not None, name
    combo.setCurrentIndex(combo.findData(data))


def test_the_gallery_makes_a_joint_cooperation_request(qtbot: QtBot, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, tmp_path, "en")

    def fill(dialog: NewProjectDialog) -> None:
        kinds = dialog.findChild(QListWidget, "new.kind")
        rows = [kinds.item(i).data(256) for i in range(kinds.count())]
        assert rows == ["observer_status", "cooperation", "international_day",
                        "substantive_item", "sub_item"]
        kinds.setCurrentRow(rows.index("cooperation"))
        assert "regional or other organization" in kinds.currentItem().text()
        choose(dialog, "new.language", "fr")
        choose(dialog, "new.rule", 14)
        assert "30 days before" in dialog.rule_description.text()
        dialog.findChild(QDateEdit, "new.date").setDate(QDate(2026, 7, 1))
        dialog.findChild(QSpinBox, "new.session").setValue(81)
        state = dialog.findChild(QLineEdit, "new.state")
        add = dialog.findChild(QPushButton, "new.add_state")
        for name in ("Chili", "Argentine", "Pérou"):
            state.setText(name)
            add.click()
        states = dialog.findChild(QListWidget, "new.states")
        states.setCurrentRow(2)
        dialog.findChild(QPushButton, "new.remove_state").click()
        assert "joint letter" in dialog.senders_note.text()
        dialog.findChild(QLineEdit, "new.organization").setText("le Forum de l’exemple")
        resolution = dialog.findChild(QCheckBox, "new.draft_resolution")
        assert resolution.isChecked() and not resolution.isEnabled()
        choose(dialog, "new.paper", "a4")

    new_request(window, monkeypatch, fill)
    data = window.project.data
    assert (data["kind"], data["language"], data["rule"], data["session"], data["paper"]) == \
        ("cooperation", "fr", 14, 81, "a4")
    assert data["requesting_states"] == ["Argentine", "Chili"]  # in the order they sign
    letter = data["letter"]
    assert letter["date"] == "2026-07-01" and letter["sender_role"] == "representatives"
    assert [(s["state"], s["name"]) for s in letter["senders"]] == [("Argentine", ""),
                                                                     ("Chili", "")]
    assert letter["blocks"][0]["text"].startswith("D’ordre de nos gouvernements")
    assert "nous avons l’honneur" in letter["blocks"][0]["text"]
    assert data["item_title"] == "Coopération entre l’Organisation des Nations Unies et le " \
                                 "Forum de l’exemple"
    assert window.project.file_path is None and window.isWindowModified()


def test_a_substantive_item_without_a_resolution(qtbot: QtBot, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, tmp_path, "en")

    def fill(dialog: NewProjectDialog) -> None:
        dialog.kind.setCurrentRow(3)
        assert not dialog.organization.isEnabled()
        resolution = dialog.findChild(QCheckBox, "new.draft_resolution")
        assert resolution.isEnabled() and not resolution.isChecked()
        dialog.state.setText("Chile")
        dialog.item_title.setText("Example question")

    new_request(window, monkeypatch, fill)
    data = window.project.data
    assert [a["kind"] for a in data["annexes"]] == ["memorandum"]
    assert data["letter"]["sender_role"] == "permanent_representative"
    assert data["letter"]["blocks"][0]["text"].startswith(
        "On instructions from my Government")


def test_blank_paragraphs_show_their_guidance_never_printed(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, tmp_path, "en")
    new_request(window, monkeypatch, lambda dialog: (dialog.state.setText("Chile"),
                                                     dialog.organization.setText("the Forum")))
    window.navigator.select(("annexes", 0))
    paragraph = editor(window, "annexes[0].blocks[0].text")
    assert isinstance(paragraph, QTextEdit)
    assert paragraph.toPlainText() == ""
    assert paragraph.placeholderText().startswith("The organization: when and by whom")
    assert "The organization" not in json.dumps(window.project.data)
    # Once typed in, the hint is the user's text.
    window.project.set_value(("annexes", 0, "blocks", 0, "text"), "Founded in 1999.")
    assert "Founded" in editor(window, "annexes[0].blocks[0].text").toPlainText()


def sender_role(window: MainWindow) -> QComboBox:
    window.navigator.select(LETTER_NODE)
    combo = editor(window, "letter.sender_role")
    assert isinstance(combo, QComboBox)
    return combo


def choose_role(combo: QComboBox, role: str) -> None:
    index = combo.findData(role)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    settle()


def test_several_representatives_rewords_the_standard_paragraphs_in_one_step(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, tmp_path, "en")
    new_request(window, monkeypatch, lambda dialog: (dialog.state.setText("Chile"),
                                                     dialog.organization.setText("the Forum")))
    before = window.project.value(("letter",))
    # The circulation paragraph edited a little: it is offered too, only its pronoun changed.
    edited = before["blocks"][2]["text"].replace("a document", "an official document")
    window.project.set_value(("letter", "blocks", 2, "text"), edited)
    steps = window.project.undo_stack.count()
    shown: list[str] = []

    def accept(dialog: SenderWordingDialog) -> int:
        shown.append(dialog.findChild(QTextEdit, "sender_wording.changes").toPlainText())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SenderWordingDialog, "exec", accept)
    choose_role(sender_role(window), "representatives")
    assert len(shown) == 1 and "Paragraph 1" in shown[0] and "Paragraph 3" in shown[0]
    letter = window.project.value(("letter",))
    assert letter["sender_role"] == "representatives"
    assert "we have the honour" in letter["blocks"][0]["text"]
    assert "our Governments" in letter["blocks"][0]["text"]
    assert "we attach" in letter["blocks"][1]["text"]
    assert letter["blocks"][2]["text"] == edited.replace("I should", "We should")
    assert window.project.undo_stack.count() == steps + 1
    window.undo_action.trigger()
    settle()
    assert window.project.value(("letter", "sender_role")) == "permanent_representative"
    assert window.project.value(("letter", "blocks", 0, "text")) == before["blocks"][0]["text"]
    assert window.project.value(("letter", "blocks", 2, "text")) == edited


def test_declining_changes_the_sender_alone(qtbot: QtBot, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, tmp_path, "en")
    new_request(window, monkeypatch, lambda dialog: (dialog.state.setText("Chile"),
                                                     dialog.organization.setText("the Forum")))
    before = window.project.value(("letter", "blocks"))
    monkeypatch.setattr(SenderWordingDialog, "exec",
                        lambda self: QDialog.DialogCode.Rejected)
    choose_role(sender_role(window), "representatives")
    assert window.project.value(("letter", "sender_role")) == "representatives"
    assert window.project.value(("letter", "blocks")) == before


def test_no_offer_when_the_number_of_senders_stays_or_nothing_is_standard(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, tmp_path, "zh")

    def refuse(_dialog: SenderWordingDialog) -> int:
        raise AssertionError("nothing to offer")

    monkeypatch.setattr(SenderWordingDialog, "exec", refuse)
    combo = sender_role(window)
    choose_role(combo, "charge_d_affaires")  # still one sender
    assert window.project.value(("letter", "sender_role")) == "charge_d_affaires"
    for index in range(3):
        window.project.set_value(("letter", "blocks", index, "text"), f"自由文本{index}。")
    choose_role(sender_role(window), "representatives")
    assert window.project.value(("letter", "sender_role")) == "representatives"


def test_the_offer_back_to_one_sender_in_chinese() -> None:
    data = json.loads(sample_path("zh").read_text(encoding="utf-8"))
    data["letter"]["blocks"][0]["text"] = data["letter"]["blocks"][0]["text"].replace(
        "奉我国政府指示", "奉我们各国政府指示")
    data["letter"]["sender_role"] = "representatives"
    [change] = wording_changes(data, "permanent_representative")
    assert change.new.startswith("奉我国政府指示") and not change.exact


def test_new_from_an_earlier_request(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    earlier = window.project.file_path
    assert earlier is not None
    window.project.undo_stack.setClean()
    window.new_from_earlier(earlier)
    settle()
    data = window.project.data
    assert window.project.file_path is None and window.isWindowModified()
    assert data["session"] == session_for(15)  # the earlier request's rule
    assert data.get("symbol") is None and data.get("job_number") is None
    assert [s["name"] for s in data["letter"]["senders"]] == [""]
    assert data["annexes"][0] == json.loads(earlier.read_text(encoding="utf-8"))["annexes"][0]
    assert "letter.senders[0].name" in {e.path for e in window.project.errors}
    assert window.menu_actions["new_from_earlier"].text() == "New from an earlier request…"


def test_the_dialog_and_cica_desktop_new_make_the_same_project(qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    from cica_desktop.cli import main

    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentRow(4)  # sub_item
    choose(dialog, "new.language", "ru")
    choose(dialog, "new.rule", 13)
    dialog.session.setValue(82)
    dialog.date.setDate(QDate(2027, 5, 3))
    for name in ("Казахстан", "Монголия", "Чили"):
        dialog.state.setText(name)
        dialog._add_state()
    dialog.item_title.setText("Подпункт")
    dialog.parent_item.setText("Пункт")
    dialog.draft_resolution.setChecked(False)
    out = tmp_path / "cli.json"
    assert main(["new", str(out), "--kind", "sub_item", "--language", "ru", "--rule", "13",
                 "--session", "82", "--date", "2027-05-03", "--state", "Казахстан",
                 "--state", "Монголия", "--state", "Чили", "--title", "Подпункт",
                 "--parent-item", "Пункт", "--no-draft-resolution"]) == 0
    assert dialog.project_data() == json.loads(out.read_text(encoding="utf-8"))


def test_the_session_follows_the_date_until_it_is_chosen(qtbot: QtBot) -> None:
    import datetime as dt

    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2030, 10, 1))
    assert dialog.session.value() == session_for(15, dt.date(2030, 10, 1)) == 85
    choose(dialog, "new.rule", 13)  # the next provisional agenda: the eighty-sixth session
    assert dialog.session.value() == session_for(13, dt.date(2030, 10, 1)) == 86
    dialog.session.setValue(90)
    dialog.date.setDate(QDate(2031, 10, 1))
    assert dialog.session.value() == 90


def test_enter_in_the_state_field_adds_the_state_and_keeps_the_dialog_open(
        qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for name in ("Chile", "Peru"):
        QTest.keyClicks(dialog.state, name)
        QTest.keyClick(dialog.state, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.state.text() == ""
    assert [dialog.states.item(i).text() for i in range(dialog.states.count())] == \
        ["Chile", "Peru"]


def test_a_blank_letter_paragraph_hints_the_wording_for_its_senders() -> None:
    import datetime as dt

    from cica_desktop.app.new_request import guidance, new_request_data

    for states, start in ((["A"], "On instructions from my Government"),
                          (["A", "B"], "On instructions from our Governments")):
        data = new_request_data(kind="observer_status", language="en", rule=15, session=80,
                                states=states, date=dt.date(2025, 8, 20))
        assert data["letter"]["blocks"][0]["text"] == ""  # no organization, no item title
        assert guidance(data, ("letter", "blocks", 0, "text")).startswith(start)
        assert guidance(data, ("letter", "blocks", 1, "text")) == ""  # not blank
