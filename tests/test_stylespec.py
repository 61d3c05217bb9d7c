"""The style spec is read once into typed sections; a wrong file names the key at fault."""

from __future__ import annotations

import copy
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from cica_desktop.render.stylespec import StyleSpecError, load_style_spec, parse_style_spec


def raw_spec() -> dict[str, Any]:
    path = Path(str(resources.files("cica_desktop.templates"))) / "styles.toml"
    return copy.deepcopy(tomllib.loads(path.read_text(encoding="utf-8")))


def test_the_sections_are_typed_values() -> None:
    spec = load_style_spec("en")
    assert spec.running.header_size == 8.5
    assert spec.masthead.field_baselines == (86.6, 98.4, 110.4, 122.4)
    assert spec.images.emblem_max_width == 60
    assert spec.page("letter").body_width == pytest.approx(612 - 60 - 59.5)
    assert spec.fonts.docx.cjk_bold == "SimHei"
    # based_on resolved: NumberedPara takes SingleTxt's values and adds its tab
    numbered = spec.style("NumberedPara")
    assert (numbered.size, numbered.left, numbered.tab) == (10, 63.4, 47.5)
    assert (spec.style("HCh").outline_level, spec.style("H1").outline_level,
            spec.style("SingleTxt").outline_level) == (1, 2, 0)
    assert spec.style("TableHeader").table_cell and not spec.style("SingleTxt").table_cell


def test_the_language_overrides_apply() -> None:
    assert load_style_spec("en").style("TableHeader").italic
    assert not load_style_spec("zh").style("TableHeader").italic


def test_a_mirrored_style_swaps_sides() -> None:
    signature = load_style_spec("en").style("Signature").mirrored()
    assert (signature.align, signature.left, signature.right) == ("left", 64.5, 63.4)
    assert load_style_spec("en").style("SingleTxt").mirrored().align == "justify"


@pytest.mark.parametrize(("change", "message"), [
    (lambda raw: raw["running"].pop("header_size"), r"\[running\] header_size is missing"),
    (lambda raw: raw["masthead"].update(organ_size="big"),
     r"\[masthead\] organ_size is not a number"),
    (lambda raw: raw["images"].update(stamp_size=True), r"\[images\] stamp_size is not a number"),
    (lambda raw: raw["page"].pop("margin_left"), r"\[page.letter\] margin_left is missing"),
    (lambda raw: raw["styles"]["H1"].update(align="middle"),
     r"\[styles.H1\] align is not one of"),
    (lambda raw: raw["styles"]["H1"].update(bold="yes"), r"\[styles.H1\] bold is not true"),
    (lambda raw: raw["styles"]["H1"].update(outline_level=1.5),
     r"\[styles.H1\] outline_level is not a whole number"),
    (lambda raw: raw["styles"]["H1"].update(sise=12), r"\[styles.H1\] has no use for sise"),
    (lambda raw: raw["styles"]["H1"].update(based_on="H1"), "based_on loop at H1"),
    (lambda raw: raw["styles"]["H1"].update(based_on="Nothing"), r"no \[styles.Nothing\]"),
    (lambda raw: raw["fonts"].update(latin="Times"), r"\[fonts\] latin is not a list"),
    (lambda raw: raw["fonts"]["docx"].pop("arabic"), r"\[fonts.docx\] arabic is missing"),
    (lambda raw: raw.pop("running"), r"\[running\] is missing"),
])
def test_a_wrong_file_names_the_key(change: Any, message: str) -> None:
    raw = raw_spec()
    change(raw)
    with pytest.raises(StyleSpecError, match=message):
        parse_style_spec(raw, "en")


def test_an_unknown_style_or_paper_is_named() -> None:
    spec = load_style_spec("en")
    with pytest.raises(StyleSpecError, match=r"no \[styles.Nothing\]"):
        spec.style("Nothing")
    with pytest.raises(StyleSpecError, match=r"no \[page.legal\]"):
        spec.page("legal")
