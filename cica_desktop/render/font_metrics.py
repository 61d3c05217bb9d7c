"""reportlab fonts made from cached metrics: parsing a font file is done once per file.

reportlab's `TTFont` parses the whole file (character map, every glyph's width and place)
each time a program starts: 40-60 ms for a Chinese face. What the parse produces is kept in
the on-disk cache (render/font_cache.py, keyed by the file's path, size and mtime and by
reportlab's version) as flat arrays; a later start rebuilds the face from them in a few
milliseconds, and reads the font file itself only when a PDF embeds glyphs from it.

A cache entry that does not have exactly the fields and types a parse gives is rebuilt.
"""

from __future__ import annotations

import mmap
import os
import threading
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Callable
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import (
    FF_NONSYMBOLIC,
    FF_SYMBOLIC,
    TTEncoding,
    TTFNameBytes,
    TTFont,
    TTFontFace,
)

from . import font_cache

#: Attributes of a parsed face kept as arrays: name -> array type code.
_ARRAYS = {"codes": "I", "glyphs": "I", "width_codes": "I", "widths": "d",
           "advances": "d", "side_bearings": "I", "glyph_positions": "I"}
#: The face's own attributes that are bulky or rebuilt here.
_DERIVED = {"_ttf_data", "_pdfScale", "charToGlyph", "glyphToChar", "charWidths", "hmetrics",
            "glyphPos", "_subsets", "_subsets_lock"}
_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")


class _Pairs:
    """hmetrics as reportlab reads them ((advance, side bearing) per glyph), from arrays."""

    def __init__(self, advances: array[float], side_bearings: array[int]) -> None:
        self.advances = advances
        self.side_bearings = side_bearings

    def __getitem__(self, glyph: int) -> tuple[float, int]:
        return self.advances[glyph], self.side_bearings[glyph]

    def __len__(self) -> int:
        return len(self.advances)


class _EmbeddedSubsets:
    """A face that keeps the last subsets it embedded, cut and compressed.

    The live preview renders the same package again after every keystroke, and each
    render embeds the same subsets of 256 characters of each face: cutting them from the
    font file and compressing them was 3.5 of the 31 ms of the English sample's PDF and 17
    of the 51 ms of the Chinese one (a subset of Chinese glyphs is large). A subset is known by
    the characters it holds, in order; the bytes embedded are exactly those a first
    embedding gives. A face whose file is read again (`CachedFace._parse_again`) forgets
    them.
    """

    #: The bytes of subsets kept per face, at most (the newest is always kept): a Chinese
    #: subset of 256 characters is about 65 KB compressed, a Latin one 20 KB; a package
    #: uses a few per face, a 150-page Chinese one about a dozen.
    KEPT_BYTES = 2_000_000

    _subsets: OrderedDict[tuple[int, ...], tuple[int, bytes]]
    _subsets_lock: threading.Lock

    def _embedded(self, subset: list[int], compress: bool) -> tuple[int, bytes]:
        """(length, bytes) of the font program for *subset*: compressed with *compress*."""
        key = (int(compress), *subset)
        lock = self.__dict__.setdefault("_subsets_lock", threading.Lock())
        with lock:
            kept = self.__dict__.setdefault("_subsets", OrderedDict())
            if key in kept:
                kept.move_to_end(key)
                found: tuple[int, bytes] = kept[key]
                return found
        program = self.makeSubset(subset)  # type: ignore[attr-defined]
        embedded = (len(program), zlib.compress(program) if compress else bytes(program))
        with lock:
            kept[key] = embedded
            total = sum(len(data) for _, data in kept.values())
            while total > self.KEPT_BYTES and len(kept) > 1:
                total -= len(kept.popitem(last=False)[1][1])
        return embedded

    def forget_subsets(self) -> None:
        with self.__dict__.setdefault("_subsets_lock", threading.Lock()):
            self.__dict__.pop("_subsets", None)

    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:
        """reportlab's (ttfonts.TTFontFile.addSubsetObjects, reportlab 4.x), the font
        program from `_embedded`: a stream whose Filter is set is written as it is."""
        length, program = self._embedded(subset, bool(doc.compression))
        dictionary = pdfdoc.PDFDictionary({"Length1": length})
        if doc.compression:
            dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
        font_file = pdfdoc.PDFStream(dictionary, program)
        face: Any = self
        font_file_ref = doc.Reference(font_file, f"fontFile:{face.filename}({fontname})")
        descriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor",
            "Ascent": face.ascent,
            "CapHeight": face.capHeight,
            "Descent": face.descent,
            "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
            "FontBBox": pdfdoc.PDFArray(face.bbox),
            "FontName": pdfdoc.PDFName(fontname),
            "ItalicAngle": face.italicAngle,
            "StemV": face.stemV,
            "FontFile2": font_file_ref,
            "MissingWidth": face.defaultWidth,
        })
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)


class ParsedFace(_EmbeddedSubsets, TTFontFace):  # type: ignore[misc]
    """A face parsed from its file (reportlab's), keeping the subsets it embedded. Its
    file was read whole by the parse: there is nothing to open or let go."""

    def open_file(self) -> None:
        pass

    def release_file(self) -> None:
        pass


class CachedFace(_EmbeddedSubsets, TTFontFace):  # type: ignore[misc]
    """A face rebuilt from cached metrics; the file is read when glyphs are embedded."""

    def __init__(self, path: str, scalars: dict[str, Any], arrays: dict[str, array[Any]],
                 index: int = 0, file_key: tuple[str, int, int] | None = None) -> None:
        # No TTFontFace.__init__: that parses the file, which is what the cache spares.
        self.__dict__.update(scalars)
        #: The face's index in its file, and the file's (path, size, mtime) the metrics
        #: are of (font_cache.file_key).
        self._subfont_index = index
        self._file_key = file_key or font_cache.file_key(Path(path))
        #: Renders embedding from this face now (threads of the window share the face):
        #: the file is let go when the last one is done.
        self._file_lock = threading.Lock()
        self._file_users = 0
        for key in _NAMES:
            self.__dict__[key] = TTFNameBytes(scalars[key])
        per_em = self.unitsPerEm
        scale = 1000 / per_em
        self._pdfScale: Callable[[float], float] = (
            (lambda x: x) if per_em == 1000 else (lambda x: x * scale))
        self.filename = path
        self.charToGlyph = dict(zip(arrays["codes"], arrays["glyphs"], strict=True))
        self.charWidths = dict(zip(arrays["width_codes"], arrays["widths"], strict=True))
        self.glyphPos = arrays["glyph_positions"]
        self.hmetrics = _Pairs(arrays["advances"], arrays["side_bearings"])

    def __getattr__(self, name: str) -> Any:
        # Only for attributes not set: the file's bytes and the reverse character map,
        # which subsetting and shaping need and plain measuring does not.
        if name == "_ttf_data":  # asked outside an embedding: kept from now on
            self.open_file()
            return self._ttf_data
        if name == "glyphToChar":
            reverse: dict[int, list[int]] = {}
            for code, glyph in self.charToGlyph.items():
                reverse.setdefault(glyph, []).append(code)
            self.glyphToChar = reverse
            return reverse
        raise AttributeError(name)


    def open_file(self) -> None:
        """Map the file, to embed glyphs from it. Mapped, not read: a Chinese face's file
        is 20 MB, of which a document embeds a few hundred glyphs (reading it took 14 ms
        of a cold build). A file changed since its metrics were read is parsed again."""
        with self._file_lock:
            self._file_users += 1
            if "_ttf_data" in self.__dict__:
                return
            with open(self.filename, "rb") as handle:
                status = os.fstat(handle.fileno())
                if (status.st_size, status.st_mtime_ns) != self._file_key[1:]:
                    self._parse_again()
                else:
                    self._ttf_data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)

    def _parse_again(self) -> None:
        """The file changed since its metrics were read (a font updated while the window
        is open): take everything from the file as it is now, so the glyphs embedded and
        the places they are read from agree. Text laid out before keeps the old widths
        for this one document; the next is laid out with the new."""
        fresh = TTFontFace(self.filename, subfontIndex=self._subfont_index)
        self.__dict__.update(vars(fresh))
        self.forget_subsets()
        self._file_key = font_cache.file_key(Path(self.filename))

    def release_file(self) -> None:
        """Unmap the file until glyphs are embedded again: a file truncated under a
        mapping crashes the process that reads it, and a long-lived render process need
        not hold every face's file. The next mapping is checked against the file the
        metrics came from (`_parse_again`)."""
        with self._file_lock:
            self._file_users = max(0, self._file_users - 1)
            data = self.__dict__.get("_ttf_data")
            if self._file_users or data is None:
                return  # another render is still cutting glyphs from it
            if isinstance(data, mmap.mmap):
                try:
                    data.close()
                except BufferError:  # a shaper (uharfbuzz) still holds the mapping
                    return
            del self.__dict__["_ttf_data"]

    def get_table(self, tag: str) -> bytes | _TableSlices:
        """A table of the file, as reportlab's subsetting asks for it. The glyph table
        (most of a Chinese face) is sliced where each glyph lies instead of being copied
        whole for every subset of 256 characters: 19 ms of a cold build."""
        if tag != "glyf":
            return bytes(TTFontFace.get_table(self, tag))
        start, length = self.get_table_pos(tag)
        return _TableSlices(self._ttf_data, start, length)


class _TableSlices:
    """A table of a font file that gives bytes for each slice asked of it."""

    def __init__(self, data: Any, start: int, length: int) -> None:
        self.data, self.start, self.length = data, start, length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, part: slice) -> bytes:
        begin, end, step = part.indices(self.length)
        if step != 1:
            raise ValueError("a font table is sliced in order")
        return bytes(self.data[self.start + begin:self.start + max(begin, end)])


class CachedTTFont(TTFont):  # type: ignore[misc]
    """A reportlab TTFont around a face made elsewhere (TTFont.__init__ would parse)."""

    def __init__(self, name: str, face: TTFontFace) -> None:
        # What TTFont.__init__ sets, but the face.
        self.fontName = name
        self.face = face
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)

    def addObjects(self, doc: Any) -> None:
        """Embed the subsets of this face the document used (reportlab's own), then let
        the file go (CachedFace.release_file). The file is opened first, so that a file
        changed since its metrics were read is parsed again before any glyph is looked
        up, not halfway through a subset."""
        self.face.open_file()
        try:
            TTFont.addObjects(self, doc)
        finally:
            self.face.release_file()


def load_font(name: str, path: Path, index: int) -> TTFont:
    """A reportlab font for face *index* of *path*, named *name*, from the cache when the
    cache holds this very file's metrics, else parsed (and cached)."""
    key = (*font_cache.file_key(path), index, reportlab.Version)
    parsed: list[TTFont] = []

    def parse() -> _Entry:
        font = CachedTTFont(name, ParsedFace(str(path), subfontIndex=index))
        parsed.append(font)
        return _Entry.of(font.face)

    entry = font_cache.cached("metrics", key, parse, _Entry.from_plain)
    if parsed:
        return parsed[0]
    return CachedTTFont(name, CachedFace(str(path), entry.scalars, entry.arrays, index,
                                         (key[0], key[1], key[2])))


class _Entry:
    """A parsed face as the cache keeps it: plain scalars and flat arrays."""

    def __init__(self, scalars: dict[str, Any], arrays: dict[str, array[Any]]) -> None:
        self.scalars = scalars
        self.arrays = arrays

    @classmethod
    def of(cls, face: TTFontFace) -> _Entry:
        scalars = {key: (bytes(value) if key in _NAMES else value)
                   for key, value in vars(face).items() if key not in _DERIVED}
        hmetrics = face.hmetrics
        arrays = {
            "codes": array("I", face.charToGlyph.keys()),
            "glyphs": array("I", face.charToGlyph.values()),
            "width_codes": array("I", face.charWidths.keys()),
            "widths": array("d", face.charWidths.values()),
            "advances": array("d", (aw for aw, _lsb in hmetrics)),
            "side_bearings": array("I", (lsb for _aw, lsb in hmetrics)),
            "glyph_positions": array("I", face.glyphPos),
        }
        return cls(scalars, arrays)

    def plain(self) -> tuple[dict[str, Any], dict[str, bytes]]:
        return self.scalars, {key: value.tobytes() for key, value in self.arrays.items()}

    @classmethod
    def from_plain(cls, data: object) -> _Entry:
        if not (isinstance(data, tuple) and len(data) == 2):
            raise ValueError("not a metrics entry")
        scalars, raw = data
        if not (isinstance(scalars, dict) and isinstance(raw, dict)
                and set(raw) == set(_ARRAYS)
                and all(isinstance(scalars.get(key), bytes) for key in _NAMES)
                and isinstance(scalars.get("unitsPerEm"), int) and scalars["unitsPerEm"] > 0
                and isinstance(scalars.get("numGlyphs"), int)):
            raise ValueError("not a metrics entry")
        arrays: dict[str, array[Any]] = {}
        for key, code in _ARRAYS.items():
            values = array(code)
            values.frombytes(raw[key])
            arrays[key] = values
        glyphs = scalars["numGlyphs"]
        if (len(arrays["codes"]) != len(arrays["glyphs"])
                or len(arrays["width_codes"]) != len(arrays["widths"])
                or len(arrays["advances"]) != glyphs or len(arrays["side_bearings"]) != glyphs
                or len(arrays["glyph_positions"]) != glyphs + 1
                or any(glyph >= glyphs for glyph in arrays["glyphs"])):
            raise ValueError("metrics entry does not fit its face")
        return cls(scalars, arrays)
