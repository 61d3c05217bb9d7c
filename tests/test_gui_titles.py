"""The window offers the titles of the document's language on a signatory's title lines,
in the signatory's gender first (issue 11)."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import editor, open_window, settle
from PySide6.QtWidgets import QApplication, QLineEdit

from cica_desktop.ui.navigator import LETTER_NODE, SETTINGS_NODE


def offered(line: QLineEdit) -> list[str]:
    completer = line.completer()
    assert completer is not None
    model = completer.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_title_line_offers_the_titles_of_its_language_and_gender(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "fr")
    window.navigator.select(LETTER_NODE)
    line = editor(window, "letter.senders[0].titles[0]")
    assert isinstance(line, QLineEdit)
    # The sample's signatory is a woman: her forms first.
    assert offered(line)[:2] == ["L’Ambassadrice,", "Représentante permanente"]
    # A man signs: the next time the line takes the focus it offers his forms first.
    window.project.set_value(("letter", "senders", 0, "gender"), "masculine")
    settle()
    line = editor(window, "letter.senders[0].titles[0]")
    assert isinstance(line, QLineEdit)
    line.setFocus()
    QApplication.processEvents()
    assert offered(line)[:2] == ["L’Ambassadeur,", "Représentant permanent"]
    # Only title lines complete: the name does not.
    name = editor(window, "letter.senders[0].name")
    assert isinstance(name, QLineEdit) and name.completer() is None


def test_a_state_line_offers_the_states_as_the_un_writes_them(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    """docs/STATE-NAMES.md: in English with its article, in French without (the heading
    adds "du", "de la" itself); the same for the State a signatory represents."""
    window = open_window(qtbot, tmp_path, "en")
    window.navigator.select(LETTER_NODE)
    state = editor(window, "letter.senders[0].state")
    assert isinstance(state, QLineEdit)
    assert "the Sudan" in offered(state) and "Sudan" not in offered(state)
    window.project.set_value(("language",), "fr")
    settle()
    state = editor(window, "letter.senders[0].state")
    assert isinstance(state, QLineEdit)
    state.setFocus()
    QApplication.processEvents()
    assert "Soudan" in offered(state) and "Kazakhstan" in offered(state)
    window.navigator.select(SETTINGS_NODE)
    requesting = editor(window, "requesting_states[0]")
    assert isinstance(requesting, QLineEdit) and "Soudan" in offered(requesting)
