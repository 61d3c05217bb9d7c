"""The style spec (templates/styles.toml) as typed values, shared by both renderers."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

Align = Literal["left", "right", "center", "justify"]


class StyleSpecError(ValueError):
    """templates/styles.toml is missing a value or has a wrong one."""


@dataclass(frozen=True)
class ParagraphStyleSpec:
    name: str
    size: float
    leading: float
    bold: bool = False
    italic: bool = False
    left: float = 0.0
    right: float = 0.0
    first_line: float = 0.0
    tab: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    align: Align = "left"
    keep_with_next: bool = False
    based_on: str = ""
    cell_padding: float = 3.0
    rule_width: float = 0.5
    bottom_rule_width: float = 1.0


@dataclass(frozen=True)
class PageSpec:
    width: float
    height: float
    margin_left: float
    margin_right: float
    first_page_body_top: float
    body_top: float
    body_bottom_margin: float
    first_page_bottom_margin: float
    header_distance: float
    footer_distance: float

    @property
    def body_width(self) -> float:
        return self.width - self.margin_left - self.margin_right


@dataclass(frozen=True)
class StyleSpec:
    raw: dict[str, Any]
    language: str
    _styles: dict[str, ParagraphStyleSpec] = field(default_factory=dict, compare=False,
                                                    repr=False)

    def page(self, paper: str) -> PageSpec:
        page = self.raw["page"]
        try:
            size = page[paper]
        except KeyError:
            raise StyleSpecError(f"styles.toml: no [page.{paper}] paper size") from None
        return PageSpec(
            width=float(size["width"]), height=float(size["height"]),
            margin_left=float(page["margin_left"]), margin_right=float(page["margin_right"]),
            first_page_body_top=float(page["first_page_body_top"]),
            body_top=float(page["body_top"]),
            body_bottom_margin=float(page["body_bottom_margin"]),
            first_page_bottom_margin=float(page["first_page_bottom_margin"]),
            header_distance=float(page["header_distance"]),
            footer_distance=float(page["footer_distance"]),
        )

    def number(self, section: str, key: str) -> float:
        try:
            return float(self.raw[section][key])
        except (KeyError, TypeError, ValueError):
            raise StyleSpecError(
                f"styles.toml: [{section}] {key} is missing or not a number") from None

    def font_families(self, script: str) -> list[str]:
        return [str(x) for x in self.raw["fonts"].get(script, [])]

    def docx_font(self, script: str) -> str:
        return str(self.raw["fonts"]["docx"][script])

    def names(self) -> list[str]:
        return list(self.raw["styles"])

    def style(self, name: str) -> ParagraphStyleSpec:
        if name not in self._styles:
            values = _merged(self, name)
            values.pop("based_on", None)
            try:
                self._styles[name] = ParagraphStyleSpec(name=name, **values)
            except TypeError as exc:
                raise StyleSpecError(f"styles.toml: [styles.{name}]: {exc}") from None
        return self._styles[name]


def _merged(spec: StyleSpec, name: str, seen: tuple[str, ...] = ()) -> dict[str, Any]:
    if name in seen:
        raise StyleSpecError(f"styles.toml: based_on loop at {name}")
    try:
        own = dict(spec.raw["styles"][name])
    except KeyError:
        raise StyleSpecError(f"styles.toml: no [styles.{name}]") from None
    override = spec.raw.get("lang", {}).get(spec.language, {}).get("styles", {}).get(name, {})
    own.update(override)
    parent = own.get("based_on")
    base = _merged(spec, str(parent), (*seen, name)) if parent else {}
    base.update(own)
    return base


@cache
def _raw_spec(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise StyleSpecError(f"{path}: {exc}") from None


@cache
def load_style_spec(language: str, path: Path | None = None) -> StyleSpec:
    """The style spec with the language's overrides applied (cached per language)."""
    if path is None:
        path = Path(str(resources.files("cica_desktop.templates"))) / "styles.toml"
    return StyleSpec(_raw_spec(path), language)
