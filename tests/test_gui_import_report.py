"""The import report in the window: every guess the import can make is worded for the
window from its code and values, in the interface language (the command line keeps its
English), and fields are named by the labels of their forms."""

from __future__ import annotations

import string
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from cica_desktop.app.word_import import DOUBT_CODES, Doubt, import_word
from cica_desktop.ui.word_import import DOUBTS, doubt_text, report_lines

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_code_the_import_gives_has_the_windows_words() -> None:
    assert set(DOUBTS) == set(DOUBT_CODES)
    for code, words in DOUBTS.items():
        assert _names(words) == _names(DOUBT_CODES[code]), code


def test_a_guess_is_worded_for_the_window_and_the_command_line_apart() -> None:
    doubt = Doubt(21, "import.verb_split", {"verb": "Welcomes"})
    assert str(doubt) == ("paragraph 21: numbered as operative, its verb ‘Welcomes’ (not in "
                          "italics) taken out of the text")
    assert doubt_text(doubt) == ("Paragraph 21: A numbered operative paragraph: “Welcomes” "
                                 "was taken as its verb (it was not set apart in italics).")
    language = Doubt(None, "import.language_headings", {"language": "en"})
    assert str(language) == "language en: the headings are worded as the en template words them"
    assert doubt_text(language) == "The headings were read as English headings."


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context><name>WordImport</name>
<message><source>The item title was not found: it is left to fill.</source>
<translation>L’intitulé de la question n’a pas été trouvé : il reste à remplir.</translation>
</message>
<message><source>To fill: {field}</source>
<translation>À remplir : {field}</translation></message>
<message><source>Paragraph {number}: {message}</source>
<translation>Paragraphe {number} : {message}</translation></message>
</context>
<context><name></name>
<message><source>Item title</source><translation>Intitulé de la question</translation></message>
</context>
</TS>
"""


def test_the_report_speaks_the_interface_language(qtbot: QtBot, tmp_path: Path) -> None:
    """A translation of the report's templates is used, filled with the same values."""
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not installed")
    (tmp_path / "fr.ts").write_text(TS, encoding="utf-8")
    subprocess.run([str(LRELEASE), str(tmp_path / "fr.ts"), "-qm", str(tmp_path / "fr.qm")],
                   check=True, capture_output=True, timeout=60)
    word = docx.Document()
    word.add_paragraph("Notes for a request still to write.")
    source = tmp_path / "notes.docx"
    word.save(str(source))
    imported = import_word(source)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "fr.qm"))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        lines = report_lines(imported)
    finally:
        app.removeTranslator(translator)
    assert "L’intitulé de la question n’a pas été trouvé : il reste à remplir." in lines
    assert "À remplir : Intitulé de la question" in lines
    # The command line's report is the same English as before.
    assert "item title: not found; left to fill" in imported.report
    assert "to fill: item_title" in imported.report
