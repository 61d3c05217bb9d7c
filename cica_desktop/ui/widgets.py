"""Small widget helpers shared by the window's parts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QIcon, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QStyle,
    QTabBar,
    QToolButton,
    QWidget,
)


def tool_button(text: str, tip: str, name: str, action: Callable[[], None],
                flat: bool = True) -> QToolButton:
    """A small button with its tooltip as accessible name and an objectName for tests.

    A button that adds, inserts, moves, removes or zooms (known by the last part of its
    name: "….insert", "….up", "remove_annex", "zoom_in", see ICON_ROLES) gets the icon for
    it beside its text; one whose text is a single sign ("+", "↑", "✕") shows the icon in
    the sign's place when there is one, its words in the tooltip and accessible name."""
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setObjectName(name)
    button.setAutoRaise(flat)
    set_role_icon(button, name.rsplit(".", 1)[-1])
    button.clicked.connect(lambda _checked=False: action())
    return button


# --------------------------------------------------------------------------- icons

_Theme = QIcon.ThemeIcon
_Standard = QStyle.StandardPixmap

#: Per role (the last part of a button's objectName): the freedesktop theme icon (native
#: icons on Windows and macOS, the desktop's icon theme on Linux) and the style's own
#: standard pixmap when the theme has none (None: no icon then, the text stays).
ICON_ROLES: dict[str, tuple[QIcon.ThemeIcon, QStyle.StandardPixmap | None]] = {
    "add": (_Theme.ListAdd, None),
    "add_annex": (_Theme.ListAdd, None),
    "insert": (_Theme.ListAdd, None),
    "add_row": (_Theme.ListAdd, None),
    "add_column": (_Theme.ListAdd, None),
    "up": (_Theme.GoUp, _Standard.SP_ArrowUp),
    "annex_up": (_Theme.GoUp, _Standard.SP_ArrowUp),
    "down": (_Theme.GoDown, _Standard.SP_ArrowDown),
    "annex_down": (_Theme.GoDown, _Standard.SP_ArrowDown),
    "delete": (_Theme.EditDelete, _Standard.SP_TrashIcon),
    "remove_annex": (_Theme.EditDelete, _Standard.SP_TrashIcon),
    "remove_row": (_Theme.ListRemove, _Standard.SP_TrashIcon),
    "remove_column": (_Theme.ListRemove, _Standard.SP_TrashIcon),
    "zoom_in": (_Theme.ZoomIn, None),
    "zoom_out": (_Theme.ZoomOut, None),
    "fit_width": (_Theme.ZoomFitBest, None),
}

_FALLBACK_THEME_SET = False


def role_icon(role: str) -> QIcon:
    """The icon of *role* (ICON_ROLES); a null icon for a role without one."""
    global _FALLBACK_THEME_SET
    if role not in ICON_ROLES:
        return QIcon()
    if not _FALLBACK_THEME_SET:
        # No desktop icon theme (a bare X server, a minimal desktop): GNOME's Adwaita set,
        # when installed, rather than no icons (Adwaita inherits hicolor).
        if QIcon.themeName() in ("", "hicolor"):
            QIcon.setFallbackThemeName("Adwaita")
        _FALLBACK_THEME_SET = True
    themed, standard = ICON_ROLES[role]
    icon = QIcon.fromTheme(themed)
    if icon.isNull() and standard is not None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            icon = app.style().standardIcon(standard)
    return icon


def set_role_icon(button: QToolButton, role: str) -> None:
    """Give *button* the icon of *role*: beside its text, or instead of a one-sign text."""
    icon = role_icon(role)
    if icon.isNull():
        return
    button.setIcon(icon)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly if len(button.text()) <= 1
                              else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


# --------------------------------------------------------------------------- the wheel

#: Qt widgets whose value the mouse wheel changes (combo boxes; spin boxes, date and time
#: edits; sliders and dials; tab bars), whatever editor they belong to.
_WHEEL_CHANGES_VALUE = (QAbstractSpinBox, QComboBox, QAbstractSlider, QTabBar)


def changes_value_on_wheel(widget: QWidget) -> bool:
    """True for a widget whose value the wheel would change (a scroll bar only scrolls)."""
    return isinstance(widget, _WHEEL_CHANGES_VALUE) and not isinstance(widget, QScrollBar)


class _WheelGuard(QObject):
    """The wheel over an unfocused value widget scrolls the area around it instead."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) \
                or watched.hasFocus():
            return False
        assert isinstance(event, QWheelEvent)
        area = _scroll_area_around(watched)
        if area is None or area.window() is not watched.window():
            return False  # not in a scrolling form (a field of a popup): as Qt has it
        viewport = area.viewport()
        QCoreApplication.sendEvent(viewport, QWheelEvent(
            viewport.mapFromGlobal(event.globalPosition()), event.globalPosition(),
            event.pixelDelta(), event.angleDelta(), event.buttons(), event.modifiers(),
            event.phase(), event.inverted(), event.source(), event.pointingDevice()))
        event.accept()  # handled: it goes no further up (it would scroll twice)
        return True  # and the widget never sees it


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


_WHEEL_GUARD = _WheelGuard()


def guard_wheel(root: QWidget) -> None:
    """Under *root*, the wheel changes a value only in the widget that has the keyboard focus
    (clicked or reached with Tab); over any other it scrolls the form.

    Widgets are found by their Qt class, so an editor of a new kind is covered as soon as
    its widgets are under *root*. Call again for widgets added to *root* later (guarding a
    widget twice does no harm)."""
    for widget in (root, *root.findChildren(QWidget)):
        if changes_value_on_wheel(widget):
            # Not Qt.WheelFocus: the wheel must not hand them the focus either.
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.removeEventFilter(_WHEEL_GUARD)
            widget.installEventFilter(_WHEEL_GUARD)
