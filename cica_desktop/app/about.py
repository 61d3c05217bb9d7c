"""What Help ▸ About lists: the versions of the application, Python, Qt and the libraries the
documents are made with, their licences, and the font families the documents embed on this
computer with theirs.

Licences are stated here rather than read from the packages' metadata, which is written in
a different way by each project (a licence expression, a free text, a classifier, or none).
Each was checked against the project's own metadata or licence file; the fonts' against the
Debian package's copyright file (fonts-liberation2, fonts-arphic-uming, fonts-wqy-zenhei,
fonts-hosny-amiri, fonts-droid-fallback), which resources/fonts/*/LICENSE reproduces for the
faces shipped with the application (`BUNDLED_FONTS`).
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from PySide6.QtCore import qVersion

from ..render.font_system import bundled_fonts_dir
from ..render.fonts import default_finder
from ..render.stylespec import StyleSpecError, load_style_spec

#: The distributions shown, in order: (distribution name, name shown, licence).
LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("PySide6-Essentials", "PySide6 (Qt for Python)", "LGPL-3.0"),
    ("reportlab", "ReportLab", "BSD"),
    ("python-docx", "python-docx", "MIT"),
    ("pyHanko", "pyHanko", "MIT"),
    ("pyhanko-certvalidator", "pyhanko-certvalidator", "MIT"),
    ("pikepdf", "pikepdf", "MPL-2.0"),
    ("cryptography", "cryptography", "Apache-2.0 or BSD-3-Clause"),
    ("pydantic", "pydantic", "MIT"),
    ("Jinja2", "Jinja2", "BSD-3-Clause"),
    ("babel", "Babel", "BSD-3-Clause"),
    ("num2words", "num2words", "LGPL-2.1"),
    ("pillow", "Pillow", "MIT-CMU"),
    ("arabic-reshaper", "arabic-reshaper", "MIT"),
    ("python-bidi", "python-bidi", "LGPL-3.0"),
    ("spylls", "spylls", "MIT"),
    ("fonttools", "fontTools", "MIT"),
)

#: The licence of each font family styles.toml [fonts] may name.
FONT_LICENCES = {
    "Liberation Serif": "SIL Open Font License 1.1",
    "AR PL UMing CN": "Arphic Public License",
    "AR PL UMing": "Arphic Public License",
    "WenQuanYi Zen Hei": "GPL-2.0 with the font embedding exception",
    "Droid Sans Fallback": "Apache-2.0",
    "Amiri": "SIL Open Font License 1.1",
    "AR PL UKai CN": "Arphic Public License",
    "Times New Roman": "Microsoft (licensed with Windows or Office)",
    "SimSun": "Microsoft (licensed with Windows or Office)",
    "SimHei": "Microsoft (licensed with Windows or Office)",
    "KaiTi": "Microsoft (licensed with Windows or Office)",
    "Simplified Arabic": "Microsoft (licensed with Windows or Office)",
    "Traditional Arabic": "Microsoft (licensed with Windows or Office)",
}

#: The faces shipped in resources/fonts: (folder, family, version, licence, what it sets).
BUNDLED_FONTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("liberation", "Liberation Serif", "2.1.5", "SIL Open Font License 1.1",
     "Latin and Cyrillic text (the metrics of Times New Roman)"),
    ("arphic", "AR PL UMing CN", "0.2.20080216", "Arphic Public License",
     "Chinese text (a Ming/Song face)"),
    ("droid", "Droid Sans Fallback", "6.0.1r16", "Apache-2.0", "Chinese bold text (a Hei face)"),
    ("amiri", "Amiri", "0.113", "SIL Open Font License 1.1", "Arabic text (a Naskh face)"),
)

#: The scripts of styles.toml [fonts], in the order shown.
FONT_SCRIPTS = ("latin", "cjk", "cjk_bold", "cjk_emphasis", "arabic")


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


@dataclass(frozen=True)
class BundledFont:
    family: str
    version: str
    licence: str
    #: What the application uses it for when the system has no better face.
    use: str
    #: Its folder in the installed application, which holds the files and LICENSE.
    folder: Path
    #: The size of its font files, in bytes.
    size: int


@dataclass(frozen=True)
class FontUse:
    #: The script key of styles.toml [fonts] ("latin", "cjk", …).
    script: str
    #: The family the documents embed on this computer; empty when none is installed.
    family: str
    #: Its file, or the families looked for when none is installed.
    where: str
    licence: str
    #: Why this face rather than the style spec's (empty when it is one of them).
    notice: str = ""


def app_version() -> str:
    return _version("cica-desktop")


def _version(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "?"


def components() -> list[Component]:
    """The application, Python, Qt, each library and each font shipped with the
    application, with its version and licence."""
    return [
        Component("cica-desktop", app_version(), "Proprietary"),
        Component("Python", platform.python_version(), "PSF-2.0"),
        Component("Qt", qVersion(), "LGPL-3.0"),
        *(Component(shown, _version(distribution), licence)
          for distribution, shown, licence in LIBRARIES),
        *(Component(f"{family} (font shipped with cica-desktop)", font_version, licence)
          for _folder, family, font_version, licence, _use in BUNDLED_FONTS),
    ]


def fonts() -> list[FontUse]:
    """Per script, the family the PDFs embed here (the first of styles.toml's preferences
    found on this computer, else the face shipped with the application or another that
    covers the script, with the notice a document gets), its file and licence; scripts with
    no preference are left out."""
    try:
        spec = load_style_spec("en")
    except StyleSpecError:
        return []
    finder = default_finder()
    used: list[FontUse] = []
    for script in FONT_SCRIPTS:
        preferences = spec.font_families(script)
        if not preferences:
            continue
        resolved = finder.resolve(script, preferences)
        if resolved is None:
            used.append(FontUse(script, "", ", ".join(preferences), ""))
        else:
            family = resolved.family
            used.append(FontUse(script, family.name, str(family.regular.path),
                                FONT_LICENCES.get(family.name, ""),
                                " ".join(resolved.notices)))
    return used


def bundled_fonts() -> list[BundledFont]:
    """The faces shipped with the application, with their licences and sizes."""
    root = bundled_fonts_dir()
    shipped = []
    for folder, family, font_version, licence, use in BUNDLED_FONTS:
        files = [f for f in (root / folder).glob("*") if f.suffix.lower() in (".ttf", ".ttc")]
        shipped.append(BundledFont(family, font_version, licence, use, root / folder,
                                   sum(f.stat().st_size for f in files)))
    return shipped
