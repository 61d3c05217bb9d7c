"""A face keeps the subsets it last embedded: the live preview renders the same package
after every keystroke, and cutting and compressing the same glyphs again was a sixth of
an English PDF and a third of a Chinese one. What is embedded is byte for byte what a
first embedding gives; a subset that changed is cut afresh; a face keeps a bounded number;
a font file changed on disk is never embedded from what was kept."""

from __future__ import annotations

import io
import os
import random
import shutil
import sys
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from font_files import CJK, ITALIC, LATIN
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas

from cica_desktop.compose import Part, compose
from cica_desktop.model import load_project
from cica_desktop.render import pdf_bytes
from cica_desktop.render.font_metrics import CachedTTFont, ParsedFace, load_font
from cica_desktop.samples import sample_path


@pytest.fixture(autouse=True)
def cache(own_font_cache: Path) -> Path:
    """An empty metrics cache of the test's own."""
    return own_font_cache


@pytest.fixture
def cuts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The size of every subset cut from a font file from now on."""
    made: list[int] = []
    original = TTFontFace.makeSubset

    def counted(face: TTFontFace, subset: list[int]) -> bytes:
        made.append(len(subset))
        return bytes(original(face, subset))

    monkeypatch.setattr(TTFontFace, "makeSubset", counted)
    yield made


def font_programs(pdf: bytes) -> dict[str, tuple[int, bytes]]:
    """Each embedded font program by its font's name: (Length1, the program)."""
    return {name: (length, program)
            for name, (length, program, _, _) in embedded_fonts(pdf).items()}


def embedded_fonts(pdf: bytes) -> dict[str, tuple[int, bytes, bytes, list[float]]]:
    """Each embedded font by its name: Length1 and the program, the ToUnicode CMap, the
    widths."""
    fonts = {}
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for font in page.Resources.Font.values():
                if "/FontDescriptor" in font:
                    stream = font.FontDescriptor.FontFile2
                    fonts[str(font.BaseFont)] = (
                        int(stream.Length1), stream.read_bytes(), font.ToUnicode.read_bytes(),
                        [float(width) for width in font.Widths])
    return fonts


def test_the_same_package_rendered_again_embeds_the_same_fonts_without_cutting_them(
        cuts: list[int]) -> None:
    document = compose(load_project(sample_path("zh")), Part.PACKAGE)
    for name in pdfmetrics.getRegisteredFontNames():  # as in a process just started
        face = getattr(pdfmetrics.getFont(name), "face", None)
        if hasattr(face, "forget_subsets"):
            face.forget_subsets()
    first, _ = pdf_bytes(document)
    assert cuts  # the first render cut its subsets
    cuts.clear()
    again, _ = pdf_bytes(document)
    assert cuts == []
    before, after = embedded_fonts(first), embedded_fonts(again)
    assert before == after and len(before) >= 4
    assert all(length == len(program) for length, program, _, _ in after.values())


def draw(font: str, text: str, compress: bool = True) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=int(compress))
    canvas.setFont(font, 12)
    canvas.drawString(72, 720, text)
    canvas.save()
    return out.getvalue()


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def registered(name: str, path: Path = LATIN) -> CachedTTFont:
    """A face rebuilt from the metrics cache, registered under *name*. reportlab gives a
    face already registered under another name that one's object: this face is named
    apart."""
    load_font(f"{name}-parsed", path, 0)
    font = load_font(name, path, 0)
    assert isinstance(font, CachedTTFont)
    font.face.name = TTFNameBytes(name.encode())
    pdfmetrics.registerFont(font)
    assert pdfmetrics.getFont(name) is font
    return font


def test_a_new_character_embeds_a_subset_that_holds_it(cuts: list[int]) -> None:
    registered("new-character")
    draw("new-character", "General Assembly")
    cuts.clear()
    pdf = draw("new-character", "Assemblée générale")
    assert cuts  # the subset now holds é: not the one kept
    assert text_of(pdf) == "Assemblée générale"


def test_a_face_keeps_a_bounded_number_of_subsets(cuts: list[int],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    font = registered("bounded")
    monkeypatch.setattr(type(font.face), "KEPT_BYTES", 100_000)
    for index in range(12):  # a Latin subset is about 20 KB compressed
        draw("bounded", f"subset {index} " + chr(0x100 + index))
    kept = vars(font.face)["_subsets"]
    assert 1 < len(kept) < 12
    assert sum(objects.size for objects in kept.values()) <= 100_000
    cuts.clear()
    draw("bounded", "subset 11 " + chr(0x100 + 11))  # the last: kept
    assert cuts == []
    draw("bounded", "subset 0 " + chr(0x100))  # the first: let go, cut again
    assert cuts


def test_an_uncompressed_pdf_embeds_the_program_as_it_is() -> None:
    registered("uncompressed")
    draw("uncompressed", "General Assembly")
    pdf = draw("uncompressed", "General Assembly", compress=False)
    [(length, program)] = font_programs(pdf).values()
    assert length == len(program) and program[:4] == b"\x00\x01\x00\x00"


def test_a_font_file_changed_on_disk_is_not_embedded_from_what_was_kept(
        tmp_path: Path, cuts: list[int]) -> None:
    path = tmp_path / "face.ttf"
    shutil.copyfile(LATIN, path)
    registered("kept", path)
    draw("kept", "Assembly")
    shutil.copyfile(ITALIC, path)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    cuts.clear()
    [(_, program)] = font_programs(draw("kept", "Assembly")).values()
    assert cuts  # cut from the file as it is now
    fresh = CachedTTFont("fresh-italic", ParsedFace(str(ITALIC)))
    fresh.face.name = TTFNameBytes(b"FreshItalic")  # a face of its own to reportlab
    pdfmetrics.registerFont(fresh)
    [(_, expected)] = font_programs(draw("fresh-italic", "Assembly")).values()
    assert program == expected


def test_a_face_embeds_what_reportlabs_own_font_embeds() -> None:
    """The subsets' objects are made here, not by reportlab's TTFont.addObjects: the
    program, the widths and the CMap are the ones reportlab writes for the same text."""
    text = "Assemblée générale — 联合国 ★ A/62/232"
    ours = registered("ours-embedding")
    reportlabs = TTFont("reportlab-embedding", str(LATIN))
    reportlabs.face.name = TTFNameBytes(b"reportlab-embedding")
    pdfmetrics.registerFont(reportlabs)
    assert type(pdfmetrics.getFont("reportlab-embedding")) is TTFont and ours is not reportlabs
    [mine] = embedded_fonts(draw("ours-embedding", text)).values()
    [theirs] = embedded_fonts(draw("reportlab-embedding", text)).values()
    assert mine[:2] == theirs[:2] and mine[3] == theirs[3]
    assert mine[2].replace(b"ours-embedding", b"X") == \
        theirs[2].replace(b"reportlab-embedding", b"X")


def test_our_fonts_code_text_as_reportlab_does() -> None:
    """Our fonts' quick way of coding text already coded in the first subset gives the
    codes reportlab's own TTFont gives, call after call, as the subsets fill up (Chinese
    fills the first one and goes on to others), with no-break spaces and characters the
    face lacks."""
    ours = load_font("coding-ours", CJK, 0)
    reportlabs = TTFont("coding-reportlab", str(CJK))
    rng = random.Random(1130)
    chinese = "".join(chr(code) for code in range(0x4E00, 0x4E00 + 600))
    alphabet = ("General Assembly \u00a0", chinese, "Ǆ\u2603", "é»«")
    class Doc:
        """What splitString asks of a document: only its identity (a weak key)."""

    ours_doc, reportlabs_doc = Doc(), Doc()
    for _ in range(3000):
        text = "".join(rng.choice(rng.choice(alphabet)) for _ in range(rng.randint(0, 12)))
        assert ours.splitString(text, ours_doc) == reportlabs.splitString(text, reportlabs_doc)
    assert ours.state[ours_doc].nextCode > 256  # the first subset filled up on the way


def test_exports_in_several_threads_never_keep_a_wrong_subset() -> None:
    """The window's export threads share faces, and reportlab cuts a subset through the
    face's one file cursor: two cuts at once read each other's places. A face cuts one
    subset at a time, so what it keeps is what a lone cut gives. (Threads are made to
    switch every microsecond to make the overlap likely; it exists at any rate.)"""
    font = registered("threads")
    face = font.face
    face.open_file()
    try:
        chars = sorted(code for code in face.charToGlyph if 0xC0 <= code <= 0x24F)
        subsets = [[0, *chars[start:start + 60]] for start in range(0, 160, 20)]
        alone = [bytes(face.makeSubset(subset)) for subset in subsets]
        document = pdfdoc.PDFDocument(compression=1)
        errors: list[BaseException] = []

        def cut(index: int) -> None:
            try:
                face.subset_objects(document, f"S{index}", subsets[index])
            except BaseException as error:  # what failed is the test's answer
                errors.append(error)

        interval = sys.getswitchinterval()
        sys.setswitchinterval(1e-6)
        try:
            for _ in range(10):
                face.forget_subsets()
                threads = [threading.Thread(target=cut, args=(index,))
                           for index in range(len(subsets))]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
                assert errors == []
                kept = [zlib.decompress(face.subset_objects(document, f"S{index}",
                                                            subset).program)
                        for index, subset in enumerate(subsets)]
                assert kept == alone
        finally:
            sys.setswitchinterval(interval)
    finally:
        face.release_file()
