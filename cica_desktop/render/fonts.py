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
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SCRIPTS = ("latin", "cjk", "arabic")
STYLES = ("regular", "bold", "italic", "bold_italic")

#: What to install when a script has no font at all.
INSTALL_HINT = {
    "latin": "Debian: apt-get install fonts-liberation2",
    "cjk": "Debian: apt-get install fonts-arphic-uming",
    "arabic": "Debian: apt-get install fonts-hosny-amiri",
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


# ------------------------------------------------------------------------ script of a text


#: Code point ranges set in the East Asian and in the Arabic font.
CJK_RANGES = ((0x2E80, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F),
              (0xFF00, 0xFFEF), (0x20000, 0x3FFFF))
ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                 (0xFE70, 0xFEFF))


def _character_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in ranges) + "]"


CJK_CHARACTER = re.compile(_character_class(CJK_RANGES))
ARABIC_CHARACTER = re.compile(_character_class(ARABIC_RANGES))


def script_of(char: str) -> str | None:
    """'cjk', 'arabic' or 'latin' for a strong character; None for neutral ones."""
    code = ord(char)
    if any(lo <= code <= hi for lo, hi in CJK_RANGES):
        return "cjk"
    if any(lo <= code <= hi for lo, hi in ARABIC_RANGES):
        return "arabic"
    category = unicodedata.category(char)
    if category.startswith("L") or category.startswith("M"):
        return "latin"
    return None


def split_by_script(text: str, default: str) -> list[tuple[str, str]]:
    """Split text into (script, piece).

    Neutral characters (digits, spaces, punctuation) join the script before them; leading
    ones join the first strong character, so "4 October 2007" is Latin and "2007年" Chinese
    in any document. Text with no strong character at all takes *default*.
    """
    if text.isascii():  # the common case, without a per-character look-up
        if not text:
            return []
        return [("latin" if any(c.isalpha() for c in text) else default, text)]
    first_strong = next((s for s in map(script_of, text) if s is not None), default)
    pieces: list[tuple[str, str]] = []
    current = first_strong
    buffer: list[str] = []
    for char in text:
        script = script_of(char) or current
        if script != current and buffer:
            pieces.append((current, "".join(buffer)))
            buffer = []
        current = script
        buffer.append(char)
    if buffer:
        pieces.append((current, "".join(buffer)))
    return pieces


def default_script(language: str) -> str:
    return {"zh": "cjk", "ar": "arabic"}.get(language, "latin")
