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

Parts a and c are here; b is in bench/scenarios.py, d in bench/suspects.py, and the window
under test, the GUI-thread ticker and the run's settings in bench/gui_probe.py.
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
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

import common  # noqa: E402
import PySide6  # noqa: E402
from gui_probe import (  # noqa: E402
    APP_SWITCH_INTERVAL,
    FULL,
    QUICK,
    SAMPLE,
    TARGETS,
    Probe,
    Settings,
    ms,
    python,
    secs,
    spread,
    wait_for,
    wait_ms,
)
from PySide6.QtCore import QCoreApplication, qInstallMessageHandler, qVersion  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from scenarios import SCENARIOS, bench_stalls  # noqa: E402
from suspects import bench_suspects  # noqa: E402

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
