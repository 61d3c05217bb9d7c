"""The live preview renders in a process of its own (app/preview_process.py): an edit
reaches the preview, a long package shows the edited page first, an older render is never
shown after a newer one was asked for, and a render process that dies is replaced."""

from __future__ import annotations

import io
import os
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from gui_helpers import editor, open_window, type_text
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QProcess
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from cica_desktop.app.jobs import PreviewRenderer
from cica_desktop.app.paths import path_text
from cica_desktop.app.preview_client import CUT_FROM_PAGES, RenderProcess, _slice
from cica_desktop.app.preview_process import RenderReply, RenderRequest, cut_package, render
from cica_desktop.model import FieldError, Package


def own_lane() -> RenderProcess:
    """A render process of the test's own, owned by the application as the shared ones
    are (an unparented one is safe too: tests/test_render_process_lifetime.py)."""
    return RenderProcess(QCoreApplication.instance())


def pdf_words(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join("".join((page.extract_text() or "").split()) for page in pdf.pages)


def pages_of(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


def long_data(package: Package, factor: int = 4) -> dict[str, object]:
    """*package* with its memorandum's paragraphs repeated *factor* times (some 16 pages)."""
    memorandum = package.annexes[0]
    grown = memorandum.model_copy(update={"blocks": memorandum.blocks * factor})
    return package.model_copy(update={"annexes": (grown, *package.annexes[1:])}).model_dump(
        mode="json")


def test_typing_reaches_the_preview_with_the_text_typed(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    qtbot.waitUntil(lambda: window.preview.document.pageCount() > 0, timeout=20_000)
    window.go_to_path(("annexes", 0, "blocks", 1, "text"))
    field = editor(window, "annexes[0].blocks[1].text")
    assert isinstance(field, QTextEdit)
    field.moveCursor(field.textCursor().MoveOperation.End)
    with qtbot.waitSignal(window.preview_renderer.rendered, timeout=20_000) as rendered:
        type_text(field, " Zanzibarian")
    assert "Zanzibarian" in pdf_words(rendered.args[0])
    # the shown pages hold it, and the preview knows where the paragraph is
    document = window.preview.document
    shown = "".join(document.getAllText(page).text() for page in range(document.pageCount()))
    assert "Zanzibarian" in shown
    assert window.preview.source_of("annexes[0].blocks[1].text") == "annexes[0].blocks[1]"


@dataclass(frozen=True)
class Edit:
    """A long package rendered whole, then one of its memorandum's paragraphs edited: the
    whole render before, the first pass of the edit, the whole render after it."""

    before: tuple[Any, ...]
    first: bytes
    after: tuple[Any, ...]
    lane: RenderProcess


def edit_long_package(qtbot: QtBot, package: Package, block: int | None = None) -> Edit:
    """Render the long package, let the first-pass process warm up, then add a word to
    memorandum block *block* (the last but one when None) with the focus in it."""
    data = long_data(package)
    renderer = PreviewRenderer(delay_ms=0)
    with qtbot.waitSignal(renderer.rendered, timeout=30_000) as whole:
        renderer.render_now(data)
    # a package this long gets a second process for first passes, started and warmed up now
    lane = RenderProcess.shared("first")
    qtbot.waitUntil(lambda: lane._ready and lane._busy is None and not lane._waiting,
                    timeout=30_000)
    blocks = data["annexes"][0]["blocks"]  # type: ignore[index]
    index = len(blocks) - 2 if block is None else block
    blocks[index]["text"] += " Zanzibarian"
    firsts: list[bytes] = []
    renderer.rendered_first.connect(lambda pdf, *_rest: firsts.append(pdf))
    with qtbot.waitSignal(renderer.rendered, timeout=30_000) as again:
        renderer.request(data, focus=path_text(("annexes", 0, "blocks", index, "text")))
    [first] = firsts
    return Edit(tuple(whole.args), first, tuple(again.args), lane)


def test_a_long_package_shows_the_edited_page_first_then_the_whole(
        qtbot: QtBot, en_package: Package) -> None:
    edit = edit_long_package(qtbot, en_package, block=4)
    pages = pages_of(edit.before[0])
    assert pages >= CUT_FROM_PAGES
    assert "Zanzibarian" in pdf_words(edit.first)
    assert pages_of(edit.first) < pages  # only up to the edited page …
    assert "Zanzibarian" in pdf_words(edit.after[0])
    assert pages_of(edit.after[0]) == pages  # … then all of it


def test_an_edit_late_in_the_package_is_drawn_first_without_the_pages_before(
        qtbot: QtBot, en_package: Package) -> None:
    """The first pass lays out the pages before the edited one but draws only from the
    page above it: they come out blank, until the whole replaces them."""
    edit = edit_long_package(qtbot, en_package)
    pages = pages_of(edit.before[0])
    last = len(en_package.annexes[0].blocks) * 4 - 2  # long_data repeats them 4 times
    with pdfplumber.open(io.BytesIO(edit.first)) as pdf:
        texts = ["".join((page.extract_text() or "").split()) for page in pdf.pages]
    page = edit.before[3][f"annexes[0].blocks[{last}]"][0]  # where the edited block was
    assert page >= 3
    drawn = [index for index, text in enumerate(texts) if text]
    assert drawn[0] == page - 1  # from the page above the edited one; those before blank
    assert "Zanzibarian" in "".join(texts)
    assert pages_of(edit.after[0]) == pages
    assert all(pdf_words(edit.after[0]))
    if hasattr(os, "getpriority"):  # the whole yields the processor to the first pass
        whole_lane, lane = RenderProcess.shared("whole"), edit.lane
        assert whole_lane.pid is not None and lane.pid is not None
        niceness = os.getpriority(os.PRIO_PROCESS, os.getpid())
        assert os.getpriority(os.PRIO_PROCESS, whole_lane.pid) > niceness
        assert os.getpriority(os.PRIO_PROCESS, lane.pid) == niceness


def test_the_cut_keeps_everything_before_the_edited_block(en_package: Package) -> None:
    cut = cut_package(en_package, "annexes[0].blocks[3]", 2)
    assert cut.letter == en_package.letter
    assert cut.annexes[0].blocks == en_package.annexes[0].blocks[:6]  # type: ignore[union-attr]
    assert len(cut.annexes) == 1
    assert cut_package(en_package, "letter.blocks[0]", 1).annexes == ()


def test_an_older_render_is_never_shown_after_a_newer_one_was_asked_for(
        qtbot: QtBot, en_package: Package) -> None:
    renderer = PreviewRenderer(delay_ms=0)
    shown: list[bytes] = []
    renderer.rendered.connect(lambda pdf, *_rest: shown.append(pdf))
    older = en_package.model_dump(mode="json")
    older["item_title"] = "Older title of the item"
    newer = en_package.model_dump(mode="json")
    newer["item_title"] = "Newer title of the item"
    renderer.render_now(older)  # under way in the render process …
    renderer.render_now(newer)  # … when the data changes again
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert renderer.wait(30_000)
    assert len(shown) == 1
    assert "Newertitle" in pdf_words(shown[0]) and "Oldertitle" not in pdf_words(shown[0])


def test_a_draft_is_drafted_in_the_render_process_with_the_names_given(
        en_package: Package) -> None:
    data = en_package.model_dump(mode="json")
    data["item_title"] = ""
    reply = render(RenderRequest(1, data, (FieldError("item_title", "text.empty"),),
                                 {"item_title": "Title of the item"}))
    assert reply.failure is None
    assert "[Titleoftheitem]" in pdf_words(reply.pdf)
    wrong = dict(data, symbol="a/62/232")
    reply = render(RenderRequest(2, wrong, (FieldError("symbol", "string.pattern"),)))
    assert reply.pdf == b"" and reply.failure is None  # no draft: the window says why


def test_a_render_process_that_dies_is_replaced(qtbot: QtBot, en_package: Package) -> None:
    renderer = PreviewRenderer(delay_ms=0)
    shown: list[bytes] = []
    failures: list[str] = []
    renderer.rendered.connect(lambda pdf, *_rest: shown.append(pdf))
    renderer.failed.connect(failures.append)
    renderer.render_now(en_package)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    shared = RenderProcess.shared()
    process, pid = shared._process, shared.pid
    assert process is not None and pid is not None
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: shared._process is not process, timeout=10_000)
    # The request after it either fails, saying why, or already finds a new process …
    renderer.render_now(en_package)
    qtbot.waitUntil(lambda: len(shown) == 2 or bool(failures), timeout=30_000)
    assert all("render process stopped" in failure for failure in failures)
    # … and the one after that is rendered by a new process.
    renderer.render_now(en_package)
    qtbot.waitUntil(lambda: len(shown) >= 2 and len(shown) + len(failures) >= 3,
                    timeout=30_000)
    assert RenderProcess.shared()._process is not process
    assert "".join(en_package.item_title.split()) in pdf_words(shown[-1])


def test_a_render_process_that_cannot_start_fails_the_request_without_a_loop(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, en_package: Package) -> None:
    from cica_desktop.app import preview_client

    monkeypatch.setattr(preview_client, "_command",
                        lambda: [sys.executable, "-c", "import sys; sys.exit(3)"])
    broken = own_lane()
    replies: list[RenderReply] = []
    broken.submit(1, RenderRequest(7, en_package.model_dump(mode="json")), replies.append)
    qtbot.waitUntil(lambda: bool(replies), timeout=20_000)
    [reply] = replies
    assert reply.generation == 7 and reply.failure is not None
    assert "render process stopped" in reply.failure
    assert broken._process is None  # not started again until the next request


def test_stopping_a_lane_mid_render_fails_that_render_and_the_next_one_is_rendered(
        qtbot: QtBot, en_package: Package) -> None:
    renderer = PreviewRenderer(delay_ms=0)
    shown: list[bytes] = []
    failures: list[str] = []
    renderer.rendered.connect(lambda pdf, *_rest: shown.append(pdf))
    renderer.failed.connect(failures.append)
    renderer.render_now(en_package)
    assert renderer.wait(30_000) and len(shown) == 1
    renderer.render_now(en_package)  # sent at once: the process is ready and idle
    process = RenderProcess.shared()
    assert process.busy_with(renderer._client)
    process.stop()
    # the render under way fails, saying why, and the lane is free again …
    assert len(failures) == 1 and "render process stopped" in failures[0]
    assert process._busy is None and not process._waiting and process._process is None
    # … so the next request starts a new process and is rendered
    renderer.render_now(en_package)
    assert renderer.wait(30_000)
    assert len(shown) == 2 and len(failures) == 1


def test_closing_a_window_renders_nothing_more_for_it(
        qtbot: QtBot, tmp_path: Path, dialogs: object) -> None:
    window = open_window(qtbot, tmp_path, "en")
    qtbot.waitUntil(lambda: window.preview.document.pageCount() > 0, timeout=20_000)
    renderer = window.preview_renderer
    assert renderer.wait(30_000)
    process = RenderProcess.shared()
    after_close: list[str] = []
    renderer.started.connect(lambda: after_close.append("started"))
    renderer.rendered.connect(lambda *_args: after_close.append("rendered"))
    renderer.failed.connect(lambda *_args: after_close.append("failed"))
    renderer.render_now(window.project.data)  # under way when the window closes …
    renderer.request(window.project.data)  # … and the last keystroke still pending
    assert process.busy_with(renderer._client)
    after_close.clear()
    assert window.close()
    # the pending one is not started, the one under way is not waited for …
    assert after_close == []
    assert not renderer._timer.isActive() and renderer._client not in process._waiting
    # … and its result, once the process is done with it, goes nowhere
    qtbot.waitUntil(lambda: process._busy is None, timeout=30_000)
    assert after_close == []


def test_at_exit_a_lane_that_is_rendering_ends_promptly_and_answers_nothing(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from cica_desktop.app import preview_client

    # a render process that says it is ready and then renders for a minute
    monkeypatch.setattr(preview_client, "_command", lambda: [
        sys.executable, "-c",
        "import sys, time; from cica_desktop.app.preview_process import frame; "
        "sys.stdout.buffer.write(frame('ready')); sys.stdout.buffer.flush(); time.sleep(60)"])
    lane = own_lane()
    replies: list[RenderReply] = []
    lane.submit(1, RenderRequest(1, {}), replies.append)
    qtbot.waitUntil(lambda: lane.busy_with(1), timeout=20_000)
    process = lane._process
    assert process is not None
    started = time.monotonic()
    lane._exit()  # what atexit calls
    # killed after a short grace, not after five seconds (nor a minute); nothing answered
    assert time.monotonic() - started < 2
    assert process.state() == QProcess.ProcessState.NotRunning
    assert process.exitStatus() == QProcess.ExitStatus.CrashExit
    assert replies == [] and lane._process is None and lane._busy is None


def test_a_request_that_cannot_be_sent_fails_and_the_lane_goes_on(
        qtbot: QtBot, en_package: Package) -> None:
    lane = own_lane()
    replies: list[RenderReply] = []
    lane.submit(1, RenderRequest(1, {"unpicklable": lambda: None}), replies.append)
    qtbot.waitUntil(lambda: bool(replies), timeout=20_000)
    [failed] = replies
    assert failed.generation == 1 and failed.failure is not None
    assert "cannot go to its render process" in failed.failure
    assert lane._busy is None
    lane.submit(1, RenderRequest(2, en_package.model_dump(mode="json")), replies.append)
    assert lane.wait(1, -1)  # a negative time waits for good
    assert replies[1].generation == 2 and replies[1].failure is None and replies[1].pdf
    lane.stop()


def test_waiting_for_good_looks_again_every_50_ms_not_every_millisecond() -> None:
    assert _slice(QDeadlineTimer(-1)) == 50
    assert _slice(QDeadlineTimer(10_000)) == 50
    assert 1 <= _slice(QDeadlineTimer(20)) <= 20
