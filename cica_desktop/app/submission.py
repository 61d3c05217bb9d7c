"""Export ▸ Submission…: the folder for the Secretariat written by a worker (the signed
letter, the Word files, the e-mail draft, the checklist: cica_desktop/submission), and the
e-mail addresses the window remembers."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSettings, Signal

from ..model import Package
from ..submission import Addresses, base_name, existing_files, submission
from .collection import collection_paused
from .jobs import SigningInputs, failure_reason, signed_package
from .settings import Settings, data_dir

__all__ = ["Addresses", "SigningInputs", "SubmissionJob", "SubmissionSignals", "existing_files",
           "save_addresses", "saved_addresses", "split_addresses", "suggested_folder"]


def _qsettings() -> QSettings:
    """The same store as `Settings` (CICA_DATA_DIR's settings.ini when set)."""
    if os.environ.get("CICA_DATA_DIR"):
        return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings("cica-desktop", "cica-desktop")


def saved_addresses() -> Addresses:
    """The sender and recipients (To and Cc) the last submission used."""
    store = _qsettings()

    def listed(key: str) -> tuple[str, ...]:
        return split_addresses(str(store.value(key, "") or ""))

    return Addresses(str(store.value("submission/from", "") or ""),
                     listed("submission/to"), listed("submission/cc"))


#: What separates addresses typed one after the other: commas and semicolons as each
#: script writes them (Chinese ， and 、, Arabic ، and ؛), and line ends.
_ADDRESS_SEPARATORS = re.compile(r"[,;，、،؛；\n]")


def split_addresses(text: str) -> tuple[str, ...]:
    """Addresses typed one after the other, separated by commas or semicolons (in any of
    the six languages' scripts)."""
    return tuple(a.strip() for a in _ADDRESS_SEPARATORS.split(text) if a.strip())


def save_addresses(addresses: Addresses) -> None:
    store = _qsettings()
    store.setValue("submission/from", addresses.sender)
    store.setValue("submission/to", ", ".join(addresses.to))
    store.setValue("submission/cc", ", ".join(addresses.cc))
    store.sync()


def suggested_folder(settings: Settings, package: Package, project_dir: Path | None) -> Path:
    """Where the folder is offered to go: beside the last exports, named as the files are."""
    return settings.last_export_dir(default=project_dir) / f"{base_name(package)}-submission"


class SubmissionSignals(QObject):
    """Lives in the GUI thread; the job emits through it."""

    finished = Signal(list)  # the files written (str)
    failed = Signal(str, str)  # the folder, the reason


class SubmissionJob(QRunnable):
    """Sign the package as the mission sends it, then write the whole folder (all files
    or none). The password lives only in this job, for the one signing."""

    def __init__(self, package: Package, signing: SigningInputs, password: str,
                 folder: Path, addresses: Addresses, signals: SubmissionSignals) -> None:
        super().__init__()
        self.package = package
        self.signing = signing
        self._password = password
        self.folder = folder
        self.addresses = addresses
        self.signals = signals

    def run(self) -> None:
        with collection_paused():  # no collection while the job runs (collection.py)
            try:
                written = self._write()
            except Exception as exc:
                self.signals.failed.emit(str(self.folder), failure_reason(exc))
                return
            self.signals.finished.emit([str(path) for path in written])

    def _write(self) -> list[Path]:
        try:
            signed = signed_package(self.package, self.signing, self._password)
        finally:
            self._password = ""
        return submission(self.package, signed, self.addresses).write(self.folder)
