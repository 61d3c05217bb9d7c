"""No garbage collection in the window's worker threads.

Python collects garbage in whichever thread happens to allocate. A test run froze for good
when the preview's worker thread, rendering a PDF, collected a reference cycle that held a
Qt object made by the window's thread: the object's C++ destructor took Qt's lock on
signal connections and then waited for the interpreter lock, while the window's thread
held the interpreter lock and waited for that Qt lock (both threads seen waiting in a
py-spy dump). So every worker (the preview, the exports, the spelling loader) runs with
automatic collection paused; the window's thread collects as usual once they are done.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_workers = 0
_was_enabled = True


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause automatic garbage collection while this worker runs (counted across workers:
    collection resumes, if it was on, when the last one ends)."""
    global _workers, _was_enabled
    with _lock:
        if _workers == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _workers += 1
    try:
        yield
    finally:
        with _lock:
            _workers -= 1
            if _workers == 0 and _was_enabled:
                gc.enable()
