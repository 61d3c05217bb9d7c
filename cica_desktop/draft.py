"""A draft of an incomplete project: every missing piece stands in as a visible placeholder.

While a request is being drafted its required fields are not all filled in, so the project
does not validate and cannot be composed. `draft_package` fills each gap the user still has
to fill (an empty required text, a missing State, an empty list) with a placeholder such as
"[Name]", so the draft can be laid out as it will print, the gaps where they will be.
Values that are present but wrong (a bad date, a symbol in the wrong form) are not
guessed at: they make the draft impossible, and the findings say why.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .model import FieldError, Package, ProjectError
from .model.project import errors_from_validation, migrate, read_project_json, validate_project

#: The errors a placeholder fills: text that must be typed, a list that needs an item.
_TEXT_GAPS = frozenset({"text.empty", "field.missing", "letter.state_missing"})
_LIST_GAPS = frozenset({"list.too_short"})
#: How many times the data is validated again after filling gaps (a filled list may bring
#: its item's own required fields to light).
_ROUNDS = 6

#: Names a field for its placeholder ("letter.senders[0].name" -> "Name").
Namer = Callable[[str], str]


@dataclass(frozen=True)
class Draft:
    """The package with placeholders, the placeholders it holds, and the gaps they fill."""

    package: Package
    placeholders: frozenset[str]
    gaps: tuple[FieldError, ...]


#: Lists named by what one of their items is.
_ITEM_NAMES = {"senders": "signatory", "signatories": "signatory", "blocks": "paragraph",
               "operative": "operative paragraph", "requesting_states": "requesting State"}


def placeholder_name(path: str) -> str:
    """A field's name in plain words from its path: "letter.senders[0].name" -> "Name",
    an empty list by its item: "letter.senders" -> "Signatory"."""
    last = path.rsplit(".", 1)[-1].split("[", 1)[0] or "text"
    words = _ITEM_NAMES.get(last, last.replace("_", " "))
    return words[:1].upper() + words[1:]


def placeholder(name: str) -> str:
    return f"[{name}]"


def draft_package(data: dict[str, Any], namer: Namer = placeholder_name,
                  errors: Sequence[FieldError] | None = None) -> Draft | None:
    """The draft of *data*, or None when something other than a gap is wrong.

    *namer* names each gap's field for its placeholder ("[Name of the signatory]"); the
    window passes the forms' labels, the command line the field's own name.
    """
    work = copy.deepcopy(data)
    filled: set[str] = set()
    gaps: list[FieldError] = []
    tried: set[tuple[str, str]] = set()
    known = errors  # the caller's validation of *data*, if it has one: not done again
    for _ in range(_ROUNDS):
        if known:
            round_errors, known = list(known), None
        else:
            try:
                package = Package.model_validate(work)
            except ValidationError as exc:
                round_errors = errors_from_validation(exc)
            else:
                return Draft(package, frozenset(filled), tuple(gaps))
        for error in round_errors:
            if (error.path, error.code) in tried:
                return None  # filled once already and still wrong: not a gap
            tried.add((error.path, error.code))
            text = placeholder(namer(error.path))
            if error.code in _TEXT_GAPS:
                value: Any = text
            elif error.code in _LIST_GAPS:
                value = [_item(error.path, text)]
            else:
                return None
            if not _set(work, error.path, value):
                return None
            filled.add(text)
            gaps.append(error)
    return None


def load_draft(path: Path | str, namer: Namer = placeholder_name) -> Draft:
    """The draft of the project file at *path* (`build --draft`); ProjectError names the
    fields that are wrong rather than missing, and the file's own faults."""
    data = read_project_json(Path(path))
    try:
        return Draft(validate_project(data, str(path)), frozenset(), ())
    except ProjectError as failed:
        try:
            migrated = migrate(data)
        except ProjectError:
            raise failed from None  # the file itself is at fault (its format version)
        draft = draft_package(migrated, namer, failed.errors)
        if draft is None:
            raise
        return draft


def _item(path: str, text: str) -> Any:
    """A first item for the empty list at *path*: a paragraph, a signatory, a line."""
    last = path.rsplit(".", 1)[-1]
    if last == "blocks":
        return {"type": "paragraph", "text": text}
    if last in ("senders", "signatories"):
        return {"name": text}
    if last in ("operative", "items"):
        return {"text": text}
    return text


def _steps(path: str) -> Iterator[str | int]:
    for part in path.replace("]", "").split("."):
        name, *indices = part.split("[")
        if name:
            yield name
        yield from (int(index) for index in indices)


def _set(data: Any, path: str, value: Any) -> bool:
    """Put *value* at *path* (dotted, with [n] indices); False when the path leads nowhere."""
    steps = list(_steps(path))
    if not steps:
        return False
    node = data
    try:
        for step in steps[:-1]:
            node = node[step]
        last = steps[-1]
        if isinstance(node, dict) and isinstance(last, str):
            node[last] = value
            return True
        if isinstance(node, list) and isinstance(last, int) and last < len(node):
            node[last] = value
            return True
    except (KeyError, IndexError, TypeError):
        return False
    return False


__all__ = ["Draft", "draft_package", "load_draft", "placeholder", "placeholder_name"]
