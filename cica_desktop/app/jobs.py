"""Background work on immutable snapshots: the live preview and exports (QThreadPool)."""

from __future__ import annotations

import dataclasses
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ..atomic import write_bytes_atomically
from ..build import MissingGlyphsError, pdf_without_boxes
from ..compose import Layout, Part, compose
from ..document import Document
from ..images import ImageError
from ..mission import SignatoryError, SignerProfile, mission_extras, signed_mission_pdf
from ..model import Package
from ..pdfa import PdfAError
from ..render import docx_bytes, pdf_bytes


class _PreviewSignals(QObject):
    done = Signal(int, bytes, dict, list)  # generation, PDF, anchor pages, warnings
    failed = Signal(int, str)


@dataclass(frozen=True)
class MissionPreview:
    """What the preview of the mission's own layout needs besides the package."""

    profile: SignerProfile
    project_dir: Path | None = None


class _PreviewJob(QRunnable):
    def __init__(self, package: Package, generation: int, signals: _PreviewSignals,
                 mission: MissionPreview | None) -> None:
        super().__init__()
        self.package = package
        self.generation = generation
        self.signals = signals
        self.mission = mission

    def _document(self) -> Document:
        if self.mission is None:
            return compose(self.package, Part.PACKAGE)
        profile = self.mission.profile
        extras = mission_extras(self.package, profile, self.mission.project_dir)
        if profile.certificate:
            # The box the signature will fill; the certificate's own name and the time are
            # only known when signing (the key needs its password).
            signer = self.package.letter.senders[extras.signatory].name
            extras = dataclasses.replace(extras, digital_signer=signer)
        return compose(self.package, Part.PACKAGE, Layout.MISSION, extras)

    def run(self) -> None:
        try:
            data, report = pdf_bytes(self._document())
        except (ImageError, SignatoryError) as exc:
            self.signals.failed.emit(self.generation, str(exc))
            return
        except Exception as exc:  # shown in the status bar; the old preview stays
            self.signals.failed.emit(self.generation, f"{type(exc).__name__}: {exc}")
            return
        warnings = [*report.notices, *(
            f"no installed font can show {char!r} (U+{ord(char):04X}) in “{where}”"
            for char, where in report.missing_glyphs)]
        self.signals.done.emit(self.generation, data, dict(report.anchor_pages), warnings)


class PreviewRenderer(QObject):
    """Renders the latest package after a pause in typing; one render at a time, newest wins."""

    rendered = Signal(bytes, dict, list)  # PDF, anchor pages, warnings for the reader
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
        self._generation = 0
        self._running = False
        #: None: the UN circulation layout; else the mission's own letter.
        self.mission: MissionPreview | None = None

    def request(self, package: Package) -> None:
        self._latest = package
        self._generation += 1
        self._timer.start()

    def cancel(self) -> None:
        """Forget the pending package (a render under way still finishes, unseen)."""
        self._timer.stop()
        self._latest = None
        self._generation += 1

    def render_now(self, package: Package) -> None:
        self._latest = package
        self._generation += 1
        self._start()

    def _start(self) -> None:
        if self._running or self._latest is None:
            return
        self._running = True
        self.started.emit()
        self.pool.start(_PreviewJob(self._latest, self._generation, self._signals,
                                    self.mission))

    def _finish(self, generation: int) -> bool:
        self._running = False
        if generation != self._generation:
            self._start()  # the package changed while rendering: render the newest
            return False
        return True

    def _done(self, generation: int, data: bytes, anchors: dict[str, int],
              warnings: list[str]) -> None:
        if self._finish(generation):
            self.rendered.emit(data, anchors, warnings)

    def _failed(self, generation: int, message: str) -> None:
        if self._finish(generation):
            self.failed.emit(message)

    def wait(self, msecs: int = 10_000) -> bool:
        return bool(self.pool.waitForDone(msecs))


class ExportSignals(QObject):
    """Lives in the GUI thread (give it a parent there); the job emits through it."""

    finished = Signal(str)  # the written file
    failed = Signal(str, str)  # the file, the reason


class _Refused(Exception):
    """A reason, in the user's words, not to write the file."""


def _pdf_without_boxes(document: Document) -> bytes:
    """The PDF, or _Refused naming the characters no installed font can show."""
    try:
        return pdf_without_boxes(document)[0]
    except MissingGlyphsError as exc:
        raise _Refused("; ".join(exc.problems)) from None


class _WriteJob(QRunnable):
    """Produce a file's bytes in a worker, then write them atomically (the old file survives
    any error); report through signals that live in the GUI thread."""

    def __init__(self, package: Package, target: Path, signals: ExportSignals) -> None:
        super().__init__()
        self.package = package
        self.target = target
        self.signals = signals

    def produce(self) -> bytes:
        raise NotImplementedError

    def run(self) -> None:
        try:
            write_bytes_atomically(self.target, self.produce())
        except _Refused as exc:
            self.signals.failed.emit(str(self.target), str(exc))
            return
        except OSError as exc:
            self.signals.failed.emit(str(self.target), exc.strerror or str(exc))
            return
        except Exception as exc:
            traceback.print_exc()
            self.signals.failed.emit(str(self.target), f"{type(exc).__name__}: {exc}")
            return
        self.signals.finished.emit(str(self.target))


class ExportJob(_WriteJob):
    """One part in one format, in the UN layout or (with *mission*) as the mission sends
    it, unsigned: to print and sign by hand, or to edit in Word."""

    def __init__(self, package: Package, part: Part, fmt: str, target: Path,
                 signals: ExportSignals, mission: MissionPreview | None = None) -> None:
        super().__init__(package, target, signals)
        self.part = part
        self.fmt = fmt
        self.mission = mission

    def _document(self) -> Document:
        if self.mission is None:
            return compose(self.package, self.part)
        try:
            extras = mission_extras(self.package, self.mission.profile,
                                    self.mission.project_dir)
        except (ImageError, SignatoryError) as exc:
            raise _Refused(str(exc)) from None
        return compose(self.package, self.part, Layout.MISSION, extras)

    def produce(self) -> bytes:
        document = self._document()
        return _pdf_without_boxes(document) if self.fmt == "pdf" else docx_bytes(document)


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

    def produce(self) -> bytes:
        from ..signing import SigningError, open_signing_key

        try:
            extras = mission_extras(self.package, self.profile, self.project_dir)
            key = open_signing_key(self.p12, self._password)
            return signed_mission_pdf(self.package, extras, key, part=Part.PACKAGE,
                                      pdfa=self.pdfa, tsa_url=self.tsa_url,
                                      tsa_timeout=self.tsa_timeout)
        except (SigningError, ImageError, PdfAError, SignatoryError) as exc:
            raise _Refused(str(exc)) from None
        except MissingGlyphsError as exc:
            raise _Refused("; ".join(exc.problems)) from None
        finally:
            self._password = ""
