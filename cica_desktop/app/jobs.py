"""Background work on immutable snapshots: the live preview and exports (QThreadPool)."""

from __future__ import annotations

import dataclasses
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ..atomic import write_files_atomically
from ..build import Kind, classify, export, output_name, pdf_without_boxes, signed_output_name
from ..compose import Layout, MissionExtras, Part, compose
from ..document import Document
from ..mission import SignerProfile, mission_extras, signed_mission_pdf
from ..model import Package
from .collection import collection_paused


class _PreviewSignals(QObject):
    done = Signal(int, bytes, dict, list, dict)  # generation, PDF, anchor pages, warnings,
    #                                             where each source starts
    failed = Signal(int, str)


@dataclass(frozen=True)
class MissionPreview:
    """What the preview of the mission's own layout needs besides the package."""

    profile: SignerProfile
    project_dir: Path | None = None

    def extras(self, package: Package) -> MissionExtras:
        """The profile's scan and the project's emblem, read and checked, and who signs."""
        return mission_extras(package, self.profile, self.project_dir)


class _PreviewJob(QRunnable):
    def __init__(self, package: Package, generation: int, signals: _PreviewSignals,
                 mission: MissionPreview | None, placeholders: frozenset[str]) -> None:
        super().__init__()
        self.package = package
        #: A draft's placeholders (highlighted, the pages marked as a draft); empty: final.
        self.placeholders = placeholders
        self.generation = generation
        self.signals = signals
        self.mission = mission

    def _document(self) -> Document:
        if self.mission is None:
            return compose(self.package, Part.PACKAGE, placeholders=self.placeholders)
        extras = self.mission.extras(self.package)
        if self.mission.profile.certificate:
            # The box the signature will fill; the certificate's own name and the time are
            # only known when signing (the key needs its password).
            signer = self.package.letter.senders[extras.signatory].name
            extras = dataclasses.replace(extras, digital_signer=signer)
        return compose(self.package, Part.PACKAGE, Layout.MISSION, extras,
                       placeholders=self.placeholders)

    def run(self) -> None:
        with collection_paused():  # never collect Qt objects in this thread
            self._render()

    def _render(self) -> None:
        try:
            # Characters no installed font can show are warnings above the preview.
            data, report = pdf_without_boxes(self._document(), allow_missing_glyphs=True)
        except Exception as exc:  # shown in the status bar; the old preview stays
            self.signals.failed.emit(self.generation, classify(exc).reason)
            return
        self.signals.done.emit(self.generation, data, dict(report.anchor_pages),
                               list(report.notices), dict(report.source_positions))


class PreviewRenderer(QObject):
    """Renders the latest package after a pause in typing; one render at a time, newest wins."""

    #: PDF, anchor pages, warnings for the reader, and where each source (model path of a
    #: paragraph, "letter.blocks[2]") starts: (page index, points below the page's top).
    rendered = Signal(bytes, dict, list, dict)
    failed = Signal(str)
    started = Signal()

    def __init__(self, delay_ms: int = 120, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _PreviewSignals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._latest: Package | None = None
        self._placeholders: frozenset[str] = frozenset()
        self._generation = 0
        self._running = False
        #: None: the UN circulation layout; else the mission's own letter.
        self.mission: MissionPreview | None = None

    def request(self, package: Package, placeholders: frozenset[str] = frozenset()) -> None:
        """Render *package* after a pause in typing; *placeholders*: it is a draft whose gaps
        hold these texts (cica_desktop/draft.py)."""
        self._latest = package
        self._placeholders = placeholders
        self._generation += 1
        self._timer.start()

    def cancel(self) -> None:
        """Forget the pending package (a render under way still finishes, unseen)."""
        self._timer.stop()
        self._latest = None
        self._generation += 1

    def render_now(self, package: Package, placeholders: frozenset[str] = frozenset()) -> None:
        self._latest = package
        self._placeholders = placeholders
        self._generation += 1
        self._start()

    def _start(self) -> None:
        if self._running or self._latest is None:
            return
        self._running = True
        self.started.emit()
        self.pool.start(_PreviewJob(self._latest, self._generation, self._signals,
                                    self.mission, self._placeholders))

    def _finish(self, generation: int) -> bool:
        self._running = False
        if generation != self._generation:
            self._start()  # the package changed while rendering: render the newest
            return False
        return True

    def _done(self, generation: int, data: bytes, anchors: dict[str, int],
              warnings: list[str], positions: dict[str, tuple[int, float]]) -> None:
        if self._finish(generation):
            self.rendered.emit(data, anchors, warnings, positions)

    def _failed(self, generation: int, message: str) -> None:
        if self._finish(generation):
            self.failed.emit(message)

    def wait(self, msecs: int = 10_000) -> bool:
        return bool(self.pool.waitForDone(msecs))


class ExportSignals(QObject):
    """Lives in the GUI thread (give it a parent there); the job emits through it."""

    finished = Signal(str)  # the written file
    failed = Signal(str, str)  # the file, the reason


def export_file_name(stem: str, part: Part, fmt: str, mission: bool = False) -> str:
    """The name `cica-desktop build` gives this export: what the save dialog suggests."""
    return output_name(stem, part, fmt, Layout.MISSION if mission else Layout.UN)


def signed_file_name(stem: str) -> str:
    """The name `cica-desktop sign` gives the signed letter."""
    return signed_output_name(stem)


class _WriteJob(QRunnable):
    """Write a file in a worker, atomically (the old file survives any error); report
    through signals that live in the GUI thread, the reason as `build.classify` gives it."""

    def __init__(self, package: Package, target: Path, signals: ExportSignals) -> None:
        super().__init__()
        self.package = package
        self.target = target
        self.signals = signals

    def write(self) -> None:
        raise NotImplementedError

    def run(self) -> None:
        with collection_paused():  # never collect Qt objects in this thread
            self._write_and_report()

    def _write_and_report(self) -> None:
        try:
            self.write()
        except Exception as exc:
            failure = classify(exc)
            if failure.kind is Kind.FAULT:
                traceback.print_exc()
            self.signals.failed.emit(str(self.target), failure.reason)
            return
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

    def write(self) -> None:
        if self.mission is None:
            export(self.package, self.part, self.fmt, self.target,
                   placeholders=self.placeholders)
        else:
            export(self.package, self.part, self.fmt, self.target, layout=Layout.MISSION,
                   extras=self.mission.extras(self.package), placeholders=self.placeholders)


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

    def write(self) -> None:
        from ..signing import open_signing_key

        try:
            extras = mission_extras(self.package, self.profile, self.project_dir)
            key = open_signing_key(self.p12, self._password)
            signed = signed_mission_pdf(self.package, extras, key, part=Part.PACKAGE,
                                        pdfa=self.pdfa, tsa_url=self.tsa_url,
                                        tsa_timeout=self.tsa_timeout)
        finally:
            self._password = ""
        write_files_atomically([(self.target, signed)])
