"""Model paths said the way a user sees them: "Annex III › Enclosure › Content 21 › Paragraph".

The words come from the forms that show the field (ui/formspec.py), walked along the path
with the project's data, so a field is named by the label of its own form, never by a
field of the same name elsewhere ("name" of a signatory is "Name", not the letterhead's
"Mission name").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..app.numbering import annex_number
from ..app.paths import Path
from .formspec import (
    ANNEX_FORMS,
    BLOCK_FORMS,
    FORMS,
    LETTER,
    SETTINGS,
    Field,
    Form,
    Kind,
    block_title,
)
from .i18n import tr

#: Reads the project's value at a path (None where there is none).
Lookup = Callable[[Path], Any]

#: Block kinds whose one text field is the block itself: "Content 3 › Paragraph", not
#: "Content 3 › Paragraph › Paragraph".
_SELF_NAMED_BLOCKS = {"paragraph": "text", "heading": "text"}


def _field_labels() -> dict[str, str]:
    labels: dict[str, str] = {}
    for form in FORMS.values():
        for field in form.fields:
            labels.setdefault(field.name, field.label)
    return labels


#: Any form's label of a field name: only for paths no form reaches (an unknown key).
_ANY_LABEL = _field_labels()


def _field(form: Form | None, name: str) -> Field | None:
    if form is None:
        return None
    return next((field for field in form.fields if field.name == name), None)


def human_path(path: Path, value: Lookup | None = None) -> str:
    """A finding's location in the words of the forms (indices counted from 1); *value*
    reads the project, to tell an annex's or a block's kind."""
    lookup: Lookup = value or (lambda _path: None)
    words: list[str] = []
    form: Form | None = SETTINGS
    index = 0
    while index < len(path):
        part = path[index]
        following = path[index + 1] if index + 1 < len(path) else None
        here = path[: index + 1]
        if part == "annexes" and isinstance(following, int):
            words.append(tr("Annex {n}").format(n=annex_number(following)))
            kind = lookup((*here, following, "kind"))
            form = ANNEX_FORMS.get(kind) if isinstance(kind, str) else None
            index += 2
            continue
        field = _field(form, part) if isinstance(part, str) else None
        if part == "annexes":
            words.append(tr("Annexes"))
        elif part == "letter":
            words.append(tr("Cover letter"))
            form = LETTER
        elif part in ("enclosure", "annex") and field is not None:
            words.append(tr("Enclosure") if part == "enclosure" else tr("Its annex"))
            form = FORMS.get(field.item) if field.item is not None else None
        elif part in ("rows", "header") and isinstance(following, int):
            # A table's cell, as the table editor shows it.
            if part == "rows":
                words.append(tr("Row {n}").format(n=following + 1))
                index += 2
                column = path[index] if index < len(path) else None
                if isinstance(column, int):
                    words.append(tr("Column {n}").format(n=column + 1))
                    index += 1
                continue
            words.append(tr("Column {n} heading").format(n=following + 1))
            index += 1
        elif isinstance(part, str):
            label = tr(field.label if field is not None else _ANY_LABEL.get(part, part))
            if field is not None and field.kind is Kind.BLOCKS and isinstance(following, int):
                block = lookup((*here, following))
                words.append(f"{label} {following + 1}")
                words.append(tr(block_title(block)))
                kind = block.get("type") if isinstance(block, dict) else None
                form = BLOCK_FORMS.get(kind) if isinstance(kind, str) else None
                index += 2
                # The block's own text is the block: stop naming it twice.
                if kind in _SELF_NAMED_BLOCKS and index < len(path) \
                        and path[index] == _SELF_NAMED_BLOCKS[kind]:
                    index += 1
                continue
            if isinstance(following, int):
                item_label = tr(field.item_label) if field is not None and field.item_label \
                    else label
                words.append(f"{item_label} {following + 1}")
                index += 1
            else:
                words.append(label)
            form = FORMS.get(field.item) if field is not None and field.item else None
        index += 1
    return " › ".join(words) or tr("The whole project")
