"""User settings (QSettings) behind one typed service."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

MAX_RECENT = 8


def data_dir() -> Path:
    """Where settings, recovery files and the like live (CICA_DATA_DIR overrides, for tests
    and portable installs)."""
    override = os.environ.get("CICA_DATA_DIR")
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".cica-desktop")


class Settings:
    def __init__(self, settings: QSettings | None = None) -> None:
        if settings is None:
            if os.environ.get("CICA_DATA_DIR"):
                settings = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
            else:
                settings = QSettings("cica-desktop", "cica-desktop")
        self._s = settings

    # window
    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    # recent files
    def recent_files(self) -> list[Path]:
        value = self._s.value("files/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(p) for p in items if p]

    def add_recent_file(self, path: Path) -> None:
        resolved = str(Path(path).resolve())
        items = [str(p) for p in self.recent_files() if str(p) != resolved]
        self._s.setValue("files/recent", [resolved, *items][:MAX_RECENT])

    def remove_recent_file(self, path: Path) -> None:
        items = [str(p) for p in self.recent_files() if p != Path(path)]
        self._s.setValue("files/recent", items)

    # folders and defaults
    def last_export_dir(self) -> Path:
        value = self._s.value("files/last_export_dir", "")
        return Path(str(value)) if value else Path.home()

    def set_last_export_dir(self, path: Path) -> None:
        self._s.setValue("files/last_export_dir", str(path))

    def paper_size(self) -> str:
        value = str(self._s.value("documents/paper", "letter"))
        return value if value in ("letter", "a4") else "letter"

    def set_paper_size(self, value: str) -> None:
        self._s.setValue("documents/paper", value)

    def signer_p12(self) -> Path | None:
        """The signer's key and certificate file (the password is never stored)."""
        value = str(self._s.value("signing/p12", ""))
        return Path(value) if value else None

    def set_signer_p12(self, path: Path) -> None:
        self._s.setValue("signing/p12", str(path))

    def ui_language(self) -> str:
        """The interface language ("en", "zh"); empty for the system's."""
        return str(self._s.value("interface/language", ""))

    def set_ui_language(self, value: str) -> None:
        self._s.setValue("interface/language", value)

    def sync(self) -> None:
        self._s.sync()
