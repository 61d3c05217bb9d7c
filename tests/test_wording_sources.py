"""Every phrase the templates mark [V] (believed, unverified) says why no source was found.

The language templates (templates/lang/<code>.toml) and the request-kind wording
(templates/kinds/<code>.toml) mark each phrase [M], [S] or [V] (docs/FORMAT.md §1). A [V]
is covered by a reason either on its own line (words after the mark) or by a section note:
a comment line of the same TOML table that begins with "[V]" and gives the reason for the
table's bare marks (docs/FORMAT.md §1, "What a [V] note says").
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
FILES = sorted([*TEMPLATES.glob("lang/*.toml"), *TEMPLATES.glob("kinds/*.toml")])

HEADER = re.compile(r"^\s*\[\[?[^\]\"'=]+\]\]?\s*(#.*)?$")
MARK = "[V]"
# A reason: at least two letters (any script) after the mark, before any other mark.
REASON = re.compile(r"^[^\[\]]*?[^\W\d_]{2}")
SECTION_NOTE = re.compile(r"^\s*#\s*\[V\]\s*\S.*?[^\W\d_]{2}")


def _sections(path: Path) -> list[tuple[str, list[tuple[int, str]]]]:
    """The file's lines grouped by TOML table (the lines above the first table form one)."""
    sections: list[tuple[str, list[tuple[int, str]]]] = [("(top of the file)", [])]
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if HEADER.match(line):
            sections.append((line.split("#")[0].strip(), []))
        sections[-1][1].append((number, line))
    return sections


def _comment(line: str) -> str:
    """The comment part of a template line (the values never contain '#')."""
    return line[line.index("#"):] if "#" in line else ""


def _uncovered(path: Path) -> list[str]:
    missing = []
    for table, lines in _sections(path):
        has_note = any(SECTION_NOTE.match(line) for _, line in lines)
        for number, line in lines:
            comment = _comment(line)
            start = comment.find(MARK)
            while start >= 0:
                after = comment[start + len(MARK):]
                if not REASON.match(after) and not has_note:
                    missing.append(f"{path.name}:{number} in {table}: {line.strip()[:70]}")
                start = comment.find(MARK, start + 1)
    return missing


def test_the_templates_are_found() -> None:
    names = {f"{p.parent.name}/{p.stem}" for p in FILES}
    for code in ("en", "fr", "es", "ru", "zh", "ar"):
        assert {f"lang/{code}", f"kinds/{code}"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_unverified_phrase_says_why(path: Path) -> None:
    assert _uncovered(path) == [], (
        "a [V] mark without a reason: add words after it, or a '# [V] …' note in its table")


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_marks_stay_in_comments(path: Path) -> None:
    """A mark inside a value would be printed; '#' inside a value would hide a comment."""
    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return []

    values = strings(tomllib.loads(path.read_text(encoding="utf-8")))
    assert not [v for v in values if any(m in v for m in ("[M]", "[S]", "[V]", "#"))]


def test_a_bare_mark_without_a_note_is_caught(tmp_path: Path) -> None:
    sample = tmp_path / "xx.toml"
    sample.write_text('[a]\nx = "1"   # [V]\n[b]\n# [V] no issued document was available\n'
                      'y = "2"   # [V]\n[c]\nz = "3"   # [V] no issued Xish text\n',
                      encoding="utf-8")
    assert [m.split(" in ")[1].split(":")[0] for m in _uncovered(sample)] == ["[a]"]
