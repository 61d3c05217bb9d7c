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
off for the whole process, and a timer in the window's thread runs, once a second, the
collection the automatic collector would have reached by then, by its thresholds. A worker
then never collects by itself, whatever it runs (only an explicit gc.collect() would: none
is called outside the window's thread; a gc.enable() elsewhere is undone at the next tick).
While a worker's job runs (a render), the timer waits, as the automatic collector did; the
window's own garbage is collected when the job is done. While the window's thread is busy
outside the event loop (opening a large project), nothing collects until it is back.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..collection_pause import collect_by_hand

# Still paused around each worker's job: a render keeps its speed (collection_pause.py).
from ..collection_pause import collection_paused as collection_paused
from ..collection_pause import paused as paused

#: How often the window's thread looks at the collector's counts.
INTERVAL_MS = 1000


class WindowThreadCollection(QObject):
    """Automatic collection off; the thread that makes this collects on a timer instead (a
    QTimer fires in the thread of its object, so the ticks run in that thread only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        collect_by_hand(True)
        self._timer.start()

    def collect_due(self) -> int:
        """One collection, of the generation the automatic collector would have reached by
        now; the number of objects found unreachable. Nothing while a worker's job pauses
        collection, nor when the thresholds say never (a first threshold of 0).

        The collector starts a young collection each time the young generation's count
        (objects allocated less those freed) passes the first threshold, and an older
        generation's count is the collections of the one below since its own last. A
        second's allocations count here as the young collections they would have started,
        so the middle and oldest generations come round about as often as they would have
        (CPython's further check that a full collection is worth it, a quarter of the
        long-lived objects being new, is not visible from Python and is left out; the
        objects frozen after the window's start are outside every collection anyway)."""
        if gc.isenabled():  # switched back on behind our back (gc.enable() somewhere)
            gc.disable()
        if paused():
            return 0
        young, middle, old = gc.get_count()
        first, second, third = gc.get_threshold()
        if first == 0 or young <= first:
            return 0
        middle += young // (first + 1)
        if middle <= second:
            return gc.collect(0)
        old += middle // (second + 1)
        return gc.collect(2 if old > third else 1)

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
        application = QCoreApplication.instance()
        if application is None:  # no event loop: nothing would ever collect
            raise RuntimeError("collecting in the window's thread needs a QApplication")
        _installed = WindowThreadCollection(application)
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
