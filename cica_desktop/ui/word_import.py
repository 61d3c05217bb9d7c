"""File ▸ Import Word document…: choose a .docx, open what it reads as a new, untitled
project, and show the import report (every guess, every field still to fill) beside the
window.

The report is worded here, in the interface language: the import gives each guess as a code
with its values (cica_desktop/wordimport/messages.py, whose English the command line
prints), and names a field to fill or correct by the labels of the forms that show it
(ui/labels.py), as the findings panel does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..app.paths import parse_path
from ..app.word_import import Doubt, Imported, import_word
from .formspec import LANGUAGES
from .i18n import QT_TRANSLATE_NOOP, tr
from .labels import Lookup, human_path
from .messages import finding_text

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate

#: Each code of the import report as the window words it ({name}: the doubt's value).
DOUBTS: dict[str, str] = {
    "import.language_script": QT_TRANSLATE_NOOP(
        "WordImport", "The language was recognised by the script of the text: {language}."),
    "import.language_headings": QT_TRANSLATE_NOOP(
        "WordImport", "The headings were read as {language} headings."),
    "import.language_default": QT_TRANSLATE_NOOP(
        "WordImport", "No heading in any of the six languages was recognised: the document "
                      "was read as English."),
    "import.no_letter_heading": QT_TRANSLATE_NOOP(
        "WordImport", "No heading “Letter dated … from …” was found: the text before the "
                      "first annex was read as the cover letter."),
    "import.kept_in_letter": QT_TRANSLATE_NOOP(
        "WordImport", "Kept in the cover letter: it is not a heading the UN prints before "
                      "the letter."),
    "import.states_in_order": QT_TRANSLATE_NOOP(
        "WordImport", "Each signatory was given a State in the order of the letter's heading "
                      "(the signature blocks do not name their States): check them."),
    "import.no_signature": QT_TRANSLATE_NOOP(
        "WordImport", "No signature block was found: the signatory is left to fill."),
    "import.trailing_signature": QT_TRANSLATE_NOOP(
        "WordImport", "The last {count} short lines of the letter were read as its signature "
                      "block, with “{name}” as the name."),
    "import.annex_in_order": QT_TRANSLATE_NOOP(
        "WordImport", "“{text}” was taken as annex {number}, its place in the order."),
    "import.rule_from_text": QT_TRANSLATE_NOOP(
        "WordImport", "Rule {rule} was read from the letter's text."),
    "import.title_from_quotation": QT_TRANSLATE_NOOP(
        "WordImport", "The item title was read from the quotation in the letter."),
    "import.title_missing": QT_TRANSLATE_NOOP(
        "WordImport", "The item title was not found: it is left to fill."),
    "import.date_missing": QT_TRANSLATE_NOOP(
        "WordImport", "The letter's date was not found: today's date was put in its place; "
                      "check it."),
    "import.session_from_date": QT_TRANSLATE_NOOP(
        "WordImport", "The session was not found: session {session} was taken, the one that "
                      "rule {rule} is for on the letter's date."),
    "import.state_missing": QT_TRANSLATE_NOOP(
        "WordImport", "The requesting State was not found in a letter heading: it is left "
                      "to fill."),
    "import.annex_organ_line": QT_TRANSLATE_NOOP(
        "WordImport", "Annex {number} was read as a draft resolution because it has the organ "
                      "line “{organ_line}”."),
    "import.annex_signed": QT_TRANSLATE_NOOP(
        "WordImport", "Annex {number} was read as a letter because it is signed."),
    "import.annex_default": QT_TRANSLATE_NOOP(
        "WordImport", "Annex {number} was read as a memorandum because no other kind fits (it "
                      "has no organ line and no signature)."),
    "import.table_in_resolution": QT_TRANSLATE_NOOP(
        "WordImport", "A table in the draft resolution was kept as a paragraph of its cells."),
    "import.read_as_operative": QT_TRANSLATE_NOOP(
        "WordImport", "Read as an operative paragraph because it starts with “{lead}”."),
    "import.verb_split": QT_TRANSLATE_NOOP(
        "WordImport", "A numbered operative paragraph: “{verb}” was taken as its verb (it was "
                      "not set apart in italics)."),
    "import.after_operative": QT_TRANSLATE_NOOP(
        "WordImport", "An unnumbered paragraph after the operative paragraphs was kept as a "
                      "new line of the one before."),
    "import.no_lead": QT_TRANSLATE_NOOP(
        "WordImport", "A preambular paragraph without lead words in italics."),
    "import.title_kept": QT_TRANSLATE_NOOP(
        "WordImport", "Draft resolution: “{text}” was kept as a preambular paragraph."),
    "import.mission_name": QT_TRANSLATE_NOOP(
        "WordImport", "“{name}” was read as the mission's name and the {count} lines under it "
                      "as its address (the letterhead)."),
    "import.own_salutation": QT_TRANSLATE_NOOP(
        "WordImport", "The salutation “{text}” is the one the letter always has: it was taken "
                      "out of the text, and is written again on export."),
    "import.own_closing": QT_TRANSLATE_NOOP(
        "WordImport", "The closing “{text}” is the one the letter always has: it was taken out "
                      "of the text, and is written again on export."),
    "import.sub_list": QT_TRANSLATE_NOOP(
        "WordImport", "Read as a sub-list of the item before it (a new list straight after a "
                      "list item)."),
    "import.table_row": QT_TRANSLATE_NOOP(
        "WordImport", "Table row {number} has {cells} cells and the header {width}: the row "
                      "was evened out."),
    "import.heading_bold": QT_TRANSLATE_NOOP(
        "WordImport", "Read as a heading because it is short and bold."),
    "import.heading_italic": QT_TRANSLATE_NOOP(
        "WordImport", "Read as a heading because it is short and italic."),
    "import.footnote_kept": QT_TRANSLATE_NOOP(
        "WordImport", "Footnote {number} was kept in brackets where its mark stood (a "
                      "project has no footnotes): “{text}”."),
    "import.endnote_kept": QT_TRANSLATE_NOOP(
        "WordImport", "Endnote {number} was kept in brackets where its mark stood (a "
                      "project has no endnotes): “{text}”."),
}

_LANGUAGE_NAMES = dict(LANGUAGES)


def doubt_text(doubt: Doubt) -> str:
    """*doubt* in the interface language (its English, as the command line prints it, for a
    code this window does not know or a translation that cannot be filled in)."""
    template = DOUBTS.get(doubt.code)
    values = {name: tr(_LANGUAGE_NAMES[value]) if name == "language"
              and value in _LANGUAGE_NAMES else value for name, value in doubt.params.items()}
    try:
        message = translate("WordImport", template).format(**values) if template \
            else doubt.message
    except (KeyError, IndexError, ValueError):
        message = doubt.message
    if doubt.paragraph:
        return translate("WordImport", "Paragraph {number}: {message}").format(
            number=doubt.paragraph, message=message)
    return message


def report_lines(imported: Imported) -> list[str]:
    """The import report in the interface language: the guesses, then each field still to
    fill and each value to correct, named by the labels of its form."""
    value: Lookup = imported.project.value
    lines = [doubt_text(doubt) for doubt in imported.doubts]
    lines += [translate("WordImport", "To fill: {field}").format(
        field=human_path(parse_path(gap.path), value)) for gap in imported.gaps]
    lines += [translate("WordImport", "To correct: {field}: {message}").format(
        field=human_path(parse_path(error.path), value), message=finding_text(error))
        for error in imported.wrong]
    return lines


class ImportReport(QDialog):
    """The import report: what the import guessed and what is left to fill."""

    def __init__(self, source: Path, imported: Imported, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_report")
        self.setWindowTitle(translate("WordImport", "Import report"))
        layout = QVBoxLayout(self)
        if imported.errors:
            summary = translate(
                "WordImport", "{file} was read; {count} values must be corrected (see "
                              "Findings).").format(file=source.name, count=imported.errors)
        elif imported.draft:
            summary = translate(
                "WordImport", "{file} was read as a draft: the fields still to fill are listed "
                              "below and marked in the preview.").format(file=source.name)
        else:
            summary = translate("WordImport", "{file} was read; check the guesses below.") \
                .format(file=source.name)
        label = QLabel(summary)
        label.setObjectName("import_report.summary")
        label.setWordWrap(True)
        layout.addWidget(label)
        self.lines = QPlainTextEdit("\n".join(report_lines(imported)))
        self.lines.setObjectName("import_report.lines")
        self.lines.setReadOnly(True)
        layout.addWidget(self.lines)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)


def import_word_document(window: MainWindow, path: Path | None = None) -> ImportReport | None:
    """Ask for a .docx (unless *path* is given), open it as a new project, and show the
    report (returned, non-modal)."""
    if not window.confirm_discard():
        return None
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, translate("WordImport", "Import Word document"),
            str(window.settings.last_export_dir()),
            translate("WordImport", "Word documents (*.docx);;All files (*)"))
        if not name:
            return None
        path = Path(name)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        imported = import_word(path)
    except (ValueError, OSError) as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(window, translate("WordImport", "Cannot import"), translate(
            "WordImport", "{file} cannot be imported:\n{reason}").format(file=path, reason=exc))
        return None
    except Exception as exc:  # a fault of ours: the user is told, never left guessing
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(window, translate("WordImport", "Cannot import"), translate(
            "WordImport", "{file} could not be imported because of a fault in cica-desktop "
            "({fault}). Nothing was opened. Please report this with the Word file.").format(
                file=path, fault=f"{type(exc).__name__}: {exc}"))
        return None
    QApplication.restoreOverrideCursor()
    window.set_project(imported.project)
    window.statusBar().showMessage(translate(
        "WordImport", "Imported {file}: save it as a project.").format(file=path.name), 10000)
    report = ImportReport(path, imported, window)
    report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    report.show()
    return report
