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

# The pause itself is the core's (the renderers pause collection too), counted across
# threads: it is on again when the last worker or render ends.
from ..collection_pause import collection_paused as collection_paused
