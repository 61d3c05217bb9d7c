"""Composing and rendering to PDF leave no reference cycles behind.

Everything a render makes is freed by reference counting the moment it is dropped; none
of it waits for Python's cyclic garbage collector, which would walk it all again (on a
150-page package that walk cost about a third of the PDF's time, docs/PERFORMANCE.md).
A change that brings back a cycle (a bound method kept on its own instance, a class made
per render, a state snapshot holding its own list) fails here, naming what it left."""

from __future__ import annotations

import dataclasses
import gc
import itertools
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from cica_desktop.compose import Layout, Part, compose
from cica_desktop.document import Document, Paragraph
from cica_desktop.model import Package, load_project
from cica_desktop.render import pdf_bytes, story_chunks
from cica_desktop.samples import sample_path

LANGUAGES = ("zh", "en", "fr", "es", "ru", "ar")


@contextmanager
def cycles_left() -> Iterator[list[object]]:
    """The objects the block left in reference cycles (the collector's garbage)."""
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    left: list[object] = []
    try:
        yield left
        gc.collect()
        left.extend(gc.garbage)
    finally:
        gc.garbage.clear()
        gc.set_debug(0)
        if was_enabled:
            gc.enable()


def described(objects: list[object]) -> str:
    return ", ".join(f"{count} {name}" for name, count in
                     Counter(type(o).__qualname__ for o in objects).most_common(8))


def assert_no_cycles(action: Callable[[], object]) -> None:
    action()  # caches filled (fonts, templates, styles): they are kept, not garbage
    with cycles_left() as left:
        action()
    assert not left, f"left in reference cycles: {described(left)}"


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "fr"])
def test_composing_a_package_leaves_no_cycles(language: str) -> None:
    package = load_project(sample_path(language))
    assert_no_cycles(lambda: compose(package, Part.PACKAGE))


def test_composing_french_leaves_only_the_letter_headings_macro() -> None:
    """French letter headings call a Jinja macro (`de()`, the article before the State's
    name), and a Jinja macro call leaves its context in a cycle: a dozen objects per
    letter, whatever the length of the package."""
    package = load_project(sample_path("fr"))
    compose(package, Part.PACKAGE)
    with cycles_left() as left:
        compose(package, Part.PACKAGE)
    assert any(type(o).__name__ == "Macro" for o in left)
    assert len(left) < 40, described(left)


#: reportlab gets the story in chunks (render/story_chunks.py): a sample's package fits in
#: one of the usual size, so each test also runs with chunks of a few flowables.
CHUNKS = (story_chunks.CHUNK, 4)


@pytest.mark.parametrize("chunk", CHUNKS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_rendering_a_package_to_pdf_leaves_no_cycles(
        language: str, chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_chunks, "CHUNK", chunk)
    document = compose(load_project(sample_path(language)), Part.PACKAGE)
    assert_no_cycles(lambda: pdf_bytes(document))


def with_revision_marks(document: Document) -> Document:
    """*document* with its paragraphs marked alternately inserted and deleted, as a
    comparison prints them (underlined, struck through)."""
    marks = itertools.cycle(("ins", "del"))
    return dataclasses.replace(document, blocks=tuple(
        dataclasses.replace(block, runs=tuple(dataclasses.replace(run, revision=next(marks))
                                              for run in block.runs))
        if isinstance(block, Paragraph) else block
        for block in document.blocks))


@pytest.mark.parametrize("language", ("zh", "en", "ar"))
def test_underlined_and_struck_text_leaves_no_cycles(language: str) -> None:
    """reportlab gives the text object of an underlined line a method bound to itself."""
    document = with_revision_marks(compose(load_project(sample_path(language)), Part.PACKAGE))
    assert_no_cycles(lambda: pdf_bytes(document))


def test_the_mission_letter_leaves_no_cycles(zh_package: Package) -> None:
    mission = compose(zh_package, Part.LETTER, Layout.MISSION)
    assert_no_cycles(lambda: pdf_bytes(mission))


def test_the_collector_is_left_as_it_was_found() -> None:
    """A render pauses the collector and turns it back on only if it was on."""
    document = compose(load_project(sample_path("en")), Part.LETTER)
    assert gc.isenabled()
    pdf_bytes(document)
    assert gc.isenabled()
    gc.disable()
    try:
        pdf_bytes(document)
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("chunk", CHUNKS)
@pytest.mark.parametrize("language", ["zh", "en", "ar"])
def test_what_is_drawn_is_let_go_before_the_file_is_written(
        language: str, chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """reportlab drops each flowable once it is drawn; nothing of ours may keep one (nor
    the lines it laid out) until the end of the render, when the pages are written: on
    a long document that was half of its peak memory and 2 to 5% of its time."""
    from reportlab.platypus import Flowable, Table
    from reportlab.platypus import Paragraph as RLParagraph

    from cica_desktop.render import pdf_page

    def content(o: object) -> bool:
        """A paragraph or table of the document (not reportlab's own page actions)."""
        return isinstance(o, Flowable) and (
            isinstance(o, RLParagraph | Table) or type(o).__module__.startswith("cica"))

    alive: list[str] = []
    save = pdf_page._DeferredCanvas.save

    def counting_save(canvas: pdf_page._DeferredCanvas) -> None:
        alive.extend(type(o).__qualname__ for o in gc.get_objects()
                     if content(o) and id(o) not in before)
        save(canvas)

    monkeypatch.setattr(pdf_page._DeferredCanvas, "save", counting_save)
    monkeypatch.setattr(story_chunks, "CHUNK", chunk)
    document = compose(load_project(sample_path(language)), Part.PACKAGE)
    # Only this render's flowables count, not any an earlier test left alive.
    before = {id(o) for o in gc.get_objects() if content(o)}
    pdf_bytes(document)
    # reportlab's build still holds the last flowable it handled (the end rule).
    assert len(alive) <= 1, f"laid-out flowables still alive: {Counter(alive)}"
