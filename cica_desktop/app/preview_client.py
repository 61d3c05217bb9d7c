"""The live preview's side of the render process (app/preview_process.py).

The window's thread only hands over the project's data (a pickle of a few hundred
kilobytes at most, written to a pipe) and shows the PDF that comes back; validating,
drafting, composing and rendering all happen in the other process, which shares neither
the interpreter lock nor the garbage collector with the window. One process serves every
window of the application, one request at a time; only the newest request of each window
waits its turn, and a reply to anything older is dropped, never shown.

An edit in a long package is rendered twice, side by side in two processes: the package
cut after the edited block (the pages up to it come out as in the whole, and sooner), and
the whole, which replaces it.

The process is a QProcess: Qt reads its pipes on every system (on Windows a pipe is no
socket, so neither a socket notifier nor select() can watch it), in the window's thread,
with no Python thread that could collect garbage beside it (app/collection.py).
"""

from __future__ import annotations

import atexit
import dataclasses
import re
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QProcess, QTimer, Signal

from ..findings import QT_TRANSLATE_NOOP
from .preview_process import MissionPreview, RenderReply, RenderRequest, frame, unframe

if TYPE_CHECKING:
    from ..model import FieldError

#: The client that warm-up renders are submitted as (windows count from 1).
_WARM_UP = 0

#: Blocks rendered after the edited one in the first pass, when the last render does not
#: say where the next pages begin.
MORE_BLOCKS = 12
#: The first pass is worth it for a package this long.
CUT_FROM_PAGES = 12


def _command() -> list[str]:
    """How to start the render process: this interpreter, running its module. A frozen
    application (the bundle) takes `-m` too: its launcher (packaging/launcher.py) runs our
    module as Python would."""
    return [sys.executable, "-m", "cica_desktop.app.preview_process"]


class RenderProcess(QObject):
    """The render process, started once and shared; restarted if it ever stops.

    Its QProcess is its child, and the process ends when it is deleted, with or without a
    Qt parent. No connection of the QProcess holds the lane (only its bound methods, which
    Qt disconnects when either side goes): a lambda holding it kept an unparented lane
    alive until the QProcess was deleted, and the lane, collected from inside the
    QProcess's destructor, deleted the QProcess a second time (a crash).
    """

    #: The processes by lane: "whole" renders whole packages, "first" the first passes of
    #: edits in long ones, so a first pass never waits behind a whole render (which cannot
    #: be stopped once started) and the two run side by side.
    _shared: ClassVar[dict[str, RenderProcess]] = {}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._buffer = bytearray()
        self._ready = False
        #: Requests waiting, by the client that sent them (only its newest is kept).
        self._waiting: dict[int, tuple[RenderRequest, Callable[[RenderReply], None]]] = {}
        self._busy: tuple[int, RenderRequest, Callable[[RenderReply], None]] | None = None

    @classmethod
    def shared(cls, lane: str = "whole") -> RenderProcess:
        """The application's render process for *lane*, started if it is not running."""
        process = cls._shared.get(lane)
        if process is None:
            process = cls._shared[lane] = cls(QCoreApplication.instance())
            atexit.register(process._exit)
        process.start()
        return process

    def stop(self, grace_ms: int = 500) -> None:
        """End the process: it reads the end of its input and exits (killed if it is
        still rendering after *grace_ms*). The render under way and the requests waiting
        fail, saying so, and the next request starts a new process."""
        process, self._process = self._process, None
        failed = [self._busy[1:]] if self._busy is not None else []
        failed += list(self._waiting.values())
        self._busy = None
        self._waiting.clear()
        self._ready = False
        self._buffer.clear()
        if process is not None:
            _end(process, kill=False, grace_ms=grace_ms)
        for request, reply in failed:
            reply(RenderReply(request.generation, failure=_stopped_reason()))

    def _exit(self) -> None:
        """At the application's exit: the windows are gone, nothing is answered, and the
        process is ended promptly (a render under way is not waited for)."""
        for client in [*self._waiting, *([self._busy[0]] if self._busy else [])]:
            self.drop(client)
        if self._process is not None and not shiboken6.isValid(self._process):
            self._process = None  # Qt deleted it with the application (and ended it)
        self.stop(grace_ms=200)

    @property
    def pid(self) -> int | None:
        """The running process's id (None when none runs)."""
        process = self._process
        return int(process.processId()) or None if process is not None else None

    def start(self) -> None:
        if self._process is not None:
            return
        program, *arguments = _command()
        process = QProcess(self)
        process.setProgram(program)
        process.setArguments(arguments)
        if sys.stderr is None:  # a start without a console (pythonw, a frozen window)
            process.setStandardErrorFile(QProcess.nullDevice())
        else:  # what the process prints (a traceback) goes where ours goes
            process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._readable)
        process.errorOccurred.connect(self._failed)
        process.finished.connect(self._finished)
        # Deleted with the lane (a child is deleted after its parent's `destroyed`): it
        # ends first, rather than Qt warning that it was destroyed while running.
        self.destroyed.connect(process.kill)
        self.destroyed.connect(process.waitForFinished)
        self._buffer.clear()
        self._ready = False
        self._process = process
        process.start()

    def submit(self, client: int, request: RenderRequest,
               reply: Callable[[RenderReply], None]) -> None:
        """Render *request* when its turn comes; *reply* gets the result."""
        self.start()
        self._waiting[client] = (request, reply)
        self._next()

    def warm_up(self, data: dict[str, Any]) -> None:
        """Render the start of *data*'s letter and drop the result: the process loads the
        fonts and templates of its language while the window is still being built, so the
        first preview comes sooner."""
        self.submit(_WARM_UP, RenderRequest(0, data, cut="letter.blocks[0]"), _unanswered)

    def forget(self, client: int) -> None:
        """Drop *client*'s waiting request (a render under way still finishes)."""
        self._waiting.pop(client, None)

    def drop(self, client: int) -> None:
        """*client* is gone: nothing of its is rendered or answered any more."""
        self._waiting.pop(client, None)
        if self._busy is not None and self._busy[0] == client:
            self._busy = (client, self._busy[1], _unanswered)

    def busy_with(self, client: int) -> bool:
        return self._busy is not None and self._busy[0] == client

    def wait(self, client: int, msecs: int) -> bool:
        """Block until *client* has nothing under way or waiting (or *msecs* pass; a
        negative *msecs* waits for good)."""
        return self.wait_until(client, QDeadlineTimer(msecs))

    def wait_until(self, client: int, deadline: QDeadlineTimer) -> bool:
        """Block until *client* has nothing under way or waiting (or *deadline* passes)."""
        while (self.busy_with(client) or client in self._waiting) and \
                not deadline.hasExpired():
            process = self._process
            if process is None:
                return False
            if process.state() == QProcess.ProcessState.NotRunning and \
                    not process.waitForStarted(_slice(deadline)):
                self._stopped(process)
                continue
            if process.waitForReadyRead(_slice(deadline)):
                self._readable()
            elif process.state() == QProcess.ProcessState.NotRunning:
                self._stopped(process)
        return not (self.busy_with(client) or client in self._waiting)

    def _next(self) -> None:
        """Send the next waiting request, if the process is ready and idle. A request
        that cannot be encoded (something in it does not pickle) fails at once, so it
        never holds up the lane."""
        while True:
            process = self._process
            if not self._ready or self._busy is not None or not self._waiting or \
                    process is None:
                return
            client = next(iter(self._waiting))
            request, reply = self._waiting.pop(client)
            try:
                message = frame(request)
            except Exception as error:  # pickle raises many kinds (TypeError, …)
                reason = QCoreApplication.translate(
                    "jobs", "the preview's data cannot go to its render process: {error}"
                ).format(error=error)
                reply(RenderReply(request.generation, failure=reason))
                continue
            self._busy = (client, request, reply)
            if process.write(message) < 0:
                self._stopped(process)
            return

    def _readable(self, *_args: Any) -> None:
        process = self._process
        if process is None:
            return
        self._buffer += process.readAllStandardOutput().data()
        while (message := unframe(self._buffer)) is not None:
            if message == "ready":
                self._ready = True
            elif isinstance(message, RenderReply) and self._busy is not None:
                _, _, reply = self._busy
                self._busy = None
                reply(message)
        self._next()

    def _failed(self, error: QProcess.ProcessError) -> None:
        """Qt's word that the sending process could not start or crashed (a timeout of
        one of our waits is no failure)."""
        process = self.sender()
        if isinstance(process, QProcess) and error in (
                QProcess.ProcessError.FailedToStart, QProcess.ProcessError.Crashed):
            self._stopped(process)

    def _finished(self, *_args: Any) -> None:
        """The sending process ended."""
        process = self.sender()
        if isinstance(process, QProcess):
            self._stopped(process)

    def _stopped(self, process: QProcess) -> None:
        """*process* ended (it should not): the render under way fails; a process that
        was running is started again for the requests waiting, one that could not even
        start fails them too (the next request tries again), so a broken installation
        never spawns processes in a loop. Nothing happens for a process already replaced
        (Qt says "crashed" and then "finished")."""
        if process is not self._process:
            return
        self._process = None
        _end(process, kill=True)
        failed = [self._busy[1:]] if self._busy is not None else []
        self._busy = None
        if not self._ready:
            failed += list(self._waiting.values())
            self._waiting.clear()
        for request, reply in failed:
            reply(RenderReply(request.generation, failure=_stopped_reason()))
        if self._waiting:
            self.start()


class PreviewRenderer(QObject):
    """Renders the newest project data after a pause in typing, in the render process."""

    #: PDF, anchor pages, warnings for the reader, and where each source (model path of a
    #: paragraph, "letter.blocks[2]") starts: (page index, points below the page's top).
    rendered = Signal(bytes, dict, list, dict)
    #: The same for the first pass of an edit: the package up to the edited block.
    rendered_first = Signal(bytes, dict, list, dict)
    failed = Signal(str)
    #: The data has errors that are not gaps to fill: there is no draft to show.
    no_draft = Signal()
    started = Signal()

    _clients = 0
    #: How the window names a model path in a notice: the label of the form that shows
    #: the field (ui/preview_pane.py gives it); without it, the path itself.
    field_words: ClassVar[FieldWords | None] = None

    def __init__(self, delay_ms: int = 120, parent: QObject | None = None) -> None:
        super().__init__(parent)
        PreviewRenderer._clients += 1
        self._client = PreviewRenderer._clients
        self._process = process = RenderProcess.shared()
        self._first_process: RenderProcess | None = None
        client = self._client
        self.destroyed.connect(lambda *_args: process.drop(client))
        #: Whether the newest data's whole render has been shown (its first pass is then
        #: no longer wanted).
        self._whole_shown = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._latest: RenderRequest | None = None
        #: The data of the newest render asked for.
        self._shown_data: Any = None
        self._focus: str | None = None
        self._generation = 0
        #: Where each source started in the last whole render, and its pages.
        self._positions: dict[str, tuple[int, float]] = {}
        self._pages = 0
        #: None: the UN circulation layout; else the mission's own letter.
        self.mission: MissionPreview | None = None

    # ------------------------------------------------------------------ asking
    def request(self, data: Any, errors: Sequence[FieldError] = (),
                names: dict[str, str] | None = None, focus: str | None = None) -> None:
        """Render *data* (the project's data, or a package) after a pause in typing.

        With *errors* (the data's validation errors) it is shown as a draft, each gap
        named by *names* (model path → placeholder name); *focus* is the path just edited
        (its page is rendered first in a long package)."""
        self._set(data, errors, names, focus)
        self._timer.start()

    def render_now(self, data: Any, errors: Sequence[FieldError] = (),
                   names: dict[str, str] | None = None, focus: str | None = None) -> None:
        self._set(data, errors, names, focus)
        self._start()

    def cancel(self) -> None:
        """Forget the pending data (a render under way still finishes, unseen)."""
        self._timer.stop()
        self._latest = None
        self._generation += 1
        for process in self._processes():
            process.forget(self._client)

    def _processes(self) -> list[RenderProcess]:
        return [self._process, *([self._first_process] if self._first_process else [])]

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the renders asked for are done and their results delivered (a
        pending request is started first), all lanes within the same *msecs*."""
        if self._timer.isActive():
            self._timer.stop()
            self._start()
        deadline = QDeadlineTimer(msecs)
        return all([process.wait_until(self._client, deadline)
                    for process in self._processes()])

    def close(self) -> None:
        """The window is closing: nothing pending is rendered, and nothing under way is
        answered any more (its render finishes unseen, and starts no other)."""
        self.cancel()
        for process in self._processes():
            process.drop(self._client)

    def _set(self, data: Any, errors: Sequence[FieldError], names: dict[str, str] | None,
             focus: str | None) -> None:
        if hasattr(data, "model_dump"):  # a package
            data = data.model_dump(mode="json")
        self._generation += 1
        self._focus = focus
        self._latest = RenderRequest(self._generation, data, tuple(errors), dict(names or {}),
                                     self.mission)

    # ------------------------------------------------------------------ rendering
    def _start(self) -> None:
        request = self._latest
        if request is None:
            return
        self._latest = None
        self._whole_shown = False
        self._shown_data = request.data
        self.started.emit()
        cut = self._cut(self._focus)
        if cut is not None:
            source, more, draw_from = cut
            first = RenderRequest(request.generation, request.data, request.errors,
                                  request.names, request.mission, source, more, draw_from)
            self._first_lane().submit(self._client, first, self._first_done)
            # The whole comes after the first pass anyway: it yields the processor to
            # the first pass and to the window.
            request = dataclasses.replace(request, background=True)
        self._process.submit(self._client, request, self._done)

    def _first_lane(self) -> RenderProcess:
        if self._first_process is None:
            self._first_process = process = RenderProcess.shared("first")
            client = self._client
            self.destroyed.connect(lambda *_args: process.drop(client))
        return self._first_process

    def _cut(self, focus: str | None) -> tuple[str, int, int] | None:
        """(the edited block's source, blocks after it to render, the first page to draw)
        for a first pass, or None when the whole package is rendered at once. The pages
        before the one above the edited block's are laid out, not drawn: drawing is half
        of a render, and the whole replaces the first pass a moment later."""
        if focus is None or self._pages < CUT_FROM_PAGES:
            return None
        source = source_of(focus, self._positions)
        if source is None or not source.endswith("]"):
            return None
        page = self._positions[source][0]
        head, _, index = source[:-1].rpartition("[")
        following = [self._positions.get(f"{head}[{int(index) + step}]")
                     for step in range(1, 200)]
        more = 0
        for position in following:
            if position is None:
                more = max(more, MORE_BLOCKS) if more == 0 else more
                break
            more += 1
            if position[0] > page + 1:  # past the page after the edited one
                break
        return source, more, max(0, page - 1)

    def _first_done(self, reply: RenderReply) -> None:
        if reply.generation != self._generation or self._whole_shown:
            return  # newer data came, or the whole is shown already
        if reply.failure is None and reply.pdf:
            self.rendered_first.emit(reply.pdf, reply.anchors, self._notices(reply),
                                     reply.positions)

    def _done(self, reply: RenderReply) -> None:
        if reply.generation != self._generation:
            return  # the data changed while rendering: the newest is on its way
        if reply.failure is not None:
            self.failed.emit(reply.failure)
        elif not reply.pdf:
            self.no_draft.emit()
        else:
            self._whole_shown = True
            self._positions, self._pages = reply.positions, reply.pages
            if self._pages >= CUT_FROM_PAGES and self._first_process is None:
                # started now and warmed up (fonts, templates), ready for the first edit
                self._first_lane().warm_up(self._shown_data)
            self.rendered.emit(reply.pdf, reply.anchors, self._notices(reply),
                               reply.positions)

    def _notices(self, reply: RenderReply) -> list[str]:
        return [window_notice(notice, PreviewRenderer.field_words) for notice in reply.warnings]


def _end(process: QProcess, kill: bool, grace_ms: int = 5000) -> None:
    """End *process*: killed if asked, else after the end of its input (killed if it
    lingers *grace_ms*, as it does when it is rendering); then let Qt delete it."""
    if not shiboken6.isValid(process):
        return  # Qt is deleting it (with the application), which ends it
    if process.state() != QProcess.ProcessState.NotRunning:
        if kill:
            process.kill()
        else:
            process.closeWriteChannel()
        if not process.waitForFinished(grace_ms):
            process.kill()
            process.waitForFinished(5000)
    process.deleteLater()


def _slice(deadline: QDeadlineTimer) -> int:
    """How long one blocking wait may take before *deadline* (50 ms at most, so the
    caller looks again; a deadline that never expires has no remaining time)."""
    remaining = deadline.remainingTime()
    return 50 if remaining < 0 else min(50, max(1, remaining))


#: Names a model path ("running_title") the way the window's forms label its field.
FieldWords = Callable[[str], str]

#: The render's notices whose words do not vary, as the render writes them (after the
#: model path that starts a notice about one field): the window shows them translated.
#: tests/test_gui_dates.py checks they are still the render's words.
RENDER_NOTICES = (
    QT_TRANSLATE_NOOP("render", "the title in the page headers takes three lines or more "
                                "(the UN's take at most two): give a shorter one as the "
                                "short title for page headers"),
    QT_TRANSLATE_NOOP("render", "this PDF contains right-to-left text (Arabic or Hebrew) "
                                "inside a left-to-right document, which is not laid out "
                                "right to left: check it before sending"),
)
#: A model path at the start of a notice: "running_title", "letter.blocks[2].text".
_MODEL_PATH = re.compile(r"[a-z_][a-z0-9_]*(?:\[\d+\]|\.[a-z_][a-z0-9_]*)*")


def window_notice(notice: str, field_words: FieldWords | None = None) -> str:
    """A render notice (the command line prints it as it is) as the window shows it: in
    the interface language where it is one of RENDER_NOTICES, and a model path at its start
    named by *field_words* ("Short title for page headers: …", not "running_title: …")."""
    path, colon, rest = notice.partition(": ")
    if not colon or not _MODEL_PATH.fullmatch(path):
        return QCoreApplication.translate("render", notice)
    #: A notice about one field: {field} is its label in the form, {notice} the notice.
    return QCoreApplication.translate("render", "{field}: {notice}").format(
        field=field_words(path) if field_words is not None else path,
        notice=QCoreApplication.translate("render", rest))


def _stopped_reason() -> str:
    return QCoreApplication.translate("jobs", "the preview's render process stopped")


def _unanswered(_reply: RenderReply) -> None:
    """Where the reply to a request of a window that has closed goes."""


def source_of(path: str, positions: dict[str, tuple[int, float]]) -> str | None:
    """The source of *positions* that prints the field *path* ("letter.blocks[2].text" is
    printed by "letter.blocks[2]"): the longest recorded path it lies under."""
    best: str | None = None
    for source in positions:
        under = path == source or path.startswith((source + ".", source + "["))
        if under and (best is None or len(source) > len(best)):
            best = source
    return best
