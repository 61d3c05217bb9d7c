"""Autosave to a recovery file, and recovery after a crash.

Every open project writes its unsaved state to <data dir>/recovery/<id>.json every 30 s
(CICA_AUTOSAVE_SECONDS overrides); <id> is random, never a PID. A normal close or save
removes the file.

Liveness is a lock, not a PID: the autosaver holds <id>.lock (a QLockFile) from its first
autosave until it stops, and a scanner offers a recovery file only if it can take that lock
itself. Qt counts a lock as abandoned when the process named in it is gone: its PID not
running, or running another program, or the machine rebooted since (a PID reused by another
program does not keep a dead file hidden; os.kill(pid, 0) is no test on Windows). The stale
lock time is 0: an autosaver holds its lock for hours without touching it, so a lock is
never abandoned for being old (on Linux Qt's flock protects a live holder anyway; on a file
system without flock, Qt's default of 30 s would hand a live writer's file to a scanner,
tests/test_recovery.py shows it). The autosaver takes its lock before it first writes its
file and removes its file before it lets the lock go, so a scanner never sees a live
writer's file unlocked. The scanner keeps the locks it took until the user has
decided (`discard` or `release`), so two instances starting at once never offer one file.

A file that is not a recovery (not JSON, or the wrong shape: "data": 5, "saved_at": "x") is
offered as damaged: the user may delete it or keep it; it never stops the start.

The folder is 0700 and the files are 0600 (set explicitly, whatever the umask): they hold
the user's unsaved work.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from ..atomic import write_bytes_atomically
from ..model.project import ProjectError, migrate, parse_project_json, shape_errors
from .project import Project
from .settings import data_dir

DIR_MODE = 0o700
FILE_MODE = 0o600
_SUFFIX = ".json"
_LOCK_SUFFIX = ".lock"
#: Our recovery files: a random hex id (this version) or "<pid>-<n>" (older versions).
_NAME = re.compile(r"\A(?:[0-9a-f]{32}|\d+-\d+)\Z")


@dataclass(frozen=True)
class RecoveryEntry:
    recovery_file: Path
    file_path: Path | None  # the project's own file, if it had one
    saved_at: dt.datetime  # when damaged and without a readable time: the file's
    data: dict[str, Any]  # migrated to the current format; empty when damaged
    #: Why the file cannot be restored; empty when it can.
    problem: str = ""

    @property
    def damaged(self) -> bool:
        return bool(self.problem)


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def lock_file_of(recovery_file: Path) -> Path:
    return recovery_file.with_suffix(_LOCK_SUFFIX)


def make_private_dir(directory: Path) -> None:
    """Create *directory* (and its parents) if needed, and make it 0700."""
    directory.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix" and directory.stat().st_mode & 0o777 != DIR_MODE:
        os.chmod(directory, DIR_MODE)


# ---------------------------------------------------------------------- locks
def _new_lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # abandoned only when its process is gone, never for its age
    return lock


#: Locks that could not be let go cleanly (their folder vanished): Qt warns when it cannot
#: remove a lock file, so they are kept, unused, for the life of the process.
_stranded: list[QLockFile] = []


def _unlock(lock: QLockFile) -> None:
    """Let *lock* go, removing its file; quietly, even if the file vanished meanwhile."""
    path = Path(lock.fileName())
    if not path.exists():
        try:
            path.touch()  # something for unlock() to remove
        except OSError:
            _stranded.append(lock)
            return
    lock.unlock()


_LOCK_ERRORS = {
    QLockFile.LockError.LockFailedError: "it is held by another process",
    QLockFile.LockError.PermissionError: "permission denied",
    QLockFile.LockError.UnknownError: "unknown error",
}

#: The locks this process took as a scanner, by lock file, until the user decides.
_claims: dict[str, QLockFile] = {}


def _claim(recovery_file: Path) -> bool:
    """Take the lock of *recovery_file* if its writer is gone (or already ours)."""
    key = str(lock_file_of(recovery_file))
    if key in _claims:
        return True
    lock = _new_lock(Path(key))
    if not lock.tryLock(0):
        return False
    _claims[key] = lock
    return True


def release(entry: RecoveryEntry) -> None:
    """Keep *entry*'s file for a later start and let its lock go."""
    lock = _claims.pop(str(lock_file_of(entry.recovery_file)), None)
    if lock is not None:
        _unlock(lock)


def discard(entry: RecoveryEntry) -> None:
    """Delete *entry*'s file (the work in it is restored elsewhere, or not wanted)."""
    with contextlib.suppress(OSError):
        entry.recovery_file.unlink(missing_ok=True)
    release(entry)


# ---------------------------------------------------------------------- scanning
def pending_recoveries(directory: Path | None = None) -> list[RecoveryEntry]:
    """Recovery files whose writer is gone, newest first, damaged ones included; this
    process holds their locks until `discard` or `release`. Never raises."""
    directory = directory or recovery_dir()
    try:
        candidates = sorted(directory.iterdir())
    except OSError:
        return []
    files = {p.stem: p for p in candidates
             if p.suffix == _SUFFIX and _NAME.match(p.stem) and p.is_file()}
    entries = [_read(file) for file in files.values() if _claim(file)]
    for lock_path in candidates:  # locks left by writers that died before writing
        if lock_path.suffix == _LOCK_SUFFIX and _NAME.match(lock_path.stem) \
                and lock_path.stem not in files:
            lock = _new_lock(lock_path)
            if lock.tryLock(0):
                _unlock(lock)
    return sorted(entries, key=lambda e: e.saved_at, reverse=True)


def _read(file: Path) -> RecoveryEntry:
    """The entry of *file*; damaged (with the reason) if it is not a usable recovery."""
    try:
        modified = dt.datetime.fromtimestamp(file.stat().st_mtime).astimezone()
    except (OSError, ValueError, OverflowError):
        modified = dt.datetime.now().astimezone()

    def damaged(problem: str, file_path: Path | None = None,
                saved_at: dt.datetime | None = None) -> RecoveryEntry:
        return RecoveryEntry(file, file_path, saved_at or modified, {}, problem)

    try:
        content = parse_project_json(file.read_bytes(), str(file))
    except OSError as exc:
        return damaged(f"it cannot be read ({exc.strerror or exc})")
    except ProjectError as exc:  # not JSON, or a key given twice (a hand-edited file)
        return damaged(f"it is not a usable file ({'; '.join(map(str, exc.errors[:3]))})")
    if not isinstance(content, dict):
        return damaged("it is not a recovery file")
    file_path: Path | None = None
    raw_path = content.get("file_path")
    if raw_path is not None:
        if not isinstance(raw_path, str) or not raw_path or "\0" in raw_path:
            return damaged("its project file name is not a file name")
        file_path = Path(raw_path)
    raw_time = content.get("saved_at")
    if not isinstance(raw_time, str):
        return damaged("it has no time of saving", file_path)
    try:
        saved_at = dt.datetime.fromisoformat(raw_time).astimezone()
    except (ValueError, OverflowError):
        return damaged(f"its time of saving is not a time ({raw_time[:40]!r})", file_path)
    data = content.get("data")
    if not isinstance(data, dict):
        return damaged("it holds no project", file_path, saved_at)
    try:
        data = migrate(data)
        broken = shape_errors(data)
    except RecursionError:
        return damaged("its project is nested too deeply", file_path, saved_at)
    except Exception as exc:  # ProjectError and anything else an odd shape provokes
        errors = getattr(exc, "errors", None)
        reason = "; ".join(map(str, errors)) if isinstance(errors, list) else str(exc)
        return damaged(f"its project is not usable ({reason})", file_path, saved_at)
    if broken:
        reason = "; ".join(map(str, broken[:3])) + ("; …" if len(broken) > 3 else "")
        return damaged(f"its project is not usable ({reason})", file_path, saved_at)
    return RecoveryEntry(file, file_path, saved_at, data)


# ---------------------------------------------------------------------- autosaving
class Autosaver(QObject):
    """Writes the project's unsaved state to its recovery file on a timer.

    It never raises out of the timer: a failed autosave (disk full, folder gone or
    unwritable) emits `failed` once, keeps the changes marked unsaved and is tried again at
    the next tick; the next success (or the project being saved) emits `recovered`.
    """

    #: The time of day ("12:06") of each autosave.
    autosaved = Signal(str)
    #: Autosaving started failing (the reason); emitted once until it works again.
    failed = Signal(str)
    #: Autosaving works again after failing (or the work was saved and is safe).
    recovered = Signal()

    def __init__(self, project: Project, interval_seconds: float | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        seconds = interval_seconds or float(os.environ.get("CICA_AUTOSAVE_SECONDS", "30"))
        self.file = recovery_dir() / f"{uuid.uuid4().hex}{_SUFFIX}"
        self.lock_file = lock_file_of(self.file)
        self._lock: QLockFile | None = None
        #: Why the last autosave failed; None while autosaving works.
        self.error: str | None = None
        # Unsaved from the start (a restored or new project) counts as a change to keep.
        self._dirty = project.is_modified
        self.last_saved: dt.datetime | None = None
        project.data_changed.connect(self._mark_dirty)
        project.file_state_changed.connect(self._file_state_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(int(seconds * 1000))
        self.timer.timeout.connect(self.autosave)
        self.timer.start()

    @property
    def interval_seconds(self) -> float:
        return self.timer.interval() / 1000

    def _mark_dirty(self) -> None:
        self._dirty = True

    def _file_state_changed(self) -> None:
        if not self.project.is_modified:
            self.remove()
            self._clear_error()  # the work is in its own file now

    def autosave(self) -> bool:
        """Write the recovery file if there are unsaved changes; True if written. Never
        raises: a failure is kept in `error` (and said once through `failed`)."""
        if not (self._dirty and self.project.is_modified):
            return False
        try:
            now = self._write()
        except Exception as exc:  # never out of the timer's slot, never a traceback
            self._fail(exc)
            return False
        self._dirty = False
        self.last_saved = now
        self._clear_error()
        self.autosaved.emit(now.strftime("%H:%M"))
        return True

    def _write(self) -> dt.datetime:
        make_private_dir(self.file.parent)
        self._hold_lock()  # before the file exists: a scanner never sees it unlocked
        now = dt.datetime.now().astimezone()
        content = {
            "file_path": str(self.project.file_path) if self.project.file_path else None,
            "saved_at": now.isoformat(),
            "data": self.project.data,
        }
        try:
            text = json.dumps(content, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: JSON escapes say it in ASCII
            text = json.dumps(content).encode("ascii")
        write_bytes_atomically(self.file, text, mode=FILE_MODE)
        return now

    def _hold_lock(self) -> None:
        if self._lock is not None:
            if self.lock_file.exists():
                return
            # The folder was emptied or removed under us: lock afresh.
            _unlock(self._lock)
            self._lock = None
        lock = _new_lock(self.lock_file)
        if not lock.tryLock(0):
            reason = _LOCK_ERRORS.get(lock.error(), "unknown error")
            raise OSError(errno.EACCES, f"cannot lock the recovery file: {reason}",
                          str(self.lock_file))
        with contextlib.suppress(OSError):
            os.chmod(self.lock_file, FILE_MODE)
        self._lock = lock

    def _fail(self, exc: Exception) -> None:
        if isinstance(exc, OSError) and exc.strerror:
            reason = f"{exc.strerror} ({exc.filename})" if exc.filename else exc.strerror
        else:
            reason = f"{type(exc).__name__}: {exc}"
        first = self.error is None
        self.error = reason
        if first:
            self.failed.emit(reason)

    def _clear_error(self) -> None:
        if self.error is not None:
            self.error = None
            self.recovered.emit()

    def remove(self) -> None:
        """Delete the recovery file (the lock stays while the autosaver lives)."""
        with contextlib.suppress(OSError):
            self.file.unlink(missing_ok=True)
        self._dirty = False

    def stop(self) -> None:
        self.timer.stop()
        self.remove()
        if self._lock is not None and not self.file.exists():
            _unlock(self._lock)
            self._lock = None
