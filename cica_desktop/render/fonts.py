"""Which font sets each script: the style spec's preferences, found on this computer, else a
face shipped with the application, else any face that covers the script, and a notice
whenever the face used is not one the style spec asks for.

The PDF must embed every font, and reportlab embeds TrueType outlines only, so a face is
usable only with 'glyf' outlines (a family installed only as OpenType-CFF is passed over,
and the notice says so). Where the faces come from: render/font_system.py. A script
without any font at all is a clear error naming the script.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..document.script import Script
from .font_system import Catalogue, Sources, catalogue, system_sources

#: The scripts the style spec names fonts for, in the order they are looked up.
SCRIPTS = tuple(Script)
STYLES = ("regular", "bold", "italic", "bold_italic")

#: The style spec's font roles ([fonts] keys) and the script each must cover.
ROLE_SCRIPT = {"latin": Script.LATIN, "cjk": Script.CJK, "cjk_bold": Script.CJK,
               "cjk_emphasis": Script.CJK, "arabic": Script.ARABIC}

#: What a role's text is called in notices.
ROLE_TEXT = {"latin": "Latin and Cyrillic text", "cjk": "Chinese text",
             "cjk_bold": "Chinese bold text", "cjk_emphasis": "Chinese emphasised text",
             "arabic": "Arabic text"}

#: Faces UN offices use interchangeably with a face the style spec names: tried right after
#: it (Traditional Arabic where Simplified Arabic is not installed).
EQUIVALENTS = {"Simplified Arabic": ("Traditional Arabic",)}

#: The family shipped in resources/fonts for each role (none for the optional Kai face).
BUNDLED = {"latin": "Liberation Serif", "cjk": "AR PL UMing CN",
           "cjk_bold": "Droid Sans Fallback", "arabic": "Amiri"}


class MissingFontError(RuntimeError):
    """No usable font is installed for a script the document needs."""


@dataclass(frozen=True)
class FontFile:
    path: Path
    index: int = 0  # sub-font of a .ttc collection


@dataclass(frozen=True)
class FontFamily:
    """The four faces of one family; a style it lacks is its regular (or bold) face, and
    `missing` names those styles, so that using one can be reported."""

    name: str
    regular: FontFile
    bold: FontFile
    italic: FontFile
    bold_italic: FontFile
    missing: frozenset[str] = frozenset()

    def face(self, bold: bool, italic: bool) -> FontFile:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        return self.italic if italic else self.regular

    @staticmethod
    def style(bold: bool, italic: bool) -> str:
        return {(False, False): "regular", (True, False): "bold", (False, True): "italic",
                (True, True): "bold_italic"}[(bold, italic)]


@dataclass(frozen=True)
class Resolved:
    """The family a role is set in, and what the reader should be told about it."""

    family: FontFamily
    #: Empty when the family is one the style spec asks for.
    notices: tuple[str, ...] = ()


def family_from(name: str, faces: dict[str, FontFile]) -> FontFamily:
    """A family from the faces found (regular required); missing styles borrow."""
    regular = faces["regular"]
    bold = faces.get("bold", regular)
    italic = faces.get("italic", regular)
    bold_italic = faces.get("bold_italic", bold if "bold" in faces else italic)
    return FontFamily(name, regular, bold, italic, bold_italic,
                      frozenset(s for s in STYLES if s not in faces))


@dataclass
class FontFinder:
    """Finds families in some `Sources` (the system's by default); the catalogue is read on
    first use and kept."""

    sources: Sources = field(default_factory=system_sources)
    _catalogue: Catalogue | None = None
    #: Families found but refused (reportlab could not read them): passed over.
    refused: set[str] = field(default_factory=set)

    def refuse(self, name: str) -> None:
        """Pass family *name* over from now on."""
        self.refused.add(name.casefold())

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = catalogue(self.sources)
        return self._catalogue

    def find_family(self, preferences: Sequence[str]) -> FontFamily | None:
        """The first of *preferences* (each followed by its EQUIVALENTS) installed with
        TrueType outlines, or None."""
        for name in dict.fromkeys(alternative for preference in preferences
                                  for alternative in (preference,
                                                      *EQUIVALENTS.get(preference, ()))):
            faces = {} if name.casefold() in self.refused else self.catalogue.family(name)
            if "regular" in faces:
                return family_from(name, {style: FontFile(Path(face.path), face.index)
                                          for style, face in faces.items()})
        return None

    def resolve(self, role: str, preferences: Sequence[str]) -> Resolved | None:
        """The family for *role* ("latin", "cjk_bold"…): the first preference found; else
        the face we ship for it, else any face covering its script, with a notice naming
        the face used instead. An optional role we ship nothing for (Chinese emphasis) is
        None when none of its preferences is installed: it stays off."""
        family = self.find_family(preferences)
        if family is not None:
            return Resolved(family)
        if role not in BUNDLED:
            return None
        substitute = self._bundled(role) or self._covering(ROLE_SCRIPT.get(role, Script.LATIN))
        if substitute is None:
            return None
        family, where = substitute
        return Resolved(family, (f"{ROLE_TEXT.get(role, role)}: {self._why(preferences)}; set "
                                 f"in {family.name} ({where}) instead",))

    def _why(self, preferences: Sequence[str]) -> str:
        """Why none of *preferences* is used: not installed, or not as TrueType."""
        cff = [name for name in preferences if self.catalogue.untrue(name)]
        absent = [name for name in preferences if name not in cff]
        reasons = []
        if absent:
            reasons.append(f"{' or '.join(absent)} not installed")
        if cff:
            reasons.append(f"{' or '.join(cff)} installed only with PostScript (CFF) outlines, "
                           "which PDFs made here cannot embed")
        return "; ".join(reasons) or "no face named"

    def _bundled(self, role: str) -> tuple[FontFamily, str] | None:
        name = BUNDLED.get(role)
        if name is None or name.casefold() in self.refused:
            return None
        bundled = {face.style: face for face in self.catalogue.bundled
                   if face.truetype and face.style and name in face.families}
        if "regular" not in bundled:
            return None
        return (family_from(name, {style: FontFile(Path(face.path), face.index)
                                   for style, face in bundled.items()}),
                "shipped with cica-desktop")

    def _covering(self, script: str) -> tuple[FontFamily, str] | None:
        for face in self.catalogue.covering(script):
            if face.families and face.families[0].casefold() not in self.refused:
                name = face.families[0]
                faces = self.catalogue.family(name)
                if "regular" not in faces:
                    faces = {"regular": face}
                return (family_from(name, {style: FontFile(Path(f.path), f.index)
                                           for style, f in faces.items()}),
                        "installed on this computer")
        return None

    def require(self, role: str, preferences: Sequence[str]) -> Resolved:
        resolved = self.resolve(role, preferences)
        if resolved is None:
            raise MissingFontError(
                f"no font for {ROLE_TEXT.get(role, role)}: none of {', '.join(preferences)} is "
                f"installed, the fonts shipped with cica-desktop are missing, and no "
                f"installed font covers it")
        return resolved


_finder: list[FontFinder] = []


def default_finder() -> FontFinder:
    """The finder over this computer's fonts (read once per process)."""
    if not _finder:
        _finder.append(FontFinder())
    return _finder[-1]


@contextmanager
def fonts_from(sources: Sources) -> Iterator[FontFinder]:
    """Documents rendered inside find their fonts in *sources* only (a test's simulated
    Windows or macOS folders; a computer without fonts)."""
    finder = FontFinder(sources)
    _finder.append(finder)
    try:
        yield finder
    finally:
        _finder.remove(finder)


def find_family(preferences: Sequence[str]) -> FontFamily | None:
    """The first of *preferences* installed on this computer (or shipped with us)."""
    return default_finder().find_family(preferences)


def require_family(script: str, preferences: list[str]) -> FontFamily:
    """The family for *script*: a preference, else a substitute (see FontFinder.resolve);
    MissingFontError when there is none."""
    return default_finder().require(script, preferences).family


def with_bold_face(family: FontFamily, bold: FontFamily | None) -> FontFamily:
    """Use another family's regular face as *family*'s bold where it has none (Chinese: Song
    text, Hei bold)."""
    if bold is None or "bold" not in family.missing:
        return family
    return FontFamily(family.name, family.regular, bold.regular, family.italic, bold.regular,
                      family.missing - {"bold", "bold_italic"})
