"""What a font file holds, read from its own tables (fontTools): the faces in it, each with
its family names (in every language the file gives, so SimSun is also found as 宋体), its
style and whether its outlines are TrueType (reportlab embeds nothing else: no CFF, no
OpenType-CFF); and, read only when a face is sought by coverage, which of our scripts a face
covers.

Reading is done once per file: `font_system` keeps the results in the on-disk cache.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..document.script import Script

#: Characters a face must have to be used for a script. Russian is set in the Latin face;
#: Arabic is shaped into presentation forms before it is drawn (render/rtl.py), so the
#: Arabic face must have those forms too.
SAMPLES: dict[str, str] = {
    Script.LATIN: "AZaz09.,;:’“”–—éçñàœÉÀÑЖжЯяЁё",
    Script.CJK: "的一是不了人我在有这中国联合大会，。、《》“”",
    Script.ARABIC: "ابتثجحخدذرزسشصضطظعغفقكلمنهوي،؛؟\ufe8d\ufe91\ufe92\ufefb\ufee0",
}

FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")

_STYLES = ("regular", "bold", "italic", "bold_italic")


@dataclass(frozen=True)
class Face:
    """One face of a font file (a .ttc holds several)."""

    path: str
    index: int
    #: Its family names, the first the English one.
    families: tuple[str, ...]
    #: "regular", "bold", "italic" or "bold_italic"; "" for other weights and widths.
    style: str
    #: TrueType outlines ('glyf'): the only kind reportlab can embed.
    truetype: bool

    def plain(self) -> tuple[object, ...]:
        return (self.path, self.index, self.families, self.style, self.truetype)

    @classmethod
    def from_plain(cls, data: object) -> Face:
        """A face back from the cache; ValueError if the data is not one."""
        if not isinstance(data, tuple) or len(data) != 5:
            raise ValueError("not a face")
        path, index, families, style, truetype = data
        if not (isinstance(path, str) and isinstance(index, int) and isinstance(truetype, bool)
                and isinstance(families, tuple) and all(isinstance(f, str) for f in families)
                and style in ("", *_STYLES)):
            raise ValueError("not a face")
        return cls(path, index, families, style, truetype)


def style_key(subfamily: str) -> str:
    """Our style key for a style name ("Bold Italic", "Slanted", "Book"…); "" for others."""
    s = subfamily.lower().replace("-", " ")
    bold = "bold" in s
    italic = any(word in s for word in ("italic", "oblique", "slanted", "kursiv"))
    if not bold and not italic:
        plain = {"regular", "book", "light", "roman", "normal", "medium", "plain", "standard"}
        return "regular" if s.strip() in plain else ""
    if any(word in s for word in ("semi", "demi", "extra", "ultra", "black", "condensed",
                                  "narrow", "light")):
        return ""
    return "bold_italic" if bold and italic else ("bold" if bold else "italic")


def read_faces(path: Path) -> list[Face]:
    """Every face of the font file at *path*; [] if it is not a font fontTools can read."""
    from fontTools.ttLib import (  # type: ignore[import-untyped]
        TTCollection,
        TTFont,
        TTLibError,
    )

    try:
        if path.suffix.lower() in (".ttc", ".otc"):
            with TTCollection(str(path), lazy=True) as collection:
                return [_face(path, index, font)
                        for index, font in enumerate(collection.fonts)]
        with TTFont(str(path), lazy=True) as font:
            return [_face(path, 0, font)]
    except (TTLibError, OSError, KeyError, ValueError, AssertionError, IndexError,
            AttributeError, TypeError, UnicodeDecodeError, EOFError):
        return []


def _face(path: Path, index: int, font: object) -> Face:
    from fontTools.ttLib import TTFont

    assert isinstance(font, TTFont)
    families, subfamily = _names(font)
    return Face(str(path), index, families, style_key(subfamily), "glyf" in font)


def read_coverage(path: Path, index: int) -> tuple[str, ...]:
    """The scripts whose SAMPLES face *index* of *path* has every character of."""
    from fontTools.ttLib import TTFont, TTLibError

    try:
        with TTFont(str(path), lazy=True, fontNumber=index) as font:
            cmap = font.getBestCmap() or {}
    except (TTLibError, OSError, KeyError, ValueError, AssertionError, IndexError,
            AttributeError, TypeError, EOFError):
        return ()
    return tuple(str(script) for script, sample in SAMPLES.items()
                 if all(ord(char) in cmap for char in sample))


def _names(font: object) -> tuple[tuple[str, ...], str]:
    """(family names, English first; the subfamily name of the legacy family)."""
    from fontTools.ttLib import TTFont

    assert isinstance(font, TTFont)
    families: list[str] = []
    subfamily = ""
    if "name" not in font:
        return (), ""
    table = font["name"]
    english: list[str] = []
    for record in table.names:
        try:
            text = record.toUnicode().strip()
        except (UnicodeDecodeError, ValueError):
            continue
        if not text:
            continue
        is_english = record.platformID == 1 or record.langID in (0x409, 0)
        if record.nameID == 1:
            (english if is_english else families).append(text)
        elif record.nameID == 2 and (is_english or not subfamily):
            subfamily = text
    # The typographic family (name 16) for faces whose legacy family names a weight
    # ("Arial Black"): only when its own subfamily (17) is a plain style.
    typographic = table.getDebugName(16)
    typographic_style = table.getDebugName(17) or ""
    if typographic and style_key(typographic_style):
        english.append(typographic)
        subfamily = typographic_style
    return tuple(dict.fromkeys(english + families)), subfamily
