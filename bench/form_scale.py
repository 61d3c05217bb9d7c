"""Benchmark: the form at scale. Opening a part whose list is long, scrolling it, and
adding, removing, moving, undoing and redoing one row, on lists of 25, 60, 300 and 1,500
items: the letter's signatories and the blocks of an enclosure.

Run with `.venv/bin/python bench/form_scale.py` (`--markdown` prints Markdown tables,
`--sizes 25,60` some sizes only, `--repeats 3` fewer trials). Offscreen, on copies of the
bundled English sample grown to each size, with CICA_DATA_DIR in a temporary folder. It
prints figures only; what they mean is in docs/PERFORMANCE-GUI.md ("The form at scale").

Each edit is timed from the click (or undo/redo) until the event loop has nothing left to
do for it (the form rebuilt or updated, laid out and painted): `settle()` runs the event
loop until it is idle. Before each click the row clicked is brought into view, untimed, as
the user scrolls to it (the end of the list for "Add"). "open" is the form shown (built,
laid out, painted), "filled" the rows in view built (a lazy list builds no others), and a
5 ms ticker on the GUI thread records the longest stall from opening to filled. The heap
is frozen once the panel is shown, as the window does after its first preview. "page
down" scrolls the middle of the list by the height of the view. "project alone" is the
same edits on a project without a form (its validation at each change), all edits
together.
"""

from __future__ import annotations

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA_DIR = tempfile.TemporaryDirectory(prefix="cica-bench-form-data-")
os.environ["CICA_DATA_DIR"] = _DATA_DIR.name

import argparse  # noqa: E402
import copy  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator, Sequence  # noqa: E402
from typing import Any  # noqa: E402

import common  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget  # noqa: E402

from cica_desktop.app.collection import collect_in_window_thread  # noqa: E402
from cica_desktop.app.paths import Path, path_text  # noqa: E402
from cica_desktop.app.project import Project  # noqa: E402
from cica_desktop.ui.form_panel import FormPanel  # noqa: E402
from cica_desktop.ui.navigator import LETTER_NODE, SETTINGS_NODE  # noqa: E402

SAMPLE = common.ROOT / "resources" / "samples" / "a-62-232.en.json"
SIZES = (25, 60, 300, 1500)
TARGET = 0.100
EDITS = ("add", "remove", "move", "undo", "redo")
OPS = ("open", "filled", "open stall", "page down", *EDITS, "project alone")
ENCLOSURE: Path = ("annexes", 2, "enclosure", "annex")


def grown(kind: str, size: int) -> tuple[dict[str, Any], Path, Path]:
    """The sample with *size* signatories or enclosure blocks: (data, node, list path)."""
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    if kind == "signatories":
        first = data["letter"]["senders"][0]
        data["letter"]["senders"] = [{**copy.deepcopy(first), "name": f"Signatory {i + 1}"}
                                     for i in range(size)]
        data["letter"]["sender_role"] = "joint"
        return data, LETTER_NODE, ("letter", "senders")
    annex = data["annexes"][2]["enclosure"]["annex"]
    annex["blocks"] = [{"type": "paragraph", "numbered": True,
                        "text": f"Paragraph {i + 1} of the enclosure, with some words."}
                       for i in range(size)]
    return data, ENCLOSURE, (*ENCLOSURE, "blocks")


def settle() -> None:
    """Run the event loop until it has nothing left to do (posted events, 0 ms timers)."""
    for _ in range(4):
        QApplication.processEvents()
        QApplication.sendPostedEvents()
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()


def filled(panel: FormPanel) -> bool:
    """Whether the rows in view are built (nothing left for the form to build)."""
    pending = getattr(panel, "building", None)
    return not (callable(pending) and pending())


class Ticker:
    """A 5 ms timer on the GUI thread that records the gaps between its ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return max(self.gaps, default=0.0) - 0.005


def button(panel: FormPanel, name: str) -> QAbstractButton:
    widget = panel.findChild(QAbstractButton, name)
    if widget is None:
        raise SystemExit(f"no button {name}")
    return widget


def measure(action: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    settle()
    return time.perf_counter() - start


def bench_one(kind: str, size: int, repeats: int) -> dict[str, list[float]]:
    data, node, list_path = grown(kind, size)
    project = Project(data)
    # As the window does: garbage collected in its thread, on a timer (app/collection.py).
    collect_in_window_thread()
    panel = FormPanel(project)
    panel.resize(900, 700)
    panel.show()
    settle()
    # As the window does once its first preview is shown: what exists by then (the
    # project's data among it) is left out of later full collections.
    gc.collect()
    gc.freeze()
    times: dict[str, list[float]] = {k: [] for k in OPS}
    name = path_text(list_path)
    for _ in range(repeats):
        panel.show_node(SETTINGS_NODE)
        settle()
        ticker = Ticker()
        ticker.start()
        start = time.perf_counter()
        panel.show_node(node)
        QApplication.sendPostedEvents()  # laid out
        panel.viewport().repaint()  # and painted: the form shows
        times["open"].append(time.perf_counter() - start)
        deadline = time.perf_counter() + 60
        while not filled(panel) and time.perf_counter() < deadline:
            wait = QEventLoop()
            QTimer.singleShot(200, wait.quit)
            wait.exec()
        settle()
        times["filled"].append(time.perf_counter() - start)
        times["open stall"].append(ticker.stop())
    middle = size // 2
    stack = project.undo_stack
    bar = panel.verticalScrollBar()

    def to_row(index: int) -> None:
        """Untimed: the user scrolls to the row (to the end of the list for "Add")."""
        if index < 0:
            bar.setValue(bar.maximum())
        else:
            panel.focus_path((*list_path, index))
        settle()

    def add() -> None:
        if kind == "signatories":
            button(panel, f"{name}.add").click()
        else:  # "+" on the middle row: a new paragraph above it
            button(panel, f"{name}[{middle}].insert").click()

    for _ in range(repeats):
        to_row(middle)
        times["page down"].append(measure(
            lambda: bar.setValue(bar.value() + panel.viewport().height())))
        for op, action, row in (
                ("add", add, -1 if kind == "signatories" else middle),
                ("undo", stack.undo, None), ("redo", stack.redo, None),
                ("undo", stack.undo, None),
                ("remove", lambda: button(panel, f"{name}[{middle}].delete").click(), middle),
                ("undo", stack.undo, None),
                ("move", lambda: button(panel, f"{name}[{middle}].up").click(), middle),
                ("undo", stack.undo, None)):
            if row is not None:
                to_row(row)
            times[op].append(measure(action))
            check(panel, list_path, f"{kind} {size}: after {op}")
    panel.close()
    panel.deleteLater()
    settle()
    gc.unfreeze()
    times["project alone"] = project_alone(kind, size, repeats)
    return times


def check(panel: FormPanel, list_path: Path, when: str) -> None:
    """The form still shows the list as the project has it: a row for each item, holding
    that item, and each row built named by its place."""
    items = panel.project.value(list_path)
    name = path_text(list_path)
    rows = getattr(panel.ctx.editors.get(name), "rows", None)
    if rows is None or len(rows) != len(items):
        raise SystemExit(f"the form lost track of the list {when}")
    for index, row in enumerate(rows):
        if row.item is not items[index] or (
                isinstance(row, QWidget) and row.objectName() != f"{name}[{index}].row"):
            raise SystemExit(f"row {index} shows another item {when}")


def project_alone(kind: str, size: int, repeats: int) -> list[float]:
    """The same edits on a project with no form: what the project itself takes (its
    validation of the whole package at every change), one figure per edit."""
    data, _node, list_path = grown(kind, size)
    project = Project(data)
    gc.collect()
    gc.freeze()  # (as in bench_one)
    stack = project.undo_stack
    item = copy.deepcopy(project.value((*list_path, 0)))
    middle = size // 2
    times: list[float] = []
    for _ in range(repeats):
        for action in (lambda: project.insert_item(list_path, middle, item), stack.undo,
                       stack.redo, stack.undo, lambda: project.remove_item(list_path, middle),
                       stack.undo, lambda: project.move_item(list_path, middle, middle - 1),
                       stack.undo):
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
    gc.unfreeze()
    return times


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.1f} ms"


def report(sizes: Sequence[int], repeats: int) -> Iterator[tuple[str, list[str],
                                                                  list[list[str]]]]:
    facts = {**common.common_facts(), "Code": common.code_version(),
             "Load average": common.load_average()}
    yield "Machine", ["", ""], [[k, v] for k, v in facts.items()]
    ops = OPS
    for kind in ("signatories", "enclosure blocks"):
        rows, worst = [], 0.0
        for size in sizes:
            t = bench_one(kind, size, repeats)
            rows.append([str(size), *(f"{ms(statistics.median(t[op]))} / {ms(max(t[op]))}"
                                      for op in ops)])
            worst = max(worst, *(max(t[op]) for op in EDITS))
            print(f"  {kind} {size} done ({common.load_average()})", file=sys.stderr,
                  flush=True)
        yield (f"{kind.capitalize()}: median / worst of {repeats} "
               f"(edits {'PASS' if worst <= TARGET else 'MISS'}: ≤ {ms(TARGET)})",
               ["items", *ops], rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="list sizes, comma-separated (default 25,60,300,1500)")
    parser.add_argument("--repeats", type=int, default=5, help="trials of each operation")
    args = parser.parse_args(argv)
    QApplication.instance() or QApplication([sys.argv[0]])
    QCoreApplication.setOrganizationName("cica-desktop")
    QCoreApplication.setApplicationName("cica-desktop")
    table = common.markdown_table if args.markdown else common.text_table
    sizes = [int(size) for size in args.sizes.split(",")]
    for title, header, rows in report(sizes, args.repeats):
        print(f"\n{'#### ' if args.markdown else ''}{title}\n", flush=True)
        print("\n".join(table(header, rows)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
