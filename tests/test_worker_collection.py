"""The window's worker threads never collect garbage (app/collection.py): a collection
there could destroy a Qt object of the window's thread and deadlock the two threads."""

from __future__ import annotations

import gc
import threading

from cica_desktop.app.collection import collection_paused


def test_collection_is_paused_while_any_worker_runs_and_resumes_after() -> None:
    assert gc.isenabled()
    started, release = threading.Event(), threading.Event()

    def worker() -> None:
        with collection_paused():
            started.set()
            release.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    started.wait(10)
    with collection_paused():  # a second worker at the same time
        assert not gc.isenabled()
    assert not gc.isenabled()  # the first one still runs
    release.set()
    thread.join(10)
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
