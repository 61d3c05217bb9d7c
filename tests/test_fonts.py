"""Fonts: the right face for each script, found on this machine."""

from __future__ import annotations

import pytest

from cica_desktop.document.script import split_by_script
from cica_desktop.render.font_system import Sources
from cica_desktop.render.fonts import FontFinder, MissingFontError, require_family


def test_neutral_characters_join_their_neighbours() -> None:
    assert split_by_script("4 October 2007", "cjk") == [("latin", "4 October 2007")]
    assert split_by_script("2007年10月3日", "latin") == [("cjk", "2007年10月3日")]
    assert split_by_script("第 15 条 A/62/232 号", "cjk") == [
        ("cjk", "第 15 条 "), ("latin", "A/62/232 "), ("cjk", "号")]
    assert split_by_script("2/5", "cjk") == [("cjk", "2/5")]
    assert split_by_script("", "latin") == []


def test_mixed_chinese_in_english() -> None:
    assert split_by_script("CICA (亚信) summit", "latin") == [
        ("latin", "CICA ("), ("cjk", "亚信) "), ("latin", "summit")]


def test_installed_families_for_each_script() -> None:
    assert require_family("latin", ["Times New Roman", "Liberation Serif"]).regular.path.exists()
    assert require_family("cjk", ["SimSun", "AR PL UMing CN"]).regular.path.exists()
    assert require_family("arabic", ["Simplified Arabic", "Amiri"]).regular.path.exists()


def test_a_script_without_a_font_is_a_clear_error() -> None:
    nothing = FontFinder(Sources(fontconfig=False, folders=(), bundled=False))
    with pytest.raises(MissingFontError, match="no font for Chinese text: none of NoSuchFont"):
        nothing.require("cjk", ["NoSuchFont"])


def test_the_fonts_we_ship_are_listed_with_their_licences_in_about() -> None:
    """Help ▸ About names every font shipped with the application, its version and licence;
    each folder holds its licence's text."""
    from cica_desktop.app.about import bundled_fonts, components

    listed = {c.name: c.licence for c in components()}
    words = {"SIL Open Font License 1.1": "SIL OPEN FONT LICENSE",
             "Arphic Public License": "ARPHIC PUBLIC LICENSE",
             "Apache-2.0": "Apache License"}
    shipped = bundled_fonts()
    assert [font.family for font in shipped] == [
        "Liberation Serif", "AR PL UMing CN", "Droid Sans Fallback", "Amiri"]
    for font in shipped:
        assert listed[f"{font.family} (font shipped with cica-desktop)"] == font.licence
        licence = (font.folder / "LICENSE").read_text(encoding="utf-8")
        assert words[font.licence].casefold() in licence.casefold()
        assert font.size > 100_000


def test_a_face_two_exports_meet_at_once_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's export threads render at once; a face new to both is read once."""
    import threading
    import time
    from typing import Any

    from font_files import LATIN

    from cica_desktop.render import pdf_fonts

    monkeypatch.setattr(pdf_fonts, "_REGISTERED", {})
    reads: list[str] = []
    load_font = pdf_fonts.load_font

    def slow_load(name: str, path: Any, index: int) -> Any:
        reads.append(name)
        time.sleep(0.05)  # the other thread arrives meanwhile
        return load_font(name, path, index)

    monkeypatch.setattr(pdf_fonts, "load_font", slow_load)
    names: list[str] = []
    threads = [threading.Thread(target=lambda: names.append(pdf_fonts.register_file(LATIN, 0)))
               for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(reads) == 1 and len(set(names)) == 1 and len(names) == 3
