"""Find and replace across the whole project: every text the user typed, in form order.

The search runs over the raw data the forms edit (so it also finds text in a project that
does not validate yet), skipping what is not prose: kinds, language codes, dates, file
paths. Each replacement is one undo step; "Replace all" is one step for all of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .paths import Path
from .project import Project

#: Keys whose values are codes, dates or file paths, not text a user would search.
_NOT_TEXT = frozenset({
    "format_version", "kind", "type", "language", "original_language", "paper",
    "distribution", "rule", "sender_role", "addressee", "gender", "style", "date",
    "issue_date", "emblem", "signature_image", "job_number",
})


@dataclass(frozen=True)
class Search:
    """What to look for: the text, as a whole word or anywhere, with or without case."""

    text: str
    whole_word: bool = False
    match_case: bool = False

    def pattern(self) -> re.Pattern[str]:
        flags = 0 if self.match_case else re.IGNORECASE
        return re.compile(re.escape(self.text), flags)


@dataclass(frozen=True)
class Match:
    """One occurrence: the field's path and the characters [start, end) of its text."""

    path: Path
    start: int
    end: int


def text_fields(data: Any, path: Path = ()) -> Iterator[tuple[Path, str]]:
    """Every text field of the raw project data with its path, in document order."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key not in _NOT_TEXT:
                yield from text_fields(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from text_fields(value, (*path, index))
    elif isinstance(data, str):
        yield path, data


def _is_word_character(char: str) -> bool:
    return unicodedata.category(char)[0] in "LNM" or char == "_"


def _spaced_script(char: str) -> bool:
    """Scripts that separate words with spaces: for Chinese text every match is whole."""
    return not ("\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"
                or "\u3000" <= char <= "\u303f")


def _whole(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    for outside, inside in ((before, text[start]), (after, text[end - 1])):
        if outside and _is_word_character(outside) and _spaced_script(outside) \
                and _spaced_script(inside):
            return False
    return True


def matches_in(text: str, search: Search) -> Iterator[tuple[int, int]]:
    if not search.text:
        return
    for found in search.pattern().finditer(text):
        start, end = found.span()
        if not search.whole_word or _whole(text, start, end):
            yield start, end


def find_all(data: Any, search: Search) -> list[Match]:
    """Every occurrence of *search* in the project, in document order."""
    return [Match(path, start, end) for path, text in text_fields(data)
            for start, end in matches_in(text, search)]


def replaced(text: str, search: Search, replacement: str) -> str:
    """*text* with every occurrence of *search* replaced (the replacement taken literally)."""
    out: list[str] = []
    position = 0
    for start, end in matches_in(text, search):
        out.append(text[position:start])
        out.append(replacement)
        position = end
    return "".join(out) + text[position:]


def replace_one(project: Project, match: Match, search: Search, replacement: str) -> bool:
    """Replace the occurrence *match* (one undo step); False when the text has changed
    since it was found and no longer holds it there."""
    text = project.value(match.path)
    if not isinstance(text, str) or (match.start, match.end) not in set(matches_in(text, search)):
        return False
    project.set_value(match.path, text[:match.start] + replacement + text[match.end:])
    return True


def replace_all(project: Project, search: Search, replacement: str) -> int:
    """Replace every occurrence in the project as one undo step; the number replaced."""
    changes = [(path, text, sum(1 for _ in matches_in(text, search)))
               for path, text in text_fields(project.data)]
    changes = [change for change in changes if change[2]]
    if not changes:
        return 0
    stack = project.undo_stack
    stack.beginMacro(f"Replace “{search.text}” with “{replacement}”")
    try:
        for path, text, _count in changes:
            project.set_value(path, replaced(text, search, replacement))
    finally:
        stack.endMacro()
    return sum(count for _path, _text, count in changes)


__all__ = ["Match", "Search", "find_all", "matches_in", "replace_all", "replace_one",
           "replaced", "text_fields"]
