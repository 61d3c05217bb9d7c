"""A project file that gives one key twice is refused, naming the key and where it is:
json would silently keep the last value, so a hand-edited file would not say what its
author meant. The CLI and the app refuse it alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cica_desktop.app.project import Project
from cica_desktop.cli import main
from cica_desktop.model import ProjectError, load_project, parse_project
from cica_desktop.samples import sample_path


def sample_text() -> str:
    return json.dumps(json.loads(sample_path("en").read_text(encoding="utf-8")), indent=2,
                      ensure_ascii=False)


def with_duplicate_title() -> str:
    """The sample whose draft resolution (annexes[1]) is given a title twice."""
    text = sample_text()
    marker = '"kind": "draft_resolution",'
    assert text.count(marker) == 1
    return text.replace(marker, marker + '\n "title": "Observer status",'
                                          '\n "title": "Observer status for CICA",')


def messages(text: str) -> list[str]:
    with pytest.raises(ProjectError) as caught:
        parse_project(text, "request.json")
    assert str(caught.value).startswith("request.json: ")
    return [str(error) for error in caught.value.errors]


def test_a_key_given_twice_at_the_top_level_is_refused() -> None:
    text = sample_text().replace('"session": 62,', '"session": 62,\n "session": 63,')
    assert text.count('"session"') == 2
    assert messages(text) == ["duplicate key 'session' at the top level of the file; "
                              "keep one of them"]


def test_a_key_given_twice_in_a_list_item_names_the_item() -> None:
    assert messages(with_duplicate_title()) == [
        "duplicate key 'title' in annexes[1]; keep one of them"]


def test_every_duplicate_is_listed_in_file_order_with_its_count() -> None:
    data = json.loads(sample_text())
    text = json.dumps(data, ensure_ascii=False).replace(
        '"place": "New York"', '"place": "New York", "place": "Almaty", "place": "Astana"'
    ).replace('"state": "Kazakhstan"', '"state": "Kazakhstan", "state": "Kazakhstan"', 1)
    assert messages(text) == [
        "duplicate key 'place' in letterhead (3 times); keep one of them",
        "duplicate key 'state' in letter.senders[0]; keep one of them",
    ]


def test_a_duplicate_inside_an_unknown_key_is_still_found() -> None:
    text = sample_text().replace('"session": 62,', '"session": 62,\n "my notes": '
                                                    '{"a b": {"x": 1, "x": 2}},')
    found = messages(text)
    assert "duplicate key 'x' in [\"my notes\"][\"a b\"]; keep one of them" in found


def test_the_same_key_in_different_objects_is_not_a_duplicate() -> None:
    # Every annex has its own "kind", every sender its own "name": that is not repetition.
    assert parse_project(sample_text()).annexes[1].kind == "draft_resolution"


def test_the_cli_build_refuses_the_file_and_lists_the_duplicate(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "request.json"
    project.write_text(with_duplicate_title(), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(project), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{project}: the project is not valid:\n" in err
    assert "  duplicate key 'title' in annexes[1]; keep one of them\n" in err
    assert not out.exists()


def test_the_cli_check_refuses_the_file_too(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "request.json"
    project.write_text(with_duplicate_title(), encoding="utf-8")
    assert main(["check", str(project)]) == 2
    assert "duplicate key 'title' in annexes[1]" in capsys.readouterr().out


def test_loading_and_opening_in_the_app_refuse_it(tmp_path: Path) -> None:
    project = tmp_path / "request.json"
    project.write_text(with_duplicate_title(), encoding="utf-8")
    for opener in (load_project, Project.open):
        with pytest.raises(ProjectError) as caught:
            opener(project)
        assert caught.value.source == str(project)
        assert [str(e) for e in caught.value.errors] == [
            "duplicate key 'title' in annexes[1]; keep one of them"]


def test_a_deeply_nested_file_is_refused_for_its_depth_not_a_crash() -> None:
    assert messages('{"a": ' * 100_000 + "1" + "}" * 100_000) == [
        "the file is nested too deeply"]
