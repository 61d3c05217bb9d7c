"""Fonts cost a cold start only what the document uses: the scripts it contains are
registered (on first use), from metrics parsed once and kept on disk, keyed by the font
file's path, size and modification time; an entry that is corrupt, stale or not of the
right shape is rebuilt, never trusted."""

from __future__ import annotations

import io
import mmap
import os
import shutil
import threading
from pathlib import Path

import pikepdf
import pytest
from font_files import CJK, ITALIC, LATIN
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas

from cica_desktop.compose import Layout, Part, compose
from cica_desktop.model import load_project
from cica_desktop.render import font_cache
from cica_desktop.render.font_metrics import CachedFace, CachedTTFont, ParsedFace, load_font
from cica_desktop.render.font_system import bundled_fonts_dir, faces_of, folder_faces
from cica_desktop.render.pdf_fonts import DocumentFonts
from cica_desktop.render.stylespec import load_style_spec
from cica_desktop.samples import sample_path


@pytest.fixture(autouse=True)
def cache(own_font_cache: Path) -> Path:
    """An empty metrics cache of the test's own."""
    return own_font_cache


def parsed_from_its_file(font: TTFont) -> bool:
    """The font's face was parsed from the file (reportlab's parse), not rebuilt from
    the cache."""
    return isinstance(font.face, ParsedFace) and not isinstance(font.face, CachedFace)


def entries(cache: Path, kind: str) -> list[Path]:
    return sorted(cache.glob(f"{kind}-*.bin"))


def same_face(cached: TTFont, parsed: TTFont) -> None:
    """Everything reportlab measures and embeds with is the same, and the cached font has
    every attribute a parse gives (a newer reportlab adding one fails here)."""
    assert set(vars(cached)) == set(vars(parsed))
    a, b = cached.face, parsed.face
    assert set(vars(b)) - set(vars(a)) <= {"_ttf_data", "glyphToChar"}  # read when needed
    assert a.charToGlyph == b.charToGlyph and a.charWidths == b.charWidths
    for attribute in ("name", "familyName", "ascent", "descent", "capHeight", "bbox", "flags",
                      "italicAngle", "stemV", "defaultWidth", "numGlyphs", "subfontNameX"):
        assert getattr(a, attribute) == getattr(b, attribute), attribute
    subset = [0, *sorted(b.charToGlyph)[:200:7]]
    assert a.makeSubset(subset) == b.makeSubset(subset)
    assert cached.stringWidth("Assemblée générale 联合国", 10) == \
        parsed.stringWidth("Assemblée générale 联合国", 10)


@pytest.mark.parametrize(("path", "index"), [(LATIN, 0), (CJK, 0), (CJK, 2)])
def test_the_second_start_rebuilds_the_face_from_the_cache(path: Path, index: int,
                                                           cache: Path) -> None:
    parsed = load_font("first", path, index)
    assert parsed_from_its_file(parsed)
    assert len(entries(cache, "metrics")) == 1
    cached = load_font("second", path, index)
    assert isinstance(cached, CachedTTFont)
    same_face(cached, TTFont("fresh", str(path), subfontIndex=index))


@pytest.mark.parametrize("damage", [
    lambda data: data[:len(data) // 2],  # cut short
    lambda data: data[:40] + bytes([data[40] ^ 0xFF]) + data[41:],  # a flipped byte
    lambda data: b"",
    lambda data: b"not a cache entry at all",
])
def test_a_corrupt_entry_is_rebuilt(cache: Path, damage: object) -> None:
    load_font("first", LATIN, 0)
    [entry] = entries(cache, "metrics")
    assert callable(damage)
    entry.write_bytes(damage(entry.read_bytes()))
    font = load_font("again", LATIN, 0)
    assert parsed_from_its_file(font)  # parsed again, not trusted
    same_face(load_font("third", LATIN, 0), TTFont("fresh", str(LATIN)))


def test_a_well_formed_entry_of_the_wrong_shape_is_rebuilt(cache: Path) -> None:
    load_font("first", LATIN, 0)
    key = (*font_cache.file_key(LATIN), 0, __import__("reportlab").Version)
    font_cache.store("metrics", key, ({"name": b"Evil"}, {"codes": b"\x00"}))
    assert parsed_from_its_file(load_font("again", LATIN, 0))
    font_cache.store("metrics", key, "anything")
    assert parsed_from_its_file(load_font("again", LATIN, 0))


def test_a_changed_font_file_is_read_again(tmp_path: Path, cache: Path) -> None:
    """Same path, other contents (another size and time): the old entry is stale."""
    font = tmp_path / "face.ttf"
    shutil.copy(LATIN, font)
    assert load_font("before", font, 0).face.name == b"LiberationSerif"
    assert [face.style for face in faces_of(font)] == ["regular"]
    shutil.copy(ITALIC, font)
    os.utime(font, ns=(1, 1))
    changed = load_font("after", font, 0)
    assert parsed_from_its_file(changed) and changed.face.name == b"LiberationSerif-Italic"
    assert [face.style for face in faces_of(font)] == ["italic"]


def test_a_corrupt_list_of_faces_is_read_again(tmp_path: Path, cache: Path) -> None:
    font = tmp_path / "face.ttf"
    shutil.copy(LATIN, font)
    faces_of(font)
    [entry] = entries(cache, "faces")
    entry.write_bytes(entry.read_bytes()[:-3])
    assert [face.families[0] for face in faces_of(font)] == ["Liberation Serif"]


def test_a_fonts_folder_is_one_entry_checked_file_by_file(tmp_path: Path, cache: Path
                                                         ) -> None:
    """A folder's faces are kept in one entry; a file changed, added or removed since is
    read again, and a damaged entry is read as nothing."""
    fonts = tmp_path / "Fonts"
    fonts.mkdir()
    shutil.copy(LATIN, fonts / "a.ttf")
    shutil.copy(ITALIC, fonts / "b.ttf")

    def styles() -> list[str]:
        return sorted(face.style for face in folder_faces(fonts))

    assert styles() == ["italic", "regular"]
    assert len(entries(cache, "folder")) == 1
    assert styles() == ["italic", "regular"]  # from the entry
    shutil.copy(ITALIC, fonts / "a.ttf")
    os.utime(fonts / "a.ttf", ns=(1, 1))
    (fonts / "b.ttf").unlink()
    shutil.copy(bundled_fonts_dir() / "liberation" / "LiberationSerif-Bold.ttf", fonts / "c.ttf")
    assert styles() == ["bold", "italic"]
    [entry] = entries(cache, "folder")
    entry.write_bytes(entry.read_bytes()[:-10])
    assert styles() == ["bold", "italic"]


def test_the_cache_lives_in_the_users_cache_folder(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    monkeypatch.delenv("CICA_DESKTOP_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert font_cache.cache_dir() == tmp_path / "xdg" / "cica-desktop" / "fonts"


def test_a_cache_that_cannot_be_written_is_only_slower(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CICA_DESKTOP_CACHE_DIR", str(blocked))
    assert parsed_from_its_file(load_font("x", LATIN, 0))


# ------------------------------------------------------------- only the scripts used


def document_fonts(language: str) -> tuple[DocumentFonts, list[str]]:
    document = compose(load_project(sample_path(language)), Part.PACKAGE, Layout.UN)
    notices: list[str] = []
    return DocumentFonts(load_style_spec(document.language), document, [], notices), notices


def test_an_english_document_registers_the_latin_faces_only() -> None:
    fonts, _ = document_fonts("en")
    assert set(fonts.families) == {"latin"}
    fonts, _ = document_fonts("zh")
    assert set(fonts.families) == {"latin", "cjk"}


def test_a_character_the_latin_face_lacks_loads_another_script_quietly() -> None:
    fonts, notices = document_fonts("en")
    assert list(fonts.pieces("See ※ below", "latin", "here")) == [
        ("latin", "See "), ("cjk", "※"), ("latin", " below")]
    assert "cjk" in fonts.families and notices == [] and fonts.missing == []


def test_a_cached_face_holds_its_file_only_while_embedding(cache: Path) -> None:
    """The file is mapped to cut the glyphs a PDF embeds, and let go once they are cut: a
    long-lived render process does not hold 20 MB per Chinese face."""
    load_font("uming-first", CJK, 0)
    font = load_font("uming-cached", CJK, 0)
    assert isinstance(font, CachedTTFont)
    pdfmetrics.registerFont(font)
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont("uming-cached", 12)
    canvas.drawString(72, 720, "联合国大会 General Assembly")
    canvas.save()
    assert "_ttf_data" not in vars(font.face)
    with pikepdf.open(io.BytesIO(out.getvalue())) as pdf:
        embedded = [f.FontDescriptor.FontFile2.read_bytes()
                    for f in pdf.pages[0].Resources.Font.values() if "/FontDescriptor" in f]
        assert embedded and all(len(data) > 1000 for data in embedded)


def test_a_font_file_changed_while_open_is_embedded_from_what_it_is_now(
        tmp_path: Path, cache: Path) -> None:
    """A face whose file is replaced after its metrics were read (a font updated while
    the window is open) embeds its glyphs as the new file has them: the places they are
    read from and the bytes agree, never a mix of the two files."""
    path = tmp_path / "face.ttf"
    shutil.copyfile(LATIN, path)
    load_font("changing-first", path, 0)
    font = load_font("changing-cached", path, 0)
    assert isinstance(font, CachedTTFont)
    shutil.copyfile(ITALIC, path)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    face = font.face
    face.open_file()
    now = TTFontFace(str(ITALIC))
    subset = [0, *sorted(now.charToGlyph)[:200:7]]
    assert face.makeSubset(subset) == now.makeSubset(subset)
    face.release_file()
    assert "_ttf_data" not in vars(face)
    face.open_file()  # the file as it is now is the one its metrics are of
    assert isinstance(vars(face)["_ttf_data"], mmap.mmap)
    face.release_file()


def test_renders_in_several_threads_share_a_cached_face(cache: Path) -> None:
    """The window exports in worker threads, which share the registered faces: a render
    that finishes embedding does not let the file go under one still cutting glyphs."""
    load_font("shared-first", CJK, 0)
    font = load_font("shared-cached", CJK, 0)
    assert isinstance(font, CachedTTFont)
    pdfmetrics.registerFont(font)
    text = "".join(chr(code) for code in range(0x4E00, 0x4E00 + 1500))
    errors: list[BaseException] = []

    def render(times: int) -> None:
        for _ in range(times):
            try:
                canvas = Canvas(io.BytesIO())
                canvas.setFont("shared-cached", 10)
                for start in range(0, len(text), 100):
                    canvas.drawString(10, 10, text[start:start + 100])
                canvas.save()
            except Exception as exc:  # what failed is the test's answer
                errors.append(exc)
                return

    workers = [threading.Thread(target=render, args=(6,)) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    assert "_ttf_data" not in vars(font.face)  # and let go once they are all done


def test_a_mapping_still_read_by_a_shaper_is_let_go_later_not_broken(cache: Path) -> None:
    """The Arabic shaper (uharfbuzz) reads the mapped file through a buffer of its own. A
    render ending while such a buffer is alive leaves the file mapped (closing it then
    would fail), and the next release, the buffer gone, unmaps it."""
    load_font("shaped-first", LATIN, 0)  # parsed, and its metrics cached
    font = load_font("shaped-cached", LATIN, 0)  # from the cache: the file mapped on use
    assert isinstance(font, CachedTTFont)
    face = font.face
    face.open_file()
    mapping = vars(face)["_ttf_data"]
    assert isinstance(mapping, mmap.mmap)
    held = memoryview(mapping)  # what a shaper's blob holds
    face.release_file()
    assert vars(face)["_ttf_data"] is mapping and not mapping.closed
    held.release()
    face.open_file()  # the next render
    assert vars(face)["_ttf_data"] is mapping
    face.release_file()
    assert "_ttf_data" not in vars(face) and mapping.closed
