"""Changing the letter's "Sent by" between one representative and several: the standard
paragraphs already in the letter are offered in the other form ("I have the honour" /
"We have the honour"), each shown old against new; accepting changes "Sent by" and those
paragraphs in one undo step, declining changes "Sent by" alone. The matching is
app/sender_wording.py."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..app.paths import Path
from ..app.project import Project
from ..app.sender_wording import WordingChange, difference, letter_with, wording_changes
from .i18n import tr

#: The field whose change offers the new wording.
SENDER_ROLE: Path = ("letter", "sender_role")


def _marked(old: str, new: str) -> str:
    """The paragraph as HTML: removed words struck through in red, added ones underlined in
    green."""
    out = []
    for kind, text in difference(old, new):
        text = escape(text)
        if kind == "old":
            out.append(f'<span style="color:#b00020;text-decoration:line-through">{text}'
                       "</span>")
        elif kind == "new":
            out.append(f'<span style="color:#006400;text-decoration:underline">{text}</span>')
        else:
            out.append(text)
    return "".join(out)


class SenderWordingDialog(QDialog):
    """The paragraphs that would change, each old against new."""

    def __init__(self, changes: list[WordingChange], several: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sender_wording_dialog")
        self.setWindowTitle(tr("Update the standard paragraphs?"))
        layout = QVBoxLayout(self)
        question = QLabel(tr(
            "The letter is now sent by several representatives. Write these paragraphs for "
            "several senders (“we”, “our Governments”)?") if several else tr(
            "The letter is now sent by one representative. Write these paragraphs for one "
            "sender (“I”, “my Government”)?"))
        question.setWordWrap(True)
        layout.addWidget(question)
        view = QTextBrowser()
        view.setObjectName("sender_wording.changes")
        rows = []
        for change in changes:
            where = tr("Paragraph {number}").format(number=int(change.path[2]) + 1)
            note = tr("edited by you: only the words for the senders change")
            edited = "" if change.exact else f" <i>({escape(note)})</i>"
            rows.append(f"<p><b>{escape(where)}</b>{edited}<br>"
                        f"{_marked(change.old, change.new)}</p>")
        view.setHtml("".join(rows))
        layout.addWidget(view, 1)
        buttons = QDialogButtonBox()
        buttons.setObjectName("sender_wording.buttons")
        update = buttons.addButton(tr("Update paragraphs"),
                                   QDialogButtonBox.ButtonRole.AcceptRole)
        update.setObjectName("sender_wording.update")
        keep = buttons.addButton(tr("Keep them as they are"),
                                 QDialogButtonBox.ButtonRole.RejectRole)
        keep.setObjectName("sender_wording.keep")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)


def choose_sender_role(parent: QWidget, project: Project, value: Any) -> None:
    """Set "Sent by" to *value*; when that changes the number of senders and standard
    paragraphs of the other form are in the letter, offer to update them too (one undo
    step)."""
    changes = wording_changes(project.data, value)
    if not changes:
        project.set_value(SENDER_ROLE, value)
        return
    dialog = SenderWordingDialog(changes, value == "representatives", parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        project.set_value(("letter",), letter_with(project.data, value, changes),
                          structural=True)
    else:
        project.set_value(SENDER_ROLE, value)
