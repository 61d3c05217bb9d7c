"""Edit ▸ Fix quotes: every straight quote and apostrophe in the project as the document's
language writes them, in one undo step."""

from __future__ import annotations

from ..quotes import has_straight_quotes, typographic, typographic_field
from .find import text_fields
from .project import Project


def fix_quotes(project: Project) -> int:
    """Make the project's quotes typographic; the number of fields changed."""
    language = str(project.value(("language",)) or "en")
    changes = [(path, typographic(text, language)) for path, text in text_fields(project.data)
               if has_straight_quotes(text) and typographic_field(path)]
    if not changes:
        return 0
    project.undo_stack.beginMacro("Fix quotes")
    try:
        for path, text in changes:
            project.set_value(path, text)
    finally:
        project.undo_stack.endMacro()
    return len(changes)


__all__ = ["fix_quotes", "typographic", "typographic_field"]
