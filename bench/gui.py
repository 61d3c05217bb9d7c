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
import importlib.metadata  # noqa: E402
import platform  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

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
    rank = max(0, min(len(ordered) - 1, int(round(share * len(ordered) + 0.5)) - 1))
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


def cpu_model() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return platform.processor() or "unknown"
    for line in text.splitlines():
        if line.lower().startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def version_of(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def code_version() -> str:
    try:
        done = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                              capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return done.stdout.strip() or "unknown"


def load_average() -> str:
    try:
        return " / ".join(f"{value:.2f}" for value in os.getloadavg()) + " (1/5/15 min)"
    except OSError:
        return "unknown"


def machine_facts() -> dict[str, str]:
    return {
        "CPU": cpu_model(),
        "Cores": f"{usable_cores()} usable ({os.cpu_count()} online)",
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "PySide6 / Qt": f"{PYSIDE_VERSION} / {qVersion()}",
        "reportlab": version_of("reportlab"),
        "pydantic": version_of("pydantic"),
        "Qt platform": os.environ["QT_QPA_PLATFORM"],
        "GIL switch interval (default)": ms(sys.getswitchinterval()),
        "Code": code_version(),
        "Load avg at start": load_average(),
    }


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

    def enable_preview(self) -> None:
        self.window.preview_renderer.__dict__.pop("request", None)

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
    builds: int  # form rebuilds during the run
    culprits: tuple[Culprit, ...]
    switch_interval: float

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
        rendering = any(s < end and e > start for s, e in renders)
        text = ", ".join(doing) if doing else "no instrumented handler (event loop, painting)"
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
                 switch_interval: float | None = None,
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
        sys.setswitchinterval(default_switch)
        if back_to_back:
            window.preview.updated.disconnect(again)
        intervals = render_intervals(probe)
        gaps = ticker.gaps()
        result = StallResult(
            name=name, description=description, interval_ms=interval_ms,
            gaps=tuple(e - s for s, e in gaps), keystrokes=tuple(keystrokes),
            renders=len(probe.updates) - updates_before, builds=probe.builds - builds_before,
            culprits=culprits(gaps, probe.gui, intervals),
            switch_interval=switch_interval or default_switch)
        wait_ms(LATENCY_PAUSE_MS)
    finally:
        sys.setswitchinterval(default_switch)
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
        bench_stalls(work, "back-to-back-1ms", "as above, sys.setswitchinterval(0.001)",
                     fast, back_to_back=True, switch_interval=0.001),
        bench_stalls(work, "slow-1ms", f"a key every {slow} ms, sys.setswitchinterval(0.001)",
                     slow, switch_interval=0.001),
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
def mark(name):
    print(f"{name}\t{time.time():.6f}", flush=True)
def first_preview():
    mark("first preview")
    app.quit()
window.preview.updated.connect(first_preview)
window.show()
marks.append(("shown", time.time()))
for name, when in marks:
    mark(name)
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
    for line in done.stdout.splitlines():
        name, _, when = line.partition("\t")
        marks[name] = float(when) - spawn
    missing = [name for name in COLD_MARKS if name not in marks]
    if missing:
        raise SystemExit(f"cold start did not report {missing}:\n{done.stdout}{done.stderr}")
    return ColdRun(marks)


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
class Timing:
    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def high(self) -> float:
        return max(self.samples)

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


@dataclass
class Suspects:
    render_alone: Timing | None = None
    validate: Timing | None = None
    findings: Timing | None = None
    set_value: Timing | None = None
    pdf_load: Timing | None = None
    repaint: Timing | None = None
    pdf_bytes: int = 0
    idle: list[IdleStall] = field(default_factory=list)


def render_package(package: Package) -> bytes:
    return pdf_bytes(compose(package, Part.PACKAGE))[0]


def ticker_only(seconds: float) -> tuple[float, float]:
    """(stall, p99) of the 5 ms ticker with nothing else on the GUI thread."""
    ticker = Ticker()
    ticker.start()
    wait_ms(int(seconds * 1000))
    ticker.stop()
    gaps = [e - s for s, e in ticker.gaps()]
    return max(gaps) - TICK_MS / 1000, percentile(gaps, 0.99) - TICK_MS / 1000


def thread_render_stall(package: Package, switch_interval: float | None) -> IdleStall:
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
    worker = threading.Thread(target=loop, daemon=True)
    worker.start()
    try:
        stall, p99 = ticker_only(ISOLATION_SECONDS)
    finally:
        stop.set()
        worker.join()
        sys.setswitchinterval(default)
    label = (f"render thread, switch interval {ms(switch_interval or default)}")
    return IdleStall(label, stall, p99, len(times), Timing(tuple(times)) if times else None)


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
    stall, p99 = ticker_only(ISOLATION_SECONDS)
    count = int(process.stdout.readline().strip() or 0)
    process.wait(30)
    return IdleStall("render subprocess (no shared GIL)", stall, p99, count, None)


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
        idle_stall, idle_p99 = ticker_only(ISOLATION_SECONDS)
        suspects.idle.append(IdleStall("nothing else running", idle_stall, idle_p99, 0, None))
        suspects.idle.append(thread_render_stall(package, None))
        suspects.idle.append(thread_render_stall(package, 0.001))
        suspects.idle.append(subprocess_render_stall())
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
    with tempfile.TemporaryDirectory(prefix="cica-bench-gui-") as parent:
        work = Path(parent)
        print("a. keystroke → preview latency …", flush=True)
        latency = bench_latency(work)
        print("b. stalls while typing …", flush=True)
        stalls = stall_scenarios(work)
        print("d. suspects …", flush=True)
        suspects = bench_suspects(work)
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
            str(stall.over_target), str(stall.renders),
            f"{ms(statistics.median(keys))} / {ms(max(keys))}" if keys else "–",
            str(stall.builds)])
    return rows


STALL_HEADER = ["Run", "Scenario", "Stall (max gap − 5 ms)", "p99", "Gaps > 50 ms",
                "Previews shown", "Key handler median / max", "Form rebuilds"]


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
            ("synchronous repaint of the preview viewport", s.repaint)):
        if timing is not None:
            rows.append([label, timing.describe()])
    return rows


def idle_rows(results: Results) -> list[list[str]]:
    return [[idle.name, ms(idle.stall), ms(idle.p99), str(idle.renders),
             idle.render.describe() if idle.render else "–"] for idle in results.suspects.idle]


IDLE_HEADER = ["Background work (GUI thread only ticks)", "Stall", "p99", "Renders done",
               "Render time median (max)"]


def cold_rows(results: Results) -> list[list[str]]:
    rows = []
    for mark in COLD_MARKS:
        rows.append([mark, *(cold.describe(mark) for cold in results.cold)])
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
    for stall in results.stalls:
        for culprit in stall.culprits[:1]:
            print(f"   {stall.name}: largest gap {ms(culprit.gap)}: {culprit.during}")
    print()
    print("c. Cold start, seconds after the parent spawned the process, median (min–max)")
    print("\n".join(text_table(["Event", *(c.label for c in results.cold)],
                               cold_rows(results))))
    print()
    print("d. Suspects, each on its own")
    print("\n".join(text_table(["Measurement", "Median (max)"], suspect_rows(results))))
    print()
    print("\n".join(text_table(IDLE_HEADER, idle_rows(results))))


def document(results: Results) -> str:
    raise NotImplementedError


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
