"""Finding the fonts a document needs, and splitting text into runs by script.

The PDF must embed every font, and reportlab embeds TrueType-outline fonts only, so the
resolver looks for .ttf/.ttc files of the faces the style spec prefers for each script
(Times New Roman, SimSun, Simplified Arabic where installed; else Liberation Serif, AR PL
UMing, Amiri). A script without any font is a clear error naming the script and the
packages that provide one.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..document.script import Script

#: The scripts the style spec names fonts for, in the order they are looked up.
SCRIPTS = tuple(Script)
STYLES = ("regular", "bold", "italic", "bold_italic")

#: What to install when a script has no font at all.
INSTALL_HINT: dict[str, str] = {
    Script.LATIN: "Debian: apt-get install fonts-liberation2",
    Script.CJK: "Debian: apt-get install fonts-arphic-uming",
    Script.ARABIC: "Debian: apt-get install fonts-hosny-amiri",
}

#: Where fontconfig is absent (Windows, macOS), the files of the faces we prefer.
_KNOWN_FILES: dict[str, dict[str, str]] = {
    "Times New Roman": {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf",
                        "bold_italic": "timesbi.ttf"},
    "SimSun": {"regular": "simsun.ttc"},
    "Simplified Arabic": {"regular": "simpo.ttf", "bold": "simpbdo.ttf"},
    "Liberation Serif": {"regular": "LiberationSerif-Regular.ttf",
                         "bold": "LiberationSerif-Bold.ttf",
                         "italic": "LiberationSerif-Italic.ttf",
                         "bold_italic": "LiberationSerif-BoldItalic.ttf"},
    "AR PL UMing": {"regular": "uming.ttc"},
    "Amiri": {"regular": "Amiri-Regular.ttf", "bold": "Amiri-Bold.ttf",
              "italic": "Amiri-Slanted.ttf", "bold_italic": "Amiri-BoldSlanted.ttf"},
}


class MissingFontError(RuntimeError):
    """No usable font is installed for a script the document needs."""


@dataclass(frozen=True)
class FontFile:
    path: Path
    index: int = 0  # sub-font of a .ttc collection


@dataclass(frozen=True)
class FontFamily:
    """The four faces of one family (a missing face falls back to the regular one)."""

    name: str
    regular: FontFile
    bold: FontFile
    italic: FontFile
    bold_italic: FontFile

    def face(self, bold: bool, italic: bool) -> FontFile:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        return self.italic if italic else self.regular


def _style_key(style: str) -> str | None:
    s = style.lower().replace("-", " ")
    bold = "bold" in s
    italic = "italic" in s or "oblique" in s or "slanted" in s
    if not bold and not italic:
        return "regular" if s in {"regular", "book", "light", "roman", "normal", "medium"} else None
    return "bold_italic" if bold and italic else ("bold" if bold else "italic")


@cache
def _installed() -> dict[str, dict[str, FontFile]]:
    """Installed TrueType fonts: family -> style key -> file."""
    found: dict[str, dict[str, FontFile]] = {}
    fc_list = shutil.which("fc-list")
    if fc_list:
        try:
            output = subprocess.run(
                [fc_list, "--format", "%{family}\t%{style}\t%{file}\t%{index}\n"],
                capture_output=True, text=True, timeout=20, check=False,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            output = ""
        for line in output.splitlines():
            parts = line.split("\t")
            if len(parts) != 4 or not parts[2].lower().endswith((".ttf", ".ttc")):
                continue
            families, styles, file, index = parts
            for style in styles.split(","):
                key = _style_key(style)
                if key is None:
                    continue
                for family in families.split(","):
                    entry = found.setdefault(family.strip(), {})
                    entry.setdefault(key, FontFile(Path(file), int(index or 0)))
    for directory in _font_directories():
        for family, files in _KNOWN_FILES.items():
            for key, filename in files.items():
                candidate = directory / filename
                if candidate.is_file():
                    found.setdefault(family, {}).setdefault(key, FontFile(candidate))
    return found


def _font_directories() -> Iterator[Path]:
    """Font folders to scan by file name where fontconfig is absent."""
    if sys.platform == "win32":
        yield Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        local = os.environ.get("LOCALAPPDATA")
        if local:
            yield Path(local) / "Microsoft" / "Windows" / "Fonts"
    elif sys.platform == "darwin":
        yield from (Path("/Library/Fonts"), Path.home() / "Library" / "Fonts",
                    Path("/System/Library/Fonts/Supplemental"))
    yield from ()


def find_family(preferences: Iterable[str]) -> FontFamily | None:
    installed = _installed()
    for name in preferences:
        faces = installed.get(name)
        if faces and "regular" in faces:
            regular = faces["regular"]
            bold = faces.get("bold", regular)
            italic = faces.get("italic", regular)
            return FontFamily(name, regular, bold, italic, faces.get("bold_italic", bold))
    return None


def with_bold_face(family: FontFamily, bold: FontFamily | None) -> FontFamily:
    """Use another family's regular face as *family*'s bold (Chinese: Song text, Hei bold)."""
    if bold is None or family.bold != family.regular:
        return family
    return dataclasses.replace(family, bold=bold.regular, bold_italic=bold.regular)


def require_family(script: str, preferences: list[str]) -> FontFamily:
    family = find_family(preferences)
    if family is None:
        raise MissingFontError(
            f"no font for {script} text: none of {', '.join(preferences)} is installed "
            f"({INSTALL_HINT.get(script, '')})"
        )
    return family
