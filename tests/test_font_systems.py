"""Fonts on every system: a Windows and a macOS laid out in folders with their real file
names, a computer with no fonts at all, and a family found only with outlines a PDF
cannot embed.

The simulated systems hold the faces we ship (and Debian's), some renamed inside to the
faces Windows and macOS have ("Times New Roman"), under the file names those systems use.
Nothing is patched: the finder is pointed at the folders (`system_sources`, `fonts_from`).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document as WordDocument
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from cica_desktop.build import render
from cica_desktop.compose import Layout, Part, compose
from cica_desktop.model import Package, load_project
from cica_desktop.render.font_system import (
    Sources,
    bundled_fonts_dir,
    registry_paths,
    system_sources,
)
from cica_desktop.render.fonts import FontFinder, fonts_from
from cica_desktop.render.pdf_fonts import DocumentFonts
from cica_desktop.render.stylespec import load_style_spec
from cica_desktop.samples import sample_path

BUNDLED = bundled_fonts_dir()
LIBERATION = BUNDLED / "liberation"
UMING = BUNDLED / "arphic" / "uming.ttc"
AMIRI = BUNDLED / "amiri"

#: (file of ours, style) of each Times New Roman face, by the Windows file name.
WINDOWS_TIMES = {"times.ttf": ("LiberationSerif-Regular.ttf", "Regular"),
                 "timesbd.ttf": ("LiberationSerif-Bold.ttf", "Bold"),
                 "timesi.ttf": ("LiberationSerif-Italic.ttf", "Italic"),
                 "timesbi.ttf": ("LiberationSerif-BoldItalic.ttf", "Bold Italic")}


def renamed(source: Path, target: Path, family: str, style: str) -> None:
    """A copy of *source* whose name table says it is *family* in *style*."""
    font = TTFont(source)
    full = family if style == "Regular" else f"{family} {style}"
    postscript = family.replace(" ", "") + ("" if style == "Regular"
                                            else "-" + style.replace(" ", ""))
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID in (3, 6):
            record.string = postscript
        elif record.nameID == 4:
            record.string = full
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(target)


@pytest.fixture(scope="module")
def times(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Times New Roman (Liberation Serif renamed), one file per face, Windows names."""
    folder = tmp_path_factory.mktemp("times")
    for name, (ours, style) in WINDOWS_TIMES.items():
        renamed(LIBERATION / ours, folder / name, "Times New Roman", style)
    return folder


@pytest.fixture(scope="module")
def simplified_arabic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("simpo")
    renamed(AMIRI / "Amiri-Regular.ttf", folder / "simpo.ttf", "Simplified Arabic", "Regular")
    renamed(AMIRI / "Amiri-Bold.ttf", folder / "simpbdo.ttf", "Simplified Arabic", "Bold")
    return folder


def package(language: str) -> Package:
    return load_project(sample_path(language))


def pdf_fonts(data: bytes) -> set[str]:
    """The base names of the fonts a PDF embeds (subset prefixes dropped)."""
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


def built(language: str) -> tuple[set[str], list[str]]:
    """The fonts of the sample's PDF and the font notices its document gets; the DOCX is
    built too and opened."""
    document = compose(package(language), Part.PACKAGE, Layout.UN)
    notices: list[str] = []
    DocumentFonts(load_style_spec(document.language), document, [], notices)
    outputs = {out.fmt: out for out in render(package(language), formats=("pdf", "docx"))}
    WordDocument(io.BytesIO(outputs["docx"].data))
    return pdf_fonts(outputs["pdf"].data), notices


# --------------------------------------------------------------------------- Windows


@pytest.fixture
def windows(tmp_path: Path, times: Path, simplified_arabic: Path) -> Iterator[Path]:
    r"""C:\Windows\Fonts with Times New Roman and SimSun (AR PL UMing under Windows' file
    name), no SimHei; Simplified Arabic installed for the user only (%LOCALAPPDATA%)."""
    fonts = tmp_path / "Windows" / "Fonts"
    fonts.mkdir(parents=True)
    for name in WINDOWS_TIMES:
        shutil.copy(times / name, fonts / name)
    (fonts / "simsun.ttc").symlink_to(UMING)
    user = tmp_path / "AppData" / "Local" / "Microsoft" / "Windows" / "Fonts"
    user.mkdir(parents=True)
    for name in ("simpo.ttf", "simpbdo.ttf"):
        shutil.copy(simplified_arabic / name, user / name)
    environ = {"WINDIR": str(tmp_path / "Windows"),
               "LOCALAPPDATA": str(tmp_path / "AppData" / "Local")}
    sources = system_sources("win32", environ, tmp_path / "Users" / "me", fontconfig=False)
    assert sources.folders == (fonts, user)
    with fonts_from(sources):
        yield tmp_path


def test_windows_english_is_set_in_times_new_roman_from_the_fonts_folder(windows: Path
                                                                        ) -> None:
    fonts, notices = built("en")
    assert {"TimesNewRoman", "TimesNewRoman-Bold"} <= fonts
    assert not any(name.startswith("Liberation") for name in fonts)
    assert notices == []


def test_windows_chinese_bold_without_simhei_is_told_never_silent(windows: Path) -> None:
    fonts, notices = built("zh")
    assert "UMingCN" in {name.split("-")[0] for name in fonts}  # simsun.ttc as it holds
    assert "DroidSansFallback" in fonts  # the Hei face we ship sets the bold
    assert notices == ["Chinese bold text: SimHei or WenQuanYi Zen Hei not installed; set in "
                       "Droid Sans Fallback (shipped with cica-desktop) instead"]


def test_windows_arabic_uses_the_users_simplified_arabic(windows: Path) -> None:
    fonts, notices = built("ar")
    assert {"SimplifiedArabic", "SimplifiedArabic-Bold"} <= fonts
    # No italic Simplified Arabic either, and none is wanted: Arabic is not set in italics.
    assert notices == []


def test_the_registry_lists_fonts_by_bare_name_or_full_path() -> None:
    fonts = Path("C:/Windows/Fonts")
    values = ["times.ttf", r"C:\Users\me\AppData\Local\Microsoft\Windows\Fonts\simpo.ttf",
              "SEGOEUI.TTF", "vgasys.fon"]
    assert list(registry_paths(values, fonts)) == [
        fonts / "times.ttf", Path(r"C:\Users\me\AppData\Local\Microsoft\Windows\Fonts\simpo.ttf"),
        fonts / "SEGOEUI.TTF"]


# --------------------------------------------------------------------------- macOS


@pytest.fixture
def macos(tmp_path: Path, times: Path) -> Iterator[Path]:
    """/System/Library/Fonts/Supplemental with the four Times New Roman files as macOS names
    them, Songti.ttc (AR PL UMing under that name); no Hei face, no Naskh face."""
    supplemental = tmp_path / "System" / "Library" / "Fonts" / "Supplemental"
    supplemental.mkdir(parents=True)
    for windows_name, mac_name in (("times.ttf", "Times New Roman.ttf"),
                                   ("timesbd.ttf", "Times New Roman Bold.ttf"),
                                   ("timesi.ttf", "Times New Roman Italic.ttf"),
                                   ("timesbi.ttf", "Times New Roman Bold Italic.ttf")):
        shutil.copy(times / windows_name, supplemental / mac_name)
    (supplemental.parent / "Songti.ttc").symlink_to(UMING)
    home = tmp_path / "Users" / "me"
    (home / "Library" / "Fonts").mkdir(parents=True)
    sources = system_sources("darwin", {}, home, root=tmp_path, fontconfig=False)
    with fonts_from(sources):
        yield tmp_path


def test_macos_english_finds_times_new_roman_in_supplemental(macos: Path) -> None:
    fonts, notices = built("en")
    assert {"TimesNewRoman", "TimesNewRoman-Bold"} <= fonts
    assert notices == []


def test_macos_without_a_naskh_face_sets_arabic_in_the_amiri_we_ship(macos: Path) -> None:
    fonts, notices = built("ar")
    assert {"Amiri-Regular", "Amiri-Bold"} & fonts
    assert notices == []  # Amiri is one of the style spec's own faces


# --------------------------------------------------------------------------- the rules


def test_traditional_arabic_stands_in_for_simplified_arabic(tmp_path: Path) -> None:
    renamed(AMIRI / "Amiri-Regular.ttf", tmp_path / "trado.ttf", "Traditional Arabic",
            "Regular")
    finder = FontFinder(Sources(fontconfig=False, folders=(tmp_path,)))
    resolved = finder.require("arabic", ["Simplified Arabic", "Amiri"])
    assert resolved.family.name == "Traditional Arabic" and resolved.notices == ()


def test_a_damaged_face_is_passed_over_and_told(tmp_path: Path, times: Path) -> None:
    """A Times New Roman whose glyph locations are gone (its names still read): reportlab
    cannot embed it, so the next face sets the text and the reader is told why."""
    for name in WINDOWS_TIMES:
        data = bytearray((times / name).read_bytes())
        directory = 12 + 16 * int.from_bytes(data[4:6], "big")
        where = data.index(b"loca", 12, directory)
        data[where:where + 4] = b"LOCA"
        (tmp_path / name).write_bytes(bytes(data))
    with fonts_from(Sources(fontconfig=False, folders=(tmp_path,))):
        fonts, notices = built("en")
    assert "TimesNewRoman" not in fonts and "LiberationSerif" in fonts
    assert notices == ["Latin and Cyrillic text: Times New Roman cannot be embedded (times.ttf: "
                       "missing location table); another face is used"]


def test_a_missing_italic_is_told(tmp_path: Path, times: Path) -> None:
    """Times New Roman with no italic files: italic text is set upright, and said so."""
    for name in ("times.ttf", "timesbd.ttf"):
        shutil.copy(times / name, tmp_path / name)
    with fonts_from(Sources(fontconfig=False, folders=(tmp_path,))):
        fonts, notices = built("en")
    assert "TimesNewRoman-Italic" not in fonts
    assert "Latin and Cyrillic text: Times New Roman has no italic face installed; italic " \
           "text is set in its regular face" in notices


def cff_font(path: Path, family: str) -> None:
    """A tiny OpenType font with PostScript (CFF) outlines, named *family*."""
    builder = FontBuilder(1000, isTTF=False)
    builder.setupGlyphOrder([".notdef", "A"])
    builder.setupCharacterMap({ord("A"): "A"})
    pen = T2CharStringPen(600, None)
    pen.moveTo((0, 0))
    pen.lineTo((600, 0))
    pen.lineTo((300, 700))
    pen.closePath()
    glyph = pen.getCharString()
    builder.setupCFF(family.replace(" ", ""), {"FullName": family},
                     {".notdef": glyph, "A": glyph}, {})
    builder.setupHorizontalMetrics({".notdef": (600, 0), "A": (600, 0)})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    builder.save(str(path))


def test_a_family_installed_only_with_cff_outlines_is_passed_over(tmp_path: Path) -> None:
    cff_font(tmp_path / "TimesNewRomanPSMT.otf", "Times New Roman")
    finder = FontFinder(Sources(fontconfig=False, folders=(tmp_path,)))
    assert finder.find_family(["Times New Roman"]) is None
    resolved = finder.require("latin", ["Times New Roman"])
    assert resolved.family.name == "Liberation Serif"
    assert resolved.notices == (
        "Latin and Cyrillic text: Times New Roman installed only with PostScript (CFF) "
        "outlines, which PDFs made here cannot embed; set in Liberation Serif (shipped with "
        "cica-desktop) instead",)


def test_without_our_faces_a_face_covering_the_script_is_used_and_named(tmp_path: Path
                                                                        ) -> None:
    shutil.copy(AMIRI / "Amiri-Regular.ttf", tmp_path / "naskh.ttf")
    finder = FontFinder(Sources(fontconfig=False, folders=(tmp_path,), bundled=False))
    resolved = finder.require("arabic", ["Simplified Arabic"])
    assert resolved.family.regular.path == tmp_path / "naskh.ttf"
    assert resolved.notices == ("Arabic text: Simplified Arabic not installed; set in Amiri "
                                "(installed on this computer) instead",)


# --------------------------------------------------------------------------- no fonts

_BUILD_ALL = """
import sys
from cica_desktop.cli import main
from cica_desktop.samples import sample_path
codes = [main(["build", str(sample_path(language)), "--out", sys.argv[1]])
         for language in ("en", "fr", "es", "ru", "zh", "ar")]
print(codes)
"""


def test_every_sample_builds_on_a_computer_without_fonts(tmp_path: Path) -> None:
    """An empty fontconfig configuration, no user font folders, an empty cache: the faces
    we ship set all six languages, PDF and DOCX."""
    config = tmp_path / "fonts.conf"
    config.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:'
                      'fonts.dtd">\n<fontconfig></fontconfig>\n', encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    environ = {key: value for key, value in os.environ.items()
               if not key.startswith(("FONTCONFIG", "XDG_", "CICA_DESKTOP_"))}
    environ.update(FONTCONFIG_FILE=str(config), HOME=str(home),
                   XDG_DATA_HOME=str(home / "share"), XDG_CACHE_HOME=str(home / "cache"))
    assert subprocess.run(["fc-list"], env=environ, capture_output=True, text=True,
                          check=True).stdout == ""
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-c", _BUILD_ALL, str(out)], env=environ,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [0] * 6
    ours = {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
            "LiberationSerif-BoldItalic", "UMingCN-0", "DroidSansFallback", "Amiri-Regular",
            "Amiri-Bold", "Amiri-Slanted", "Amiri-BoldSlanted"}
    for language in ("en", "fr", "es", "ru", "zh", "ar"):
        stem = sample_path(language).stem
        fonts = pdf_fonts((out / f"{stem}.pdf").read_bytes())
        assert fonts and fonts <= ours, (language, fonts)
        assert len(PdfReader(out / f"{stem}.pdf").pages) > 1
        assert WordDocument(str(out / f"{stem}.docx")).paragraphs
    # The cache was made in the user's cache folder, and a second start reads it.
    assert any((home / "cache" / "cica-desktop" / "fonts").glob("metrics-*.bin"))


def test_the_command_line_warns_of_a_face_used_instead(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    from cica_desktop.cli import main

    with fonts_from(Sources(fontconfig=False, folders=())):  # no fonts but ours
        assert main(["build", str(sample_path("zh")), "--out", str(tmp_path)]) == 0
    assert ("warning: Chinese bold text: SimHei or WenQuanYi Zen Hei not installed; set in "
            "Droid Sans Fallback (shipped with cica-desktop) instead") in capsys.readouterr().err
