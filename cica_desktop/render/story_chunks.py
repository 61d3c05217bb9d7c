"""reportlab's story, handed over a chunk at a time, so its layout stays linear.

reportlab's doc template takes each flowable from the front of its story list
(`del flowables[0]`) and puts split parts and keep-with-next groups back at the front: each
of these moves every pointer behind it. Over a story of n flowables that is about n²/2 moves,
the one part of a render that grows faster than the document (counted with valgrind, the
copying this takes away: 29 million instructions in a 150-page Chinese package, 132 million
in that package twice over; docs/PERFORMANCE.md, eighth pass).

So reportlab gets a list of the first `CHUNK` flowables, ending in a `NextChunk`: an action
that, when reportlab reaches it, appends the next chunk (and the next `NextChunk`). Nothing
else changes: reportlab reads only the front of its list, and its two looks past the
front are kept away from a chunk's end. A keep-with-next chain (`handle_keepWithNext`)
stops at the first flowable that does not keep with the next, so a chunk only ends after
such a flowable, never inside a chain; and `build` drops a `PageBreakIfNotEmpty` at the
front of a fresh page, so a chunk never ends just before one. The PDFs are byte-identical
(tests/test_pdf_story_chunks.py).

For `BaseDocTemplate.build` only: `multiBuild` lays out a copy of the list (the chunks
would go to the original), and `_onProgress` would count only the first chunk. Neither is
used here.

The flowables not yet handed over wait in a deque that lets go of each as it moves, so
drawn flowables are freed as before (nothing here keeps them).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import ActionFlowable, PageBreakIfNotEmpty

#: Flowables per chunk (at least; a chunk runs on to the end of a keep-with-next chain).
#: Its own moves are CHUNK²/2 pointers a chunk: negligible at this size.
CHUNK = 256


class NextChunk(ActionFlowable):  # type: ignore[misc]
    """Where reportlab, reaching it, appends the story's next chunk to its list. It is then
    the list's last flowable (reportlab inserts only at the front), so the chunk goes where
    the rest of the story was."""

    def __init__(self, story: list[Flowable], waiting: deque[Flowable]) -> None:
        super().__init__(("nextChunk",))
        self._story = story
        self._waiting = waiting

    def apply(self, doc: object) -> None:
        hand_over(self._story, self._waiting)


def hand_over(story: list[Flowable], waiting: deque[Flowable]) -> None:
    """Move the next chunk from *waiting* to the end of *story*, followed by a `NextChunk`
    if any is left. A chunk ends only where reportlab does not look past it (see the
    module's docstring)."""
    moved = 0
    while waiting:
        flowable = waiting.popleft()
        story.append(flowable)
        moved += 1
        if moved >= CHUNK and waiting and can_end_chunk(flowable, waiting[0]):
            story.append(NextChunk(story, waiting))
            return


def can_end_chunk(last: Flowable, following: Flowable) -> bool:
    """Whether a chunk may end between *last* and *following*."""
    return not last.getKeepWithNext() and not isinstance(following, PageBreakIfNotEmpty)


def chunked_story(flowables: Iterable[Flowable]) -> list[Flowable]:
    """The list to give reportlab's `build` for *flowables*: their first chunk, then the
    others as it reaches them."""
    story: list[Flowable] = []
    hand_over(story, deque(flowables))
    return story
