"""What the application looks like before any window opens: its icon, and the faces its
own text is drawn in on a computer that has no fonts at all."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication, QIcon

#: The desktop entry's name (packaging/linux), so Linux desktops match the window to it.
DESKTOP_FILE = "org.cica_desktop.CicaDesktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _icons_dir() -> Path:
    return Path(str(resources.files("cica_desktop.resources"))) / "icons"


def application_icon() -> QIcon:
    """Our icon (resources/icons, drawn by scripts/make_icons.py) at every size shipped."""
    icon = QIcon()
    for size in ICON_SIZES:
        file = _icons_dir() / f"cica-desktop-{size}.png"
        if file.is_file():
            icon.addFile(str(file), QSize(size, size))
    return icon


def use_shipped_fonts_if_none() -> bool:
    """On a computer without fonts Qt draws every label as boxes: then the faces shipped
    for the PDFs (resources/fonts) draw the window too. True when they were needed."""
    if QFontInfo(QGuiApplication.font()).family():
        return False
    from ..render.font_system import bundled_fonts_dir  # the renderers: only when needed

    for path in sorted(bundled_fonts_dir().glob("*/*.tt[fc]")):
        QFontDatabase.addApplicationFont(str(path))
    font = QGuiApplication.font()
    font.setFamilies(["Droid Sans Fallback", "Liberation Serif", "Amiri"])
    QGuiApplication.setFont(font)
    return True


def dress() -> None:
    """The running application's icon, its desktop entry's name and readable text."""
    QGuiApplication.setWindowIcon(application_icon())
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    use_shipped_fonts_if_none()
