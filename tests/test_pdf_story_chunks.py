"""reportlab gets the story a chunk at a time (render/story_chunks.py), which keeps its
layout linear in the document's length, and changes nothing in the PDF: the same bytes
whatever the chunk size, keep-with-next chains never cut, drawn flowables still freed."""

from __future__ import annotations

import hashlib
import weakref
from collections import deque

import pytest
from reportlab import rl_config
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus.doctemplate import PageBreakIfNotEmpty

from cica_desktop.compose import Part, compose
from cica_desktop.model import load_project
from cica_desktop.render import pdf_bytes, story_chunks
from cica_desktop.render.story_chunks import NextChunk, chunked_story, hand_over
from cica_desktop.samples import sample_path

LANGUAGES = ("zh", "en", "fr", "es", "ru", "ar")


def spacer(keep_with_next: bool = False) -> Spacer:
    flowable = Spacer(0, 1)
    flowable.keepWithNext = int(keep_with_next)
    return flowable


def drain(story: list[Flowable]) -> list[Flowable]:
    """What reportlab's build does with the story's front, without the layout: take each
    flowable off the front and apply the actions. The flowables in the order handled."""
    handled = []
    while story:
        flowable = story.pop(0)
        if isinstance(flowable, NextChunk):
            flowable.apply(None)
        else:
            handled.append(flowable)
    return handled


def test_a_long_story_is_handed_over_in_chunks_and_in_order(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_chunks, "CHUNK", 4)
    flowables = [spacer() for _ in range(10)]
    story = chunked_story(flowables)
    assert story[:4] == flowables[:4]
    assert isinstance(story[4], NextChunk) and len(story) == 5
    assert drain(story) == flowables


def test_a_short_story_is_handed_over_whole() -> None:
    flowables = [spacer() for _ in range(10)]
    assert chunked_story(flowables) == flowables


def test_a_chunk_ends_only_after_a_flowable_that_does_not_keep_with_the_next(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """reportlab groups a keep-with-next chain by looking ahead in its list: a chunk's end
    inside the chain would cut the group (a heading alone at the foot of a page)."""
    monkeypatch.setattr(story_chunks, "CHUNK", 2)
    chain = [spacer(keep_with_next=True) for _ in range(5)]
    flowables = [spacer(), *chain, spacer(), spacer(), spacer()]
    story: list[Flowable] = []
    hand_over(story, deque(flowables))
    # The chunk runs past its two flowables to the end of the chain, the one after it.
    assert story[:-1] == flowables[:7]
    assert isinstance(story[-1], NextChunk)
    assert not story[-2].getKeepWithNext()
    assert drain(story) == flowables


def test_a_chunk_does_not_end_just_before_a_page_break_if_not_empty(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """reportlab drops a `PageBreakIfNotEmpty` at the front of a fresh page, looking for it
    before any action at the front is applied."""
    monkeypatch.setattr(story_chunks, "CHUNK", 2)
    flowables = [spacer(), spacer(), PageBreakIfNotEmpty(), spacer(), spacer()]
    story = chunked_story(flowables)
    assert story[:-1] == flowables[:3]
    assert isinstance(story[-1], NextChunk)
    assert drain(story) == flowables


def test_flowables_handed_over_are_not_kept_by_the_chunks(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A long document's laid-out flowables are freed as reportlab drops them."""
    monkeypatch.setattr(story_chunks, "CHUNK", 3)
    flowables = [spacer() for _ in range(9)]
    watched = [weakref.ref(flowables[i]) for i in (0, 4)]  # in the first and second chunk
    story = chunked_story(flowables)
    del flowables
    story.pop(0)
    assert watched[0]() is None
    del story[:2]
    first_next_chunk = story.pop(0)
    first_next_chunk.apply(None)  # as reportlab applies it, once taken off the list
    applied = weakref.ref(first_next_chunk)
    del first_next_chunk
    assert applied() is None
    assert watched[1]() is not None
    del story[:2]  # the second chunk's first two, handed over by the NextChunk
    assert watched[1]() is None


def pdf_and_report(language: str) -> tuple[str, object, object, int]:
    """The package PDF's digest, and what its report says of pages and positions."""
    data, report = pdf_bytes(compose(load_project(sample_path(language)), Part.PACKAGE))
    return (hashlib.sha256(data).hexdigest(), report.source_positions, report.anchor_pages,
            report.pages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pdf_is_the_same_whatever_the_chunk_size(
        language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A chunk of one flowable puts a `NextChunk` after every flowable that does not keep
    with the next: between paragraphs, around tables and lists, across page breaks. The
report (pages, where each block starts, anchors) is the same too."""
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random file ids
    monkeypatch.setattr(story_chunks, "CHUNK", 10**9)
    whole = pdf_and_report(language)
    monkeypatch.setattr(story_chunks, "CHUNK", 1)
    assert pdf_and_report(language) == whole
