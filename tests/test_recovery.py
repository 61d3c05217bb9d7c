"""Failures are visible and recovery is safe: a failed autosave says so (status bar, title)
and keeps trying; recovery files are offered when their writer is gone, decided by a lock
the writer holds (not by PID); damaged recovery files are offered as damaged; the folder and
files are private."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import open_window, start_autosaving_child
from PySide6.QtWidgets import QMessageBox

from cica_desktop.app import recovery
from cica_desktop.app.recovery import (
    Autosaver,
    RecoveryEntry,
    discard,
    lock_file_of,
    pending_recoveries,
    recovery_dir,
    release,
)
from cica_desktop.samples import sample_path
from cica_desktop.ui import app

AN_HOUR_AGO = time.time() - 3600


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def no_claims_left() -> Iterator[None]:
    """Every test lets go of the recovery locks it took as a scanner."""
    yield
    for lock in list(recovery._claims.values()):
        recovery._unlock(lock)
    recovery._claims.clear()


# ---------------------------------------------------------------------- failing autosave
def test_a_failing_autosave_says_so_once_keeps_trying_and_clears_when_it_works(
        qtbot, tmp_path: Path, isolated_user_data: Path, monkeypatch,  # type: ignore[no-untyped-def]
        capfd) -> None:
    monkeypatch.setenv("CICA_AUTOSAVE_SECONDS", "0.05")
    blocker = isolated_user_data / "recovery"
    blocker.write_text("a file where the recovery folder should be")
    window = open_window(qtbot, tmp_path, "en")
    autosaver = window.autosaver
    assert autosaver is not None and autosaver.timer.interval() == 50
    messages: list[str] = []
    failures: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    autosaver.failed.connect(failures.append)
    window.project.set_value(("mission",), "Unsaved work")

    qtbot.waitUntil(lambda: autosaver.error is not None, timeout=5000)
    ticks = []
    autosaver.timer.timeout.connect(lambda: ticks.append(1))
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)  # it keeps trying on the timer
    assert autosaver.error is not None and "File exists" in autosaver.error
    assert failures == [autosaver.error]  # said once, not at every tick
    said = [m for m in messages if m.startswith("Autosave failed")]
    assert said == [window.statusBar().currentMessage()]
    assert str(blocker) in said[0] and "Trying again every 0.05 s" in said[0]
    assert window.windowTitle() == "cica.en.json[*] — autosave failed — cica-desktop"
    assert window.autosave_label.text() == "⚠ Autosave failed"
    assert window.autosave_label.toolTip() == said[0]
    assert not autosaver.file.exists()
    assert blocker.read_text().startswith("a file where")  # nothing written over it

    blocker.unlink()  # the disk is fine again
    qtbot.waitUntil(lambda: autosaver.file.exists(), timeout=5000)
    qtbot.waitUntil(lambda: autosaver.error is None, timeout=5000)
    assert window.windowTitle() == "cica.en.json[*] — cica-desktop"
    assert window.autosave_label.text().startswith("Autosaved ")
    assert window.statusBar().currentMessage() == ""
    assert json.loads(autosaver.file.read_text(encoding="utf-8"))["data"]["mission"] == \
        "Unsaved work"
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err and "Error" not in err


def test_saving_the_project_clears_the_autosave_warning(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        isolated_user_data: Path) -> None:
    (isolated_user_data / "recovery").write_text("in the way")
    window = open_window(qtbot, tmp_path, "en")
    window.project.set_value(("mission",), "Unsaved work")
    assert window.autosaver is not None
    assert not window.autosaver.autosave()
    assert not window.autosaver.autosave()
    assert "autosave failed" in window.windowTitle()
    assert window._save_to(window.project.file_path)
    assert "autosave failed" not in window.windowTitle()
    assert window.autosave_label.text() == ""


def test_a_recovery_folder_removed_while_running_is_made_again_and_stays_locked(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    autosaver = window.autosaver
    assert autosaver is not None
    window.project.set_value(("mission",), "First")
    assert autosaver.autosave()
    shutil.rmtree(recovery_dir())  # a cleaning tool empties the application's data
    window.project.set_value(("mission",), "Second")
    assert autosaver.autosave()
    assert autosaver.lock_file.exists()
    assert pending_recoveries() == []  # this process is alive: its file is not offered
    assert mode_of(recovery_dir()) == 0o700 and mode_of(autosaver.file) == 0o600
    window.close()
    assert sorted(p.name for p in recovery_dir().iterdir()) == []


def test_an_unexpected_error_in_autosave_never_leaves_the_timer(
        qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, "en")
    autosaver = window.autosaver
    assert autosaver is not None
    window.project.set_value(("mission",), "Unsaved work")

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("a fault of ours")

    monkeypatch.setattr(recovery, "write_bytes_atomically", broken)
    autosaver.timer.timeout.emit()  # as the timer does: an exception here would escape
    assert autosaver.error == "RuntimeError: a fault of ours"
    assert "autosave failed" in window.windowTitle()


# ---------------------------------------------------------------------- privacy
def test_the_recovery_folder_is_0700_and_its_files_0600(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = recovery_dir()
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)  # made by an older version, or by hand
    window = open_window(qtbot, tmp_path, "en")
    window.project.set_value(("mission",), "Private")
    assert window.autosaver is not None and window.autosaver.autosave()
    assert mode_of(folder) == 0o700
    assert mode_of(window.autosaver.file) == 0o600
    assert mode_of(window.autosaver.lock_file) == 0o600


# ---------------------------------------------------------------------- damaged files
def sample_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(sample_path("en").read_text(encoding="utf-8"))
    return data


def recovery_file(name: str, content: Any) -> Path:
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(json.dumps(content), encoding="utf-8")
    return path


GOOD_TIME = "2026-03-01T10:15:00+01:00"

DAMAGED = {
    "not JSON": (b'{"data": {', "it is not a usable file (not valid JSON"),
    "not UTF-8": (b"\xff\xfe{}", "it is not a usable file (not valid JSON"),
    "a list": ([1, 2], "a project file must hold one JSON object"),
    "a key given twice": (b'{"file_path": null, "saved_at": "2026-03-01T10:15:00+01:00", '
                          b'"data": {"format_version": 2, "title": "a", "title": "b"}}',
                          "duplicate key 'title' in data"),
    "data is 5": ({"file_path": None, "saved_at": GOOD_TIME, "data": 5},
                  "it holds no project"),
    "saved_at is not a date": ({"file_path": None, "saved_at": "yesterday",
                                "data": sample_data()}, "its time of saving is not a time"),
    "saved_at is a number": ({"file_path": None, "saved_at": 12, "data": sample_data()},
                             "it has no time of saving"),
    "file_path is a number": ({"file_path": 7, "saved_at": GOOD_TIME, "data": sample_data()},
                              "its project file name is not a file name"),
    "data without a version": ({"file_path": None, "saved_at": GOOD_TIME, "data": {}},
                               "format_version: is required but missing"),
    "letter is 5": ({"file_path": None, "saved_at": GOOD_TIME,
                     "data": {**sample_data(), "letter": 5}},
                    "letter: Input should be a valid dictionary"),
}


@pytest.mark.parametrize(("content", "problem"), DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_recovery_file_is_offered_as_damaged(content: Any, problem: str) -> None:
    path = recovery_file("1234-1", content)
    [entry] = pending_recoveries()
    assert entry.recovery_file == path
    assert entry.damaged and problem in entry.problem
    assert entry.data == {}


def test_start_up_offers_damaged_files_to_delete_or_keep_and_restores_a_good_one(
        qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    keep = recovery_file("0" * 32, {"file_path": None, "saved_at": "soon", "data": 5})
    delete = recovery_file("1" * 32, b"\x00garbage")
    good_data = {**sample_data(), "item_title": "Recovered title"}
    good = recovery_file("2" * 32, {"file_path": None, "saved_at": GOOD_TIME,
                                    "data": good_data})
    asked_damaged: list[RecoveryEntry] = []
    asked: list[RecoveryEntry] = []

    def about_damaged(entry: RecoveryEntry) -> QMessageBox.StandardButton:
        asked_damaged.append(entry)
        return (QMessageBox.StandardButton.Yes if entry.recovery_file == delete
                else QMessageBox.StandardButton.No)

    monkeypatch.setattr(app, "ask_about_damaged", about_damaged)
    monkeypatch.setattr(app, "ask_to_recover",
                        lambda e: asked.append(e) or QMessageBox.StandardButton.Yes)
    window = app.create_window([])
    qtbot.addWidget(window)
    assert {e.recovery_file for e in asked_damaged} == {keep, delete}
    assert [e.recovery_file for e in asked] == [good]
    assert window.project.value(("item_title",)) == "Recovered title"
    assert keep.exists() and not delete.exists() and not good.exists()
    assert recovery._claims == {}  # every lock let go (the kept file's too)
    assert not lock_file_of(keep).exists()
    [again] = [e for e in pending_recoveries() if e.recovery_file != window.autosaver.file]
    assert again.recovery_file == keep and again.damaged  # kept for the next start


def test_restored_work_keeps_its_old_file_until_it_is_autosaved_again(
        qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    old = recovery_file("4" * 32, {"file_path": None, "saved_at": GOOD_TIME,
                                   "data": {**sample_data(), "mission": "Restored"}})
    real_write = recovery.write_bytes_atomically
    disk_full = [True]

    def write(path: Path, data: bytes, **kwargs: Any) -> None:
        if disk_full[0]:
            raise OSError(28, "No space left on device", str(path))
        real_write(path, data, **kwargs)

    monkeypatch.setattr(recovery, "write_bytes_atomically", write)
    monkeypatch.setattr(app, "ask_to_recover", lambda e: QMessageBox.StandardButton.Yes)
    window = app.create_window([])
    qtbot.addWidget(window)
    assert window.project.value(("mission",)) == "Restored"
    assert "autosave failed" in window.windowTitle()
    assert old.exists()  # the only copy of the work on disk
    assert scan_in_another_process(recovery_dir().parent) == 0  # still ours to decide
    disk_full[0] = False
    assert window.autosaver is not None and window.autosaver.autosave()
    assert not old.exists() and recovery._claims == {}
    assert "autosave failed" not in window.windowTitle()


def test_the_real_question_about_a_damaged_file_defaults_to_keeping_it(dialogs) -> None:  # type: ignore[no-untyped-def]
    recovery_file("3" * 32, {"data": 5, "saved_at": GOOD_TIME, "file_path": None})
    [entry] = pending_recoveries()
    dialogs.answer = QMessageBox.StandardButton.No
    assert app.ask_about_damaged(entry) == QMessageBox.StandardButton.No
    assert dialogs[-1][0] == "question"
    assert "cannot be restored: it holds no project" in dialogs[-1][1]
    assert str(entry.recovery_file) in dialogs[-1][1]


def test_an_old_recovery_file_without_a_lock_is_offered() -> None:
    """Files written before locks existed ("<pid>-<n>.json") have no lock: their writer is
    an older version, gone; the PID in the name is not consulted."""
    path = recovery_file(f"{os.getpid()}-1", {"file_path": "/somewhere/a.json",
                                              "saved_at": GOOD_TIME, "data": sample_data()})
    [entry] = pending_recoveries()
    assert entry.recovery_file == path and not entry.damaged
    assert entry.file_path == Path("/somewhere/a.json")
    discard(entry)
    assert not path.exists() and not lock_file_of(path).exists()


# ---------------------------------------------------------------------- liveness by lock
SCANNER = textwrap.dedent("""
    from cica_desktop.app.recovery import pending_recoveries
    print(len(pending_recoveries()))
""")


def start_writer(tmp_path: Path, data_dir: Path) -> tuple[subprocess.Popen[str], Path]:
    project_file = tmp_path / "cica.json"
    shutil.copy(sample_path("en"), project_file)
    return start_autosaving_child(project_file, data_dir, "Edited by a live writer", 0.2)


def scan_in_another_process(data_dir: Path) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CICA_DATA_DIR": str(data_dir)}
    done = subprocess.run([sys.executable, "-c", SCANNER], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    return int(done.stdout)


@pytest.mark.slow
def test_a_live_writers_file_is_not_offered_and_a_killed_ones_is(
        tmp_path: Path, isolated_user_data: Path) -> None:
    child, written = start_writer(tmp_path, isolated_user_data)
    try:
        lock = lock_file_of(written)
        assert lock.is_file() and lock.read_text().split("\n")[0] == str(child.pid)
        assert mode_of(written) == 0o600 and mode_of(written.parent) == 0o700
        assert pending_recoveries() == []
        # An old lock file is no sign of a dead writer: the writer never touches it. On
        # Linux Qt's flock protects a live holder anyway; a copy of the lock file (a new
        # inode, no flock on it) is what a file system without flock gives, and there only
        # the process check may count, never the age (Qt's default: 30 s).
        copy = lock.with_name("copy")
        shutil.copy(lock, copy)
        os.replace(copy, lock)
        os.utime(lock, (AN_HOUR_AGO, AN_HOUR_AGO))
        assert pending_recoveries() == []
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate()  # reaps it and closes its pipes
    assert child.returncode == -signal.SIGKILL
    assert lock.is_file()  # SIGKILL left the lock file behind; its PID is gone
    [entry] = pending_recoveries()
    assert entry.recovery_file == written and not entry.damaged
    assert entry.file_path == tmp_path / "cica.json"
    assert entry.data["item_title"] == "Edited by a live writer"
    # While this process considers it, another starting instance is not offered it.
    assert scan_in_another_process(isolated_user_data) == 0
    release(entry)
    assert not lock.exists()
    assert scan_in_another_process(isolated_user_data) == 1
    [entry] = pending_recoveries()
    discard(entry)
    assert sorted(recovery_dir().iterdir()) == []


@pytest.mark.slow
def test_a_pid_reused_by_another_program_does_not_hide_a_dead_writers_file(
        tmp_path: Path, isolated_user_data: Path) -> None:
    """The lock names the dead writer's PID; that PID now runs `sleep`. Qt's check sees the
    program differ (a PID test would have said "alive" and hidden the work forever)."""
    child, written = start_writer(tmp_path, isolated_user_data)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=10)  # reaps it and closes its pipes
    sleeper = subprocess.Popen(["sleep", "60"])
    try:
        lock = lock_file_of(written)
        lines = lock.read_text().split("\n")
        lock.write_text("\n".join([str(sleeper.pid), *lines[1:]]))
        [entry] = pending_recoveries()
        assert entry.recovery_file == written
    finally:
        sleeper.kill()
        sleeper.wait()


def test_an_autosaver_of_this_process_is_never_offered(qtbot) -> None:  # type: ignore[no-untyped-def]
    from cica_desktop.app.project import Project

    project = Project(sample_data())
    project.undo_stack.resetClean()
    autosaver = Autosaver(project, 3600)
    assert autosaver.autosave()
    assert pending_recoveries() == []
    assert scan_in_another_process(recovery_dir().parent) == 0  # this process is alive
    autosaver.stop()
    assert not autosaver.file.exists() and not autosaver.lock_file.exists()
    assert pending_recoveries() == []
