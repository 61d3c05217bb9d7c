"""The form of the selected part, kept in step with the project (undo, redo, other edits)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ..app.paths import Path, parse_path, path_text
from ..app.project import Project
from .forms import FormContext, build_form
from .formspec import ANNEX_FORMS, ENCLOSURE, ENCLOSURE_ANNEX, LETTER, SETTINGS, Form
from .navigator import LETTER_NODE, SETTINGS_NODE, node_title


def tr(text: str) -> str:
    return QCoreApplication.translate("forms", text)


def form_of(project: Project, node: Path) -> tuple[Form, Path] | None:
    if node == SETTINGS_NODE:
        return SETTINGS, ()
    if node == LETTER_NODE:
        return LETTER, ("letter",)
    value = project.value(node)
    if not isinstance(value, dict):
        return None
    if node[-1] == "enclosure":
        return ENCLOSURE, node
    if node[-1] == "annex":
        return ENCLOSURE_ANNEX, node
    form = ANNEX_FORMS.get(str(value.get("kind")))
    return (form, node) if form else None


class FormPanel(QScrollArea):
    def __init__(self, project: Project) -> None:
        super().__init__()
        self.setObjectName("form_panel")
        self.setWidgetResizable(True)
        # The form always fits the panel's width; only vertical scrolling.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.project = project
        self.node: Path = SETTINGS_NODE
        self.ctx = FormContext(project)
        project.value_changed.connect(self._value_changed)
        project.structure_changed.connect(self._structure_changed)

    def show_node(self, node: Path) -> None:
        self.node = node
        self._build()
        self.verticalScrollBar().setValue(0)

    def _build(self) -> None:
        scroll = self.verticalScrollBar().value()
        focused = self.focusWidget()
        focus_name = focused.objectName() if focused is not None else ""
        self.ctx = FormContext(self.project)
        page = QWidget()
        layout = QVBoxLayout(page)
        found = form_of(self.project, self.node)
        title = QLabel(f"<h2>{node_title(self.project.data, self.node)}</h2>"
                       if found else "")
        title.setObjectName("form_title")
        layout.addWidget(title)
        if found is not None:
            form, path = found
            layout.addWidget(build_form(self.ctx, form, path))
        layout.addStretch(1)
        self.setWidget(page)
        QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(scroll))
        if focus_name:
            widget = self.ctx.editors.get(focus_name)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def editor(self, path: Path) -> QWidget | None:
        """The widget editing *path*, or the nearest one above it."""
        while path:
            widget = self.ctx.editors.get(path_text(path))
            if widget is not None:
                return widget  # type: ignore[no-any-return]
            path = path[:-1]
        return None

    def focus_path(self, path: Path) -> bool:
        widget = self.editor(path)
        if widget is None:
            return False
        self.ensureWidgetVisible(widget, 40, 80)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _under_node(self, path: Path) -> bool:
        found = form_of(self.project, self.node)
        base = found[1] if found else self.node
        return path[: len(base)] == base or base[: len(path)] == path

    def _value_changed(self, path: Path) -> None:
        if not self._under_node(path):
            return
        probe = path
        while probe:
            if self.ctx.refresh(probe):
                return
            probe = probe[:-1]
        self._build()

    def _structure_changed(self, path: Path) -> None:
        if form_of(self.project, self.node) is None:
            return  # the part is gone; the main window picks another
        if self._under_node(path):
            self._build()


__all__ = ["FormPanel", "parse_path"]
