"""Autosave to a recovery file, and recovery after a crash.

Every open project writes its unsaved state to <data dir>/recovery/<pid>-<n>.json every 30 s
(CICA_AUTOSAVE_SECONDS overrides). A normal close or save removes the file. At start, files
whose process is gone are offered for recovery.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..atomic import write_bytes_atomically
from .project import Project
from .settings import data_dir

_counter = itertools.count(1)


@dataclass(frozen=True)
class RecoveryEntry:
    recovery_file: Path
    file_path: Path | None  # the project's own file, if it had one
    saved_at: dt.datetime
    data: dict[str, Any]


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def pending_recoveries(directory: Path | None = None) -> list[RecoveryEntry]:
    """Recovery files left by processes that are no longer running, newest first."""
    directory = directory or recovery_dir()
    entries = []
    for file in directory.glob("*.json"):
        pid_text = file.stem.split("-", 1)[0]
        if pid_text.isdigit() and _process_alive(int(pid_text)):
            continue
        try:
            content = json.loads(file.read_text(encoding="utf-8"))
            entries.append(RecoveryEntry(
                file,
                Path(content["file_path"]) if content.get("file_path") else None,
                dt.datetime.fromisoformat(content["saved_at"]),
                dict(content["data"]),
            ))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # unreadable: leave it for the user to inspect, never delete silently
    return sorted(entries, key=lambda e: e.saved_at, reverse=True)


def discard(entry: RecoveryEntry) -> None:
    entry.recovery_file.unlink(missing_ok=True)


class Autosaver(QObject):
    """Writes the project's unsaved state to its recovery file on a timer."""

    #: The time of day ("12:06") of each autosave.
    autosaved = Signal(str)

    def __init__(self, project: Project, interval_seconds: float | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        seconds = interval_seconds or float(os.environ.get("CICA_AUTOSAVE_SECONDS", "30"))
        self.file = recovery_dir() / f"{os.getpid()}-{next(_counter)}.json"
        # Unsaved from the start (a restored or new project) counts as a change to keep.
        self._dirty = project.is_modified
        self.last_saved: dt.datetime | None = None
        project.data_changed.connect(self._mark_dirty)
        project.file_state_changed.connect(self._file_state_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(int(seconds * 1000))
        self.timer.timeout.connect(self.autosave)
        self.timer.start()

    def _mark_dirty(self) -> None:
        self._dirty = True

    def _file_state_changed(self) -> None:
        if not self.project.is_modified:
            self.remove()

    def autosave(self) -> bool:
        """Write the recovery file if there are unsaved changes; True if written."""
        if not (self._dirty and self.project.is_modified):
            return False
        self.file.parent.mkdir(parents=True, exist_ok=True)
        now = dt.datetime.now().astimezone()
        content = {
            "file_path": str(self.project.file_path) if self.project.file_path else None,
            "saved_at": now.isoformat(),
            "data": self.project.data,
        }
        write_bytes_atomically(self.file, json.dumps(content, ensure_ascii=False).encode())
        self._dirty = False
        self.last_saved = now
        self.autosaved.emit(now.strftime("%H:%M"))
        return True

    def remove(self) -> None:
        self.file.unlink(missing_ok=True)
        self._dirty = False

    def stop(self) -> None:
        self.timer.stop()
        self.remove()
