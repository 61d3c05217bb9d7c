"""The findings under the forms: errors, then warnings and notes; one goes to its field,
and one that carries a fix offers "Apply fix" (a button and the context menu)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..app.findings import Finding, Severity
from ..app.paths import parse_path
from .labels import Lookup, human_path
from .messages import finding_text

_ROLE_PATH = Qt.ItemDataRole.UserRole
_ROLE_FINDING = Qt.ItemDataRole.UserRole + 1
_MARKS = {Severity.ERROR: "✖", Severity.WARNING: "⚠", Severity.NOTE: "ℹ"}


class FindingsPanel(QWidget):
    #: A finding was clicked or activated: the model path of its field.
    path_activated = Signal(object)
    #: "Apply fix" was chosen for a finding (the window applies it as one undo step).
    fix_requested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        header = QHBoxLayout()
        self.caption = QLabel()
        #: Applies the selected finding's fix.
        self.apply_fix_button = QPushButton()
        self.apply_fix_button.setObjectName("apply_fix")
        self.apply_fix_button.setEnabled(False)
        self.apply_fix_button.clicked.connect(self._apply_selected)
        header.addWidget(self.caption, 1)
        header.addWidget(self.apply_fix_button)
        #: The list of findings (the window's ``findings``).
        self.list = QListWidget()
        self.list.setObjectName("findings")
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        layout.addLayout(header)
        layout.addWidget(self.list)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the panel's own texts in the installed language (the findings are listed
        again by the window)."""
        self.list.setAccessibleName(self.tr("Findings"))
        self.caption.setText(self.tr("<b>Findings</b> (click one to go to the field)"))
        self.apply_fix_button.setText(self.tr("Apply fix"))
        self.apply_fix_button.setToolTip(self.tr(
            "Change the field as the selected finding suggests (Edit ▸ Undo takes it back)"))

    def set_findings(self, findings: Sequence[Finding], value: Lookup | None = None) -> None:
        """List *findings*, each as "mark where: message" with its path (and the fix it
        offers) as tooltip; *value* reads the project, so a place is named by the form that
        shows it."""
        self.list.clear()
        for finding in findings:
            where = human_path(parse_path(finding.path), value)
            item = QListWidgetItem(
                f"{_MARKS[finding.severity]} {where}: {finding_text(finding)}")
            tip = finding.path
            if finding.fix is not None:
                tip += "\n" + self.tr("Fix: {fix}").format(fix=str(finding.fix))
            item.setToolTip(tip)
            item.setData(_ROLE_PATH, finding.path)
            item.setData(_ROLE_FINDING, finding)
            self.list.addItem(item)
        if not findings:
            item = QListWidgetItem(self.tr("No problems found."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self._current_changed(self.list.currentItem())

    def finding_of(self, item: QListWidgetItem | None) -> Finding | None:
        value = item.data(_ROLE_FINDING) if item is not None else None
        return value if isinstance(value, Finding) else None

    def _current_changed(self, item: QListWidgetItem | None, *_previous: object) -> None:
        finding = self.finding_of(item)
        self.apply_fix_button.setEnabled(finding is not None and finding.fix is not None)

    def _apply_selected(self) -> None:
        finding = self.finding_of(self.list.currentItem())
        if finding is not None and finding.fix is not None:
            self.fix_requested.emit(finding)

    def context_menu_at(self, position: QPoint) -> QMenu | None:
        """The context menu of the finding at *position* in the list: "Apply fix" when it
        has one (None otherwise)."""
        finding = self.finding_of(self.list.itemAt(position))
        if finding is None or finding.fix is None:
            return None
        menu = QMenu(self.list)
        action = menu.addAction(self.tr("Apply fix"))
        action.setObjectName("apply_fix_action")
        action.triggered.connect(lambda: self.fix_requested.emit(finding))
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    def _context_menu(self, position: QPoint) -> None:
        menu = self.context_menu_at(position)
        if menu is not None:
            menu.popup(self.list.viewport().mapToGlobal(position))

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(_ROLE_PATH)
        if path is not None:
            self.path_activated.emit(parse_path(str(path)))
