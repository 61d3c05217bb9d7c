"""Benchmark: how responsive the desktop window is while the user types, and how fast it starts.

Run with `.venv/bin/python bench/gui.py` (add `--write-doc` to rewrite docs/PERFORMANCE-GUI.md
from the figures just measured). It runs offscreen (QT_QPA_PLATFORM=offscreen) on a copy of the
bundled Chinese sample, with CICA_DATA_DIR pointing at a temporary folder, so no user settings or
recovery files are touched.

What it measures:
  a. keystroke → updated preview: one character typed into the letter's second paragraph, the
     time until PreviewPane.updated fires (15 trials, 400 ms apart);
  b. GUI-thread stalls while typing: a character every 40 ms for 6 s (a QTimer in the GUI
     thread) while a 5 ms QTimer records the gaps between its own ticks; the stall is the
     largest gap minus 5 ms. Variants isolate the causes: the preview renderer disabled, slower
     typing (so renders overlap the typing), renders back to back, a shorter GIL switch interval;
  c. cold start: a fresh `python -c` process creating the QApplication and the window on the
     sample, timed from the parent's spawn to window.show() returning and to the first preview;
  d. suspects, each measured on its own: the keystroke handler, validation, the findings list,
     QPdfDocument.load and a preview repaint on the GUI thread, and a render in a background
     thread or in a separate process against an otherwise idle GUI thread.
"""

from __future__ import annotations

import os
import sys
import tempfile

# Before Qt is imported: no window on screen, no user data touched.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_DATA_DIR = tempfile.TemporaryDirectory(prefix="cica-bench-gui-data-")
os.environ["CICA_DATA_DIR"] = _DATA_DIR.name

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import gc  # noqa: E402
import math  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from machine import (  # noqa: E402
    Samples,
    code_version,
    common_facts,
    load_average,
    version_of,
)
from PySide6 import __version__ as PYSIDE_VERSION  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QBuffer,
    QByteArray,
    QEvent,
    QEventLoop,
    QIODevice,
    Qt,
    QTimer,
    qVersion,
)
from PySide6.QtGui import QKeyEvent, QTextCursor  # noqa: E402
from PySide6.QtPdf import QPdfDocument  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget  # noqa: E402

from cica_desktop.app.project import Project  # noqa: E402
from cica_desktop.compose import Part, compose  # noqa: E402
from cica_desktop.model import Package  # noqa: E402
from cica_desktop.render import pdf_bytes  # noqa: E402
from cica_desktop.ui.main_window import MainWindow  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "a-62-232.zh.json"
DOC_PATH = ROOT / "docs" / "PERFORMANCE-GUI.md"
EDITOR = "letter.paragraphs[1]"
#: Typed characters (non-ASCII on purpose: the sample is Chinese).
CHARACTERS = "中文字符输入测试"

LATENCY_TRIALS = 15
LATENCY_PAUSE_MS = 400
TYPING_SECONDS = 6.0
TYPING_INTERVAL_MS = 40
SLOW_TYPING_INTERVAL_MS = 150
TICK_MS = 5
COLD_RUNS = 5
COLD_UNCACHED_RUNS = 3
ISOLATION_SECONDS = 3.0
SWITCH_RENDERS = 10
#: Young (generation-0) collections shorter than this are not recorded.
GC_KEEP = 0.0005
REPEATS = 15

TARGET_LATENCY = 0.300
TARGET_STALL = 0.050
TARGET_COLD = 1.5


# ----------------------------------------------------------------------------- helpers


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.1f} ms"


def secs(seconds: float) -> str:
    return ms(seconds) if seconds < 1 else f"{seconds:.2f} s"


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (share in 0..1)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1))
    return ordered[rank]


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def app() -> QApplication:
    instance = QApplication.instance()
    if isinstance(instance, QApplication):
        return instance
    return QApplication([sys.argv[0]])


def wait_ms(milliseconds: int) -> None:
    """Run the GUI event loop for *milliseconds*."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def wait_for(signal: Any, timeout_ms: int = 10_000) -> float | None:
    """Run the event loop until *signal* fires; the perf_counter() when it did, or None."""
    loop = QEventLoop()
    fired: list[float] = []

    def done(*_args: object) -> None:
        fired.append(time.perf_counter())
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    if not fired:
        loop.exec()
    signal.disconnect(done)
    return fired[0] if fired else None


def type_character(widget: QWidget, char: str) -> None:
    """One key press and release carrying *char* (QTest.keyClicks aborts on non-ASCII)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, char))


def precise_timer(interval_ms: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer


# ----------------------------------------------------------------------------- machine












def machine_facts() -> dict[str, str]:
    return {
        **common_facts(),
        "PySide6 / Qt": f"{PYSIDE_VERSION} / {qVersion()}",
        "reportlab": version_of("reportlab"),
        "pydantic": version_of("pydantic"),
        "Qt platform": os.environ["QT_QPA_PLATFORM"],
        "GIL switch interval (default)": ms(sys.getswitchinterval()),
        "Code": code_version(),
        "Load avg at start": load_average(),
    }


# ----------------------------------------------------------------------------- garbage collection


@dataclass(frozen=True)
class GcEvent:
    start: float
    end: float
    generation: int
    thread: str

    @property
    def duration(self) -> float:
        return self.end - self.start


class GcMonitor:
    """Every garbage collection in this process, from gc.callbacks (perf_counter seconds).

    A collection holds the GIL from start to end, so it stops every Python thread, whichever
    thread triggered it.
    """

    def __init__(self) -> None:
        self.events: list[GcEvent] = []
        self._starts: dict[int, float] = {}
        self._main = threading.get_ident()

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        ident = threading.get_ident()
        if phase == "start":
            self._starts[ident] = now
            return
        if info["generation"] == 0 and now - self._starts.get(ident, now) < GC_KEEP:
            self._starts.pop(ident, None)
            return  # the many short young collections: not worth keeping (nor tracking)
        thread = "GUI thread" if ident == self._main else "worker thread"
        self.events.append(GcEvent(self._starts.pop(ident, now), now, info["generation"],
                                   thread))

    def install(self) -> None:
        if self not in gc.callbacks:
            gc.callbacks.append(self)

    def between(self, start: float, end: float, minimum: float = 0.0) -> list[GcEvent]:
        return [e for e in self.events
                if e.start < end and e.end > start and e.duration >= minimum]


GC = GcMonitor()


# ----------------------------------------------------------------------------- the window


class Probe:
    """One window on a fresh copy of the sample, instrumented.

    Records, in perf_counter() seconds, what the GUI thread does: keystroke handlers,
    show_pdf (QPdfDocument.load and the jump to the page), form rebuilds, and when each
    preview render started in the worker.
    """

    def __init__(self, work: Path) -> None:
        folder = Path(tempfile.mkdtemp(prefix="project-", dir=work))
        target = folder / SAMPLE.name
        shutil.copy(SAMPLE, target)
        self.window = MainWindow(Project.open(target))
        self.gui: list[tuple[str, float, float]] = []  # (kind, start, end) on the GUI thread
        self.render_starts: list[float] = []
        self.updates: list[float] = []
        self.builds = 0
        window = self.window
        window.preview_renderer.started.connect(
            lambda: self.render_starts.append(time.perf_counter()))
        window.preview.updated.connect(lambda: self.updates.append(time.perf_counter()))
        show_pdf = window.preview.show_pdf

        def timed_show_pdf(data: bytes, anchors: dict[str, int]) -> None:
            start = time.perf_counter()
            show_pdf(data, anchors)
            self.gui.append(("show_pdf", start, time.perf_counter()))

        window.preview.show_pdf = timed_show_pdf  # type: ignore[method-assign]
        window.show()
        if wait_for(window.preview.updated, 20_000) is None:
            raise SystemExit("the first preview never appeared")
        window.navigator.select(("letter",))
        editor = window.findChild(QTextEdit, EDITOR)
        if editor is None:
            raise SystemExit(f"no editor named {EDITOR}")
        self.editor: QTextEdit = editor
        panel = window.form_panel
        assert panel is not None
        build = panel._build

        def counted_build() -> None:
            self.builds += 1
            build()

        panel._build = counted_build  # type: ignore[method-assign]
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        self.typed = 0
        wait_ms(LATENCY_PAUSE_MS)

    def key(self) -> tuple[float, float]:
        """Type one character; (start, end) of its handling on the GUI thread."""
        char = CHARACTERS[self.typed % len(CHARACTERS)]
        self.typed += 1
        start = time.perf_counter()
        type_character(self.editor, char)
        end = time.perf_counter()
        self.gui.append(("keystroke", start, end))
        return start, end

    def disable_preview(self) -> None:
        self.window.preview_renderer.request = lambda _package: None  # type: ignore[method-assign]

    def close(self) -> None:
        window = self.window
        window.preview_renderer.wait(10_000)
        if window.autosaver is not None:
            window.autosaver.stop()
        window.project.undo_stack.setClean()
        window.hide()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


# ----------------------------------------------------------------------------- a. latency


@dataclass(frozen=True)
class LatencyTrial:
    total: float  # key event → PreviewPane.updated
    keystroke: float  # handling the key event on the GUI thread
    debounce: float  # end of the key handling → the render starts
    render: float  # render start → show_pdf entered (worker + queued delivery)
    show_pdf: float  # QPdfDocument.load + jump, on the GUI thread


@dataclass(frozen=True)
class LatencyResult:
    trials: tuple[LatencyTrial, ...]

    def values(self, name: str) -> list[float]:
        return [getattr(trial, name) for trial in self.trials]

    @property
    def median(self) -> float:
        return statistics.median(self.values("total"))

    @property
    def worst(self) -> float:
        return max(self.values("total"))


def bench_latency(work: Path) -> LatencyResult:
    probe = Probe(work)
    trials = []
    try:
        for _ in range(LATENCY_TRIALS):
            starts_before = len(probe.render_starts)
            start, end = probe.key()
            updated = wait_for(probe.window.preview.updated, 10_000)
            if updated is None or len(probe.render_starts) == starts_before:
                raise SystemExit("a keystroke did not update the preview within 10 s")
            render_start = probe.render_starts[-1]
            kind, pdf_start, pdf_end = probe.gui[-1]
            assert kind == "show_pdf"
            trials.append(LatencyTrial(total=updated - start, keystroke=end - start,
                                       debounce=render_start - end,
                                       render=pdf_start - render_start,
                                       show_pdf=pdf_end - pdf_start))
            wait_ms(LATENCY_PAUSE_MS)
    finally:
        probe.close()
    return LatencyResult(tuple(trials))


# ----------------------------------------------------------------------------- b. stalls


@dataclass(frozen=True)
class Culprit:
    gap: float  # the stall: gap minus the tick interval
    during: str  # what the GUI thread was doing in that gap


@dataclass(frozen=True)
class StallResult:
    name: str
    description: str
    interval_ms: int | None
    gaps: tuple[float, ...]  # seconds between ticks of the 5 ms timer
    keystrokes: tuple[float, ...]  # seconds each keystroke handler took
    renders: int  # previews shown during the run
    render_starts: int  # renders started in the worker during the run
    builds: int  # form rebuilds during the run
    culprits: tuple[Culprit, ...]
    switch_interval: float
    frozen: bool
    full_gcs: tuple[GcEvent, ...]  # generation-2 collections during the run

    @property
    def longest_full_gc(self) -> float:
        return max((e.duration for e in self.full_gcs), default=0.0)

    @property
    def stall(self) -> float:
        return max(self.gaps) - TICK_MS / 1000

    @property
    def p99(self) -> float:
        return percentile(self.gaps, 0.99) - TICK_MS / 1000

    @property
    def over_target(self) -> int:
        return sum(1 for gap in self.gaps if gap - TICK_MS / 1000 > TARGET_STALL)


class Ticker:
    """A 5 ms precise timer recording the gaps between its own ticks."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = precise_timer(TICK_MS, lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def gaps(self) -> list[tuple[float, float]]:
        """(start, end) of each gap."""
        return list(zip(self.ticks, self.ticks[1:], strict=False))


def culprits(gaps: list[tuple[float, float]], gui: list[tuple[str, float, float]],
             renders: list[tuple[float, float]], count: int = 3) -> tuple[Culprit, ...]:
    """What the GUI thread did during the *count* largest gaps."""
    found = []
    for start, end in sorted(gaps, key=lambda g: g[1] - g[0], reverse=True)[:count]:
        doing = [f"{kind} {ms(e - s)}" for kind, s, e in gui if s < end and e > start]
        doing += [f"generation-{e.generation} garbage collection {ms(e.duration)} in the "
                  f"{e.thread}" for e in GC.between(start, end, 0.001)]
        rendering = any(s < end and e > start for s, e in renders)
        text = ", ".join(doing) if doing else "none of the instrumented handlers"
        text += "; a render was running in the worker" if rendering else "; no render running"
        found.append(Culprit(end - start - TICK_MS / 1000, text))
    return tuple(found)


def render_intervals(probe: Probe) -> list[tuple[float, float]]:
    """(render start, show_pdf entered) pairs, approximately: each start and the next show."""
    shows = [s for kind, s, _e in probe.gui if kind == "show_pdf"]
    pairs = []
    for start in probe.render_starts:
        later = [s for s in shows if s >= start]
        pairs.append((start, later[0] if later else float("inf")))
    return pairs


def bench_stalls(work: Path, name: str, description: str, interval_ms: int | None,
                 preview: bool = True, back_to_back: bool = False,
                 switch_interval: float | None = None, freeze: bool = False,
                 seconds: float = TYPING_SECONDS) -> StallResult:
    probe = Probe(work)
    default_switch = sys.getswitchinterval()
    try:
        if not preview:
            probe.disable_preview()
        window = probe.window

        def again() -> None:
            package = window.project.package
            if package is not None:
                window.preview_renderer.render_now(package)

        if back_to_back:
            window.preview.updated.connect(again)
        ticker = Ticker()
        keystrokes: list[float] = []

        def type_one() -> None:
            start, end = probe.key()
            keystrokes.append(end - start)

        typist = precise_timer(interval_ms, type_one) if interval_ms else None
        if switch_interval is not None:
            sys.setswitchinterval(switch_interval)
        if freeze:
            gc.freeze()
        probe.gui.clear()
        updates_before, builds_before = len(probe.updates), probe.builds
        probe.render_starts.clear()
        if back_to_back:
            again()
        ticker.start()
        if typist is not None:
            typist.start()
        wait_ms(int(seconds * 1000))
        if typist is not None:
            typist.stop()
        ticker.stop()
        render_starts = len(probe.render_starts)
        sys.setswitchinterval(default_switch)
        if back_to_back:
            window.preview.updated.disconnect(again)
        intervals = render_intervals(probe)
        gaps = ticker.gaps()
        result = StallResult(
            name=name, description=description, interval_ms=interval_ms,
            gaps=tuple(e - s for s, e in gaps), keystrokes=tuple(keystrokes),
            renders=len(probe.updates) - updates_before, render_starts=render_starts,
            builds=probe.builds - builds_before, culprits=culprits(gaps, probe.gui, intervals),
            switch_interval=switch_interval or default_switch, frozen=freeze,
            full_gcs=tuple(e for e in GC.between(ticker.ticks[0], ticker.ticks[-1])
                           if e.generation == 2))
        wait_ms(LATENCY_PAUSE_MS)
    finally:
        sys.setswitchinterval(default_switch)
        if freeze:
            gc.unfreeze()
        probe.close()
    return result


def stall_scenarios(work: Path) -> list[StallResult]:
    fast, slow = TYPING_INTERVAL_MS, SLOW_TYPING_INTERVAL_MS
    return [
        bench_stalls(work, "target", f"a key every {fast} ms, preview on (the target scenario)",
                     fast),
        bench_stalls(work, "no-preview", f"a key every {fast} ms, preview renderer disabled",
                     fast, preview=False),
        bench_stalls(work, "slow", f"a key every {slow} ms (pauses longer than the 120 ms "
                     "debounce, so renders overlap the typing)", slow),
        bench_stalls(work, "slow-no-preview", f"a key every {slow} ms, preview renderer "
                     "disabled", slow, preview=False),
        bench_stalls(work, "back-to-back", f"a key every {fast} ms while the preview renders "
                     "back to back (worst case)", fast, back_to_back=True),
        bench_stalls(work, "back-to-back-1ms", "as back-to-back, sys.setswitchinterval(0.001)",
                     fast, back_to_back=True, switch_interval=0.001),
        bench_stalls(work, "back-to-back-freeze", "as back-to-back, gc.freeze() after start-up",
                     fast, back_to_back=True, freeze=True),
        bench_stalls(work, "back-to-back-freeze-1ms", "as back-to-back, gc.freeze() and "
                     "sys.setswitchinterval(0.001)", fast, back_to_back=True, freeze=True,
                     switch_interval=0.001),
        bench_stalls(work, "slow-freeze-1ms", f"a key every {slow} ms, gc.freeze() and "
                     "sys.setswitchinterval(0.001)", slow, freeze=True, switch_interval=0.001),
    ]


# ----------------------------------------------------------------------------- c. cold start

CHILD = r"""
import sys, time
marks = [("process started", time.time())]
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication
marks.append(("Qt imported", time.time()))
from cica_desktop.ui.app import create_window
marks.append(("app imported", time.time()))
app = QApplication([sys.argv[0]])
QCoreApplication.setOrganizationName("cica-desktop")
QCoreApplication.setApplicationName("cica-desktop")
window = create_window([sys.argv[2]])
marks.append(("window created", time.time()))
def mark(name, when=None):
    print(f"{name}\t{when or time.time():.6f}", flush=True)
def first_preview():
    mark("first preview")
    import gc
    start = time.perf_counter()
    gc.collect()
    print(f"#gc\t{len(gc.get_objects())}\t{time.perf_counter() - start:.6f}", flush=True)
    app.quit()
window.preview.updated.connect(first_preview)
window.show()
marks.append(("shown", time.time()))
for name, when in marks:
    mark(name, when)
QTimer.singleShot(0, lambda: mark("event loop running"))
QTimer.singleShot(30000, lambda: app.exit(3))
code = app.exec()
window.preview_renderer.wait(10000)
sys.exit(code)
"""

COLD_MARKS = ("process started", "Qt imported", "app imported", "window created", "shown",
              "event loop running", "first preview")


@dataclass(frozen=True)
class ColdRun:
    marks: dict[str, float]  # seconds after the parent spawned the process
    gc_objects: int  # tracked objects once the first preview is shown
    full_gc: float  # a full gc.collect() then


@dataclass(frozen=True)
class ColdResult:
    label: str
    runs: tuple[ColdRun, ...]

    def median(self, mark: str) -> float:
        return statistics.median(run.marks[mark] for run in self.runs)

    def low(self, mark: str) -> float:
        return min(run.marks[mark] for run in self.runs)

    def high(self, mark: str) -> float:
        return max(run.marks[mark] for run in self.runs)

    def describe(self, mark: str) -> str:
        return f"{secs(self.median(mark))} ({secs(self.low(mark))}–{secs(self.high(mark))})"

    @property
    def gc_objects(self) -> int:
        return round(statistics.median(run.gc_objects for run in self.runs))

    @property
    def full_gc(self) -> float:
        return statistics.median(run.full_gc for run in self.runs)


def python_executable() -> str:
    local = ROOT / ".venv" / "bin" / "python"
    return str(local) if local.exists() else sys.executable


def cold_run(work: Path, sample: Path, env: dict[str, str]) -> ColdRun:
    data = Path(tempfile.mkdtemp(prefix="data-", dir=work))
    child_env = {**env, "CICA_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    spawn = time.time()
    done = subprocess.run([python_executable(), "-c", CHILD, repr(spawn), str(sample)],
                          capture_output=True, text=True, timeout=120, env=child_env,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"cold start failed ({done.returncode}):\n{done.stderr}")
    marks = {}
    objects, full_gc = 0, 0.0
    for line in done.stdout.splitlines():
        name, _, when = line.partition("\t")
        if name == "#gc":
            count, _, seconds = when.partition("\t")
            objects, full_gc = int(count), float(seconds)
        else:
            marks[name] = float(when) - spawn
    missing = [name for name in COLD_MARKS if name not in marks]
    if missing:
        raise SystemExit(f"cold start did not report {missing}:\n{done.stdout}{done.stderr}")
    return ColdRun(marks, objects, full_gc)


def bench_cold(work: Path) -> list[ColdResult]:
    folder = Path(tempfile.mkdtemp(prefix="cold-", dir=work))
    sample = folder / SAMPLE.name
    shutil.copy(SAMPLE, sample)
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cached["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    cold_run(work, sample, cached)  # untimed: fills the .pyc cache and the OS file cache
    results = [ColdResult("byte code cached (as installed)",
                          tuple(cold_run(work, sample, cached) for _ in range(COLD_RUNS)))]
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        inherited = dict(os.environ)
        results.append(ColdResult("PYTHONDONTWRITEBYTECODE=1 as inherited",
                                  tuple(cold_run(work, sample, inherited)
                                        for _ in range(COLD_UNCACHED_RUNS))))
    return results


# ----------------------------------------------------------------------------- d. suspects


@dataclass(frozen=True)
class Timing(Samples):
    def describe(self) -> str:
        return f"{ms(self.median)} (max {ms(self.high)})"


def timed(action: Callable[[], object], repeats: int = REPEATS) -> Timing:
    action()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return Timing(tuple(samples))


@dataclass(frozen=True)
class IdleStall:
    name: str
    stall: float
    p99: float
    renders: int
    render: Timing | None
    longest_full_gc: float | None  # in this process; None: not applicable


@dataclass
class Suspects:
    render_alone: Timing | None = None
    validate: Timing | None = None
    findings: Timing | None = None
    set_value: Timing | None = None
    pdf_load: Timing | None = None
    repaint: Timing | None = None
    full_gc: Timing | None = None
    frozen_gc: Timing | None = None
    gc_objects: int = 0
    glyph_lists: int = 0  # lists in reportlab's TTFontFace.glyphToChar (one per glyph)
    render_default_switch: Timing | None = None  # render in a thread, default interval
    render_short_switch: Timing | None = None  # the same at a 1 ms switch interval
    pdf_bytes: int = 0
    idle: list[IdleStall] = field(default_factory=list)


def render_package(package: Package) -> bytes:
    return pdf_bytes(compose(package, Part.PACKAGE))[0]


def ticker_only(seconds: float) -> tuple[float, float, float]:
    """(stall, p99, longest generation-2 collection) of the 5 ms ticker alone on the GUI
    thread."""
    ticker = Ticker()
    ticker.start()
    wait_ms(int(seconds * 1000))
    ticker.stop()
    gaps = [e - s for s, e in ticker.gaps()]
    full = [e.duration for e in GC.between(ticker.ticks[0], ticker.ticks[-1])
            if e.generation == 2]
    return (max(gaps) - TICK_MS / 1000, percentile(gaps, 0.99) - TICK_MS / 1000,
            max(full, default=0.0))


def thread_render_stall(package: Package, switch_interval: float | None,
                        freeze: bool = False) -> IdleStall:
    """The ticker while a plain Python thread renders the package in a loop."""
    stop = threading.Event()
    times: list[float] = []

    def loop() -> None:
        while not stop.is_set():
            start = time.perf_counter()
            render_package(package)
            times.append(time.perf_counter() - start)

    default = sys.getswitchinterval()
    if switch_interval is not None:
        sys.setswitchinterval(switch_interval)
    if freeze:
        gc.freeze()
    worker = threading.Thread(target=loop, daemon=True)
    worker.start()
    try:
        stall, p99, full_gc = ticker_only(ISOLATION_SECONDS)
    finally:
        stop.set()
        worker.join()
        sys.setswitchinterval(default)
        if freeze:
            gc.unfreeze()
    label = f"render thread, switch interval {ms(switch_interval or default)}"
    if freeze:
        label += ", gc.freeze()"
    return IdleStall(label, stall, p99, len(times), Timing(tuple(times)) if times else None,
                     full_gc)


def switch_interval_cost(package: Package) -> tuple[Timing, Timing]:
    """Render times in a thread at the default and at a 1 ms switch interval, alternating
    render by render, while the 5 ms ticker asks the GUI thread for the GIL."""
    default = sys.getswitchinterval()
    times: dict[float, list[float]] = {default: [], 0.001: []}
    done = threading.Event()

    def loop() -> None:
        try:
            for index in range(2 * SWITCH_RENDERS):
                interval = (default, 0.001)[index % 2]
                sys.setswitchinterval(interval)
                start = time.perf_counter()
                render_package(package)
                times[interval].append(time.perf_counter() - start)
        finally:
            done.set()

    ticker = Ticker()
    worker = threading.Thread(target=loop, daemon=True)
    ticker.start()
    worker.start()
    while not done.is_set():
        wait_ms(50)
    ticker.stop()
    worker.join()
    sys.setswitchinterval(default)
    return Timing(tuple(times[default])), Timing(tuple(times[0.001]))


SUBPROCESS_RENDER = r"""
import sys, time
from cica_desktop.compose import Part, compose
from cica_desktop.model import load_project
from cica_desktop.render import pdf_bytes
package = load_project(sys.argv[1])
pdf_bytes(compose(package, Part.PACKAGE))
print("ready", flush=True)
end = time.monotonic() + float(sys.argv[2])
count = 0
while time.monotonic() < end:
    pdf_bytes(compose(package, Part.PACKAGE))
    count += 1
print(count, flush=True)
"""


def subprocess_render_stall() -> IdleStall:
    """The ticker while a separate process renders the package in a loop."""
    process = subprocess.Popen(
        [python_executable(), "-c", SUBPROCESS_RENDER, str(SAMPLE),
         str(ISOLATION_SECONDS + 2)],
        stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    if process.stdout.readline().strip() != "ready":
        process.kill()
        raise SystemExit("the render subprocess did not start")
    stall, p99, full_gc = ticker_only(ISOLATION_SECONDS)
    count = int(process.stdout.readline().strip() or 0)
    process.wait(30)
    return IdleStall("render subprocess (no shared GIL)", stall, p99, count, None, full_gc)


def glyph_lists() -> int:
    """How many of the tracked objects are reportlab's per-glyph lists of the loaded fonts."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    faces = [o for o in gc.get_objects() if isinstance(o, TTFontFace)]
    return sum(sum(1 for v in getattr(face, "glyphToChar", {}).values() if isinstance(v, list))
               for face in faces)


def bench_suspects(work: Path) -> Suspects:
    suspects = Suspects()
    probe = Probe(work)
    try:
        window = probe.window
        project = window.project
        package = project.package
        assert package is not None
        data = render_package(package)
        suspects.pdf_bytes = len(data)
        suspects.render_alone = timed(lambda: render_package(package), 5)
        suspects.validate = timed(lambda: Package.model_validate(project.data))
        suspects.findings = timed(window._update_findings)
        probe.disable_preview()
        path = ("letter", "paragraphs", 1)
        original = project.value(path)
        flip = [0]

        def set_value() -> None:
            flip[0] += 1
            project.set_value(path, original + CHARACTERS[flip[0] % len(CHARACTERS)],
                              typing=True)

        suspects.set_value = timed(set_value)
        buffers: list[QBuffer] = []

        def load() -> None:
            document = QPdfDocument()
            buffer = QBuffer()
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            document.load(buffer)
            if document.pageCount() < 1:
                raise SystemExit("QPdfDocument did not load the preview")
            buffers.append(buffer)
            document.close()

        suspects.pdf_load = timed(load)
        viewport = window.preview.view.viewport()
        suspects.repaint = timed(viewport.repaint)
        suspects.gc_objects = len(gc.get_objects())
        suspects.glyph_lists = glyph_lists()
        suspects.full_gc = timed(gc.collect, 3)
        gc.freeze()
        try:
            suspects.frozen_gc = timed(gc.collect, 3)
        finally:
            gc.unfreeze()
        idle_stall, idle_p99, idle_gc = ticker_only(ISOLATION_SECONDS)
        suspects.idle.append(IdleStall("nothing else running", idle_stall, idle_p99, 0, None,
                                       idle_gc))
        suspects.idle.append(thread_render_stall(package, None))
        suspects.idle.append(thread_render_stall(package, 0.001))
        suspects.idle.append(thread_render_stall(package, None, freeze=True))
        suspects.idle.append(thread_render_stall(package, 0.001, freeze=True))
        suspects.idle.append(subprocess_render_stall())
        suspects.render_default_switch, suspects.render_short_switch = (
            switch_interval_cost(package))
    finally:
        probe.close()
    return suspects


# ----------------------------------------------------------------------------- everything


@dataclass
class Results:
    date: str
    machine: dict[str, str]
    latency: LatencyResult
    stalls: list[StallResult]
    cold: list[ColdResult]
    suspects: Suspects

    @property
    def target_stall(self) -> StallResult:
        return self.stalls[0]

    def targets(self) -> list[tuple[str, str, str, bool]]:
        latency, stall, cold = self.latency, self.target_stall, self.cold[0]
        return [
            ("a. Keystroke → updated preview (median; max)",
             f"{ms(latency.median)}; {ms(latency.worst)}", f"≤ {ms(TARGET_LATENCY)}",
             latency.worst <= TARGET_LATENCY),
            (f"b. GUI stall while typing, a key every {TYPING_INTERVAL_MS} ms (max; p99)",
             f"{ms(stall.stall)}; {ms(stall.p99)}", f"≤ {ms(TARGET_STALL)}",
             stall.stall <= TARGET_STALL),
            ("c. Cold start → window shown with forms (median)",
             secs(cold.median("shown")), f"≤ {secs(TARGET_COLD)}",
             cold.median("shown") <= TARGET_COLD),
        ]


def measure() -> Results:
    machine = machine_facts()
    app()
    GC.install()
    with tempfile.TemporaryDirectory(prefix="cica-bench-gui-") as parent:
        work = Path(parent)
        print("a. keystroke → preview latency …", flush=True)
        latency = bench_latency(work)
        print("d. suspects …", flush=True)
        suspects = bench_suspects(work)
        print("b. stalls while typing …", flush=True)
        stalls = stall_scenarios(work)
        print("c. cold start …", flush=True)
        cold = bench_cold(work)
    machine["Load avg at end"] = load_average()
    return Results(date=dt.date.today().isoformat(), machine=machine, latency=latency,
                   stalls=stalls, cold=cold, suspects=suspects)


# ----------------------------------------------------------------------------- output


def text_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    line = "  ".join("-" * width for width in widths)
    return ["  ".join(str(c).ljust(w) for c, w in zip(header, widths, strict=True)), line,
            *("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True))
              for row in rows)]


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header),
            *("| " + " | ".join(str(c) for c in row) + " |" for row in rows)]


def latency_rows(results: Results) -> list[list[str]]:
    latency = results.latency
    rows = []
    for name, label in (("total", "key event → PreviewPane.updated"),
                        ("keystroke", "  key handling (GUI thread)"),
                        ("debounce", "  debounce wait (120 ms timer)"),
                        ("render", "  render in the worker + delivery"),
                        ("show_pdf", "  show_pdf: QPdfDocument.load + jump (GUI thread)")):
        values = latency.values(name)
        rows.append([label, ms(statistics.median(values)), ms(min(values)), ms(max(values))])
    return rows


def stall_rows(results: Results) -> list[list[str]]:
    rows = []
    for stall in results.stalls:
        keys = stall.keystrokes
        rows.append([
            stall.name, stall.description, ms(stall.stall), ms(stall.p99),
            str(stall.over_target), f"{stall.render_starts} / {stall.renders}",
            f"{ms(statistics.median(keys))} / {ms(max(keys))}" if keys else "–",
            f"{len(stall.full_gcs)} / {ms(stall.longest_full_gc)}" if stall.full_gcs else "0",
            str(stall.builds)])
    return rows


STALL_HEADER = ["Run", "Scenario", "Stall (max gap − 5 ms)", "p99", "Gaps > 50 ms",
                "Renders started / previews shown", "Key handler median / max",
                "Full GCs / longest", "Form rebuilds"]


def suspect_rows(results: Results) -> list[list[str]]:
    s = results.suspects
    rows = []
    for label, timing in (
            ("compose + PDF render of the sample, alone (main thread)", s.render_alone),
            ("one set_value (typing; validation, findings, no preview)", s.set_value),
            ("  Package.model_validate of the project", s.validate),
            ("  refilling the findings list", s.findings),
            (f"QPdfDocument.load of the preview ({s.pdf_bytes // 1024} KiB), GUI thread",
             s.pdf_load),
            ("synchronous repaint of the preview viewport", s.repaint),
            (f"full gc.collect() with the window open ({s.gc_objects:,} tracked objects)",
             s.full_gc),
            ("the same after gc.freeze()", s.frozen_gc),
            ("render in a thread, GUI ticking, switch interval "
             f"{ms(sys.getswitchinterval())}", s.render_default_switch),
            ("the same, switch interval 1 ms (renders alternating)", s.render_short_switch)):
        if timing is not None:
            rows.append([label, timing.describe()])
    return rows


def idle_rows(results: Results) -> list[list[str]]:
    return [[idle.name, ms(idle.stall), ms(idle.p99), str(idle.renders),
             idle.render.describe() if idle.render else "–",
             ms(idle.longest_full_gc) if idle.longest_full_gc else "none"]
            for idle in results.suspects.idle]


IDLE_HEADER = ["Background work (GUI thread only ticks)", "Stall", "p99", "Renders done",
               "Render time median (max)", "Longest full GC here"]


def cold_rows(results: Results) -> list[list[str]]:
    rows = []
    for mark in COLD_MARKS:
        rows.append([mark, *(cold.describe(mark) for cold in results.cold)])
    rows.append(["then: tracked objects, full gc.collect()",
                 *(f"{cold.gc_objects:,}, {ms(cold.full_gc)}" for cold in results.cold)])
    return rows


def print_results(results: Results) -> None:
    print()
    print("Targets")
    print("\n".join(text_table(["Target", "Measured", "Limit", "Verdict"],
                               [[t, m, lim, verdict(ok)] for t, m, lim, ok
                                in results.targets()])))
    print()
    print("Machine")
    print("\n".join(text_table(["", ""], [[k, v] for k, v in results.machine.items()])))
    print()
    print(f"a. Keystroke → preview, {LATENCY_TRIALS} trials")
    print("\n".join(text_table(["", "median", "min", "max"], latency_rows(results))))
    print()
    print(f"b. Stalls of a {TICK_MS} ms GUI timer over {TYPING_SECONDS:.0f} s")
    print("\n".join(text_table(STALL_HEADER, stall_rows(results))))
    print("Largest stalls and what overlapped them:")
    for stall in results.stalls:
        for culprit in stall.culprits:
            print(f"   {stall.name}: {ms(culprit.gap)}: {culprit.during}")
    print()
    print("c. Cold start, seconds after the parent spawned the process, median (min–max)")
    print("\n".join(text_table(["Event", *(c.label for c in results.cold)],
                               cold_rows(results))))
    print()
    print("d. Suspects, each on its own")
    print("\n".join(text_table(["Measurement", "Median (max)"], suspect_rows(results))))
    print()
    print("\n".join(text_table(IDLE_HEADER, idle_rows(results))))


def by_name(results: Results) -> dict[str, StallResult]:
    return {stall.name: stall for stall in results.stalls}


def keys_text(stall: StallResult) -> str:
    keys = stall.keystrokes
    return f"{ms(statistics.median(keys))} median, {ms(max(keys))} max" if keys else "–"


def idle_text(idle: IdleStall) -> str:
    text = ms(idle.stall)
    if idle.longest_full_gc and idle.longest_full_gc >= idle.stall * 0.8:
        text += f" (a {ms(idle.longest_full_gc)} full collection)"
    return text


def analysis_lines(results: Results) -> list[str]:
    runs = by_name(results)
    s = results.suspects
    latency, cold = results.latency, results.cold[0]
    target, quiet, slow = runs["target"], runs["no-preview"], runs["slow"]
    slow_quiet, worst = runs["slow-no-preview"], runs["back-to-back"]
    worst_1ms, worst_frozen = runs["back-to-back-1ms"], runs["back-to-back-freeze"]
    worst_both, slow_both = runs["back-to-back-freeze-1ms"], runs["slow-freeze-1ms"]
    alone, thread5, thread1, *_frozen, sub = s.idle
    full_gcs = [(stall.name, e) for stall in results.stalls for e in stall.full_gcs]
    unfrozen_gcs = [e for stall in results.stalls if not stall.frozen for e in stall.full_gcs]
    frozen_gcs = [e for stall in results.stalls if stall.frozen for e in stall.full_gcs]
    gc_culprits = [(stall.name, c) for stall in results.stalls for c in stall.culprits
                   if "generation-2" in c.during]
    over = [stall for stall in results.stalls if stall.stall > TARGET_STALL]
    builds = sum(stall.builds for stall in results.stalls)
    shows = latency.values("show_pdf")
    full_gc = s.full_gc.median if s.full_gc else 0.0
    frozen_gc = s.frozen_gc.median if s.frozen_gc else 0.0
    lines = ["### Verdicts", ""]
    lines.append(
        f"* **a. {verdict(latency.worst <= TARGET_LATENCY)}.** A keystroke reaches the preview "
        f"in {ms(latency.median)} (max {ms(latency.worst)}). Most of it is waiting on purpose: "
        f"{ms(statistics.median(latency.values('debounce')))} of debounce and "
        f"{ms(statistics.median(latency.values('render')))} of rendering in the worker; the GUI "
        f"thread spends {ms(statistics.median(latency.values('keystroke')))} handling the key "
        f"and {ms(statistics.median(shows))} showing the PDF.")
    if target.render_starts == 0:
        why = (f"no render started during the {TYPING_SECONDS:.0f} s of typing. The 120 ms "
               f"debounce timer restarts on every keystroke, so at one key every "
               f"{TYPING_INTERVAL_MS} ms the preview waits until the typing stops; the target "
               "run measures the keystroke path alone, not a render in the background while "
               "the user types")
    else:
        why = f"{target.render_starts} renders started during the typing"
    lines.append(
        f"* **b. {verdict(target.stall <= TARGET_STALL)}** as specified "
        f"({ms(target.stall)} max, {ms(target.p99)} p99), but read it with care: {why}. "
        f"Renders do overlap typing as soon as the typist pauses longer than the debounce: "
        f"with a key every {SLOW_TYPING_INTERVAL_MS} ms the worst stall was "
        f"{ms(slow.stall)} (p99 {ms(slow.p99)}), and with renders back to back "
        f"{ms(worst.stall)} (p99 {ms(worst.p99)}). "
        + (f"Runs over 50 ms: {', '.join(f'`{o.name}` {ms(o.stall)}' for o in over)}. "
           if over else "No run exceeded 50 ms this time. ")
        + "Each run is a single 6 s sample, so its worst gap varies from one invocation to "
          "the next (rare events such as a full garbage collection may or may not fall into "
          "it).")
    lines.append(
        f"* **c. {verdict(cold.median('shown') <= TARGET_COLD)}.** The window with its forms is "
        f"shown {secs(cold.median('shown'))} after the spawn (first event-loop turn "
        f"{secs(cold.median('event loop running'))}); the sample appears rendered in the "
        f"preview after {secs(cold.median('first preview'))}. Importing the application "
        f"(QtPdf, pydantic, reportlab, our model, rendering and UI modules) takes the largest "
        f"share: "
        f"{secs(cold.median('app imported') - cold.median('Qt imported'))}.")
    lines += ["", "### Where the stalls come from", ""]
    lines.append(
        f"* **Not the GUI thread's own work.** With the renderer disabled the same typing stalls "
        f"at most {ms(quiet.stall)} (a key every {TYPING_INTERVAL_MS} ms) and "
        f"{ms(slow_quiet.stall)} (every {SLOW_TYPING_INTERVAL_MS} ms). A keystroke costs "
        f"{ms(statistics.median(quiet.keystrokes))} on the GUI thread (one `set_value` "
        f"{ms(s.set_value.median if s.set_value else 0)}, of which `Package.model_validate` "
        f"{ms(s.validate.median if s.validate else 0)} and the findings list "
        f"{ms(s.findings.median if s.findings else 0)}). Forms were rebuilt {builds} times in "
        "all the typing runs together.")
    lines.append(
        f"* **Not `QPdfDocument.load`.** Loading the {s.pdf_bytes // 1024} KiB preview on the "
        f"GUI thread takes {s.pdf_load.describe() if s.pdf_load else '–'}; the whole "
        f"`show_pdf` (load + jump to the page) {ms(statistics.median(shows))} (max "
        f"{ms(max(shows))}); a synchronous repaint of the view "
        f"{s.repaint.describe() if s.repaint else '–'} (QPdfView rasterises pages in its own "
        "threads, outside the GIL).")
    lines.append(
        f"* **The render thread's hold on the GIL, cause 1: hand-over waits.** While the worker "
        f"runs Python, a GUI-thread handler that wants the GIL gets it only after the worker "
        f"is forced to yield, one switch interval ({ms(sys.getswitchinterval())}) later. A "
        f"keystroke crosses between Qt (C++) and Python several times (key event → "
        f"`textChanged` → `set_value` → undo stack → `value_changed` / `data_changed` → "
        f"findings, preview request); PySide6 releases the GIL around C++ calls, so each "
        f"crossing can cost another interval. The handler needs about "
        f"{ms(statistics.median(quiet.keystrokes))} of work, yet took {keys_text(worst)} "
        f"with renders back to back, {keys_text(slow)} in the `slow` run, against "
        f"{keys_text(quiet)} without the renderer. The gaps marked \"none of the instrumented "
        f"handlers\" below are the same wait, spent before a Python slot (the ticker's own, a "
        f"queued signal's) can start. With only the ticker on the GUI thread the worst gap was "
        f"{idle_text(alone)} idle and {idle_text(thread5)} against a render thread "
        f"({idle_text(thread1)} with a 1 ms switch interval).")
    gc_where = ""
    if full_gcs:
        gc_where = (f" During the typing runs {len(full_gcs)} full collections happened "
                    f"({', '.join(f'`{name}` {ms(e.duration)}' for name, e in full_gcs)})")
        gc_where += (("; the largest gaps they caused: "
                      + ", ".join(f"`{name}` {ms(c.gap)}" for name, c in gc_culprits) + ".")
                     if gc_culprits else ".")
    else:
        gc_where = (" No full collection happened during the typing runs this time; they come "
                    "about once every few dozen renders.")
    threads = sorted({e.thread for _name, e in full_gcs})
    gc_threads = (f" (in the typing runs: the {' and the '.join(threads)})" if threads else "")
    isolation_gcs = [i for i in s.idle if i.longest_full_gc]
    if isolation_gcs:
        gc_where += (" In the isolation runs: "
                     + ", ".join(f"{i.name}: {ms(i.longest_full_gc)}" for i in isolation_gcs)
                     + ".")
    lines.append(
        f"* **Cause 2: full garbage collections.** A generation-2 collection holds the GIL "
        f"from start to end, whichever thread triggered it{gc_threads}, so the GUI thread "
        f"stops for all of it, and no switch interval helps. With the window open a full "
        f"`gc.collect()` takes "
        f"{s.full_gc.describe() if s.full_gc else '–'}: the process tracks "
        f"{s.gc_objects:,} objects, {s.glyph_lists:,} of them the per-glyph lists in "
        f"reportlab's `TTFontFace.glyphToChar` of the loaded fonts (the CJK faces have tens of "
        f"thousands of glyphs). In a freshly started app, once its first preview is shown, "
        f"the figures are {cold.gc_objects:,} objects and {ms(cold.full_gc)} (median of the "
        f"cold starts). After `gc.freeze()` the same collection takes "
        f"{s.frozen_gc.describe() if s.frozen_gc else '–'}.{gc_where}")
    lines += ["", "### Recommendation", ""]
    frozen_text = (f"full collections during the frozen runs took at most "
                   f"{ms(max(e.duration for e in frozen_gcs))}"
                   if frozen_gcs else "no full collection occurred in the frozen runs")
    unfrozen_text = (f" (against up to {ms(max(e.duration for e in unfrozen_gcs))} unfrozen)"
                     if unfrozen_gcs else "")
    lines.append(
        f"1. **Call `gc.freeze()` once the first preview is shown** (the fonts are loaded by "
        f"then, e.g. on the first `PreviewPane.updated`, and again after opening another "
        f"project). Everything alive at that point (fonts, templates, Qt wrappers, the "
        f"model classes) is left out of later collections: a full collection drops from "
        f"{ms(full_gc)} to {ms(frozen_gc)}; {frozen_text}{unfrozen_text}. On its own it does "
        f"not remove cause 1: `back-to-back-freeze` still stalled {ms(worst_frozen.stall)} "
        f"(keystroke handler max {ms(max(worst_frozen.keystrokes))}).")
    cost = ""
    if s.render_default_switch and s.render_short_switch:
        before, after = s.render_default_switch.median, s.render_short_switch.median
        change = (after - before) / before
        cost = (f" Alternating renders in a thread while the GUI ticker wants the GIL, a render "
                f"took a median of {ms(before)} at {ms(sys.getswitchinterval())} and "
                f"{ms(after)} at 1 ms ({change:+.0%}"
                + ("; no measurable cost)." if abs(change) < 0.05 else ")."))
    lines.append(
        f"2. **`sys.setswitchinterval(0.001)` at start-up** cuts each hand-over wait from "
        f"{ms(sys.getswitchinterval())} to 1 ms: "
        f"with renders back to back the keystroke handler's worst case went from "
        f"{ms(max(worst.keystrokes))} to {ms(max(worst_1ms.keystrokes))} and the worst stall "
        f"from {ms(worst.stall)} to {ms(worst_1ms.stall)}. It cannot shorten a full "
        f"collection. The worker pays only when the GUI thread actually asks for the GIL."
        f"{cost}")
    lines.append(
        f"3. **Both together** (a few lines in `run_gui`): {ms(worst_both.stall)} worst (p99 "
        f"{ms(worst_both.p99)}) with renders back to back and {ms(slow_both.stall)} with a key "
        f"every {SLOW_TYPING_INTERVAL_MS} ms, against {ms(worst.stall)} and {ms(slow.stall)} "
        f"by default. "
        + ("That is inside the 50 ms budget with room."
           if max(worst_both.stall, slow_both.stall) <= TARGET_STALL * 0.6 else
           "That is inside the 50 ms budget." if max(worst_both.stall, slow_both.stall)
           <= TARGET_STALL else "Still over the 50 ms budget: go to 4."))
    lines.append(
        f"4. **For real headroom, render in a persistent subprocess** (one long-lived worker "
        f"process fed the package JSON, returning the PDF bytes and anchors): the GUI process "
        f"then shares neither the GIL nor the renderer's garbage. With only the ticker on the "
        f"GUI thread the worst gap was {idle_text(sub)} with a render loop in another process, "
        f"against {idle_text(thread5)} with the render thread and {idle_text(alone)} idle. The "
        f"price: a second interpreter with its own fonts in memory, its start-up (about "
        f"{secs(cold.median('app imported') - cold.median('process started'))} of imports, "
        f"in parallel with the window), and a {s.pdf_bytes // 1024} KiB PDF through a pipe per "
        "render. Worth it if packages grow: a longer package renders for longer (see the "
        "101-page figures in PERFORMANCE.md), which leaves the GUI exposed to causes 1 and 2 "
        "for all that time.")
    lines.append(
        f"5. **Do not lower the debounce to fix stalls.** It does not shorten a stall; it only "
        f"starts more renders while the user types. It is, though, "
        f"{ms(statistics.median(latency.values('debounce')))} of the {ms(latency.median)} "
        f"keystroke → preview latency; once 1–3 (or 4) are in, 60–80 ms would add margin "
        f"under the 300 ms target, provided the stall runs above stay under 50 ms.")
    return lines


def method_lines(results: Results) -> list[str]:
    return [
        f"* Everything runs offscreen (`QT_QPA_PLATFORM=offscreen`) with `CICA_DATA_DIR` in a "
        f"temporary folder, on a fresh copy of `{SAMPLE.relative_to(ROOT)}` for each run: a "
        f"new `MainWindow`, shown, after its first preview; the navigator on the letter, the "
        f"focus and the cursor at the end of `{EDITOR}`. Characters "
        f"({CHARACTERS!r}) are typed as `QKeyEvent(KeyPress/KeyRelease, Key_unknown, text)` "
        "sent with `QApplication.sendEvent` (QTest.keyClicks aborts on non-ASCII). Timing "
        "uses `time.perf_counter()`.",
        f"* **a.** {LATENCY_TRIALS} trials, {LATENCY_PAUSE_MS} ms apart: one character, then "
        "the event loop runs until `PreviewPane.updated` fires; the time is from just before "
        "the key press is sent to that signal. The breakdown comes from the renderer's "
        "`started` signal and a wrapper around `PreviewPane.show_pdf`. The pane is painted "
        "after `updated`, on the next event-loop turn, which is not included.",
        f"* **b.** Two `Qt.TimerType.PreciseTimer` timers on the GUI thread: one types a "
        f"character every {TYPING_INTERVAL_MS} ms (or {SLOW_TYPING_INTERVAL_MS} ms) for "
        f"{TYPING_SECONDS:.0f} s, the other ticks every {TICK_MS} ms and records the gaps "
        f"between its ticks (a Python slot, so it needs the GIL like any real handler). "
        f"Stall = largest gap − {TICK_MS} ms; p99 likewise. \"no preview\" replaces "
        "`window.preview_renderer.request` with a no-op; \"back to back\" asks for a new "
        "render whenever one is shown and, since every keystroke makes the running render "
        "stale, the worker renders without pause (no preview is shown then: each render is "
        "outdated when it ends). `gc.freeze()` and `sys.setswitchinterval(0.001)` are applied "
        "only for the runs named so. Garbage collections are recorded with `gc.callbacks`; "
        "the three largest gaps of each run are matched against the keystroke handlers, "
        "`show_pdf` calls, collections and renders that overlapped them.",
        f"* **c.** A fresh process per run: `.venv/bin/python -c <script> <spawn time> "
        f"<sample copy>` creating the `QApplication`, `create_window([sample])` and "
        f"`window.show()`; it prints `time.time()` at each step and the parent subtracts the "
        f"`time.time()` taken just before spawning. Median of {COLD_RUNS} runs, each with a "
        "fresh `CICA_DATA_DIR`; after the first preview the child runs one `gc.collect()` and "
        "reports its duration and the number of tracked objects. Byte code cached as in an "
        "installed app (a temporary "
        "`PYTHONPYCACHEPREFIX` filled by one untimed run, which also warms the OS file cache)"
        + (f"; also {COLD_UNCACHED_RUNS} runs with the inherited environment "
           "(`PYTHONDONTWRITEBYTECODE=1`, so our own modules compile on every start unless "
           "their .pyc already exist)" if len(results.cold) > 1 else "") + ".",
        f"* **d.** Each suspect alone, median of {REPEATS} after one warm-up (3 for "
        f"`gc.collect()`): `Package.model_validate` of the project data; "
        f"`MainWindow._update_findings`; `Project.set_value` (preview disabled); "
        f"`QPdfDocument.load` of the preview PDF from a `QBuffer` on the GUI thread; "
        f"`viewport().repaint()` of the preview. Then the {TICK_MS} ms ticker alone for "
        f"{ISOLATION_SECONDS:.0f} s while a plain Python thread, or a separate process, renders "
        f"the sample (compose + PDF) in a loop. Last, {2 * SWITCH_RENDERS} renders in a thread "
        f"alternate between the default and a 1 ms switch interval while the ticker runs, to "
        f"price the shorter interval.",
    ]


def document(results: Results) -> str:
    machine = [[key, value] for key, value in results.machine.items()]
    targets = [[t, m, lim, f"**{verdict(ok)}**"] for t, m, lim, ok in results.targets()]
    cold_header = ["Event (seconds after spawn)", *(c.label for c in results.cold)]
    culprit_lines = [f"* `{stall.name}`: " + "; ".join(
        f"{ms(c.gap)}: {c.during}" for c in stall.culprits) for stall in results.stalls]
    return "\n".join([
        "# GUI performance",
        "",
        f"Measured on {results.date} by `bench/gui.py`; regenerate with "
        "`.venv/bin/python bench/gui.py --write-doc`. Rendering itself (compose, DOCX, PDF) is "
        "in [PERFORMANCE.md](PERFORMANCE.md).",
        "",
        "## Targets",
        "",
        *markdown_table(["Target", "Measured", "Limit", "Verdict"], targets),
        "",
        "## Machine",
        "",
        *markdown_table(["", ""], machine),
        "",
        "## Analysis",
        "",
        *analysis_lines(results),
        "",
        f"## a. Keystroke → updated preview ({LATENCY_TRIALS} trials)",
        "",
        *markdown_table(["", "Median", "Min", "Max"], latency_rows(results)),
        "",
        f"## b. GUI-thread stalls while typing ({TYPING_SECONDS:.0f} s each)",
        "",
        *markdown_table(STALL_HEADER, stall_rows(results)),
        "",
        "The largest gaps of each run and what overlapped them:",
        "",
        *culprit_lines,
        "",
        f"## c. Cold start to the window (median of {COLD_RUNS}, (min–max))",
        "",
        *markdown_table(cold_header, cold_rows(results)),
        "",
        "## d. Suspects, measured one at a time",
        "",
        *markdown_table(["Measurement", "Median (max)"], suspect_rows(results)),
        "",
        *markdown_table(IDLE_HEADER, idle_rows(results)),
        "",
        "## Method",
        "",
        *method_lines(results),
        "",
    ])


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-doc", action="store_true",
                        help=f"rewrite {DOC_PATH.relative_to(ROOT)} from the figures")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    results = measure()
    print_results(results)
    if args.write_doc:
        DOC_PATH.parent.mkdir(parents=True, exist_ok=True)
        DOC_PATH.write_text(document(results), encoding="utf-8")
        print(f"\nwrote {DOC_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
