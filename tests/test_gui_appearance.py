"""The application's own icon and desktop entry, and readable text without fonts."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from cica_desktop.app.appearance import (
    DESKTOP_FILE,
    ICON_SIZES,
    application_icon,
    dress,
    use_shipped_fonts_if_none,
)


def test_the_icon_is_ours_at_every_size(qapp: QApplication) -> None:
    icon = application_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)


def test_the_application_wears_its_icon_and_names_its_desktop_entry(
        qapp: QApplication) -> None:
    dress()
    assert not qapp.windowIcon().isNull()
    assert QGuiApplication.desktopFileName() == DESKTOP_FILE


def test_with_fonts_installed_the_systems_font_is_kept(qapp: QApplication) -> None:
    before = QGuiApplication.font().family()
    assert use_shipped_fonts_if_none() is False
    assert QGuiApplication.font().family() == before
