"""The style spec (templates/styles.toml) as typed sections, shared by both renderers.

The file is read and checked once per language (`load_style_spec`): every section becomes a
frozen dataclass whose fields are the keys the renderers use, every paragraph style is
resolved through its `based_on` chain and the language's overrides
(`[lang.<code>.styles.<Style>]`). A missing key, a value of the wrong kind or an unknown
paragraph-style key is a StyleSpecError naming the section and the key, before anything is
drawn. Keys the renderers do not use are ignored.
"""

from __future__ import annotations

import dataclasses
import tomllib
import types
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args

from ..document import Picture

Align = Literal["left", "right", "center", "justify"]

_MIRROR: dict[str, Align] = {"left": "right", "right": "left"}


class StyleSpecError(ValueError):
    """templates/styles.toml is missing a value or has a wrong one."""


@dataclass(frozen=True)
class ParagraphStyleSpec:
    """A paragraph style ([styles.<Name>]); left and right are indents from the margins."""

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
    #: A heading's level in the DOCX's outline (Word's navigation pane); 0: not a heading.
    outline_level: int = 0
    #: A style of table cells: the table takes its indents and the space around it.
    table_cell: bool = False
    cell_padding: float = 3.0
    rule_width: float = 0.5
    bottom_rule_width: float = 1.0

    def mirrored(self) -> ParagraphStyleSpec:
        """The style placed on the other sides: alignment and indents swapped.

        What a right-to-left document needs wherever a paragraph is placed physically
        (the PDF's paragraphs, and a left-to-right paragraph among right-to-left ones in
        the DOCX), so that it sits where the spec's start and end sides are.
        """
        return dataclasses.replace(self, align=_MIRROR.get(self.align, self.align),
                                   left=self.right, right=self.left)


@dataclass(frozen=True)
class PageSpec:
    """Page geometry ([page] with the paper's [page.<paper>] size).

    Every distance is measured from the edge it belongs to, so the same values serve every
    paper: the text block from the margins, its top from the top edge and its bottom
    (`body_bottom_margin`, `first_page_bottom_margin`) from the bottom edge.
    """

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

    @property
    def right(self) -> float:
        """The x of the right margin."""
        return self.width - self.margin_right

    def from_top(self, distance: float) -> float:
        """The PDF's y (from the bottom edge) of a position *distance* below the top edge."""
        return self.height - distance


@dataclass(frozen=True)
class MastheadSpec:
    """[masthead]: the first page's masthead; baselines and rules from the top edge, x
    (`text_indent`, `fields_indent`) from the left margin."""

    organ_baseline: float
    organ_size: float
    symbol_baseline: float
    symbol_large_size: float
    symbol_size: float
    thin_rule_y: float
    thin_rule_width: float
    body_baseline: float
    body_size: float
    text_indent: float
    fields_indent: float
    fields_size: float
    distribution_baseline: float
    date_baseline: float
    language_baseline: float
    original_baseline: float
    thick_rule_y: float
    thick_rule_width: float

    @property
    def field_baselines(self) -> tuple[float, float, float, float]:
        """The baselines of `Masthead.fields`, in their order."""
        return (self.distribution_baseline, self.date_baseline, self.language_baseline,
                self.original_baseline)


@dataclass(frozen=True)
class RunningSpec:
    """[running]: headers and footers of pages 2+, page 1's job footer, the end rule.

    The header is placed from the top edge; the footers, page 1's job line and its barcode
    (the `*_from_bottom` values) from the bottom edge, so on any paper they sit below the
    text block, whose bottom is also measured from the bottom edge.
    """

    header_size: float
    header_baseline: float
    header_rule_y: float
    header_rule_width: float
    header_title_width: float
    footer_baseline_from_bottom: float
    job_baseline_from_bottom: float
    page_size: float
    job_size: float
    first_footer_indent: float
    first_footer_baseline_from_bottom: float
    first_footer_size: float
    barcode_from_bottom: float
    barcode_height: float
    barcode_narrow: float
    end_rule_length: float
    end_rule_width: float
    end_rule_space: float


@dataclass(frozen=True)
class ImagesSpec:
    """[images]: the box each picture role is scaled into, and the digital signature's box."""

    emblem_max_width: float
    emblem_max_height: float
    emblem_space_after: float
    signature_max_width: float
    signature_max_height: float
    signature_overlap: float
    stamp_width: float
    stamp_padding: float
    stamp_size: float
    stamp_leading: float
    stamp_space_before: float
    stamp_rule_width: float

    def size(self, picture: Picture) -> tuple[float, float]:
        """The picture's size in points: as large as its role's box allows, in proportion."""
        if picture.role == "signature":
            return picture.fit(self.signature_max_width, self.signature_max_height)
        return picture.fit(self.emblem_max_width, self.emblem_max_height)

    def space_after(self, picture: Picture) -> float:
        """The space under a picture of its own (the emblem keeps some from the letterhead)."""
        return self.emblem_space_after if picture.role == "emblem" else 0.0


@dataclass(frozen=True)
class DocxFaces:
    """[fonts.docx]: the faces named in DOCX files (what UN Word installations have)."""

    latin: str
    cjk: str
    cjk_bold: str
    arabic: str
    cjk_emphasis: str = ""  # empty: emphasised Chinese keeps the text face


@dataclass(frozen=True)
class FontsSpec:
    """[fonts]: families in order of preference per script key ("latin", "cjk",
    "cjk_bold", "cjk_emphasis", "arabic"), and the DOCX faces."""

    families: Mapping[str, tuple[str, ...]]
    docx: DocxFaces

    def preferences(self, key: str) -> list[str]:
        return list(self.families.get(key, ()))


@dataclass(frozen=True)
class StyleSpec:
    """The whole style spec, with one language's overrides applied."""

    language: str
    pages: Mapping[str, PageSpec]
    masthead: MastheadSpec
    running: RunningSpec
    images: ImagesSpec
    fonts: FontsSpec
    #: Every paragraph style, resolved (based_on and the language's overrides), in file order.
    styles: Mapping[str, ParagraphStyleSpec]

    def page(self, paper: str) -> PageSpec:
        try:
            return self.pages[paper]
        except KeyError:
            raise StyleSpecError(f"styles.toml: no [page.{paper}] paper size") from None

    def font_families(self, key: str) -> list[str]:
        return self.fonts.preferences(key)

    def names(self) -> list[str]:
        return list(self.styles)

    def style(self, name: str) -> ParagraphStyleSpec:
        try:
            return self.styles[name]
        except KeyError:
            raise StyleSpecError(f"styles.toml: no [styles.{name}]") from None


# ------------------------------------------------------------------------------ reading


_Section = TypeVar("_Section")


def _value(kind: object, value: object, where: str) -> object:
    """*value* checked against a field's type, which is its annotation's text here (float
    accepts integers, bool does not)."""
    if kind == "float":
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        raise StyleSpecError(f"styles.toml: {where} is not a number")
    if kind == "int":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise StyleSpecError(f"styles.toml: {where} is not a whole number")
    if kind == "bool":
        if isinstance(value, bool):
            return value
        raise StyleSpecError(f"styles.toml: {where} is not true or false")
    if kind == "str":
        if isinstance(value, str):
            return value
        raise StyleSpecError(f"styles.toml: {where} is not text")
    if kind == "Align":
        if value in get_args(Align):
            return value
        raise StyleSpecError(f"styles.toml: {where} is not one of {', '.join(get_args(Align))}")
    raise AssertionError(f"no reader for {kind!r}")  # pragma: no cover


def _section(cls: type[_Section], table: object, section: str, **given: object) -> _Section:
    """The dataclass *cls* from the TOML table [section]: every field without a default must
    be there; extra keys are ignored."""
    if not isinstance(table, Mapping):
        raise StyleSpecError(f"styles.toml: [{section}] is missing or not a table")
    values: dict[str, object] = dict(given)
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        if field.name in values:
            continue
        if field.name not in table:
            if field.default is dataclasses.MISSING:
                raise StyleSpecError(f"styles.toml: [{section}] {field.name} is missing")
            continue
        values[field.name] = _value(field.type, table[field.name], f"[{section}] {field.name}")
    return cls(**values)


def _table(raw: Mapping[str, Any], *keys: str) -> Mapping[str, Any]:
    table: object = raw
    for key in keys:
        table = table.get(key, {}) if isinstance(table, Mapping) else {}
    if not isinstance(table, Mapping):
        raise StyleSpecError(f"styles.toml: [{'.'.join(keys)}] is not a table")
    return table


def _pages(raw: Mapping[str, Any]) -> dict[str, PageSpec]:
    page = _table(raw, "page")
    papers = {key: value for key, value in page.items() if isinstance(value, Mapping)}
    common = {key: value for key, value in page.items() if not isinstance(value, Mapping)}
    return {paper: _section(PageSpec, {**common, **size}, f"page.{paper}")
            for paper, size in papers.items()}


def _fonts(raw: Mapping[str, Any]) -> FontsSpec:
    table = _table(raw, "fonts")
    families: dict[str, tuple[str, ...]] = {}
    for key, value in table.items():
        if key == "docx":
            continue
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            raise StyleSpecError(f"styles.toml: [fonts] {key} is not a list of font names")
        families[key] = tuple(value)
    return FontsSpec(families, _section(DocxFaces, table.get("docx"), "fonts.docx"))


_STYLE_FIELDS = {field.name for field in dataclasses.fields(ParagraphStyleSpec)} - {"name"}


def _styles(raw: Mapping[str, Any], language: str) -> dict[str, ParagraphStyleSpec]:
    own = _table(raw, "styles")
    overrides = _table(raw, "lang", language, "styles")

    def merged(name: str, seen: tuple[str, ...]) -> dict[str, Any]:
        if name in seen:
            raise StyleSpecError(f"styles.toml: based_on loop at {name}")
        if not isinstance(own.get(name), Mapping):
            raise StyleSpecError(f"styles.toml: no [styles.{name}]")
        values = {**own[name], **_table(overrides, name)}
        parent = values.pop("based_on", "")
        if not isinstance(parent, str):
            raise StyleSpecError(f"styles.toml: [styles.{name}] based_on is not a style name")
        return {**(merged(parent, (*seen, name)) if parent else {}), **values}

    styles: dict[str, ParagraphStyleSpec] = {}
    for name in own:
        values = merged(name, ())
        unknown = sorted(set(values) - _STYLE_FIELDS)
        if unknown:
            raise StyleSpecError(f"styles.toml: [styles.{name}] has no use for {unknown[0]}")
        styles[name] = _section(ParagraphStyleSpec, values, f"styles.{name}", name=name)
    return styles


def parse_style_spec(raw: Mapping[str, Any], language: str) -> StyleSpec:
    """The typed spec from the parsed TOML, with *language*'s overrides applied."""
    return StyleSpec(
        language=language,
        pages=_pages(raw),
        masthead=_section(MastheadSpec, raw.get("masthead"), "masthead"),
        running=_section(RunningSpec, raw.get("running"), "running"),
        images=_section(ImagesSpec, raw.get("images"), "images"),
        fonts=_fonts(raw),
        styles=types.MappingProxyType(_styles(raw, language)),
    )


@cache
def _raw_spec(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise StyleSpecError(f"{path}: {exc}") from None


@cache
def load_style_spec(language: str, path: Path | None = None) -> StyleSpec:
    """The style spec with the language's overrides applied (read and checked once per
    language and file)."""
    if path is None:
        path = Path(str(resources.files("cica_desktop.templates"))) / "styles.toml"
    return parse_style_spec(_raw_spec(path), language)

