"""The findings under the forms: errors, then warnings and notes; one goes to its field."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..app.findings import Finding, Severity
from ..app.paths import parse_path
from .labels import Lookup, human_path
from .messages import finding_text

_ROLE_PATH = Qt.ItemDataRole.UserRole
_MARKS = {Severity.ERROR: "✖", Severity.WARNING: "⚠", Severity.NOTE: "ℹ"}


class FindingsPanel(QWidget):
    #: A finding was clicked or activated: the model path of its field.
    path_activated = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.caption = QLabel()
        #: The list of findings (the window's ``findings``).
        self.list = QListWidget()
        self.list.setObjectName("findings")
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout.addWidget(self.caption)
        layout.addWidget(self.list)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the panel's own texts in the installed language (the findings are listed
        again by the window)."""
        self.list.setAccessibleName(self.tr("Findings"))
        self.caption.setText(self.tr("<b>Findings</b> (click one to go to the field)"))

    def set_findings(self, findings: Sequence[Finding], value: Lookup | None = None) -> None:
        """List *findings*, each as "mark where: message" with its path as tooltip; *value*
        reads the project, so a place is named by the form that shows it."""
        self.list.clear()
        for finding in findings:
            where = human_path(parse_path(finding.path), value)
            item = QListWidgetItem(
                f"{_MARKS[finding.severity]} {where}: {finding_text(finding)}")
            item.setToolTip(finding.path)
            item.setData(_ROLE_PATH, finding.path)
            self.list.addItem(item)
        if not findings:
            item = QListWidgetItem(self.tr("No problems found."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(_ROLE_PATH)
        if path is not None:
            self.path_activated.emit(parse_path(str(path)))
