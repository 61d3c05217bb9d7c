"""Benchmark: how responsive the window is while the user types, and how fast it starts.

Run with `.venv/bin/python bench/gui.py` (`--markdown` prints Markdown tables, `--parts ac`
runs some parts only, `--quick` shortens every run). Offscreen, on copies of the bundled
Chinese sample, with CICA_DATA_DIR in a temporary folder. It prints figures only: what they
mean, and the method in full, are in docs/PERFORMANCE-GUI.md.

  a. keystroke → updated preview, with its breakdown;
  b. GUI-thread stalls while typing (a 5 ms timer records its own gaps), in scenarios that
     isolate the causes: the app's settings, no preview, renders back to back, and without
     each of the app's two settings (1 ms GIL switch interval, a frozen heap);
  c. cold start of a fresh process, to the window shown and to the first preview;
  d. suspects, each on its own.
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
import gc  # noqa: E402
import math  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator, Sequence  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import common  # noqa: E402
import PySide6  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QIODevice,
    Qt,
    QTimer,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QKeyEvent, QTextCursor  # noqa: E402
from PySide6.QtPdf import QPdfDocument  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextEdit  # noqa: E402

from cica_desktop.app.project import Project  # noqa: E402
from cica_desktop.compose import Part, compose  # noqa: E402
from cica_desktop.model import Package  # noqa: E402
from cica_desktop.render import pdf_bytes  # noqa: E402
from cica_desktop.ui.main_window import MainWindow  # noqa: E402

SAMPLE = common.ROOT / "resources" / "samples" / "a-62-232.zh.json"
EDITOR = "letter.paragraphs[1]"
CHARACTERS = "中文字符输入测试"  # typed; non-ASCII on purpose
APP_SWITCH_INTERVAL = 0.001  # what ui/app.create_window sets
TICK_MS = 5
FAST_MS, SLOW_MS = 40, 150  # a fast typist; pauses longer than the 120 ms debounce
TARGETS = {"latency": 0.300, "stall": 0.050, "cold": 1.5}


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
    """A window on a fresh copy of the sample, after its first preview, the cursor at the
    end of the letter's second paragraph; records keystrokes, renders and previews."""

    def __init__(self, work: Path) -> None:
        folder = Path(tempfile.mkdtemp(prefix="project-", dir=work))
        shutil.copy(SAMPLE, folder / SAMPLE.name)
        self.window = window = MainWindow(Project.open(folder / SAMPLE.name))
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
        window.navigator.select(("letter",))
        editor = window.findChild(QTextEdit, EDITOR)
        if editor is None:
            raise SystemExit(f"no editor named {EDITOR}")
        self.editor: QTextEdit = editor
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        wait_ms(400)

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


# ----------------------------------------------------------------------------- a. latency


def bench_latency(work: Path, s: Settings) -> dict[str, list[float]]:
    """Per trial: total, key handling, debounce wait, render + delivery, show_pdf."""
    parts: dict[str, list[float]] = {k: [] for k in
                                     ("total", "keystroke", "debounce", "render", "show_pdf")}
    with Probe(work) as p:
        for _ in range(s.latency_trials):
            renders = len(p.render_starts)
            start = p.key()
            updated = wait_for(p.window.preview.updated)
            if updated is None or len(p.render_starts) == renders:
                raise SystemExit("a keystroke did not update the preview within 10 s")
            shown_at, shown_end = p.shows[-1]
            parts["total"].append(updated - start)
            parts["keystroke"].append(p.keys[-1])
            parts["debounce"].append(p.render_starts[-1] - start - p.keys[-1])
            parts["render"].append(shown_at - p.render_starts[-1])
            parts["show_pdf"].append(shown_end - shown_at)
            wait_ms(s.pause_ms)
    return parts


# ----------------------------------------------------------------------------- b. stalls


@dataclass(frozen=True)
class Scenario:
    name: str
    description: str
    interval_ms: int
    preview: bool = True
    back_to_back: bool = False
    switch_interval: float = APP_SWITCH_INTERVAL
    unfrozen: bool = False


SCENARIOS = (
    Scenario("target", f"a key every {FAST_MS} ms, as the app runs", FAST_MS),
    Scenario("no-preview", f"a key every {FAST_MS} ms, preview renderer off", FAST_MS,
             preview=False),
    Scenario("slow", f"a key every {SLOW_MS} ms: renders overlap the typing", SLOW_MS),
    Scenario("back-to-back", f"a key every {FAST_MS} ms, renders back to back (worst case)",
             FAST_MS, back_to_back=True),
    Scenario("b2b-5ms", "back to back, 5 ms switch interval (Python's default)", FAST_MS,
             back_to_back=True, switch_interval=0.005),
    Scenario("b2b-unfrozen", "back to back, heap not frozen", FAST_MS, back_to_back=True,
             unfrozen=True),
    Scenario("b2b-neither", "back to back, 5 ms and not frozen (before both settings)",
             FAST_MS, back_to_back=True, switch_interval=0.005, unfrozen=True),
    Scenario("slow-neither", f"a key every {SLOW_MS} ms, 5 ms and not frozen", SLOW_MS,
             switch_interval=0.005, unfrozen=True),
)


@dataclass(frozen=True)
class StallResult:
    scenario: Scenario
    stall: float
    p99: float
    over_target: int
    renders: int  # renders started during the run
    keys: tuple[float, ...]
    full_gc: float  # the longest generation-2 collection during the run


def bench_stalls(work: Path, scenario: Scenario, s: Settings) -> StallResult:
    with Probe(work) as p:
        window = p.window
        if not scenario.preview:
            window.preview_renderer.request = lambda _package: None  # type: ignore[method-assign]

        def again(*_args: object) -> None:
            if window.project.package is not None:
                window.preview_renderer.render_now(window.project.package)

        if scenario.back_to_back:
            window.preview.updated.connect(again)
            again()
        typist = timer(scenario.interval_ms, p.key)
        p.keys.clear()
        renders, start = len(p.render_starts), time.perf_counter()
        with conditions(scenario.switch_interval, scenario.unfrozen):
            typist.start()
            gaps = Ticker().run(s.typing_seconds)
            typist.stop()
        if scenario.back_to_back:
            window.preview.updated.disconnect(again)
        worst, p99 = stall(gaps)
        return StallResult(scenario, worst, p99,
                           sum(1 for g in gaps if g - TICK_MS / 1000 > TARGETS["stall"]),
                           len(p.render_starts) - renders, tuple(p.keys),
                           FULL_GC.longest_since(start))


# ----------------------------------------------------------------------------- c. cold start

CHILD = r"""
import sys, time
marks = [("process started", time.time())]
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
marks.append(("Qt imported", time.time()))
from cica_desktop.ui.app import create_window
marks.append(("app imported", time.time()))
app = QApplication([sys.argv[0]])
QCoreApplication.setOrganizationName("cica-desktop")  # as run_gui does
QCoreApplication.setApplicationName("cica-desktop")
window = create_window([sys.argv[2]])
marks.append(("window created", time.time()))
def first_preview():
    marks.append(("first preview", time.time()))
    app.quit()
window.preview.updated.connect(first_preview)
window.show()
marks.append(("shown", time.time()))
app.exec()
window.preview_renderer.wait(10000)
for name, when in marks:
    print(f"{name}\t{when:.6f}")
"""
COLD_MARKS = ("process started", "Qt imported", "app imported", "window created", "shown",
              "first preview")


def python() -> str:
    local = common.ROOT / ".venv" / "bin" / "python"
    return str(local) if local.exists() else sys.executable


def bench_cold(work: Path, s: Settings) -> dict[str, list[float]]:
    """Seconds after the parent spawned the child, per mark, one value per run. Byte code
    is cached as in an installed app (one untimed run fills a private cache first)."""
    sample = work / SAMPLE.name
    shutil.copy(SAMPLE, sample)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    marks: dict[str, list[float]] = {mark: [] for mark in COLD_MARKS}
    for run in range(s.cold_runs + 1):
        data = tempfile.mkdtemp(prefix="data-", dir=work)
        spawn = time.time()
        done = subprocess.run([python(), "-c", CHILD, repr(spawn), str(sample)],
                              capture_output=True, text=True, timeout=120, check=False,
                              env={**env, "CICA_DATA_DIR": data})
        seen = dict(line.split("\t") for line in done.stdout.splitlines() if "\t" in line)
        if done.returncode != 0 or set(seen) != set(COLD_MARKS):
            raise SystemExit(f"cold start failed ({done.returncode}):\n{done.stderr}")
        if run:  # the first run is untimed
            for mark in COLD_MARKS:
                marks[mark].append(float(seen[mark]) - spawn)
    return marks


# ----------------------------------------------------------------------------- d. suspects


def timed(action: Callable[[], object], repeats: int) -> list[float]:
    action()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def render(package: Package) -> bytes:
    return pdf_bytes(compose(package, Part.PACKAGE))[0]


def render_thread_stall(package: Package, s: Settings, switch_interval: float,
                        unfrozen: bool) -> tuple[float, float, int]:
    """(stall, p99, renders) of the ticker while a Python thread renders in a loop."""
    stop, count = threading.Event(), [0]

    def loop() -> None:
        while not stop.is_set():
            render(package)
            count[0] += 1

    worker = threading.Thread(target=loop, daemon=True)
    with conditions(switch_interval, unfrozen):
        worker.start()
        gaps = Ticker().run(s.isolation_seconds)
        stop.set()
        worker.join()
    return (*stall(gaps), count[0])


SUBPROCESS_RENDER = r"""
import sys, time
from cica_desktop.compose import Part, compose
from cica_desktop.model import load_project
from cica_desktop.render import pdf_bytes
package = load_project(sys.argv[1])
pdf_bytes(compose(package, Part.PACKAGE))
print("ready", flush=True)
end, count = time.monotonic() + float(sys.argv[2]), 0
while time.monotonic() < end:
    pdf_bytes(compose(package, Part.PACKAGE))
    count += 1
print(count, flush=True)
"""


def render_process_stall(s: Settings) -> tuple[float, float, int]:
    """The same with the render loop in another process (no shared GIL)."""
    with subprocess.Popen([python(), "-c", SUBPROCESS_RENDER, str(SAMPLE),
                           str(s.isolation_seconds + 2)], stdout=subprocess.PIPE,
                          text=True) as child:
        assert child.stdout is not None
        if child.stdout.readline().strip() != "ready":
            child.kill()
            raise SystemExit("the render subprocess did not start")
        gaps = Ticker().run(s.isolation_seconds)
        count = int(child.stdout.readline().strip() or 0)
    return (*stall(gaps), count)


def bench_suspects(work: Path, s: Settings) -> tuple[list[list[str]], list[list[str]]]:
    """(one row per suspect timed alone, one row per background load under the ticker)."""
    rows, idle = [], []
    with Probe(work) as p:
        window, project = p.window, p.window.project
        package = project.package
        assert package is not None
        data = render(package)
        rows.append(["compose + PDF render of the sample (GUI thread, nothing else)",
                     spread(timed(lambda: render(package), max(3, s.repeats // 3)))])
        window.preview_renderer.request = lambda _package: None  # type: ignore[method-assign]
        path, text = ("letter", "paragraphs", 1), project.value(("letter", "paragraphs", 1))
        typed = iter(range(10**6))
        rows.append(["one keystroke's set_value (validation and findings; no preview)",
                     spread(timed(lambda: project.set_value(
                         path, text + CHARACTERS[next(typed) % 8], typing=True), s.repeats))])
        rows.append(["  Package.model_validate of the project",
                     spread(timed(lambda: Package.model_validate(project.data), s.repeats))])
        update_findings = getattr(window, "_update_findings", None)
        if update_findings is not None:
            rows.append(["  refilling the findings list",
                         spread(timed(update_findings, s.repeats))])

        def load() -> None:
            document, buffer = QPdfDocument(), QBuffer()
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            document.load(buffer)
            if document.pageCount() < 1:
                raise SystemExit("QPdfDocument did not load the preview")
            document.close()

        rows.append([f"QPdfDocument.load of the preview ({len(data) // 1024} KiB)",
                     spread(timed(load, s.repeats))])
        rows.append(["synchronous repaint of the preview",
                     spread(timed(window.preview.view.viewport().repaint, s.repeats))])
        gc.unfreeze()
        objects = len(gc.get_objects())
        rows.append([f"full gc.collect(), heap not frozen ({objects:,} objects)",
                     spread(timed(gc.collect, 3))])
        gc.freeze()
        rows.append(["full gc.collect(), heap frozen (as the app runs)",
                     spread(timed(gc.collect, 3))])
        for label, measure in (
                ("nothing else running", lambda: (*stall(Ticker().run(s.isolation_seconds)), 0)),
                ("render thread, as the app runs",
                 lambda: render_thread_stall(package, s, APP_SWITCH_INTERVAL, False)),
                ("render thread, 5 ms and not frozen",
                 lambda: render_thread_stall(package, s, 0.005, True)),
                ("render in another process", lambda: render_process_stall(s))):
            worst, p99, renders = measure()
            idle.append([label, ms(worst), ms(p99), str(renders)])
    return rows, idle


# ----------------------------------------------------------------------------- output


def machine_facts() -> dict[str, str]:
    return {**common.common_facts(), "PySide6 / Qt": f"{PySide6.__version__} / {qVersion()}",
            "reportlab": common.version_of("reportlab"),
            "pydantic": common.version_of("pydantic"), "Code": common.code_version(),
            "Load average": common.load_average()}


def report(args: argparse.Namespace) -> Iterator[tuple[str, list[str], list[list[str]]]]:
    """Measures the parts asked for; yields (title, header, rows) for each table."""
    s = QUICK if args.quick else FULL
    yield "Machine", ["", ""], [[k, v] for k, v in machine_facts().items()]
    with tempfile.TemporaryDirectory(prefix="cica-bench-gui-") as folder:
        work = Path(folder)
        if "a" in args.parts:
            a = bench_latency(work, s)
            ok = max(a["total"]) <= TARGETS["latency"]
            yield (f"a. Keystroke → updated preview, {s.latency_trials} trials "
                   f"({'PASS' if ok else 'MISS'}: max ≤ {ms(TARGETS['latency'])})",
                   ["", "median", "min", "max"],
                   [[name, *(ms(f(v)) for f in (statistics.median, min, max))]
                    for name, v in a.items()])
        if "b" in args.parts:
            results = [bench_stalls(work, scenario, s) for scenario in SCENARIOS]
            ok = results[0].stall <= TARGETS["stall"]
            yield (f"b. GUI stalls over {s.typing_seconds:g} s of typing "
                   f"({'PASS' if ok else 'MISS'}: target ≤ {ms(TARGETS['stall'])})",
                   ["run", "scenario", "stall", "p99", "gaps > 50 ms", "renders",
                    "key handler", "longest full GC"],
                   [[r.scenario.name, r.scenario.description, ms(r.stall), ms(r.p99),
                     str(r.over_target), str(r.renders), spread(r.keys),
                     ms(r.full_gc) if r.full_gc else "none"] for r in results])
        if "c" in args.parts:
            c = bench_cold(work, s)
            ok = statistics.median(c["shown"]) <= TARGETS["cold"]
            yield (f"c. Cold start, seconds after spawn, median of {s.cold_runs} "
                   f"({'PASS' if ok else 'MISS'}: shown ≤ {secs(TARGETS['cold'])})",
                   ["event", "median", "min", "max"],
                   [[mark, *(secs(f(v)) for f in (statistics.median, min, max))]
                    for mark, v in c.items()])
        if "d" in args.parts:
            rows, idle = bench_suspects(work, s)
            yield "d. Suspects, each alone", ["measurement", "median (max)"], rows
            yield ("d. The 5 ms ticker alone on the GUI thread, against background work",
                   ["background work", "stall", "p99", "renders done"], idle)


def quiet_size_hints(_mode: object, _context: object, message: str) -> None:
    """Qt's messages, but the offscreen platform's "does not support propagateSizeHints"."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--parts", default="abcd", help="which parts to run (default abcd)")
    parser.add_argument("--quick", action="store_true", help="shorter runs, rough figures")
    args = parser.parse_args(argv)
    qInstallMessageHandler(quiet_size_hints)
    QApplication.instance() or QApplication([sys.argv[0]])
    QCoreApplication.setOrganizationName("cica-desktop")  # as run_gui does
    QCoreApplication.setApplicationName("cica-desktop")
    sys.setswitchinterval(APP_SWITCH_INTERVAL)  # as create_window does
    table = common.markdown_table if args.markdown else common.text_table
    for title, header, rows in report(args):
        print(f"\n{'### ' if args.markdown else ''}{title}\n", flush=True)
        print("\n".join(table(header, rows)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
