"""The JSON project file: parse, validate strictly, migrate, dump.

Every problem is reported as a FieldError whose path names the field the way a user sees it
in the forms and in the file, e.g. ``annexes[1].operative[0].text``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..atomic import write_bytes_atomically
from ..findings import MESSAGES, Finding, Localise, Param, Severity
from .package import FORMAT_VERSION, Package

#: Values of the discriminator fields; pydantic puts them into error locations.
_UNION_TAGS = frozenset(
    {"memorandum", "draft_resolution", "letter", "heading", "paragraph", "list", "place_date",
     "table"}
)

def _from_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added the mission's letterhead and the letter's reference number, both
    optional: a version 1 file reads as it is."""
    return {**data, "format_version": 2}


def _from_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 gave the letters and the memorandum the free structure of the enclosures:
    their lists of paragraphs became lists of blocks (the memorandum's numbered)."""

    def blocks(paragraphs: Any, numbered: bool = False) -> Any:
        if not isinstance(paragraphs, list):
            return paragraphs  # validation names the field
        return [{"type": "paragraph", "text": text, **({"numbered": True} if numbered else {})}
                for text in paragraphs]

    def moved(part: Any, numbered: bool = False) -> Any:
        if not isinstance(part, dict) or "paragraphs" not in part:
            return part
        rest = {key: value for key, value in part.items() if key != "paragraphs"}
        return {**rest, "blocks": blocks(part["paragraphs"], numbered)}

    annexes = data.get("annexes")
    if isinstance(annexes, list):
        annexes = [moved(annex, numbered=annex.get("kind") == "memorandum")
                   if isinstance(annex, dict) and annex.get("kind") in ("memorandum", "letter")
                   else annex for annex in annexes]
    return {**data, "format_version": 3, "letter": moved(data.get("letter")),
            **({"annexes": annexes} if annexes is not None else {})}


#: Migrations from an older format_version to the next one (old dict -> new dict).
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _from_1, 2: _from_2}


@dataclass(frozen=True)
class FieldError:
    """What is wrong with the field at *path*: a code of the findings catalogue and its
    values (cica_desktop/findings.py), so the window can say it in its language."""

    path: str
    code: str
    params: Mapping[str, Param] = field(default_factory=dict)
    #: The English text of a code outside the catalogue (pydantic's own words).
    fallback: str = ""

    @property
    def message(self) -> str:
        """In English, as the command line prints it."""
        return self.finding().message

    def text(self, localise: Localise) -> str:
        return self.finding().text(localise)

    def finding(self) -> Finding:
        """This error as a finding (severity error), listed with the checks' findings."""
        return Finding(self.code, self.path, Severity.ERROR, self.params, self.fallback)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ProjectError(ValueError):
    """A project file that cannot be used; `errors` has one entry per bad field."""

    def __init__(self, errors: Sequence[FieldError], source: str = "") -> None:
        self.errors = tuple(errors)
        self.source = source
        prefix = f"{source}: " if source else ""
        super().__init__(prefix + "; ".join(str(e) for e in self.errors))


def format_path(loc: Sequence[int | str]) -> str:
    """('annexes', 1, 'draft_resolution', 'operative', 0, 'text') -> annexes[1].operative[0].text"""
    out = ""
    previous_was_index = False
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            previous_was_index = True
            continue
        if previous_was_index and part in _UNION_TAGS:
            previous_was_index = False
            continue  # the union member's tag, not a field
        if part.startswith("function-after") or part.startswith("function-"):
            continue
        out += f".{part}" if out else part
        previous_was_index = False
    return out


#: pydantic's error type -> (our code, {our value: pydantic's context key}).
_PYDANTIC_CODES: dict[str, tuple[str, dict[str, str]]] = {
    "missing": ("field.missing", {}),
    "extra_forbidden": ("field.unknown", {}),
    "union_tag_invalid": ("kind.unknown", {"tag": "tag", "expected": "expected_tags"}),
    "union_tag_not_found": ("kind.missing", {"discriminator": "discriminator"}),
    "string_type": ("value.not_text", {}),
    **dict.fromkeys(("dict_type", "model_type", "model_attributes_type"),
                    ("value.not_object", {})),
    **dict.fromkeys(("list_type", "tuple_type"), ("value.not_list", {})),
    **dict.fromkeys(("int_type", "int_parsing", "int_from_float", "int_parsing_size"),
                    ("value.not_whole_number", {})),
    **dict.fromkeys(("bool_type", "bool_parsing"), ("value.not_true_false", {})),
    **dict.fromkeys(("date_type", "date_parsing", "date_from_datetime_parsing",
                     "date_from_datetime_inexact"), ("value.not_date", {})),
    **dict.fromkeys(("literal_error", "enum"), ("value.not_one_of", {"expected": "expected"})),
    "greater_than_equal": ("value.too_small", {"minimum": "ge"}),
    "less_than_equal": ("value.too_large", {"maximum": "le"}),
    "string_pattern_mismatch": ("value.bad_form", {"pattern": "pattern"}),
    "string_too_long": ("value.too_long", {"maximum": "max_length"}),
    "too_short": ("list.too_short", {"minimum": "min_length"}),
    "too_long": ("list.too_long", {"maximum": "max_length"}),
}


_SUB_PATH = re.compile(r"^([a-z_]+(?:\[\d+\])*(?:\.[a-z_]+(?:\[\d+\])*)*): (.+)$", re.S)


def _param(value: Any) -> Param:
    return value if isinstance(value, str | int) and not isinstance(value, bool) else str(value)


def _field_error(path: str, error: Mapping[str, Any]) -> FieldError:
    """One pydantic error as a FieldError: built from its type and context, never its
    English message (which is kept only as the text of a type we have no code for)."""
    kind = str(error.get("type", ""))
    ctx: Mapping[str, Any] = error.get("ctx") or {}
    if kind in MESSAGES:  # raised by a validator of the model (findings.invalid)
        at = str(ctx.get("at", ""))
        if at:
            path = f"{path}.{at}" if path else at
        return FieldError(path, kind, {name: value for name, value in ctx.items()
                                       if name != "at"})
    if kind in _PYDANTIC_CODES:
        code, names = _PYDANTIC_CODES[kind]
        return FieldError(path, code, {ours: _param(ctx.get(theirs, ""))
                                       for ours, theirs in names.items()})
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    if kind == "value_error":  # a plain ValueError may name the sub-field: "rows[2]: …"
        match = _SUB_PATH.match(message)
        if match:
            path = f"{path}.{match.group(1)}" if path else match.group(1)
            message = match.group(2)
    return FieldError(path, f"pydantic.{kind}",
                      {name: _param(value) for name, value in ctx.items()}, message)


#: Validation errors about the shape of the data (a list where an object belongs…): such a
#: file cannot be shown in forms, unlike one with empty or invalid values.
_SHAPE_ERRORS = frozenset({"list_type", "tuple_type", "dict_type", "model_type",
                           "model_attributes_type", "union_tag_invalid", "union_tag_not_found",
                           "is_instance_of"})


def shape_errors(data: dict[str, Any]) -> list[FieldError]:
    """The errors that make *data* unusable as a project's structure (empty when usable)."""
    try:
        Package.model_validate(data)
    except ValidationError as exc:
        shaped = [e for e in exc.errors(include_url=False) if e["type"] in _SHAPE_ERRORS]
        return [_field_error(format_path(e["loc"]), e) for e in shaped]
    return []


def errors_from_validation(exc: ValidationError) -> list[FieldError]:
    errors = [_field_error(format_path(error["loc"]), error)
              for error in exc.errors(include_url=False)]
    # A list whose only item failed is also reported as "too short": keep the real cause.
    return [
        e for e in errors
        if not (e.code == "list.too_short"
                and any(o.path.startswith(e.path + "[") for o in errors))
    ]


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("format_version")
    if version is None:
        raise ProjectError([FieldError("format_version", "field.missing")])
    if not isinstance(version, int) or isinstance(version, bool):
        raise ProjectError([FieldError("format_version", "version.not_whole_number",
                                       {"given": repr(version)})])
    if version > FORMAT_VERSION:
        raise ProjectError([FieldError("format_version", "version.too_new",
                                       {"version": version, "supported": FORMAT_VERSION})])
    while version < FORMAT_VERSION:
        migrate = MIGRATIONS.get(version)
        if migrate is None:
            raise ProjectError([FieldError("format_version", "version.unknown",
                                           {"version": version})])
        data = migrate(data)
        version = int(data["format_version"])
    return data


def _key_path(path: str, key: str) -> str:
    """*path* extended by the object key *key*, the way format_path writes a field."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
        return f"{path}.{key}" if path else key
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def duplicate_key_errors(data: Any, duplicates: dict[int, tuple[object, list[str]]]
                         ) -> list[FieldError]:
    """One error per key given twice or more in one object of *data*, in file order.

    *duplicates* maps id() of each parsed object that had repeated keys to the object (held,
    so that its id is not reused) and those keys, as the object_pairs_hook collected them.
    The tree is walked without recursion: a deeply nested file must not fail for its depth.
    """
    errors: list[FieldError] = []
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            _, repeated = duplicates.get(id(value), (None, []))
            for key, count in Counter(repeated).items():
                code = "file.duplicate_key" + ("" if path else "_top") + \
                    ("_times" if count > 1 else "")
                params: dict[str, Param] = {"key": key, "count": count + 1}
                if path:
                    params["object"] = path
                errors.append(FieldError("", code, params))
            children = [(_key_path(path, key), item) for key, item in value.items()]
        elif isinstance(value, list):
            children = [(f"{path}[{index}]", item) for index, item in enumerate(value)]
        else:
            continue
        stack.extend(reversed(children))  # popped in file order
    return errors


def parse_project_json(text: str | bytes, source: str = "") -> dict[str, Any]:
    """The JSON object of a project file, or ProjectError if it is not one.

    A key given twice in one object is refused: json would silently keep the last value,
    and a user who edited the file by hand would not see the value they meant.
    """
    duplicates: dict[int, tuple[object, list[str]]] = {}

    def collect(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) < len(pairs):
            seen: set[str] = set()
            repeated: list[str] = []
            duplicates[id(obj)] = (obj, repeated)
            for key, _ in pairs:
                if key in seen:
                    repeated.append(key)
                seen.add(key)
        return obj

    try:
        data = json.loads(text, object_pairs_hook=collect)
    except UnicodeDecodeError as exc:
        raise ProjectError([FieldError("", "file.not_utf8", {"reason": exc.reason})],
                           source) from None
    except RecursionError:
        raise ProjectError([FieldError("", "file.too_deep")], source) from None
    except json.JSONDecodeError as exc:
        raise ProjectError([FieldError("", "file.not_json", {
            "problem": exc.msg, "line": exc.lineno, "column": exc.colno})], source) from None
    if duplicates:
        raise ProjectError(duplicate_key_errors(data, duplicates), source)
    if not isinstance(data, dict):
        raise ProjectError([FieldError("", "file.not_object")], source)
    return data


def read_project_json(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProjectError([FieldError("", "file.unreadable",
                                       {"reason": exc.strerror or str(exc)})],
                           str(path)) from None
    return parse_project_json(raw, str(path))


def validate_project(data: dict[str, Any], source: str = "") -> Package:
    """Migrate and validate a project's JSON object; ProjectError names every bad field."""
    try:
        data = migrate(data)
        return Package.model_validate(data)
    except ProjectError as exc:
        raise ProjectError(exc.errors, source) from None
    except ValidationError as exc:
        raise ProjectError(errors_from_validation(exc), source) from None
    except RecursionError:
        raise ProjectError([FieldError("", "file.too_deep")], source) from None


def parse_project(text: str | bytes, source: str = "") -> Package:
    """Parse and validate project JSON; raise ProjectError naming every bad field."""
    return validate_project(parse_project_json(text, source), source)


def load_project(path: Path | str) -> Package:
    return validate_project(read_project_json(Path(path)), str(path))


def dump_project(package: Package) -> str:
    """The project as pretty JSON text (stable key order, Unicode kept readable)."""
    data = package.model_dump(mode="json", exclude_defaults=False)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def save_project(package: Package, path: Path | str) -> None:
    write_bytes_atomically(Path(path), dump_project(package).encode("utf-8"))


def json_schema() -> dict[str, Any]:
    schema = Package.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "cica-desktop project"
    return schema
