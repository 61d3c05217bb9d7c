"""Atomic file writes: a reader sees the old file or the new one, never half of one; and the
files of one build (its PDF and its DOCX) are all replaced together, or none of them.

How a set of files is written (`FileSet`, `write_files_atomically`):

1. each file's bytes go to a temporary file beside its target, flushed to disk (fsync);
2. every existing target but the last is copied to a backup beside it;
3. the temporary files are renamed over their targets, one after the other;
4. if anything fails, every target renamed so far gets its backup back (or is removed, when
   there was no file before), the temporary files and backups go, and the error names the
   final file, never a temporary one; after success the backups go.

A target is never missing while this happens: the backup is a copy, the target stays until
the rename replaces it in one step. A single file needs no backup (its rename is atomic).

Windows. A file open in another program (a PDF in a reader, a DOCX in Word, a file an
indexer or virus scanner is reading) cannot be replaced there: os.replace raises
PermissionError. Scanners let go within moments, so on Windows each rename is tried again
for about a second (`REPLACE_DELAYS`); a target still held then fails with a message that
says so (`OPEN_ELSEWHERE`), and the set is rolled back as for any failure. On POSIX a
PermissionError is the folder's permissions, and retrying would not help.

Names. Temporary files are ``.<start of the name>.cica-<8 random>.part`` and backups
``….bak``, at most 60 bytes of UTF-8 and no longer than ``max(len(name), 32)`` bytes, so
they fit wherever the final name fits (NAME_MAX is 255 bytes; a 230-character stem plus
``.<random>.part`` did not). On Windows the start of the name is also cut so that the whole
path stays within MAX_PATH (259 characters) where the target's does.

Leftovers. A process killed while writing leaves its temporary files (and, between steps 2
and 4, backups, which are only copies: their targets are in place). The next write into the
same folder removes them, but only files that are ours by name (the pattern above) and
stale: last changed more than `STALE_AFTER` seconds before the temporary file this write
has just created there. Comparing two times of the same file system keeps a clock that is
off (a network share's) from making a fresh file look old. Our writers hold the rendered
bytes before they create a temporary file, so a live writer's file is seconds old, never
ten minutes; another export writing into the same folder at the same moment is left alone.
(A writer suspended for longer, a laptop asleep mid-write, finds its temporary file gone
and reports the failure; the previous file stays.)
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NoReturn


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: Read once at import: os.umask can only be read by setting it, which must not happen
#: while other threads (exports) create files.
_UMASK = _current_umask()

#: Leftover temporary files and backups older than this (seconds) are removed.
STALE_AFTER = 600.0

#: Marks our temporary files and backups: ``.<prefix>.cica-<random>.part`` / ``.bak``.
_MARK = ".cica-"
_TEMP_SUFFIX = ".part"
_BACKUP_SUFFIX = ".bak"
_RANDOM_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"  # what tempfile.mkstemp uses
_RANDOM_LENGTH = 8
_OURS = re.compile(r"\A\..*\.cica-[a-z0-9_]{8}\.(?:part|bak)\Z", re.S)
#: The bytes of a temporary name besides the prefix: "." + ".cica-" + random + ".part".
_FIXED_BYTES = 1 + len(_MARK) + _RANDOM_LENGTH + len(_TEMP_SUFFIX)
_PREFIX_MIN_BYTES = 12
_PREFIX_MAX_BYTES = 40

#: Windows: the pauses (seconds) between tries of a rename over a file held open elsewhere.
REPLACE_DELAYS = (0.05, 0.1, 0.15, 0.25, 0.45)
#: Windows: why a target could not be replaced, once the tries are used up.
OPEN_ELSEWHERE = ("the file is open in another program (or read-only); close it there "
                  "and try again")
#: Windows without long paths: the longest path, in UTF-16 units (MAX_PATH less the NUL).
WINDOWS_MAX_PATH = 259
#: Whether renames and names follow Windows' rules (tests simulate Windows by setting this).
_WINDOWS = os.name == "nt"

#: Temporary files and backups this process is using right now (never removed as stale).
_in_use: set[str] = set()
_in_use_lock = threading.Lock()


def ordinary_mode() -> int:
    """The permissions of a newly created ordinary file (0666 less the umask)."""
    return 0o666 & ~_UMASK


def short_prefix(name: str) -> str:
    """The start of *name* used in its temporary names: whole characters, at most
    max(12, min(40, len(name) - 20)) bytes of UTF-8."""
    raw = os.fsencode(name)
    budget = min(_PREFIX_MAX_BYTES, max(len(raw) - _FIXED_BYTES, _PREFIX_MIN_BYTES))
    # Cutting inside a character leaves a broken tail; "ignore" drops it.
    return raw[:budget].decode("utf-8", "ignore")


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _name_start(target: Path) -> str:
    """``.<prefix>.cica-``: the start of *target*'s temporary and backup names. On Windows
    the prefix is shortened (to nothing, if need be) so that their paths stay within
    MAX_PATH wherever the target's own path does (for a name of 20 characters or more):
    without long paths enabled, a folder deep enough for the final name to just fit would
    otherwise refuse the temporary one."""
    prefix = short_prefix(target.name)
    if _WINDOWS:
        folder = os.path.abspath(_parent(target))
        fixed = _utf16_length(folder) + 1 + _FIXED_BYTES  # "\", ".", mark, random, suffix
        while prefix and fixed + _utf16_length(prefix) > WINDOWS_MAX_PATH:
            prefix = prefix[:-1]
    return f".{prefix}{_MARK}"


def is_our_leftover_name(name: str) -> bool:
    """True for the names of our temporary files and backups."""
    return _OURS.match(name) is not None


def _random() -> str:
    return "".join(secrets.choice(_RANDOM_CHARS) for _ in range(_RANDOM_LENGTH))


def _named(exc: OSError, target: Path) -> OSError:
    """*exc* as an error about *target* (the file the user asked for)."""
    if exc.filename == str(target) and exc.filename2 is None:
        return exc
    named = OSError(exc.errno, exc.strerror or str(exc), str(target))
    named.__cause__ = exc
    return named


def _raise_named(exc: OSError, target: Path) -> NoReturn:
    named = _named(exc, target)
    if named is exc:
        raise exc
    raise named from exc


def replace(source: Path, target: Path) -> None:
    """os.replace(source, target); on Windows tried again while *target* is held open by
    another program, then a PermissionError naming *target* that says why."""
    for delay in (*REPLACE_DELAYS, None) if _WINDOWS else (None,):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if not _WINDOWS:
                raise
            if delay is None:
                raise PermissionError(exc.errno or errno.EACCES, OPEN_ELSEWHERE,
                                      str(target)) from exc
            time.sleep(delay)


def _parent(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def remove_stale_leftovers(directory: Path, reference_time: float,
                           stale_after: float = STALE_AFTER) -> list[Path]:
    """Remove our temporary files and backups in *directory* whose last change is more than
    *stale_after* seconds before *reference_time* (a modification time read from the same
    file system); never files this process is writing. Returns the files removed."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    with _in_use_lock:
        in_use = set(_in_use)
    for entry in entries:
        if not is_our_leftover_name(entry.name) or entry.path in in_use:
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                continue
            changed = entry.stat(follow_symlinks=False).st_mtime
            if reference_time - changed > stale_after:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue  # gone already, or not ours to remove (another user's, open elsewhere)
    return removed


@dataclass
class _Pending:
    target: Path
    temp: Path


@dataclass
class _Backup:
    path: Path | None  # None: there was no file at the target
    times: tuple[int, int] | None = None  # the old file's (atime, mtime) in ns


class FileSet:
    """Files written together: each to a temporary file beside its target (flushed to
    disk); `commit` puts them all in place, or none of them.

    As a context manager it commits at the end of the block, or, if the block raises,
    removes its temporary files and leaves every target as it was. OSErrors name the
    target, never a temporary file.

    *mode* is the permission bits of the new files (default: 0666 less the umask); a
    private file wants 0o600.
    """

    def __init__(self, *, mode: int | None = None) -> None:
        self.mode = ordinary_mode() if mode is None else mode
        self._pending: list[_Pending] = []
        self._cleaned: set[Path] = set()
        self._closed = False

    def __enter__(self) -> FileSet:
        return self

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        if exc is None:
            self.commit()
        else:
            self.abandon()

    # ------------------------------------------------------------------ writing
    def add(self, path: Path, data: bytes) -> None:
        """Write *data* to a temporary file that will become *path*."""
        with self.open(path) as handle:
            handle.write(data)

    @contextlib.contextmanager
    def open(self, path: Path) -> Iterator[BinaryIO]:
        """A binary stream whose content will become *path*; if the block raises, the
        temporary file goes and *path* is not part of the set."""
        if self._closed:
            raise RuntimeError("this set of files is already committed or abandoned")
        target = Path(path)
        if any(p.target == target for p in self._pending):
            raise ValueError(f"{target} is written twice in one set of files")
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
        directory = _parent(target)
        try:
            fd, temp_name = tempfile.mkstemp(prefix=_name_start(target),
                                             suffix=_TEMP_SUFFIX, dir=directory)
        except OSError as exc:
            _raise_named(exc, target)
        temp = Path(temp_name)
        with _in_use_lock:
            _in_use.add(temp_name)
        pending = _Pending(target, temp)
        try:
            with os.fdopen(fd, "wb") as handle:
                if directory not in self._cleaned:
                    self._cleaned.add(directory)
                    remove_stale_leftovers(directory, os.fstat(handle.fileno()).st_mtime)
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
            # mkstemp creates 0600 files: give the result the permissions asked for.
            os.chmod(temp, self.mode)
        except BaseException as exc:
            self._forget(pending)
            if isinstance(exc, OSError):
                _raise_named(exc, target)
            raise
        self._pending.append(pending)

    # ------------------------------------------------------------------ finishing
    def abandon(self) -> None:
        """Remove the temporary files; the targets stay as they were."""
        self._closed = True
        for pending in self._pending:
            self._forget(pending)
        self._pending = []

    def commit(self) -> list[Path]:
        """Put every file in place, or (raising the first error) none of them."""
        if self._closed:
            raise RuntimeError("this set of files is already committed or abandoned")
        self._closed = True
        pending, self._pending = self._pending, []
        backups: dict[Path, _Backup] = {}
        renamed: list[Path] = []
        current: Path | None = None
        try:
            # The last rename needs no backup: when it fails, its target is unchanged.
            for item in pending[:-1]:
                current = item.target
                backups[item.target] = self._backup(item.target)
            for item in pending:
                current = item.target
                replace(item.temp, item.target)
                renamed.append(item.target)
        except BaseException as exc:
            kept = self._roll_back(renamed, backups)
            for item in pending:
                if item.target not in renamed:
                    self._forget(item)
            for backup in backups.values():
                if backup.path is not None and backup.path not in kept.values():
                    self._discard(backup.path)
            if isinstance(exc, OSError) and current is not None:
                named = _named(exc, current)
                for target, backup_path in kept.items():
                    named.add_note(f"{target} could not be put back; its previous content is "
                                   f"in {backup_path}")
                if named is exc:
                    raise
                raise named from exc
            raise
        for item in pending:
            self._release(item.temp)
        for backup in backups.values():
            if backup.path is not None:
                self._discard(backup.path)
        self._sync_directories({_parent(t) for t in renamed})
        return renamed

    # ------------------------------------------------------------------ internals
    def _backup(self, target: Path) -> _Backup:
        """A copy of *target* beside it (none if there is no file there)."""
        try:
            info = os.lstat(target)
        except FileNotFoundError:
            return _Backup(None)
        directory = _parent(target)
        prefix = _name_start(target)
        for _ in range(100):
            backup = directory / f"{prefix}{_random()}{_BACKUP_SUFFIX}"
            with _in_use_lock:
                _in_use.add(str(backup))
            try:
                if stat.S_ISLNK(info.st_mode) and os.name == "posix":
                    os.symlink(os.readlink(target), backup)
                else:
                    with open(target, "rb") as source, open(backup, "xb") as copy:
                        shutil.copyfileobj(source, copy)
                    shutil.copymode(target, backup)
            except FileExistsError:
                self._release(backup)
                continue
            except BaseException:
                self._discard(backup)
                raise
            return _Backup(backup, (info.st_atime_ns, info.st_mtime_ns))
        raise FileExistsError(errno.EEXIST, "no free name for a backup", str(target))

    def _roll_back(self, renamed: list[Path], backups: dict[Path, _Backup]
                   ) -> dict[Path, Path]:
        """Put back what the renamed targets held before; the backups that could not be
        put back (kept, by target)."""
        kept: dict[Path, Path] = {}
        for target in reversed(renamed):
            backup = backups.get(target)
            if backup is None:
                continue  # the last target: it has no backup, and is never renamed first
            try:
                if backup.path is None:
                    os.unlink(target)
                    continue
                replace(backup.path, target)
                self._release(backup.path)
                if backup.times is not None:
                    with contextlib.suppress(OSError, NotImplementedError):
                        os.utime(target, ns=backup.times, follow_symlinks=False)
            except OSError:
                if backup.path is not None:
                    kept[target] = backup.path
        return kept

    def _forget(self, pending: _Pending) -> None:
        self._discard(pending.temp)

    @staticmethod
    def _discard(path: Path) -> None:
        with contextlib.suppress(OSError):
            os.unlink(path)
        FileSet._release(path)

    @staticmethod
    def _release(path: Path) -> None:
        with _in_use_lock:
            _in_use.discard(str(path))

    @staticmethod
    def _sync_directories(directories: Iterable[Path]) -> None:
        """Make the renames durable (POSIX; Windows has no directory handles for this)."""
        if os.name != "posix":
            return
        for directory in directories:
            with contextlib.suppress(OSError):
                fd = os.open(directory, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)


def write_files_atomically(files: Iterable[tuple[Path, bytes]], *,
                           mode: int | None = None) -> list[Path]:
    """Write every (path, bytes) pair, all or none (see `FileSet`); the paths written."""
    file_set = FileSet(mode=mode)
    try:
        for path, data in files:
            file_set.add(path, data)
    except BaseException:
        file_set.abandon()
        raise
    return file_set.commit()


@contextlib.contextmanager
def atomic_writer(path: Path, *, mode: int | None = None) -> Iterator[BinaryIO]:
    """Open a temporary file beside `path`; on success it replaces `path`, else vanishes."""
    with FileSet(mode=mode) as file_set, file_set.open(Path(path)) as handle:
        yield handle


def write_atomically(path: Path, write: Callable[[BinaryIO], None], *,
                     mode: int | None = None) -> None:
    """Call `write` with a binary stream whose content replaces `path` only if it succeeds."""
    with atomic_writer(path, mode=mode) as handle:
        write(handle)


def write_bytes_atomically(path: Path, data: bytes, *, mode: int | None = None) -> None:
    with atomic_writer(path, mode=mode) as handle:
        handle.write(data)
