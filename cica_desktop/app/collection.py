"""Garbage is collected in the window's thread only, never in a worker thread.

Python collects garbage in whichever thread happens to allocate. A test run froze for good
when the preview's worker thread, rendering a PDF, collected a reference cycle that held a
Qt object made by the window's thread: the object's C++ destructor took Qt's lock on
signal connections and then waited for the interpreter lock, while the window's thread
held the interpreter lock and waited for that Qt lock (both threads seen waiting in a
py-spy dump).

The first fix paused automatic collection while a worker's job ran (`collection_paused`),
but a worker still runs Python outside its job: a signal emitted after the block, the
thread's own start and end, the runnable's clean-up. CI froze again in the middle of the
window tests (2026-12-01, no dump). So the window's process now collects the way long-lived
PyQt and PySide applications do (the "GarbageCollector" recipe, posted on the PyDev blog in
2014 and used since in OpenCue's Qt tools, among others): automatic collection is switched
off for the whole process, and a timer in the window's thread runs the collections the
collector would have run, by the same thresholds, once a second. A worker can then never
collect, whatever it runs. While a worker's job runs (a render), the timer waits, as the
automatic collector did; the window's own garbage is collected when the job is done.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..collection_pause import collect_by_hand

# Still paused around each worker's job: a render keeps its speed (collection_pause.py).
from ..collection_pause import collection_paused as collection_paused
from ..collection_pause import paused as paused

#: How often the window's thread looks at the collector's counts.
INTERVAL_MS = 1000


class WindowThreadCollection(QObject):
    """Automatic collection off; the thread that makes this collects on a timer instead."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread_id = threading.get_ident()
        #: The automatic collector's thresholds when this took over (gc.get_threshold).
        self.thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        collect_by_hand(True)
        self._timer.start()

    def collect_due(self) -> int:
        """Run the collections the automatic collector would have run by now (the youngest
        generation once its count passes its threshold, the older ones as theirs do); the
        number of objects found unreachable. Nothing while a worker's job pauses
        collection."""
        if paused() or threading.get_ident() != self.thread_id:
            return 0
        young, middle, old = gc.get_count()
        first, second, third = self.thresholds
        if young <= first:
            return 0
        # As CPython picks: the oldest generation whose count (collections of the one
        # below since its own last) has passed its threshold.
        return gc.collect(2 if old > third else 1 if middle > second else 0)

    def stop(self) -> None:
        """Give collection back to the collector (and collect once, here)."""
        self._timer.stop()
        gc.collect()
        collect_by_hand(False)


_installed: WindowThreadCollection | None = None


def collect_in_window_thread() -> WindowThreadCollection:
    """Collect garbage in this thread (the window's) only, from now on; once per
    application (it lives as long as the QApplication)."""
    global _installed
    if _installed is None:
        _installed = WindowThreadCollection(QCoreApplication.instance())
        _installed.destroyed.connect(_forget)
    return _installed


def stop_window_thread_collection() -> None:
    """Automatic collection again, as before (for tests: each starts as it found it)."""
    global _installed
    if _installed is not None:
        installed, _installed = _installed, None
        installed.destroyed.disconnect(_forget)
        installed.stop()
        installed.deleteLater()


def _forget(*_args: object) -> None:
    global _installed
    _installed = None
    collect_by_hand(False)  # the application is gone: nothing collects by hand any more
