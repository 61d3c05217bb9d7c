"""The project being edited: raw data, its validated package, the undo stack, the file.

The forms edit the raw JSON-like data, which may be incomplete or invalid while the user
types (an empty required paragraph, say); the validated Package is derived from it and the
validation errors become findings. Nothing the user typed is ever refused or lost: a project
with errors can still be saved and reopened.
"""

from __future__ import annotations

import json
from pathlib import Path as FilePath
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..atomic import write_bytes_atomically
from ..draft import Draft as Draft  # the window's preview shows drafts
from ..draft import Namer, draft_package, placeholder_name
from ..model import FieldError, Package, ProjectError, dump_project
from ..model.project import errors_from_validation, migrate, read_project_json, shape_errors
from ..samples import sample_path
from .paths import Path, get_at, path_text, set_at
from .validation import reusing

#: Paths of the project's fields that name image files (relative to the project's folder).
IMAGE_PATHS: tuple[Path, ...] = (("letterhead", "emblem"),)


class Project(QObject):
    #: A value changed (its path); the form updates the widget showing it.
    value_changed = Signal(object)
    #: Items of a list were added, removed or moved (the list's path); forms rebuild there.
    structure_changed = Signal(object)
    #: The data changed in any way (after value_changed / structure_changed).
    data_changed = Signal()
    #: The file name or the modified state changed.
    file_state_changed = Signal()

    def __init__(self, data: dict[str, Any], file_path: FilePath | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._file_path = file_path
        self._package: Package | None = None
        self._errors: tuple[FieldError, ...] = ()
        self._typing_serial = 0
        #: The last data that validated, and its package: what did not change since is
        #: not validated again (app/validation.py).
        self._valid: tuple[dict[str, Any], Package] | None = None
        #: The newest typing step, while it is the top of the undo stack.
        self._typing: _DataCommand | None = None
        #: The path of the most recent change, done, undone or redone.
        self.last_changed_path: Path | None = None
        #: Whether the most recent change was a keystroke (the window lets the findings and
        #: the preview catch up once typing pauses; any other change shows at once).
        self.last_change_typing = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._validate()
        if self._package is not None:
            # Spell out every default, so each form field shows the value that applies.
            self._data = self._package.model_dump(mode="json")
            self._valid = (self._data, self._package)

    # ------------------------------------------------------------------ opening and saving
    @classmethod
    def open(cls, file_path: FilePath | str, parent: QObject | None = None) -> Project:
        """Open a project file; a file that is not a project at all raises ProjectError.

        A project whose fields are invalid opens anyway, with its errors as findings.
        """
        file_path = FilePath(file_path)
        data = migrate(read_project_json(file_path))
        broken = shape_errors(data)
        if broken:
            raise ProjectError(broken, str(file_path))
        return cls(data, file_path, parent)

    @classmethod
    def sample(cls, language: str, parent: QObject | None = None) -> Project:
        """An untitled copy of the bundled sample in *language* (A/62/232): saving it never
        overwrites the sample."""
        return cls(cls.open(sample_path(language)).data, parent=parent)

    def save(self, file_path: FilePath | str | None = None) -> FilePath:
        """Write the project atomically; the previous file stays if writing fails.

        Saving into another folder re-aims relative image paths so they still name the
        same files; that edit is applied (undoably) only once the file is written.
        """
        target = FilePath(file_path) if file_path is not None else self._file_path
        if target is None:
            raise ValueError("the project has no file name yet; use Save As")
        moved = self._image_paths_after_move(target)
        data = self._data
        for path, value in moved.items():
            data = set_at(data, path, value)
        write_bytes_atomically(target, self._json_of(data).encode("utf-8"))
        self._file_path = target
        for path, value in moved.items():
            self.set_value(path, value)
        self.undo_stack.setClean()
        self.file_state_changed.emit()
        return target

    def to_json(self) -> str:
        return self._json_of(self._data)

    def _json_of(self, data: dict[str, Any]) -> str:
        """The project file's text: normalised when the data is valid, else as typed."""
        if self._package is not None:
            if data is self._data:
                return dump_project(self._package)
            try:
                return dump_project(Package.model_validate(data))
            except ValidationError:
                pass
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    @property
    def file_path(self) -> FilePath | None:
        return self._file_path

    def relative_path(self, chosen: FilePath | str) -> str:
        """*chosen* as the project stores it: relative to the project file's folder when it
        lies under it, else absolute."""
        chosen = FilePath(chosen).absolute()
        if self._file_path is not None:
            try:
                return chosen.relative_to(self._file_path.absolute().parent).as_posix()
            except ValueError:
                pass
        return str(chosen)

    def _image_paths_after_move(self, target: FilePath) -> dict[Path, str]:
        """Relative image paths as they must read from *target*'s folder (relative again if
        the image lies under it, else absolute: the image stayed where it was)."""
        if self._file_path is None or \
                target.absolute().parent == self._file_path.absolute().parent:
            return {}
        moved: dict[Path, str] = {}
        for path in IMAGE_PATHS:
            stored = self.value(path, "")
            if isinstance(stored, str) and stored and not FilePath(stored).is_absolute():
                image = self.resolve_path(stored).absolute()
                try:
                    moved[path] = image.relative_to(target.absolute().parent).as_posix()
                except ValueError:
                    moved[path] = str(image)
        return moved

    def resolve_path(self, stored: str) -> FilePath:
        """The file a stored path names (relative paths start at the project's folder)."""
        path = FilePath(stored).expanduser()
        if not path.is_absolute() and self._file_path is not None:
            path = self._file_path.absolute().parent / path
        return path

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    # ------------------------------------------------------------------ reading
    @property
    def data(self) -> dict[str, Any]:
        """The raw data. Treat it as read-only: every change goes through a command."""
        return self._data

    @property
    def package(self) -> Package | None:
        """The validated package, or None while the data has errors."""
        return self._package

    @property
    def errors(self) -> tuple[FieldError, ...]:
        return self._errors

    def draft(self, namer: Namer = placeholder_name) -> Draft | None:
        """While the data has gaps (empty required fields), the package with each gap as a
        named placeholder, for the preview; None when a value is wrong rather than missing.
        A valid project is its own draft."""
        if self._package is not None:
            return Draft(self._package, frozenset(), ())
        return draft_package(self._data, namer, self._errors)

    def value(self, path: Path, default: Any = None) -> Any:
        try:
            return get_at(self._data, path)
        except (KeyError, IndexError, TypeError):
            return default

    # ------------------------------------------------------------------ editing (undoable)
    def set_value(self, path: Path, value: Any, *, typing: bool = False,
                  structural: bool = False) -> None:
        """Set the value at *path*. Consecutive typing in one field merges into one step."""
        if self.value(path, _MISSING) == value:
            return
        before = self._data
        after = set_at(before, path, value)
        merge_key = ("typing", path, self._typing_serial) if typing else None
        top = self._typing_step()
        if top is not None and merge_key is not None and top.merge_key == merge_key \
                and after != top.before:
            # Typing on in the same field: the step grows; no command per keystroke (each
            # would keep its own copies of the data alive for as long as the stack lives).
            top.after = after
            top.typing = True
            top.redo()
            return
        command = _DataCommand(self, _describe("Edit", path), before, after, path, structural,
                               merge_key)
        command.typing = typing
        self.undo_stack.push(command)
        self._typing = command if merge_key is not None else None

    def _typing_step(self) -> _DataCommand | None:
        """The typing step keystrokes may join: the top of the stack, not where the file
        was saved (typing after a save starts a new step, as QUndoStack merges)."""
        stack, command = self.undo_stack, self._typing
        index = stack.index()
        if command is None or index != stack.count() or index == stack.cleanIndex() \
                or index == 0 or stack.command(index - 1) is not command:
            return None
        return command

    def end_typing(self) -> None:
        """The user left the field: the next keystrokes there start a new undo step."""
        self._typing_serial += 1

    def insert_item(self, list_path: Path, index: int, item: Any) -> None:
        items = list(self.value(list_path) or [])
        items.insert(index, item)
        self._push_list(list_path, items, "Insert")

    def remove_item(self, list_path: Path, index: int) -> None:
        items = list(self.value(list_path) or [])
        del items[index]
        self._push_list(list_path, items, "Delete")

    def move_item(self, list_path: Path, source: int, target: int) -> None:
        items = list(self.value(list_path) or [])
        if source == target or not (0 <= source < len(items)) or not (0 <= target < len(items)):
            return
        items.insert(target, items.pop(source))
        self._push_list(list_path, items, "Move")

    def _push_list(self, list_path: Path, items: list[Any], verb: str) -> None:
        after = set_at(self._data, list_path, items)
        self.undo_stack.push(_DataCommand(self, _describe(verb, list_path), self._data, after,
                                          list_path, True))

    # ------------------------------------------------------------------ internals
    def _clean_changed(self, _clean: bool) -> None:
        self.file_state_changed.emit()

    def _apply(self, data: dict[str, Any], path: Path, structural: bool,
               typing: bool = False) -> None:
        self._data = data
        self.last_changed_path = path
        self.last_change_typing = typing
        self._validate()
        if structural:
            self.structure_changed.emit(path)
        else:
            self.value_changed.emit(path)
        self.data_changed.emit()

    def _validate(self) -> None:
        """The package and its errors, validating only what changed since the last data
        that validated (the same results as validating all of it: app/validation.py)."""
        data: Any = self._data
        if self._valid is not None:
            data = reusing(self._data, *self._valid)
        try:
            self._package = Package.model_validate(data)
            self._errors = ()
        except ValidationError as exc:
            self._package = None
            self._errors = tuple(errors_from_validation(exc))
        else:
            self._valid = (self._data, self._package)


_MISSING = object()


def _describe(verb: str, path: Path) -> str:
    return f"{verb} {path_text(path)}"


class _DataCommand(QUndoCommand):
    """One undoable change: the data before and after (structure shared, so cheap)."""

    _MERGE_ID = 1

    def __init__(self, project: Project, text: str, before: dict[str, Any],
                 after: dict[str, Any], path: Path, structural: bool,
                 merge_key: tuple[Any, ...] | None = None) -> None:
        super().__init__(text)
        self.project = project
        self.before = before
        self.after = after
        self.path = path
        self.structural = structural
        self.merge_key = merge_key
        #: The next redo() applies a keystroke (not the user's Redo).
        self.typing = False

    def redo(self) -> None:
        typing, self.typing = self.typing, False
        self.project._apply(self.after, self.path, self.structural, typing)

    def undo(self) -> None:
        self.project._apply(self.before, self.path, self.structural)

    def id(self) -> int:
        return self._MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _DataCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        other.before = other.after = {}  # Qt deletes *other*; its copies go now
        if self.after == self.before:
            self.setObsolete(True)  # typed and deleted again: no step at all
        return True


__all__ = ["Project", "ProjectError"]
