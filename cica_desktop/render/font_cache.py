"""A small on-disk cache for what reading fonts costs: the faces found in a folder's files
and reportlab's parsed metrics of a face.

Each entry is one file in the user's cache folder, replaced whole by a rename, holding a digest of
its payload and the key it was made for (the font file's path, size and modification time,
and the versions of this format and of reportlab). Anything that does not match, cannot be
read or is not what the caller expects is ignored and rebuilt: the cache is never trusted.
The payload is `marshal`-ed plain data (no pickle: loading it runs no code).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

#: Bump when what an entry holds changes: older entries are then rebuilt.
FORMAT = 1
_MAGIC = b"cica-font-cache\n"
_DIGEST = 32

T = TypeVar("T")


def cache_dir() -> Path:
    """The user's cache folder for fonts (no Qt: render runs without it).

    `CICA_DESKTOP_CACHE_DIR` overrides it; otherwise the system's place for caches:
    %LOCALAPPDATA% on Windows, ~/Library/Caches on macOS, $XDG_CACHE_HOME or ~/.cache.
    """
    override = os.environ.get("CICA_DESKTOP_CACHE_DIR")
    if override:
        return Path(override) / "fonts"
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "cica-desktop" / "Cache" / "fonts"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "cica-desktop" / "fonts"
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "cica-desktop" / "fonts"


def file_key(path: Path) -> tuple[str, int, int]:
    """(path, size, modification time in ns): an entry made for another is stale."""
    stat = path.stat()
    return (str(path), stat.st_size, stat.st_mtime_ns)


def _entry_path(kind: str, key: object) -> Path:
    name = hashlib.sha256(repr((FORMAT, kind, key)).encode()).hexdigest()[:32]
    return cache_dir() / f"{kind}-{name}.bin"


def load(kind: str, key: object) -> object | None:
    """The payload stored for (*kind*, *key*), or None when absent, corrupt or stale."""
    try:
        data = _entry_path(kind, key).read_bytes()
    except OSError:
        return None
    head = len(_MAGIC)
    if data[:head] != _MAGIC or len(data) < head + _DIGEST:
        return None
    digest, body = data[head:head + _DIGEST], data[head + _DIGEST:]
    if hashlib.sha256(body).digest() != digest:
        return None
    try:
        stored_key, payload = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None
    return payload if stored_key == repr((FORMAT, kind, key)) else None


def store(kind: str, key: object, payload: object) -> None:
    """Keep *payload* (plain data marshal can write) for (*kind*, *key*); a cache that cannot
    be written is no error, only slower next time."""
    try:
        body = marshal.dumps((repr((FORMAT, kind, key)), payload))  # type: ignore[arg-type]
        path = _entry_path(kind, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        _replace(path, _MAGIC + hashlib.sha256(body).digest() + body)
    except (OSError, ValueError):  # ValueError: not plain data (a bug, but no reason to fail)
        pass


def _replace(path: Path, data: bytes) -> None:
    """Write *data* to a temporary file beside *path*, then rename it over *path*: a reader
    sees the old entry or the new one, never half of one. No fsync: a cache entry lost in
    a crash is only made again."""
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".", suffix=".part",
                                     delete=False) as handle:
        try:
            handle.write(data)
        except OSError:  # a full disk: no part file left behind
            handle.close()
            Path(handle.name).unlink(missing_ok=True)
            raise
    try:
        os.replace(handle.name, path)
    except OSError:
        Path(handle.name).unlink(missing_ok=True)
        raise


def cached(kind: str, key: object, build: Callable[[], T], valid: Callable[[object], T | None]
           ) -> T:
    """The cached value for (*kind*, *key*) if *valid* accepts it (returns it typed), else
    *build*'s, stored for next time. *valid* must check the shape: the file is not trusted."""
    payload = load(kind, key)
    if payload is not None:
        try:
            value = valid(payload)
        except (TypeError, ValueError, KeyError, IndexError, AttributeError):
            value = None
        if value is not None:
            return value
    value = build()
    store(kind, key, to_plain(value))
    return value


def to_plain(value: object) -> object:
    """*value* as marshal-able data: objects with a `plain()` method give theirs."""
    plain = getattr(value, "plain", None)
    return plain() if callable(plain) else value
