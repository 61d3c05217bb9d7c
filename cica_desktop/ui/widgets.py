"""Small widget helpers shared by the window's parts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QToolButton


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
