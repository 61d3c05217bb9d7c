"""Pausing Python's cyclic garbage collector while a document is built.

Rendering allocates hundreds of thousands of short-lived objects (reportlab's fragments,
lines, PDF objects; lxml proxies; our own runs). Each allocation counts toward the
collector's thresholds, and every tenth young collection becomes an older one that walks
every object the process holds, the fonts' tables and the model's classes included. On a
150-page package that walking was about a third of the PDF's time (docs/PERFORMANCE.md,
"Second pass"). A render leaves no reference cycles (tests/test_render_garbage.py), so
reference counting frees everything it drops; whatever else made cycles meanwhile is
collected by the first collection after the pause, as it would have been.

`collection_paused()` nests, is counted across threads, and gives the collector back in
the state it found it: a caller that had switched it off keeps it off. The entry point
imports without collections and freezes what its imports made (`imports_uncollected`), so
the collections that do run later skip those objects.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pausers = 0
_was_enabled = True


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (reference counting goes on).

    Counted across threads and nested blocks: the collector's state is taken by the first
    to pause it and given back when the last one ends, so a render ending in one thread
    never turns collection back on under another still rendering (the window's worker
    threads must not collect at all: app/collection.py says why)."""
    global _pausers, _was_enabled
    with _lock:
        if _pausers == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pausers += 1
    try:
        yield
    finally:
        with _lock:
            _pausers -= 1
            if _pausers == 0 and _was_enabled:
                gc.enable()


@contextmanager
def imports_uncollected() -> Iterator[None]:
    """Import inside the block without collections, then freeze what was imported.

    Importing our modules, reportlab, python-docx and pydantic makes tens of thousands of
    objects (classes, functions, schemas) that live as long as the process; each older
    collection during the imports walks all of them again (about 60 ms of a cold
    `build`). Frozen afterwards (gc.freeze), later collections skip them too. For the
    entry point, whose process imports once and then works."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
