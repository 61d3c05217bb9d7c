"""Calls into PySide6 never use up None or True (app/pyside_references.py).

On Python 3.11 PySide6 6.12.0 takes a reference from True at each signal emitted and from
None at each call of a method without a result; the window aborted after about 3,000
keystrokes. The runs that would abort are made in a child process, so an abort fails the
test instead of ending the test session."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cica_desktop.app import pyside_references as guard
from cica_desktop.samples import sample_path

CALLS = 100_000

CALLING = """
from PySide6.QtCore import QObject, Signal

class Sender(QObject):
    changed = Signal(object)

sender = Sender()
for count in range({calls}):
    sender.changed.emit(count)  # returns True
    sender.setObjectName("sender")  # returns None
print("called", {calls})
"""


def no_core_file() -> None:
    """In the child: an abort writes no core file."""
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_child(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": ""}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=300,
                          preexec_fn=no_core_file if os.name == "posix" else None)


def test_a_hundred_thousand_emits_and_calls_once_the_app_is_imported(tmp_path: Path) -> None:
    done = run_child("import cica_desktop.app\n" + CALLING.format(calls=CALLS), tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["called", str(CALLS)]
    assert "Fatal Python error" not in done.stderr


def test_without_the_app_package_the_same_calls_abort(tmp_path: Path) -> None:
    """What the app package guards against: shown so that the test above is known to
    exercise it (a PySide6 or Python without the fault has nothing to show)."""
    done = run_child(CALLING.format(calls=CALLS), tmp_path)
    if done.returncode == 0:
        pytest.skip("this PySide6 and Python lose no references")
    if os.name == "posix":
        assert done.returncode == -signal.SIGABRT, done.stderr
    assert "Fatal Python error" in done.stderr
    assert "deallocating" in done.stderr


def test_typing_ten_thousand_keystrokes_into_a_project_does_not_abort(tmp_path: Path) -> None:
    """Each keystroke's change emits two signals (value changed, data changed) and calls
    Qt methods without a result (the undo step's): where they lose references, the
    10,000 keystrokes lose more than True and None had before the guard."""
    source = sample_path("en")
    done = run_child(f"""
        import shutil, sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from cica_desktop.app import pyside_references
        from cica_desktop.app.project import Project
        app = QCoreApplication([])
        copy = Path("request.json")
        shutil.copy({str(source)!r}, copy)
        project = Project.open(copy)
        path = ("letter", "blocks", 1, "text")
        text = project.value(path)
        before = sys.getrefcount(True) + sys.getrefcount(None)
        for count in range(10_000):
            project.set_value(path, text + "abcdefgh"[: count % 8 + 1], typing=True)
        print("typed", project.value(path) != text)
        print("lost", before - sys.getrefcount(True) - sys.getrefcount(None))
        print("guarded", 2 * pyside_references.ADDED_REFERENCES)
        """, tmp_path)
    assert done.returncode == 0, done.stderr
    typed, lost, guarded = done.stdout.splitlines()
    assert typed == "typed True"
    lost_count, guarded_count = int(lost.split()[1]), int(guarded.split()[1])
    if lost_count > 0:  # a PySide6 that loses them: thousands lost, far from all
        assert lost_count > 5_000
        assert guarded_count - lost_count > guarded_count // 2


def test_none_true_and_false_have_references_for_a_session_where_python_frees_them(
        ) -> None:
    if sys.version_info >= (3, 12):
        pytest.skip("immortal on this Python")
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > guard.ADDED_REFERENCES // 2
        # Immortal to extensions built for Python 3.12+: the low 32 bits read as negative.
        assert sys.getrefcount(singleton) & 0xFFFF_FFFF >= 1 << 31


def test_the_guard_is_given_once_per_process() -> None:
    before = sys.getrefcount(True)
    assert not guard.protect_singletons()
    assert abs(sys.getrefcount(True) - before) <= 2


def test_the_count_field_found_follows_the_count() -> None:
    thing = object()
    field = guard.reference_count_field(thing)
    assert field is not None
    before = field.value
    held = [thing] * 5
    assert field.value == before + 5
    del held
    assert field.value == before


def test_without_a_count_field_to_write_references_are_held_instead(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "version_info", (3, 11, 0))
    monkeypatch.setattr(guard, "_protected", False)
    monkeypatch.setattr(guard, "reference_count_field", lambda _obj: None)
    monkeypatch.setattr(guard, "_held", [])
    before = [sys.getrefcount(singleton) for singleton in (None, True, False)]
    assert guard.protect_singletons()
    assert len(guard._held) == 3 * guard.HELD_REFERENCES
    after = [sys.getrefcount(singleton) for singleton in (None, True, False)]
    grown = [now - then for now, then in zip(after, before, strict=True)]
    # Within a few references: other objects holding them come and go meanwhile.
    assert all(abs(count - guard.HELD_REFERENCES) < 64 for count in grown), grown


def test_nothing_is_done_where_python_never_frees_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "version_info", (3, 12, 0))
    monkeypatch.setattr(guard, "_protected", False)
    monkeypatch.setattr(guard, "_held", [])
    before = sys.getrefcount(True)
    assert not guard.protect_singletons()
    assert guard._held == []
    assert abs(sys.getrefcount(True) - before) <= 2


def test_the_render_process_still_starts_without_qt(tmp_path: Path) -> None:
    """The guard asks nothing of PySide6, so the render process, which imports the app
    package for its module, imports no Qt (it starts while the window imports Qt)."""
    done = run_child("""
        import sys
        import cica_desktop.app.preview_process
        print(sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken"))))
        print(sys.getrefcount(None) > 2**39 or sys.version_info >= (3, 12))
        """, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[]", "True"]
