"""Background work on immutable snapshots: exports and signing in a thread pool; the live
preview renders in a process of its own (app/preview_client.py, app/preview_process.py).

The renderers (`build`, `mission`) are imported by the jobs that use them, when they run:
the window never renders itself, and its start does not wait for them.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..atomic import write_files_atomically
from ..compose import Layout, Part
from ..model import FieldError, Package
from ..signer_profile import SignerProfile
from .collection import collection_paused
from .findings import Finding, findings_of
from .preview_client import PreviewRenderer as PreviewRenderer
from .preview_process import MissionPreview as MissionPreview


class _FindingsSignals(QObject):
    done = Signal(int, list)  # generation, findings


class _FindingsJob(QRunnable):
    def __init__(self, generation: int, errors: tuple[FieldError, ...],
                 package: Package | None, signals: _FindingsSignals) -> None:
        super().__init__()
        self.generation, self.errors, self.package = generation, errors, package
        self.signals = signals

    def run(self) -> None:
        with collection_paused():  # no collection while the job runs (collection.py)
            self.signals.done.emit(self.generation, findings_of(self.errors, self.package))


class FindingsChecker(QObject):
    """The findings of a snapshot of the project, listed in a worker thread (the checks of a
    126-page package take some 0.2 s); only the newest snapshot's are reported."""

    #: The findings of the newest snapshot asked for.
    ready = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _FindingsSignals(self)
        self._signals.done.connect(self._done)
        self._generation = 0
        self._waiting: tuple[tuple[FieldError, ...], Package | None] | None = None
        self._running = False

    def check(self, errors: tuple[FieldError, ...], package: Package | None) -> None:
        self._generation += 1
        self._waiting = (errors, package)
        self._start()

    def cancel(self) -> None:
        """Whatever is under way is not reported."""
        self._generation += 1
        self._waiting = None

    def _start(self) -> None:
        if self._running or self._waiting is None:
            return
        errors, package = self._waiting
        self._waiting = None
        self._running = True
        self.pool.start(_FindingsJob(self._generation, errors, package, self._signals))

    def _done(self, generation: int, findings: list[Finding]) -> None:
        self._running = False
        if generation == self._generation:
            self.ready.emit(findings)
        self._start()

    def wait(self, msecs: int = 10_000) -> bool:
        return bool(self.pool.waitForDone(msecs))


class ExportSignals(QObject):
    """Lives in the GUI thread (give it a parent there); the job emits through it."""

    finished = Signal(str)  # the written file
    failed = Signal(str, str)  # the file, the reason
    #: The file was written, and the reader should know these (before `finished`): the
    #: notices `build` gives (a template's gap, a blank symbol, a long running title).
    warned = Signal(str, list)


def export_file_name(stem: str, part: Part, fmt: str, mission: bool = False) -> str:
    """The name `cica-desktop build` gives this export: what the save dialog suggests."""
    from ..build import output_name

    return output_name(stem, part, fmt, Layout.MISSION if mission else Layout.UN)


def signed_file_name(stem: str) -> str:
    """The name `cica-desktop sign` gives the signed letter."""
    from ..build import signed_output_name

    return signed_output_name(stem)


@dataclass(frozen=True)
class SigningInputs:
    """What signing the package as the mission sends it takes, besides the password."""

    p12: Path
    profile: SignerProfile | None = None
    project_dir: Path | None = None
    tsa_url: str = ""
    tsa_timeout: float = 30.0
    pdfa: bool = True


def signed_package(package: Package, inputs: SigningInputs, password: str) -> bytes:
    """The package as the mission sends it (letter, then annexes), made PDF/A-2b if asked
    and signed: the one signing step of Export ▸ Signed letter and of the submission."""
    from ..mission import mission_extras, signed_mission_pdf
    from ..signing import open_signing_key

    extras = mission_extras(package, inputs.profile, inputs.project_dir)
    key = open_signing_key(inputs.p12, password)
    return signed_mission_pdf(package, extras, key, part=Part.PACKAGE, pdfa=inputs.pdfa,
                              tsa_url=inputs.tsa_url, tsa_timeout=inputs.tsa_timeout)


def failure_reason(exc: Exception) -> str:
    """What a worker says of *exc* (`build.classify`); a fault of ours is printed too."""
    from ..build import Kind, classify

    failure = classify(exc)
    if failure.kind is Kind.FAULT:
        traceback.print_exc()
    return failure.reason


class _WriteJob(QRunnable):
    """Write a file in a worker, atomically (the old file survives any error); report
    through signals that live in the GUI thread, the reason as `build.classify` gives it."""

    def __init__(self, package: Package, target: Path, signals: ExportSignals) -> None:
        super().__init__()
        self.package = package
        self.target = target
        self.signals = signals

    def write(self) -> list[str]:
        """Write the file; the warnings for the reader."""
        raise NotImplementedError

    def run(self) -> None:
        with collection_paused():  # no collection while the job runs (collection.py)
            self._write_and_report()

    def _write_and_report(self) -> None:
        try:
            warnings = self.write()
        except Exception as exc:
            self.signals.failed.emit(str(self.target), failure_reason(exc))
            return
        if warnings:
            self.signals.warned.emit(str(self.target), list(warnings))
        self.signals.finished.emit(str(self.target))


class ExportJob(_WriteJob):
    """One part in one format, in the UN layout or (with *mission*) as the mission sends
    it, unsigned: to print and sign by hand, or to edit in Word."""

    def __init__(self, package: Package, part: Part, fmt: str, target: Path,
                 signals: ExportSignals, mission: MissionPreview | None = None,
                 placeholders: frozenset[str] | None = None) -> None:
        super().__init__(package, target, signals)
        self.part = part
        self.fmt = fmt
        self.mission = mission
        #: A draft's placeholders: the export is marked as a draft.
        self.placeholders = placeholders

    def write(self) -> list[str]:
        from ..build import export

        if self.mission is None:
            result = export(self.package, self.part, self.fmt, self.target,
                            placeholders=self.placeholders)
        else:
            result = export(self.package, self.part, self.fmt, self.target,
                            layout=Layout.MISSION, extras=self.mission.extras(self.package),
                            placeholders=self.placeholders)
        return result.warnings


class SignedLetterJob(_WriteJob):
    """The package as the mission sends it (letter, then annexes), made PDF/A-2b if asked and
    signed with a PKCS#12 key: PAdES B-B, or B-T with a time-stamp server.

    The password lives only in this job, for the one signing.
    """

    def __init__(self, package: Package, p12: Path, password: str, target: Path,
                 signals: ExportSignals, *, profile: SignerProfile | None = None,
                 project_dir: Path | None = None, tsa_url: str = "",
                 tsa_timeout: float = 30.0, pdfa: bool = True) -> None:
        super().__init__(package, target, signals)
        self.p12 = p12
        self._password = password
        self.profile = profile
        self.project_dir = project_dir
        self.tsa_url = tsa_url
        self.tsa_timeout = tsa_timeout
        self.pdfa = pdfa

    def write(self) -> list[str]:
        inputs = SigningInputs(self.p12, self.profile, self.project_dir, self.tsa_url,
                               self.tsa_timeout, self.pdfa)
        try:
            signed = signed_package(self.package, inputs, self._password)
        finally:
            self._password = ""
        write_files_atomically([(self.target, signed)])
        return []
