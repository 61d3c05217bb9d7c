"""User settings (QSettings) behind one typed service."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from ..signer_profile import SignerProfile

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

    def splitter_state(self, name: str) -> QByteArray | None:
        """The sizes of the window's splitter *name* (its objectName) at the last close."""
        value = self._s.value(f"window/splitter/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"window/splitter/{name}", value)

    # recent files
    def recent_files(self) -> list[Path]:
        return [Path(p) for p in self._strings("files/recent")]

    def add_recent_file(self, path: Path) -> None:
        resolved = str(Path(path).resolve())
        items = [str(p) for p in self.recent_files() if str(p) != resolved]
        self._s.setValue("files/recent", [resolved, *items][:MAX_RECENT])

    def remove_recent_file(self, path: Path) -> None:
        items = [str(p) for p in self.recent_files() if p != Path(path)]
        self._s.setValue("files/recent", items)

    # folders and defaults
    def last_export_dir(self, default: Path | None = None) -> Path:
        """The folder of the last export; *default* (else the home folder) before the
        first."""
        value = self._s.value("files/last_export_dir", "")
        return Path(str(value)) if value else default or Path.home()

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

    def _strings(self, key: str) -> list[str]:
        """A list of strings (QSettings gives a list of one as the string itself)."""
        value = self._s.value(key, [])
        if isinstance(value, str):
            value = [value]
        items = value if isinstance(value, list | tuple) else []
        return [str(item) for item in items if item]

    def signer_profile(self) -> SignerProfile:
        """Who signs on this computer (name, titles, signature scan, certificate file)."""
        return SignerProfile(
            name=str(self._s.value("signing/name", "")),
            titles=tuple(self._strings("signing/titles")),
            signature_image=str(self._s.value("signing/signature_image", "")),
            certificate=str(self._s.value("signing/p12", "")))

    def set_signer_profile(self, profile: SignerProfile) -> None:
        self._s.setValue("signing/name", profile.name)
        self._s.setValue("signing/titles", list(profile.titles))
        self._s.setValue("signing/signature_image", profile.signature_image)
        self._s.setValue("signing/p12", profile.certificate)

    def tsa_url(self) -> str:
        """The RFC 3161 time-stamp server (PAdES B-T); empty for B-B signatures."""
        return str(self._s.value("signing/tsa_url", ""))

    def set_tsa_url(self, url: str) -> None:
        self._s.setValue("signing/tsa_url", url.strip())

    def tsa_timeout(self) -> float:
        """Seconds the time-stamp server may take in all for one request."""
        from ..timestamping import DEFAULT_TIMEOUT, MAX_TIMEOUT, MIN_TIMEOUT

        try:
            seconds = float(str(self._s.value("signing/tsa_timeout", DEFAULT_TIMEOUT)))
        except ValueError:
            return DEFAULT_TIMEOUT
        return min(max(seconds, MIN_TIMEOUT), MAX_TIMEOUT)

    def set_tsa_timeout(self, seconds: float) -> None:
        self._s.setValue("signing/tsa_timeout", float(seconds))

    def pdfa(self) -> bool:
        """Make signed letters PDF/A-2b (on unless turned off)."""
        return str(self._s.value("signing/pdfa", "true")).lower() in ("true", "1")

    def set_pdfa(self, value: bool) -> None:
        self._s.setValue("signing/pdfa", "true" if value else "false")

    def trusted_certificates(self) -> list[Path]:
        """Certificates (PEM or DER) whose signatures "Verify signed PDF" trusts."""
        return [Path(p) for p in self._strings("signing/trusted")]

    def set_trusted_certificates(self, paths: list[Path]) -> None:
        self._s.setValue("signing/trusted", [str(p) for p in paths])

    def preview_layout(self) -> str:
        """"un" (the UN circulation layout) or "mission" (the letter as the mission sends it)."""
        value = str(self._s.value("preview/layout", "un"))
        return value if value in ("un", "mission") else "un"

    def set_preview_layout(self, value: str) -> None:
        self._s.setValue("preview/layout", value)

    def ui_language(self) -> str:
        """The interface language ("en", "zh"); empty for the system's."""
        return str(self._s.value("interface/language", ""))

    def set_ui_language(self, value: str) -> None:
        self._s.setValue("interface/language", value)

    def sync(self) -> None:
        self._s.sync()
