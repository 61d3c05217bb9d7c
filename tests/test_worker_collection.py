"""The window's worker threads never collect garbage (app/collection.py): a collection
there could destroy a Qt object of the window's thread and deadlock the two threads. With
a window open, the window's thread collects on a timer, and only it does."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest
from gui_helpers import open_window

from cica_desktop.app.collection import (
    INTERVAL_MS,
    collect_in_window_thread,
    collection_paused,
    paused,
    stop_window_thread_collection,
)
from cica_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def no_job_running() -> None:
    """Each test starts with no job of an earlier test's window still pausing collection
    (a dictionary's check of a project's text runs on in its thread after a test ends)."""
    deadline = time.monotonic() + 30
    while paused() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not paused()


def start_job() -> Callable[[], None]:
    """A job that pauses collection in a thread of its own, started; the function that
    ends it (and waits for its thread)."""
    started, release = threading.Event(), threading.Event()

    def job() -> None:
        with collection_paused():
            started.set()
            release.wait(10)

    thread = threading.Thread(target=job)
    thread.start()
    started.wait(10)

    def finish() -> None:
        release.set()
        thread.join(10)
    return finish


def test_collection_is_paused_while_any_worker_runs_and_resumes_after() -> None:
    assert gc.isenabled()
    finish = start_job()
    with collection_paused():  # a second worker at the same time
        assert not gc.isenabled()
    assert not gc.isenabled()  # the first one still runs
    finish()
    assert gc.isenabled()


def test_collection_stays_off_if_it_was_off() -> None:
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_in_a_worker_still_resumes_collection() -> None:
    try:
        with collection_paused():
            raise ValueError("the job failed")
    except ValueError:
        pass
    assert gc.isenabled()


# ------------------------------------------------------------------ with a window open


class _Collections:
    """The collections that start, by generation and by the thread that runs them."""

    def __init__(self) -> None:
        self.seen: list[tuple[int, int]] = []  # (generation, thread id)

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.seen.append((info["generation"], threading.get_ident()))

    def __enter__(self) -> _Collections:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        gc.callbacks.remove(self)


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _make_garbage(count: int) -> weakref.ref[_Cycle]:
    """*count* reference cycles left for the collector; a reference to the last."""
    cycle = _Cycle()
    for _ in range(count):
        cycle = _Cycle()
    return weakref.ref(cycle)


def idle_window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window on the en sample, built, its first preview shown and its first jobs done
    (the findings, the dictionary's check of the project's text): none pauses collection.
    (Garbage left before the window freezes its objects would be frozen with them.)"""
    window = open_window(qtbot, tmp_path, "en")
    window.preview_renderer.wait(20_000)
    qtbot.waitUntil(lambda: window._gc_frozen and not paused(), timeout=20_000)
    return window


def test_with_a_window_open_a_worker_thread_never_collects_and_the_window_does(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    idle_window(qtbot, tmp_path)
    assert not gc.isenabled()
    left: list[weakref.ref[_Cycle]] = []
    with _Collections() as collections:
        # Outside any pause, far past the youngest generation's threshold (700).
        thread = threading.Thread(target=lambda: left.append(_make_garbage(50_000)))
        thread.start()
        thread.join(30)
        assert left and left[0]() is not None  # nothing collected it yet
        qtbot.waitUntil(lambda: left[0]() is None, timeout=10 * INTERVAL_MS)
    window_thread = threading.get_ident()
    assert collections.seen
    assert {thread_id for _, thread_id in collections.seen} == {window_thread}


def generations_of_one_tick(objects: int) -> list[int]:
    """The generations the window's thread collects at its next tick after *objects*
    reference cycles are left, the counts starting from nothing."""
    collection = collect_in_window_thread()
    gc.collect()
    with _Collections() as collections:
        _make_garbage(objects)
        collection.collect_due()
    return [generation for generation, _ in collections.seen]


def test_a_tick_collects_what_the_collector_would_have_reached(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    idle_window(qtbot, tmp_path)
    first, second, third = gc.get_threshold()
    assert generations_of_one_tick(first // 2) == []  # the young generation not yet full
    assert generations_of_one_tick(first + 100) == [0]
    # A busy second: as many young collections as its allocations would have started,
    # which would have come round to the middle generation, or to the oldest.
    assert generations_of_one_tick((second + 1) * (first + 1) + 100) == [1]
    assert generations_of_one_tick((third + 1) * (second + 1) * (first + 1) + 100) == [2]


def test_thresholds_that_say_never_are_kept(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    idle_window(qtbot, tmp_path)
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        assert generations_of_one_tick(10_000) == []
    finally:
        gc.set_threshold(*thresholds)


def test_automatic_collection_switched_on_elsewhere_is_off_again_at_the_next_tick(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    idle_window(qtbot, tmp_path)
    gc.enable()
    collect_in_window_thread().collect_due()
    assert not gc.isenabled()


def test_without_an_application_nothing_is_switched_off() -> None:
    child = subprocess.run(
        [sys.executable, "-c", "import gc\n"
         "from cica_desktop.app.collection import collect_in_window_thread\n"
         "try:\n    collect_in_window_thread()\n"
         "except RuntimeError as error:\n    print(error, gc.isenabled())\n"],
        capture_output=True, text=True, timeout=60)
    assert child.stdout.strip() == \
        "collecting in the window's thread needs a QApplication True", child.stderr


def test_no_collection_while_a_job_runs_even_in_the_window_thread(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    idle_window(qtbot, tmp_path)
    collection = collect_in_window_thread()
    with collection_paused():
        _make_garbage(5_000)
        assert collection.collect_due() == 0
    assert collection.collect_due() > 0


def test_a_job_that_began_before_the_window_does_not_turn_automatic_collection_on(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    finish = start_job()
    window = open_window(qtbot, tmp_path, "en")
    finish()
    assert not gc.isenabled()
    window.preview_renderer.wait(20_000)
    qtbot.waitUntil(lambda: not paused(), timeout=20_000)  # the window's own jobs
    assert not gc.isenabled()
    stop_window_thread_collection()
    assert gc.isenabled()


def test_collection_by_hand_gives_back_automatic_collection_as_it_found_it(
        qtbot) -> None:  # type: ignore[no-untyped-def]
    gc.disable()
    try:
        collect_in_window_thread()
        stop_window_thread_collection()
        assert not gc.isenabled()
    finally:
        gc.enable()
    collect_in_window_thread()
    stop_window_thread_collection()
    assert gc.isenabled()


#: Qt objects in reference cycles, connected to each other, made and dropped by the main
#: thread while two worker threads allocate without pause. With automatic collection a
#: worker soon collects a dropped pair: the C++ destructor takes Qt's lock on connections
#: and waits for the interpreter lock, which the main thread holds while it waits for that
#: lock to connect the next pair. Measured with this script, the window-thread collection
#: left out: 2 runs of 5 froze, and in the 3 others the workers ran 2,740 to 10,235
#: collections; with it, none froze and the workers ran none.
_QT_CYCLES_BESIDE_WORKERS = textwrap.dedent("""
    import gc, sys, threading, time
    import cica_desktop.app
    from PySide6.QtCore import QCoreApplication, QObject, Signal
    from cica_desktop.app.collection import collect_in_window_thread

    sys.setswitchinterval(0.001)  # as the app runs (ui/app.py)
    app = QCoreApplication([])
    collect_in_window_thread()
    threads = []  # the thread of each collection started
    gc.callbacks.append(lambda phase, info: phase == "start" and
                        threads.append(threading.get_ident()))

    class Node(QObject):
        poked = Signal(int)

        def __init__(self, other=None):
            super().__init__()
            self.me = self
            if other is not None:
                self.poked.connect(other.on_poke)
                other.poked.connect(lambda value, node=self: node.on_poke(value))

        def on_poke(self, value):
            pass

    running = True
    def allocate():
        while running:
            del [[i] for i in range(2000)][:]
    workers = [threading.Thread(target=allocate) for _ in range(2)]
    for worker in workers:
        worker.start()
    for pair in range(int(sys.argv[1])):
        first = Node()
        second = Node(first)
        second.poked.emit(1)
        first.poked.emit(2)
        del first, second
        if pair % 100 == 0:
            app.processEvents()
    running = False
    for worker in workers:
        worker.join()
    for _ in range(15):  # a second and a half: the window's thread's timer comes
        app.processEvents()
        time.sleep(0.1)
    main = threading.get_ident()
    print(sum(thread != main for thread in threads), sum(thread == main for thread in threads),
          gc.isenabled(), flush=True)
""")


def test_qt_objects_dropped_beside_allocating_workers_never_freeze_the_process() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run([sys.executable, "-c", _QT_CYCLES_BESIDE_WORKERS, "1500"],
                           env=env, capture_output=True, text=True, timeout=120)
    assert child.returncode == 0, child.stderr
    in_workers, in_main_thread, automatic = child.stdout.split()
    assert (int(in_workers), automatic) == (0, "False")
    assert int(in_main_thread) > 0
