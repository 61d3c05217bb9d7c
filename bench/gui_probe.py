"""What bench/gui.py's measurements share: the window under test (Probe), the event-loop
helpers, a ticker that records the GUI thread's stalls, and the settings of a run.

Imported by bench/gui.py after it has set QT_QPA_PLATFORM=offscreen and CICA_DATA_DIR.
"""

from __future__ import annotations

import gc
import math
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import common
from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit

from cica_desktop.app.paths import parse_path
from cica_desktop.app.project import Project
from cica_desktop.ui.main_window import MainWindow

SAMPLE = common.ROOT / "resources" / "samples" / "a-62-232.zh.json"
EDITOR = "letter.blocks[1].text"
CHARACTERS = "中文字符输入测试"  # typed; non-ASCII on purpose
APP_SWITCH_INTERVAL = 0.001  # what ui/app.create_window sets
TICK_MS = 5
TARGETS = {"latency": 0.300, "stall": 0.050, "cold": 1.5, "first_preview": 1.0,
           "memory": 5.0}


@dataclass(frozen=True)
class Settings:
    latency_trials: int = 15
    pause_ms: int = 400
    typing_seconds: float = 6.0
    cold_runs: int = 5
    isolation_seconds: float = 3.0
    repeats: int = 15


FULL = Settings()
QUICK = Settings(latency_trials=4, typing_seconds=1.5, cold_runs=2, isolation_seconds=1.0,
                 repeats=3)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.1f} ms"


def secs(seconds: float) -> str:
    return ms(seconds) if seconds < 1 else f"{seconds:.2f} s"


def spread(values: Sequence[float]) -> str:
    return f"{ms(statistics.median(values))} (max {ms(max(values))})" if values else "–"


def python() -> str:
    """The interpreter for child processes: the project's virtualenv when there is one."""
    local = common.ROOT / ".venv" / "bin" / "python"
    return str(local) if local.exists() else sys.executable


# ----------------------------------------------------------------------------- event loop


def wait_ms(milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def wait_for(signal: Any, timeout_ms: int = 10_000) -> float | None:
    """Run the event loop until *signal* fires: the perf_counter() then, or None."""
    loop, fired = QEventLoop(), []

    def done(*_args: object) -> None:
        fired.append(time.perf_counter())
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(done)
    return fired[0] if fired else None


def timer(interval_ms: int, slot: Callable[[], object]) -> QTimer:
    result = QTimer()
    result.setTimerType(Qt.TimerType.PreciseTimer)
    result.setInterval(interval_ms)
    result.timeout.connect(slot)
    return result


class Ticker:
    """A 5 ms timer on the GUI thread recording its ticks; a gap is a stall."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = timer(TICK_MS, lambda: self.ticks.append(time.perf_counter()))

    def run(self, seconds: float) -> list[float]:
        """Tick for *seconds*: the gaps between ticks."""
        self.ticks = [time.perf_counter()]
        self.timer.start()
        wait_ms(int(seconds * 1000))
        self.timer.stop()
        return [b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)]


def stall(gaps: Sequence[float]) -> tuple[float, float]:
    """(largest gap, nearest-rank 99th percentile), each minus the tick interval."""
    ordered = sorted(gaps)
    p99 = ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)]
    return ordered[-1] - TICK_MS / 1000, p99 - TICK_MS / 1000


class FullCollections:
    """The generation-2 garbage collections, from gc.callbacks: (start, duration)."""

    def __init__(self) -> None:
        self.events: list[tuple[float, float]] = []
        self._started: dict[int, float] = {}
        gc.callbacks.append(self)

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        now, thread = time.perf_counter(), threading.get_ident()
        if phase == "start":
            self._started[thread] = now
        elif thread in self._started:
            start = self._started.pop(thread)
            self.events.append((start, now - start))

    def longest_since(self, start: float) -> float:
        return max((d for s, d in self.events if s >= start), default=0.0)


FULL_GC = FullCollections()


@contextmanager
def conditions(switch_interval: float, unfrozen: bool) -> Iterator[None]:
    """The GIL switch interval, and the heap unfrozen (the app freezes it after the first
    preview), for one measurement."""
    sys.setswitchinterval(switch_interval)
    if unfrozen:
        gc.unfreeze()
    try:
        yield
    finally:
        sys.setswitchinterval(APP_SWITCH_INTERVAL)
        if unfrozen:
            gc.freeze()


# ----------------------------------------------------------------------------- the window


class Probe:
    """A window on a fresh copy of *source* (the sample), after its first preview, the
    cursor at the end of the field *editor* (the letter's second paragraph); records
    keystrokes, renders and previews."""

    def __init__(self, work: Path, source: Path = SAMPLE, editor: str = EDITOR,
                 settle_ms: int = 400) -> None:
        folder = Path(tempfile.mkdtemp(prefix="project-", dir=work))
        shutil.copy(source, folder / source.name)
        self.window = window = MainWindow(Project.open(folder / source.name))
        self.keys: list[float] = []  # seconds each keystroke's handling took
        self.render_starts: list[float] = []
        self.shows: list[tuple[float, float]] = []  # show_pdf (start, end), GUI thread
        window.preview_renderer.started.connect(
            lambda: self.render_starts.append(time.perf_counter()))
        show_pdf = window.preview.show_pdf

        def timed_show_pdf(*args: Any) -> None:
            start = time.perf_counter()
            show_pdf(*args)
            self.shows.append((start, time.perf_counter()))

        window.preview.show_pdf = timed_show_pdf  # type: ignore[method-assign]
        window.show()
        if wait_for(window.preview.updated, 20_000) is None:
            raise SystemExit("the first preview never appeared")
        window.go_to_path(parse_path(editor))
        found = window.findChild(QTextEdit, editor)
        if found is None:
            raise SystemExit(f"no editor named {editor}")
        self.editor_name = editor
        self.editor: QTextEdit = found
        found.setFocus()
        found.moveCursor(QTextCursor.MoveOperation.End)
        wait_ms(settle_ms)  # as a user starts typing a moment after the file opened

    def key(self) -> float:
        """Type one character (QTest.keyClicks aborts on non-ASCII); when it started."""
        char = CHARACTERS[len(self.keys) % len(CHARACTERS)]
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(self.editor, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                          Qt.KeyboardModifier.NoModifier, char))
        self.keys.append(time.perf_counter() - start)
        return start

    def __enter__(self) -> Probe:
        return self

    def __exit__(self, *_exc: object) -> None:
        window = self.window
        window.preview_renderer.wait(10_000)
        if window.autosaver is not None:
            window.autosaver.stop()
        window.project.undo_stack.setClean()
        window.hide()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

