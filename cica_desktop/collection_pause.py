"""Pausing Python's cyclic garbage collector while a document is built.

Rendering allocates hundreds of thousands of short-lived objects (reportlab's fragments,
lines, PDF objects; lxml proxies; our own runs). Each allocation counts toward the
collector's thresholds, and every tenth young collection becomes an older one that walks
every object the process holds, the fonts' tables and the model's classes included. On a
150-page package that walking was about a third of the PDF's time (measured in
docs/PERFORMANCE.md, "Garbage collection"). Reference counting frees nearly everything a
render drops; the few cycles it leaves (reportlab's canvas and document template refer to
each other) are collected by the next collection after the pause, as they would have been.

`collection_paused()` nests and restores the collector's state as it found it: a caller
that had switched it off keeps it off. The entry point imports without collections and
freezes what its imports made (`imports_uncollected`), so the collections that do run
later skip those objects.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (reference counting goes on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
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
