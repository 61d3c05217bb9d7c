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
  d. suspects, each on its own;
  e. the same on a package of about 127 pages (the Chinese sample's memorandum grown):
     keystroke → the edited page shown updated, at the start and in the middle of the
     package, the GUI thread's stalls while typing, and resident memory after 1,000
     keystrokes.

Parts a, c and e are here; b is in bench/scenarios.py, d in bench/suspects.py, and the
window under test, the GUI-thread ticker and the run's settings in bench/gui_probe.py.
Every figure is a median with its spread; the load average is printed before and after.
The method, the targets and the figures before and after the live-preview work (issue 14)
are in docs/PERFORMANCE-PREVIEW.md.
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
import json  # noqa: E402
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
    TICK_MS,
    Probe,
    Settings,
    Ticker,
    ms,
    python,
    secs,
    spread,
    stall,
    timer,
    wait_for,
    wait_ms,
)
from projects import compose_pdf, scaled_package  # noqa: E402
from PySide6.QtCore import QCoreApplication, qInstallMessageHandler, qVersion  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from scenarios import SCENARIOS, bench_stalls  # noqa: E402
from suspects import bench_suspects  # noqa: E402

from cica_desktop.app.project import Project  # noqa: E402

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


# ----------------------------------------------------------------------------- e. large

#: The Chinese sample's memorandum paragraphs × LARGE_FACTOR: about 127 pages.
LARGE_FACTOR = 50
#: Where e. types: the letter (page 1), and a memorandum paragraph in the middle.
LARGE_EDITORS = {"letter, page 1": "letter.blocks[1].text",
                 "memorandum, middle": "annexes[0].blocks[225].text"}
MEMORY_KEYS = 1000
#: The user starts typing this long after the long package's first preview.
LARGE_SETTLE_MS = 1500


def large_project(work: Path) -> tuple[Path, int]:
    """The grown sample as a project file in *work*: (its path, its pages)."""
    package = Project.open(SAMPLE).package
    assert package is not None
    large = scaled_package(package, LARGE_FACTOR)
    path = work / "large.zh.json"
    path.write_text(json.dumps(large.model_dump(mode="json"), ensure_ascii=False),
                    encoding="utf-8")
    return path, compose_pdf(large)


def typed_on_shown_page(p: Probe, tail: str) -> bool:
    """The preview's page that shows the edited field (and the next, where the paragraph
    may end) holds the *tail* just typed."""
    preview = p.window.preview
    source = preview.source_of(p.editor_name)
    if source is None:
        return False
    page = preview.positions[source][0]
    text = "".join(preview.document.getAllText(i).text()
                   for i in range(page, min(page + 2, preview.document.pageCount())))
    return tail in "".join(text.split())


def edited_page_latency(p: Probe, s: Settings) -> list[float]:
    """Seconds from a keystroke until the preview shows the page being edited with the
    character typed (renders of earlier keystrokes do not count)."""
    totals = []
    for _ in range(s.latency_trials):
        start = p.key()
        tail = "".join(p.editor.toPlainText().split())[-4:]
        while True:
            updated = wait_for(p.window.preview.updated)
            if updated is None:
                raise SystemExit("a keystroke did not reach the edited page within 10 s")
            if typed_on_shown_page(p, tail):
                break
        totals.append(updated - start)
        wait_ms(s.pause_ms)
    return totals


def typing_stalls(p: Probe, interval_ms: int, seconds: float) -> tuple[float, float, int]:
    """(worst gap, p99, gaps over the target) of the GUI thread while typing a key every
    *interval_ms*; then waits for the last preview."""
    typist = timer(interval_ms, p.key)
    typist.start()
    gaps = Ticker().run(seconds)
    typist.stop()
    wait_for(p.window.preview.updated)
    worst, p99 = stall(gaps)
    return worst, p99, sum(1 for g in gaps if g - TICK_MS / 1000 > TARGETS["stall"])


def resident_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def memory_growth(p: Probe) -> float:
    """Megabytes of resident memory the window keeps after MEMORY_KEYS keystrokes in one
    field (one undo step), once the last preview is shown; measured after 100 keystrokes
    that warm every cache up."""
    def settle() -> None:
        wait_for(p.window.preview.updated, 5_000)
        wait_ms(300)
        gc.collect()

    for _ in range(100):
        p.key()
    settle()
    before = resident_mb()
    for index in range(MEMORY_KEYS):
        p.key()
        if index % 20 == 19:
            wait_ms(1)  # let the event loop run now and then, as between real keystrokes
    settle()
    return resident_mb() - before


def bench_large(work: Path, s: Settings) -> Iterator[tuple[str, list[str], list[list[str]]]]:
    source, pages = large_project(work)
    rows, worst = [], 0.0
    for where, editor in LARGE_EDITORS.items():
        with Probe(work, source, editor, LARGE_SETTLE_MS) as p:
            latency = edited_page_latency(p, s)
            fast = typing_stalls(p, 40, s.typing_seconds)
            slow = typing_stalls(p, 150, s.typing_seconds)
            worst = max(worst, *latency)
            rows.append([where, spread(latency), ms(statistics.median(latency)),
                         f"{ms(fast[0])} / {fast[2]}", f"{ms(slow[0])} / {slow[2]}"])
    ok = worst <= TARGETS["latency"]
    yield (f"e. The {pages}-page package: keystroke → edited page shown "
           f"({'PASS' if ok else 'MISS'}: max ≤ {ms(TARGETS['latency'])}), stalls while typing "
           f"(target ≤ {ms(TARGETS['stall'])})",
           ["typing in", "latency median (max)", "median", "stall / gaps > 50 ms, key every "
            "40 ms", "stall / gaps > 50 ms, key every 150 ms"], rows)
    with Probe(work, source, LARGE_EDITORS["memorandum, middle"], LARGE_SETTLE_MS) as p:
        grown = memory_growth(p)
        steps = p.window.project.undo_stack.count()
    yield (f"e. Memory after {MEMORY_KEYS} keystrokes in one field "
           f"({'PASS' if grown < TARGETS['memory'] else 'MISS'}: < {TARGETS['memory']:g} MB)",
           ["resident memory grown", "undo steps"], [[f"{grown:.1f} MB", str(steps)]])


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
            first = statistics.median(c["first preview"]) <= TARGETS["first_preview"]
            yield (f"c. Cold start, seconds after spawn, median of {s.cold_runs} "
                   f"({'PASS' if ok else 'MISS'}: shown ≤ {secs(TARGETS['cold'])}; "
                   f"{'PASS' if first else 'MISS'}: first preview ≤ "
                   f"{secs(TARGETS['first_preview'])})",
                   ["event", "median", "min", "max"],
                   [[mark, *(secs(f(v)) for f in (statistics.median, min, max))]
                    for mark, v in c.items()])
        if "e" in args.parts:
            yield from bench_large(work, s)
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
    parser.add_argument("--parts", default="abcde",
                        help="which parts to run (default abcde)")
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
    print(f"\nLoad average at the end: {common.load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
