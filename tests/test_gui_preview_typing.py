"""What one keystroke costs the project: one undo step however long the typing, nothing kept
per keystroke, and only the changed part validated, with the results of validating all."""

from __future__ import annotations

import gc
from typing import Any

import pytest
from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from cica_desktop.app.paths import Path
from cica_desktop.app.project import Project
from cica_desktop.model import Package
from cica_desktop.model.project import errors_from_validation

PARAGRAPH: Path = ("annexes", 0, "blocks", 3, "text")


@pytest.fixture
def project(qapp: QCoreApplication) -> Project:
    return Project.sample("en")


def type_into(project: Project, path: Path, text: str) -> None:
    for char in text:
        project.set_value(path, str(project.value(path)) + char, typing=True)


def full_validation(data: dict[str, Any]) -> tuple[Package | None, list[Any]]:
    try:
        return Package.model_validate(data), []
    except ValidationError as exc:
        return None, errors_from_validation(exc)


def test_typing_in_one_field_is_one_undo_step_and_undo_restores(project: Project) -> None:
    original = project.value(PARAGRAPH)
    type_into(project, PARAGRAPH, " and more words")
    assert project.undo_stack.count() == 1
    assert project.value(PARAGRAPH) == original + " and more words"
    project.undo_stack.undo()
    assert project.value(PARAGRAPH) == original
    assert project.package is not None and project.package.annexes[0].blocks[3].text == original
    project.undo_stack.redo()
    assert project.value(PARAGRAPH) == original + " and more words"


def test_typing_keeps_no_command_per_keystroke(project: Project) -> None:
    type_into(project, PARAGRAPH, "x" * 200)
    gc.collect()
    commands = [o for o in gc.get_objects()
                if type(o).__name__ == "_DataCommand" and getattr(o, "project", None) is project]
    assert len(commands) == 1


def test_leaving_the_field_or_saving_starts_a_new_step(project: Project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    type_into(project, PARAGRAPH, "ab")
    project.end_typing()
    type_into(project, PARAGRAPH, "cd")
    assert project.undo_stack.count() == 2
    project.save(tmp_path / "p.json")
    type_into(project, PARAGRAPH, "ef")
    assert project.undo_stack.count() == 3
    project.undo_stack.undo()
    assert not project.is_modified  # back where the file was saved


def test_typing_then_deleting_it_again_leaves_no_step(project: Project) -> None:
    original = str(project.value(PARAGRAPH))
    type_into(project, PARAGRAPH, "xy")
    project.set_value(PARAGRAPH, original + "x", typing=True)
    project.set_value(PARAGRAPH, original, typing=True)
    assert project.undo_stack.count() == 0
    assert not project.is_modified


@pytest.mark.parametrize(("path", "value"), [
    (PARAGRAPH, ""),  # a gap: text.empty at the paragraph
    (PARAGRAPH, "bell \x07"),  # a bad character
    (("letter", "sender_role"), "representatives"),  # a letter's own check over its senders
    (("letter", "senders", 0, "state"), ""),
    (("annexes", 0, "blocks"), []),  # a list left too short
    (("session", ), 0),
    (("item_title", ), "A new title"),
])
def test_validating_the_change_gives_what_validating_all_gives(
        project: Project, path: Path, value: Any) -> None:
    project.set_value(("letter", "sender_role"), "representatives")
    project.set_value(path, value)
    package, errors = full_validation(project.data)
    assert project.package == package
    assert list(project.errors) == errors
    project.undo_stack.undo()  # and back: valid again, from the reused parts
    assert (project.package, list(project.errors)) == full_validation(project.data)


def test_rows_moved_inserted_and_removed_validate_as_a_whole_would(project: Project) -> None:
    blocks: Path = ("annexes", 0, "blocks")
    project.move_item(blocks, 0, 4)
    project.insert_item(blocks, 2, {"type": "paragraph", "text": ""})
    assert (project.package, list(project.errors)) == full_validation(project.data)
    project.remove_item(blocks, 2)
    assert project.package is not None
    assert project.package == full_validation(project.data)[0]
