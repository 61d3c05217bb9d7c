"""References to None and True that PySide6 6.12.0 hands out without taking them.

On Python 3.11, PySide6 6.12.0 returns None from methods without a result (measured:
`setObjectName`, `QTimer.start`, `QTextDocument.setPlainText`, and `parent()` when there is
none) and True from every `Signal.emit` without adding the reference the caller will give
back: each such call leaves None or True with one reference fewer (measured: -1 per call,
whatever the method's arguments, a signal connected or not, blocked or not; results that
are objects of their own, and signals Qt emits to our slots, lose nothing). Python 3.12 and
later never free None, True and False (they are immortal, PEP 683), which is what the wheel
appears to count on; on 3.11 their counts are ordinary ones. With the window open True has
about 6,000 references and None about 25,000; a keystroke takes two from True and three
from None. After about 3,000 keystrokes True's count reached zero and the interpreter
aborted ("Fatal Python error: bool_dealloc: deallocating True or False"), taking with it
whatever was typed since the last autosave; None would have followed at about 8,000.

`protect_singletons()` gives None, True and False about 2**40 references more each on
Python 3.11 (on a 64-bit build; `ADDED_REFERENCES` says why not exactly): a thousand lost
references a second would take thirty years to use them up. It does so without asking
PySide6 (importing Qt here would slow the start of the render process, which has none), and
on Python 3.12 and later does nothing, as they are immortal there. False was not seen
losing references; it is guarded as 3.12 guards it, at no cost. The references are written
where CPython keeps an object's count, after checking that the value found there is that
count; where it is not (an unusual build of Python), a million references to each are held
in a list instead. Called when the app package is imported, which the window's entry point
does before any call to Qt (ui/ imports app/ first) and tests/conftest.py does for the
tests; a script of its own that calls Qt should import it first
(tests/test_pyside_references.py; docs/LIBRARIES.md, Qt).
"""

from __future__ import annotations

import ctypes
import sys

#: The objects guarded: those Python 3.12 makes immortal and C code returns most.
SINGLETONS: tuple[object, ...] = (None, True, False)
#: References added to each where Py_ssize_t has 64 bits: 2**40, plus 3 * 2**30 so that the
#: count's low 32 bits read as negative, as an immortal object's do. Extensions built for
#: Python 3.12 and later tell an immortal object by those bits alone and then take no more
#: references from it (measured: with them, typing into the window raised the counts of
#: None and True instead of lowering them). (No 32-bit PySide6 exists; there, a quarter of
#: the range.)
ADDED_REFERENCES = (1 << 40) + (3 << 30) if sys.maxsize > 1 << 32 else sys.maxsize >> 2
#: Without a count field to write, references held in a list instead (8 MB each).
HELD_REFERENCES = 1 << 20
_held: list[object] = []
_protected = False


def reference_count_field(obj: object) -> ctypes.c_ssize_t | None:
    """The field holding *obj*'s reference count in CPython's object header, or None when
    the value there is not its count (another layout)."""
    if sys.implementation.name != "cpython":
        return None
    field = ctypes.c_ssize_t.from_address(id(obj))
    # sys.getrefcount counts its own argument's reference, and one more on some versions.
    return field if 0 <= sys.getrefcount(obj) - field.value <= 2 else None


def protect_singletons() -> bool:
    """Give None, True and False enough references to outlive a session's lost ones, on a
    Python that can free them, once per process (False when there is nothing to do: on
    Python 3.12 and later, or done already)."""
    global _protected
    if sys.version_info >= (3, 12) or _protected:
        return False
    _protected = True
    for singleton in SINGLETONS:
        field = reference_count_field(singleton)
        if field is not None:
            field.value += ADDED_REFERENCES
        else:
            _held.extend([singleton] * HELD_REFERENCES)
    return True
