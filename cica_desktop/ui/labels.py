"""Model paths said the way a user sees them: "Annex III › Enclosure › Content 21 › Paragraph"."""

from __future__ import annotations

from ..app.numbering import annex_number
from ..app.paths import Path
from .formspec import FORMS
from .i18n import tr


def _field_labels() -> dict[str, str]:
    labels: dict[str, str] = {}
    for form in FORMS.values():
        for field in form.fields:
            labels.setdefault(field.name, field.label)
    return labels


_LABELS = _field_labels()


def human_path(path: Path) -> str:
    """A finding's location in the words of the forms (indices counted from 1)."""
    words: list[str] = []
    index = 0
    while index < len(path):
        part = path[index]
        following = path[index + 1] if index + 1 < len(path) else None
        if part == "annexes" and isinstance(following, int):
            words.append(tr("Annex {n}").format(n=annex_number(following)))
            index += 2
            continue
        if part == "annexes":
            words.append(tr("Annexes"))
        elif part == "letter":
            words.append(tr("Cover letter"))
        elif part == "enclosure":
            words.append(tr("Enclosure"))
        elif part == "annex":
            words.append(tr("Its annex"))
        elif isinstance(part, str):
            label = tr(_LABELS.get(part, part))
            if isinstance(following, int):
                label = f"{label} {following + 1}"
                index += 1
            words.append(label)
        index += 1
    return " › ".join(words) or tr("The whole project")
