"""Small widget helpers shared by the window's parts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QTabBar,
    QToolButton,
    QWidget,
)


def tool_button(text: str, tip: str, name: str, action: Callable[[], None],
                flat: bool = True) -> QToolButton:
    """A small button with its tooltip as accessible name and an objectName for tests."""
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setObjectName(name)
    button.setAutoRaise(flat)
    button.clicked.connect(lambda _checked=False: action())
    return button


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
