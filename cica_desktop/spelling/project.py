"""Spelling findings over a project: every text the forms edit, in the project's language.

Which fields are read: the prose of the request (paragraphs, headings, list items, table
cells, preambular and operative paragraphs with their lead words and verbs, titles, the
item's title, the mission, States, sponsors, committee, place, signatories' titles). Not
read: people's names, addresses, document symbols, job numbers, references, file paths
and the choices of lists (language, kinds, styles).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ..findings import Finding, Severity
from .hunspell import (
    CHECKED_LANGUAGES,
    LANGUAGE_NAMES,
    NoDictionary,
    Speller,
    speller,
)

#: The keys whose text is prose in the project's language (at any depth).
PROSE_KEYS = frozenset({
    "text", "item_title", "parent_item", "running_title", "mission", "title", "heading",
    "organ_line", "lead", "verb", "titles", "state", "requesting_states", "sponsors",
    "committee", "place", "header", "rows",
})


def prose_fields(data: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(model path, text) of every prose field of project *data* (the JSON form)."""

    def walk(value: Any, path: str, prose: bool) -> Iterator[tuple[str, str]]:
        if isinstance(value, Mapping):
            for key, inner in value.items():
                yield from walk(inner, f"{path}.{key}" if path else str(key),
                                key in PROSE_KEYS)
        elif isinstance(value, list | tuple):
            for index, inner in enumerate(value):
                yield from walk(inner, f"{path}[{index}]", prose)
        elif prose and isinstance(value, str) and value.strip():
            yield path, value

    yield from walk(data, "", False)


def language_notice(language: str, data_dir: Path | None = None) -> Finding | None:
    """Why text in *language* is not spell-checked (Chinese; no dictionary), or None."""
    name = LANGUAGE_NAMES.get(language, language)
    if language not in CHECKED_LANGUAGES:
        return Finding("spelling.not_checked", "language", Severity.NOTE,
                       {"language": name})
    try:
        speller(language, data_dir)
    except NoDictionary as missing:
        return Finding("spelling.no_dictionary", "language", Severity.WARNING,
                       {"language": name,
                        "folders": tuple(str(folder) for folder in missing.folders)})
    return None


def spelling_findings(data: Mapping[str, Any], data_dir: Path | None = None,
                      suggestions: bool = True) -> list[Finding]:
    """A finding for each unknown word of the project *data* (its JSON form), with
    suggestions; or the one notice that its language is not spell-checked."""
    language = str(data.get("language", "en"))
    notice = language_notice(language, data_dir)
    if notice is not None:
        return [notice]
    checker = speller(language, data_dir)
    found: list[Finding] = []
    for path, text in prose_fields(data):
        for word in checker.misspellings(text):
            found.append(unknown_word(checker, path, word.text, suggestions))
    return found


def unknown_word(checker: Speller, path: str, word: str, suggestions: bool = True) \
        -> Finding:
    offered = tuple(checker.suggest(word)) if suggestions else ()
    if offered:
        return Finding("spelling.unknown", path, Severity.WARNING,
                       {"word": word, "suggestions": offered})
    return Finding("spelling.unknown_no_suggestion", path, Severity.WARNING, {"word": word})
