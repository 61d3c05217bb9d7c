"""Small dialogs: a new project's essentials."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ..app.new_request import available_languages, current_session, new_request_data
from .i18n import tr

#: The names of the document languages, translated when shown.
_LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian",
                   "zh": "Chinese", "ar": "Arabic"}


class NewProjectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, paper: str = "letter") -> None:
        super().__init__(parent)
        self.setObjectName("new_project_dialog")
        self.setWindowTitle(tr("New request"))
        layout = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("new.language")
        for code in available_languages():
            self.language.addItem(tr(_LANGUAGE_NAMES[code]), code)
        self.rule = QComboBox()
        self.rule.setObjectName("new.rule")
        for rule, text in ((15, tr("Rule 15: additional item (important and urgent)")),
                           (14, tr("Rule 14: supplementary item")),
                           (13, tr("Rule 13: item in the provisional agenda"))):
            self.rule.addItem(text, rule)
        self.session = QSpinBox()
        self.session.setObjectName("new.session")
        self.session.setRange(1, 200)
        self.session.setValue(current_session())
        self.state = QLineEdit()
        self.state.setObjectName("new.state")
        self.state.setPlaceholderText(tr("e.g. Kazakhstan"))
        self.item_title = QLineEdit()
        self.item_title.setObjectName("new.item_title")
        self.item_title.setPlaceholderText(
            tr("e.g. Observer status for … in the General Assembly"))
        self.organization = QLineEdit()
        self.organization.setObjectName("new.organization")
        self.organization.setPlaceholderText(tr("For an observer-status request"))
        self.paper = QComboBox()
        self.paper.setObjectName("new.paper")
        self.paper.addItem(tr("US Letter (New York)"), "letter")
        self.paper.addItem(tr("A4 (Geneva, missions)"), "a4")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        for label, widget in ((tr("Language"), self.language), (tr("Rule"), self.rule),
                              (tr("Session"), self.session),
                              (tr("Requesting State"), self.state),
                              (tr("Item title"), self.item_title),
                              (tr("Organization"), self.organization),
                              (tr("Paper size"), self.paper)):
            widget.setAccessibleName(label)
            layout.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def project_data(self) -> dict[str, Any]:
        """The new request's data (its signatory blank: a signer profile never fills in a
        project by itself)."""
        return new_request_data(
            language=str(self.language.currentData()), rule=int(self.rule.currentData()),
            session=self.session.value(), state=self.state.text().strip(),
            item_title=self.item_title.text().strip(),
            organization=self.organization.text().strip(),
            paper=str(self.paper.currentData()))
