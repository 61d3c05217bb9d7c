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
the collections that do run later skip those objects. The window's process switches
automatic collection off for good (`collect_by_hand`) and collects in its own thread
(app/collection.py); a pause ending then never switches it back on.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pausers = 0
_was_enabled = True
#: Automatic collection is off for good: one thread collects by hand (app/collection.py).
_by_hand = False


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
            if not _by_hand:  # else it is the state collect_by_hand gives back
                _was_enabled = gc.isenabled()
            gc.disable()
        _pausers += 1
    try:
        yield
    finally:
        with _lock:
            _pausers -= 1
            if _pausers == 0 and _was_enabled and not _by_hand:
                gc.enable()


def paused() -> bool:
    """Whether a block of `collection_paused` is running in some thread."""
    return _pausers > 0


def collect_by_hand(on: bool) -> None:
    """Switch automatic collection off for good (*on*), a thread of the caller's collecting
    by hand instead, or give it back as it was before.

    Counted with the pauses: a pause that began while automatic collection was on does not
    turn it back on at its end while collection is by hand, and one running when collection
    by hand ends turns it on at its end (it would have without the hand collection). What
    is given back is the state found when collection by hand began: a gc.disable() of
    someone else's meanwhile is not kept."""
    global _by_hand, _was_enabled
    with _lock:
        if on == _by_hand:
            return
        if on:
            _was_enabled = gc.isenabled() if _pausers == 0 else _was_enabled
            gc.disable()
        elif _pausers == 0 and _was_enabled:
            gc.enable()
        _by_hand = on


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
