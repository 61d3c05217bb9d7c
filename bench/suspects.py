"""Part d of bench/gui.py: each suspect for a stall timed on its own, then the GUI thread's
ticker alone against background work (a render thread, a render process)."""

from __future__ import annotations

import gc
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

from gui_probe import (
    APP_SWITCH_INTERVAL,
    CHARACTERS,
    SAMPLE,
    Probe,
    Settings,
    Ticker,
    conditions,
    ms,
    python,
    spread,
    stall,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument

from cica_desktop.compose import Part, compose
from cica_desktop.model import Package
from cica_desktop.render import pdf_bytes


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
        window.preview_renderer.request = lambda *_args, **_kwargs: None  # type: ignore[method-assign]
        path = ("letter", "blocks", 1, "text")
        text = project.value(path)
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
