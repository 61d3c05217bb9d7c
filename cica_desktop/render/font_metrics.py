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
from dataclasses import dataclass
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
    SUBSETN,
    TTEncoding,
    TTFNameBytes,
    TTFont,
    TTFontFace,
)

from . import font_cache
from .text import NO_BREAK_SPACE
from .to_unicode import to_unicode_cmap

#: Attributes of a parsed face kept as arrays: name -> array type code.
_ARRAYS = {"codes": "I", "glyphs": "I", "width_codes": "I", "widths": "d",
           "advances": "d", "side_bearings": "I", "glyph_positions": "I"}
#: The face's own attributes that are bulky or rebuilt here.
_DERIVED = {"_ttf_data", "_pdfScale", "charToGlyph", "glyphToChar", "charWidths", "hmetrics",
            "glyphPos", "_subsets", "_subsets_lock", "_cut_lock"}
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


@dataclass(frozen=True, slots=True)
class _SubsetObjects:
    """What a PDF embeds for one subset of a face, as written: the font program (and its
    length before compression), the ToUnicode CMap and the widths array."""

    length: int
    program: bytes
    to_unicode: bytes
    widths: bytes

    @property
    def size(self) -> int:
        return len(self.program) + len(self.to_unicode) + len(self.widths)


class _EmbeddedSubsets:
    """A face that keeps what it last embedded for each subset, made once.

    The live preview renders the same package again after every keystroke, and each
    render embeds the same subsets of 256 characters of each face: cutting them from the
    font file, compressing them and their ToUnicode CMaps, and writing their widths was
    4.5 of the 31 ms of the English sample's PDF and 17 of the 51 ms of the Chinese one (a
    subset of Chinese glyphs is large). A subset is known by its name and the characters
    it holds, in order; the bytes embedded are exactly those a first embedding gives. A
    face whose file is read again (`CachedFace._parse_again`) forgets them.
    """

    #: The bytes of subsets kept per face, at most (the newest is always kept): a Chinese
    #: subset of 256 characters is about 65 KB compressed, a Latin one 20 KB; a package
    #: uses a few per face, a 150-page Chinese one about a dozen.
    KEPT_BYTES = 2_000_000

    _subsets: OrderedDict[tuple[Any, ...], _SubsetObjects]
    _subsets_lock: threading.Lock
    _cut_lock: threading.Lock

    def subset_objects(self, doc: Any, name: str, subset: list[int]) -> _SubsetObjects:
        """The objects of the subset called *name* (reportlab's "AAAAAA+Face") holding
        the characters *subset*, compressed if *doc* compresses.

        One subset of a face is cut at a time (`_cut_lock`): reportlab reads the font file
        through the face's one cursor, so two threads cutting at once (the window's
        exports share faces) read each other's places and cut a wrong program, which
        would then be kept for every later document."""
        key = (bool(doc.compression), name, *subset)
        found = self._kept(key)
        if found is not None:
            return found
        with self.__dict__.setdefault("_cut_lock", threading.Lock()):
            found = self._kept(key)  # cut by the thread this one waited for
            if found is not None:
                return found
            made = self._made(doc, name, subset)
        with self._subsets_lock:
            kept = self.__dict__.setdefault("_subsets", OrderedDict())  # maybe forgotten
            kept[key] = made
            total = sum(objects.size for objects in kept.values())
            while total > self.KEPT_BYTES and len(kept) > 1:
                total -= kept.popitem(last=False)[1].size
        return made

    def _kept(self, key: tuple[Any, ...]) -> _SubsetObjects | None:
        with self.__dict__.setdefault("_subsets_lock", threading.Lock()):
            kept = self.__dict__.setdefault("_subsets", OrderedDict())
            if key not in kept:
                return None
            kept.move_to_end(key)
            found: _SubsetObjects = kept[key]
            return found

    def _made(self, doc: Any, name: str, subset: list[int]) -> _SubsetObjects:
        face: Any = self
        program = bytes(face.makeSubset(subset))
        to_unicode = to_unicode_cmap(name, subset).encode("utf-8")
        widths = pdfdoc.PDFArray(list(map(face.getCharWidth, subset))).format(doc)
        if not doc.compression:
            return _SubsetObjects(len(program), program, to_unicode, widths)
        return _SubsetObjects(len(program), zlib.compress(program), zlib.compress(to_unicode),
                              widths)

    def forget_subsets(self) -> None:
        with self.__dict__.setdefault("_subsets_lock", threading.Lock()):
            self.__dict__.pop("_subsets", None)

    def descriptor(self, doc: Any, name: str, objects: _SubsetObjects) -> Any:
        """The subset's font descriptor and font program in *doc* (reportlab's
        TTFontFile.addSubsetObjects, reportlab 4.x); a reference to the descriptor."""
        face: Any = self
        font_file = _stream(doc, objects.program, Length1=objects.length)
        font_file_ref = doc.Reference(font_file, f"fontFile:{face.filename}({name})")
        descriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor",
            "Ascent": face.ascent,
            "CapHeight": face.capHeight,
            "Descent": face.descent,
            "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
            "FontBBox": pdfdoc.PDFArray(face.bbox),
            "FontName": pdfdoc.PDFName(name),
            "ItalicAngle": face.italicAngle,
            "StemV": face.stemV,
            "FontFile2": font_file_ref,
            "MissingWidth": face.defaultWidth,
        })
        return doc.Reference(descriptor, "fontDescriptor:" + name)


def _stream(doc: Any, content: bytes, **entries: Any) -> Any:
    """A stream of *content*, compressed already if *doc* compresses: reportlab writes a
    stream whose Filter is set as it is."""
    dictionary = pdfdoc.PDFDictionary(entries)
    if doc.compression:
        dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    return pdfdoc.PDFStream(dictionary, content)


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

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        """reportlab's (the text as (subset, codes) chunks, giving each new character a
        code), with a quick way for the usual case: every character has a code in the
        first subset already (386 of the English sample's 391 pieces of text). reportlab
        looks each character up in Python: half a millisecond of that sample's PDF."""
        state = self.state.get(doc)
        if state is not None and isinstance(text, str) and text:
            first = _FirstSubset.of(state)
            if first.chars.issuperset(text):
                return [(0, text.translate(first.codes).encode("latin-1"))]
            chunks: list[tuple[int, bytes]] = TTFont.splitString(self, text, doc, encoding)
            first.learn(text, state)
            return chunks
        found: list[tuple[int, bytes]] = TTFont.splitString(self, text, doc, encoding)
        return found

    def addObjects(self, doc: Any) -> None:
        """Embed the subsets of this face the document used, then let the file go
        (CachedFace.release_file). The file is opened first, so that a file changed
        since its metrics were read is parsed again before any glyph is looked up, not
        halfway through a subset."""
        self.face.open_file()
        try:
            self._add_subsets(doc)
        finally:
            self.face.release_file()

    def _add_subsets(self, doc: Any) -> None:
        """reportlab's TTFont.addObjects (reportlab 4.x: a TrueType font per subset of
        256 characters, with its widths, ToUnicode CMap and descriptor), what each subset
        embeds from its face (`_EmbeddedSubsets.subset_objects`)."""
        state = self.state.get(doc)
        if state is None:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        face = self.face
        fonts = doc.idToObject["BasicFonts"].dict
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            name = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            objects = face.subset_objects(doc, name, subset)
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {n}"
            font.Name = internal
            font.BaseFont = name
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = objects.widths
            font.ToUnicode = doc.Reference(_stream(doc, objects.to_unicode),
                                           "toUnicodeCMap:" + name)
            font.FontDescriptor = face.descriptor(doc, name, objects)
            doc.Reference(font, internal)
            fonts[internal] = font
        del self.state[doc]


class _FirstSubset:
    """The characters with a code in a document's first subset of a face, and the codes,
    as `str.translate` takes them; kept on reportlab's state of the face for that
    document. A no-break space is set as a space (as reportlab does)."""

    def __init__(self) -> None:
        self.chars: set[str] = set()
        self.codes: dict[int, int] = {}
        #: The first subset is full: no character will be given a code in it any more
        #: (Chinese text fills it on its first pages), and all its codes are known.
        self.complete = False

    @classmethod
    def of(cls, state: Any) -> _FirstSubset:
        first = getattr(state, "_cica_first_subset", None)
        if first is None:
            first = state._cica_first_subset = cls()
            first.learn("".join(map(chr, state.assignments)), state)
        return first

    def learn(self, text: str, state: Any) -> None:
        """Take in the characters of *text* that now have a code in the first subset."""
        if self.complete:
            return
        if state.nextCode > 0xFF:  # full: take in every code it has, once
            self.complete = True
            text = "".join(map(chr, state.assignments)) + NO_BREAK_SPACE
        assignments = state.assignments
        for char in set(text):
            code = ord(char)
            assigned = assignments.get(32 if code == 0xA0 else code)
            if assigned is not None and assigned < 256:
                self.chars.add(char)
                self.codes[code] = assigned


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
