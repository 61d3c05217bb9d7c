"""Find and replace across the whole project (issue 12): whole word and match case, every
text the user typed and nothing else, each replacement one undo step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cica_desktop.app.find import (
    Search,
    find_all,
    replace_all,
    replace_one,
    replaced,
    text_fields,
)
from cica_desktop.app.project import Project
from cica_desktop.samples import sample_path


@pytest.fixture
def project(qtbot: QtBot, tmp_path: Path) -> Project:
    path = tmp_path / "en.json"
    shutil.copy(sample_path("en"), path)
    return Project.open(path)


def test_it_finds_every_occurrence_in_form_order(project: Project) -> None:
    found = find_all(project.data, Search("CICA", match_case=True))
    order = [path for path, _text in text_fields(project.data)]
    positions = [(order.index(match.path), match.start) for match in found]
    assert positions == sorted(positions)  # field by field as the forms show them
    paths = [match.path for match in found]
    assert any(path[:2] == ("annexes", 0) for path in paths)
    assert any(path[:2] == ("annexes", 2) for path in paths)
    for match in found:
        assert project.value(match.path)[match.start:match.end] == "CICA"


def test_codes_dates_and_file_paths_are_not_searched(project: Project) -> None:
    # "memorandum" is an annex's kind, and also a word of the letter
    found = find_all(project.data, Search("memorandum"))
    assert found and all(match.path[-1] != "kind" for match in found)
    assert not any(match.path[-1] in ("kind", "type", "language", "date")
                   for match in find_all(project.data, Search("e")))
    assert find_all(project.data, Search("2007-10-03")) == []


def test_match_case_and_whole_word() -> None:
    text = "Asia, Asian States and the ASIA region"
    assert [text[s:e] for s, e in _spans(text, Search("asia"))] == ["Asia", "Asia", "ASIA"]
    assert [text[s:e] for s, e in _spans(text, Search("asia", whole_word=True))] == \
        ["Asia", "ASIA"]
    assert [text[s:e] for s, e in _spans(text, Search("Asia", whole_word=True,
                                                      match_case=True))] == ["Asia"]


def test_whole_word_in_chinese_and_arabic_text() -> None:
    # Chinese does not separate words: a whole-word search still finds the characters.
    assert list(_spans("亚洲相互协作与信任措施会议", Search("信任", whole_word=True))) == [(7, 9)]
    arabic = "الجمعية العامة والجمعية"
    assert list(_spans(arabic, Search("الجمعية", whole_word=True))) == [(0, 7)]


def test_the_replacement_is_taken_literally() -> None:
    assert replaced("a.b a.b", Search("a.b"), r"\1 $0") == r"\1 $0 \1 $0"
    assert replaced("aXb", Search("a.b"), "z") == "aXb"  # the search is literal too


def test_replace_one_is_one_undo_step(project: Project) -> None:
    search = Search("Conference", whole_word=True, match_case=True)
    first = find_all(project.data, search)[0]
    before = project.value(first.path)
    assert replace_one(project, first, search, "Meeting")
    assert project.value(first.path) == before[:first.start] + "Meeting" + \
        before[first.end:]
    project.undo_stack.undo()
    assert project.value(first.path) == before
    # a stale match (the text changed since) is refused, not misapplied
    project.set_value(first.path, "Changed.")
    assert not replace_one(project, first, search, "Meeting")


def test_replace_all_is_one_undo_step(project: Project) -> None:
    data_before = project.data
    count = len(find_all(project.data, Search("CICA", whole_word=True, match_case=True)))
    assert replace_all(project, Search("CICA", whole_word=True, match_case=True),
                       "the Conference") == count > 5
    assert find_all(project.data, Search("CICA", whole_word=True, match_case=True)) == []
    assert project.package is not None
    project.undo_stack.undo()
    assert project.data == data_before
    assert replace_all(project, Search("no such words"), "x") == 0


def _spans(text: str, search: Search) -> list[tuple[int, int]]:
    from cica_desktop.app.find import matches_in

    return list(matches_in(text, search))


def test_fix_quotes_makes_every_quote_typographic_in_one_step(project: Project) -> None:
    from cica_desktop.app.quotes import fix_quotes

    path = ("letter", "blocks", 0, "text")
    typed = 'an item entitled "Observer status" and the Conference\'s work'
    project.set_value(path, typed)
    before = project.data
    assert fix_quotes(project) >= 1
    assert project.value(path) == "an item entitled “Observer status” and the Conference’s work"
    assert fix_quotes(project) == 0  # nothing left to fix
    project.undo_stack.undo()
    assert project.data == before


def test_one_rule_for_typographic_quotes(project: Project) -> None:
    """Typing, Fix quotes and the straight-quotes finding agree: prose and States' names
    take the language's marks, a person's name keeps the quote typed."""
    from cica_desktop.app.quotes import fix_quotes
    from cica_desktop.checks import check
    from cica_desktop.quotes import typographic_field

    assert typographic_field("letter.blocks[0].text") and typographic_field("requesting_states[1]")
    assert not typographic_field("letter.senders[0].name")
    assert not typographic_field(("letterhead", "address_lines", 0))
    project.set_value(("letter", "senders", 0, "name"), "Seán O'Brien")
    package = project.package
    assert package is not None
    assert not [f for f in check(package) if f.path == "letter.senders[0].name"]
    fix_quotes(project)
    assert project.value(("letter", "senders", 0, "name")) == "Seán O'Brien"
