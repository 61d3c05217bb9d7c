"""Where this computer keeps its fonts, and the faces found there.

- fontconfig (`fc-list`), where it is installed (Linux, BSD, and macOS or Windows when
  someone installed it): it honours FONTCONFIG_FILE and the user's own fonts;
- otherwise the system's font folders: on Windows the Fonts folder, the user's
  %LOCALAPPDATA%\\Microsoft\\Windows\\Fonts and every file the registry lists (fonts
  installed elsewhere); on macOS /System/Library/Fonts (and Supplemental), /Library/Fonts
  and ~/Library/Fonts; elsewhere /usr/share/fonts, /usr/local/share/fonts, ~/.fonts and
  ~/.local/share/fonts;
- last, the faces shipped with the application (resources/fonts/), so that every language
  has a font on a computer without any.

Files read from folders are read by their own tables (render/font_files.py), never by their
names, and what was read is cached on disk (render/font_cache.py): one entry per folder
with each file's size and modification time, so that a Fonts folder of a thousand files
costs one read at a start. `Sources` says where to look; tests lay out a Windows or macOS folder
and point `Sources` at it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path, PureWindowsPath

from . import font_cache
from .font_files import FONT_SUFFIXES, SAMPLES, Face, read_coverage, read_faces, style_key

#: The registry keys that list installed fonts on Windows (machine-wide and per user).
REGISTRY_KEY = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts"


def bundled_fonts_dir() -> Path:
    """resources/fonts: the faces shipped with the application."""
    return Path(str(resources.files("cica_desktop.resources"))) / "fonts"


@dataclass(frozen=True)
class Sources:
    """Where fonts are looked for, in order."""

    #: Ask fontconfig (when `fc-list` is installed).
    fontconfig: bool = True
    #: Folders read file by file (and their sub-folders).
    folders: tuple[Path, ...] = ()
    #: Single files (the Windows registry's entries outside the Fonts folder).
    files: tuple[Path, ...] = ()
    #: The faces shipped with the application.
    bundled: bool = True


def system_sources(platform: str = sys.platform, environ: Mapping[str, str] = os.environ,
                   home: Path | None = None, root: Path = Path("/"),
                   fontconfig: bool | None = None) -> Sources:
    """Where this system keeps fonts: fontconfig if installed (or as *fontconfig* says),
    else the OS's folders (absolute ones under *root*)."""
    home = home if home is not None else Path.home()
    folders = tuple(font_folders(platform, environ, home, root))
    registry = tuple(registry_font_files(folders[0])) if platform == "win32" and folders else ()
    if fontconfig is None:
        fontconfig = shutil.which("fc-list", path=environ.get("PATH")) is not None
    if fontconfig:
        # fontconfig already covers the system's and the user's folders.
        return Sources(fontconfig=True, folders=(), files=registry)
    return Sources(fontconfig=False, folders=folders, files=registry)


def font_folders(platform: str, environ: Mapping[str, str], home: Path,
                 root: Path = Path("/")) -> Iterator[Path]:
    """The system's and the user's font folders on *platform* (sys.platform's values);
    fixed system folders are under *root*."""
    if platform == "win32":
        yield Path(environ.get("WINDIR") or environ.get("SystemRoot") or r"C:\Windows") / "Fonts"
        local = environ.get("LOCALAPPDATA")
        if local:
            yield Path(local) / "Microsoft" / "Windows" / "Fonts"
    elif platform == "darwin":
        yield from (root / "System/Library/Fonts", root / "System/Library/Fonts/Supplemental",
                    root / "Library/Fonts", home / "Library" / "Fonts")
    else:
        data = environ.get("XDG_DATA_HOME") or str(home / ".local" / "share")
        yield from (root / "usr/share/fonts", root / "usr/local/share/fonts",
                    Path(data) / "fonts", home / ".fonts")


def registry_font_files(fonts_folder: Path) -> Iterator[Path]:
    """The font files the Windows registry lists (machine and user), absolute."""
    if sys.platform != "win32":
        return
    import winreg

    entries: list[str] = []
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        try:
            with winreg.OpenKey(hive, REGISTRY_KEY) as key:
                index = 0
                while True:
                    try:
                        _name, value, _kind = winreg.EnumValue(key, index)
                    except OSError:
                        break
                    if isinstance(value, str):
                        entries.append(value)
                    index += 1
        except OSError:
            continue
    yield from registry_paths(entries, fonts_folder)


def registry_paths(values: Iterable[str], fonts_folder: Path) -> Iterator[Path]:
    """The registry's font values as paths: a bare name is in the Fonts folder."""
    for value in values:
        if not value.lower().endswith(FONT_SUFFIXES):
            continue
        if PureWindowsPath(value).is_absolute():
            yield Path(value)
        else:
            yield fonts_folder / value


# ------------------------------------------------------------------------- the catalogue


@dataclass
class Catalogue:
    """The faces found in some `Sources`, by family (case-folded) and style: the system's
    first, then (read only when the system's do not do) the ones we ship."""

    sources: Sources
    #: The system's faces (fontconfig's, then the folders').
    system: list[Face] = field(default_factory=list)
    _bundled: list[Face] | None = None

    @property
    def bundled(self) -> list[Face]:
        """The faces shipped with the application (none if `sources` leaves them out)."""
        if self._bundled is None:
            self._bundled = (folder_faces(bundled_fonts_dir()) if self.sources.bundled
                             else [])
        return self._bundled

    def family(self, name: str) -> dict[str, Face]:
        """The TrueType faces of family *name*: style key -> face (the system's if it has
        the family, else ours)."""
        return self._family(name, self.system) or self._family(name, self.bundled)

    @staticmethod
    def _family(name: str, faces: list[Face]) -> dict[str, Face]:
        wanted = name.casefold()
        found: dict[str, Face] = {}
        for face in faces:
            if face.truetype and face.style and any(f.casefold() == wanted
                                                    for f in face.families):
                found.setdefault(face.style, face)
        return found

    def untrue(self, name: str) -> list[Face]:
        """The system's faces of family *name* with outlines reportlab cannot embed (CFF)."""
        wanted = name.casefold()
        return [face for face in self.system if not face.truetype
                and any(f.casefold() == wanted for f in face.families)]

    def covering(self, script: str) -> Iterator[Face]:
        """Regular TrueType faces that have every sample character of *script*, the
        system's first (each face's characters read once, then cached)."""
        for face in (*self.system, *self.bundled):
            if face.truetype and face.style == "regular" and script in coverage(face):
                yield face


def catalogue(sources: Sources) -> Catalogue:
    """The system's faces *sources* lead to (fontconfig's, then the folders')."""
    result = Catalogue(sources)
    if sources.fontconfig:
        result.system.extend(_fontconfig_faces())
    for folder in sources.folders:
        result.system.extend(folder_faces(folder))
    for path in sources.files:
        result.system.extend(faces_of(path))
    # A folder inside another (macOS's Supplemental), a registry entry in the Fonts folder.
    unique: dict[tuple[str, int], Face] = {}
    for face in result.system:
        unique.setdefault((face.path, face.index), face)
    result.system = list(unique.values())
    return result


def folder_faces(folder: Path) -> list[Face]:
    """The faces of every font file in *folder* and its sub-folders: one cache entry per
    folder holding each file's size, mtime and faces, so a start reads one file, not one
    per font; a file whose size or mtime differs from the entry's is read again."""
    files: dict[str, tuple[int, int]] = {}
    for path in _font_files((folder,)):
        try:
            stat = path.stat()
        except OSError:
            continue
        files[str(path)] = (stat.st_size, stat.st_mtime_ns)
    known = _folder_entry(font_cache.load("folder", str(folder)))
    faces: list[Face] = []
    fresh: dict[str, tuple[int, int, list[object]]] = {}
    for name, (size, mtime) in files.items():
        entry = known.get(name)
        if entry is not None and entry[:2] == (size, mtime):
            found = entry[2]
        else:
            found = read_faces(Path(name))
        faces.extend(found)
        fresh[name] = (size, mtime, [face.plain() for face in found])
    if {name: (size, mtime) for name, (size, mtime, _faces) in fresh.items()} != \
            {name: entry[:2] for name, entry in known.items()}:
        font_cache.store("folder", str(folder), fresh)
    return faces


def _folder_entry(data: object) -> dict[str, tuple[int, int, list[Face]]]:
    """A folder's cache entry, checked; {} when absent or not of the right shape."""
    if not isinstance(data, dict):
        return {}
    entry: dict[str, tuple[int, int, list[Face]]] = {}
    try:
        for name, (size, mtime, faces) in data.items():
            if not (isinstance(name, str) and isinstance(size, int) and isinstance(mtime, int)
                    and isinstance(faces, list)):
                return {}
            entry[name] = (size, mtime, [Face.from_plain(face) for face in faces])
    except (TypeError, ValueError):
        return {}
    return entry


def coverage(face: Face) -> tuple[str, ...]:
    """The scripts *face* covers, read once and cached by its file's path, size, mtime."""
    path = Path(face.path)
    try:
        key = (*font_cache.file_key(path), face.index)
    except OSError:
        return ()
    return font_cache.cached("coverage", key, lambda: read_coverage(path, face.index),
                             _scripts)


def _scripts(data: object) -> tuple[str, ...]:
    if not (isinstance(data, tuple) and all(item in SAMPLES for item in data)):
        raise ValueError("not a list of scripts")
    return tuple(str(item) for item in data)


def faces_of(path: Path) -> list[Face]:
    """The faces of one file, read once and cached on disk by path, size and mtime."""
    try:
        key = font_cache.file_key(path)
    except OSError:
        return []
    return font_cache.cached("faces", key, lambda: _FaceList(read_faces(path)),
                             _FaceList.from_plain).faces


@dataclass(frozen=True)
class _FaceList:
    faces: list[Face]

    def plain(self) -> list[object]:
        return [face.plain() for face in self.faces]

    @classmethod
    def from_plain(cls, data: object) -> _FaceList:
        if not isinstance(data, list):
            raise ValueError("not a list of faces")
        return cls([Face.from_plain(item) for item in data])


def _font_files(folders: Iterable[Path]) -> Iterator[Path]:
    for folder in folders:
        try:
            for root, _dirs, names in os.walk(folder):
                for name in sorted(names):
                    if name.lower().endswith(FONT_SUFFIXES):
                        yield Path(root) / name
        except OSError:
            continue


def _fontconfig_faces() -> list[Face]:
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return []
    try:
        output = subprocess.run(
            [fc_list, "--format", "%{family}\t%{style}\t%{file}\t%{index}\t%{fontformat}\n"],
            capture_output=True, text=True, timeout=20, check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    faces: list[Face] = []
    for line in output.splitlines():
        parts = line.split("\t")
        if len(parts) != 5:
            continue
        families, styles, file, index, fmt = parts
        styles_found = [key for key in (style_key(s) for s in styles.split(",")) if key]
        faces.append(Face(file, int(index or 0),
                          tuple(f.strip() for f in families.split(",") if f.strip()),
                          styles_found[0] if styles_found else "", fmt == "TrueType"))
    return faces
