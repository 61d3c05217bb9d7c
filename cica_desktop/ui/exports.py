"""The window's exports: each starts as a job (app/jobs.py) on its own thread pool; a busy bar
shows in the status bar while any runs, the outcome in the status bar, a failure in a
message box naming the file and the reason."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar

from ..app.exports import Part, mission_inputs, project_dir, suggested_target
from ..app.fields import Package
from ..app.jobs import ExportJob, ExportSignals, SignedLetterJob
from ..app.preview_client import window_notice
from .preview_pane import field_words

if TYPE_CHECKING:
    from .main_window import MainWindow


class Exports(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.pool = QThreadPool(self)
        #: The jobs running (their signals are deleted when they end).
        self._jobs: list[ExportJob | SignedLetterJob] = []
        #: The busy bar, for the window's status bar.
        self.progress = QProgressBar()
        self.progress.setObjectName("export_progress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.hide()
        #: The message of the last export written with warnings, while it is open.
        self._warning: QMessageBox | None = None

    def choose_and_export(self, part: Part, fmt: str, mission: bool = False,
                          draft: bool = False) -> None:
        """Ask where to write *part* as *fmt*, then export it (*draft*: as the preview shows
        it, gaps and all, marked as a draft)."""
        window = self._window
        target = suggested_target(window.project, window.settings, part, fmt, mission, draft)
        name, _ = QFileDialog.getSaveFileName(window, self.tr("Export"), str(target),
                                              f"{fmt.upper()} (*.{fmt})")
        if name:
            if draft:
                self.export_draft(part, fmt, Path(name))
            else:
                self.export(part, fmt, Path(name), mission=mission)

    def export_draft(self, part: Part, fmt: str, target: Path) -> ExportJob | None:
        """Export *part* as the preview shows it: with a placeholder for each field still to
        fill and the draft mark, whatever the findings say (a value that is wrong rather
        than missing still has to be fixed first)."""
        window = self._window
        draft = window.project.draft(window.placeholder_name)
        if draft is None:
            QMessageBox.warning(window, self.tr("Cannot export yet"), self.tr(
                "Some values are wrong rather than missing; fix the ones listed under Findings "
                "first ({count} left).").format(count=len(window.project.errors)))
            return None
        if part is Part.RESOLUTION and draft.package.draft_resolution() is None:
            QMessageBox.warning(window, self.tr("Cannot export"),
                                self.tr("The package has no draft resolution."))
            return None
        window.settings.set_last_export_dir(target.parent)
        job = ExportJob(draft.package, part, fmt, target, ExportSignals(self),
                        placeholders=draft.placeholders)
        self._start(job, target)
        return job

    def _package(self) -> Package | None:
        """The package to export; None, after saying so, while the project has errors."""
        project = self._window.project
        if project.package is None:
            QMessageBox.warning(self._window, self.tr("Cannot export yet"), self.tr(
                "Fix the problems listed under Findings first ({count} left). A draft, with "
                "the fields still to fill marked, can be exported at any time: Export ▸ Draft "
                "PDF or Draft DOCX.").format(count=len(project.errors)))
        return project.package

    def export(self, part: Part, fmt: str, target: Path,
               mission: bool = False) -> ExportJob | None:
        """Export *part* as *fmt*: the UN layout, or the mission's own (unsigned)."""
        window = self._window
        package = self._package()
        if package is None:
            return None
        if part is Part.RESOLUTION and package.draft_resolution() is None:
            QMessageBox.warning(window, self.tr("Cannot export"),
                                self.tr("The package has no draft resolution."))
            return None
        window.settings.set_last_export_dir(target.parent)
        job = ExportJob(package, part, fmt, target, ExportSignals(self),
                        mission_inputs(window.project, window.settings) if mission else None)
        self._start(job, target)
        return job

    def export_signed_letter(self, p12: Path, password: str,
                             target: Path) -> SignedLetterJob | None:
        """Sign the package as the mission sends it with the key in *p12*."""
        window, settings = self._window, self._window.settings
        package = self._package()
        if package is None:
            return None
        settings.set_last_export_dir(target.parent)
        job = SignedLetterJob(package, p12, password, target, ExportSignals(self),
                              profile=settings.signer_profile(),
                              project_dir=project_dir(window.project),
                              tsa_url=settings.tsa_url(),
                              tsa_timeout=settings.tsa_timeout(), pdfa=settings.pdfa())
        self._start(job, target)
        return job

    def wait(self, msecs: int) -> bool:
        """Wait for the exports under way (closing the window)."""
        return bool(self.pool.waitForDone(msecs))

    def _start(self, job: ExportJob | SignedLetterJob, target: Path) -> None:
        self._jobs.append(job)
        job.signals.warned.connect(self._warned)
        job.signals.finished.connect(lambda path, j=job: self._finished(j, path))
        job.signals.failed.connect(lambda path, why, j=job: self._failed(j, path, why))
        self.progress.show()
        self._window.statusBar().showMessage(
            self.tr("Exporting {file}…").format(file=target.name))
        self.pool.start(job)

    def _done(self, job: ExportJob | SignedLetterJob) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        job.signals.deleteLater()
        self.progress.setVisible(bool(self._jobs))

    def _finished(self, job: ExportJob | SignedLetterJob, path: str) -> None:
        self._done(job)
        self._window.statusBar().showMessage(self.tr("Exported {file}").format(file=path),
                                             8000)

    def _warned(self, path: str, warnings: list[str]) -> None:
        """The file was written; what its reader should know, in a message that does not
        stop the work (the last one replaces the one before)."""
        if self._warning is not None:
            self._warning.close()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Exported with warnings"),
                          self.tr("{file} was written. Check these before sending it:").format(
                              file=Path(path).name), QMessageBox.StandardButton.Ok,
                          self._window)
        box.setObjectName("exportWarnings")
        # In the window's words: a field named by its form label, the fixed notices
        # translated (as above the preview).
        box.setInformativeText("\n".join(f"• {window_notice(warning, field_words)}"
                                         for warning in warnings))
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._warning_closed)
        self._warning = box
        box.show()

    def _warning_closed(self, *_args: object) -> None:
        self._warning = None

    def _failed(self, job: ExportJob | SignedLetterJob, path: str, reason: str) -> None:
        self._done(job)
        self._window.statusBar().showMessage(self.tr("Export failed"), 8000)
        QMessageBox.critical(self._window, self.tr("Export failed"), self.tr(
            "{file} was not written: {reason}\nAny previous file of that name is unchanged."
        ).format(file=path, reason=reason))
