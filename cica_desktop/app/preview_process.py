"""The preview's render process: composes and renders the package the window sends it.

Rendering a 126-page package takes the better part of a second of Python. In a thread of
the window's process it competed with the window's thread for the interpreter lock, and
its garbage collections paused the window (docs/PERFORMANCE-PREVIEW.md); in a process of
its own it shares neither. The window (app/jobs.py) starts it once, sends requests on its
standard input and reads replies on its standard output, each a frame: a 4-byte big-endian
length, then a pickle. Pickles come only from the window that started it, through a pipe.
This module imports no Qt, so the process starts while the window is still importing.

Run as `python -m cica_desktop.app.preview_process`.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import pickle
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..compose import MissionExtras
    from ..document import Document
    from ..mission import SignerProfile
    from ..model import FieldError, Package

_LENGTH = struct.Struct(">I")


@dataclass(frozen=True)
class MissionPreview:
    """What the preview of the mission's own layout needs besides the package."""

    profile: SignerProfile
    project_dir: Path | None = None

    def extras(self, package: Package) -> MissionExtras:
        """The profile's scan and the project's emblem, read and checked, and who signs."""
        from ..mission import mission_extras

        return mission_extras(package, self.profile, self.project_dir)


@dataclass(frozen=True)
class RenderRequest:
    """One render: the project's data, and its validation errors when it has any (then
    it is drafted, each gap's placeholder named by *names*, model path → name); the
    mission layout or None; and *cut*: render only up to this source
    ("annexes[0].blocks[225]") and *more* blocks after it, the first pass of an edit, whose
    pages before *draw_from* (0-based) are laid out but left blank."""

    generation: int
    data: dict[str, Any]
    errors: tuple[FieldError, ...] = ()
    names: dict[str, str] = dataclasses.field(default_factory=dict)
    mission: MissionPreview | None = None
    cut: str | None = None
    more: int = 0
    draw_from: int = 0
    #: A whole render while first passes run beside it: rendered at a lower priority.
    background: bool = False


@dataclass(frozen=True)
class RenderReply:
    """A render's result: the PDF, the anchors' pages, the warnings, where each source
    starts (page, points from the top), its pages, and whether it was a cut (the first
    pass); or *failure*, the reason it failed (`build.classify`); no PDF and no failure:
    the data has errors that are not gaps, so there is no draft to show."""

    generation: int
    pdf: bytes = b""
    pages: int = 0
    anchors: dict[str, int] = dataclasses.field(default_factory=dict)
    warnings: list[str] = dataclasses.field(default_factory=list)
    positions: dict[str, tuple[int, float]] = dataclasses.field(default_factory=dict)
    partial: bool = False
    failure: str | None = None


def frame(message: object) -> bytes:
    body = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return _LENGTH.pack(len(body)) + body


def unframe(buffer: bytearray) -> Any | None:
    """The first whole message in *buffer* (removed from it), or None if none is whole."""
    if len(buffer) < _LENGTH.size:
        return None
    (length,) = _LENGTH.unpack_from(buffer)
    if len(buffer) < _LENGTH.size + length:
        return None
    body = bytes(buffer[_LENGTH.size:_LENGTH.size + length])
    del buffer[:_LENGTH.size + length]
    return pickle.loads(body)


def cut_package(package: Package, source: str, more: int) -> Package:
    """*package* up to the block *source* and *more* blocks after it: the pages before and
    at the block are laid out as in the whole package (each annex starts a page, and
    nothing later changes what comes before), so they can be shown first."""
    from .paths import parse_path

    path = parse_path(source)
    cut: Package = _cut(package, path, more)
    if path[:1] == ("letter",):
        cut = cut.model_copy(update={"annexes": ()})  # the annexes come after the letter
    return cut


def _cut(node: Any, path: tuple[str | int, ...], more: int) -> Any:
    from pydantic import BaseModel

    if not path or not isinstance(node, BaseModel):
        return node
    field, rest = path[0], path[1:]
    value = getattr(node, str(field), None)
    if not isinstance(value, tuple) or not rest or not isinstance(rest[0], int):
        return node.model_copy(update={str(field): _cut(value, rest, more)})
    index = rest[0]
    if index >= len(value):
        return node
    if len(rest) == 1:  # the list holding the block: keep *more* after it
        return node.model_copy(update={str(field): value[:index + 1 + more]})
    kept = (*value[:index], _cut(value[index], rest[1:], more))
    return node.model_copy(update={str(field): kept})


def render(request: RenderRequest) -> RenderReply:
    """Compose and render *request*; a failure becomes the reply's reason."""
    from ..build import classify, pdf_without_boxes

    if request.background:
        lower_priority()
    try:
        drafted = _package(request)
        if drafted is None:
            return RenderReply(request.generation)
        package, placeholders = drafted
        if request.cut is not None:
            package = cut_package(package, request.cut, request.more)
        # Characters no installed font can show are warnings above the preview.
        document = _document(package, placeholders, request.mission)
        data, report = pdf_without_boxes(document, allow_missing_glyphs=True,
                                         draw_from=request.draw_from)
    except Exception as exc:  # the window says why; the old preview stays
        return RenderReply(request.generation, failure=classify(exc).reason)
    return RenderReply(request.generation, data, report.pages, dict(report.anchor_pages),
                       list(report.notices), dict(report.source_positions),
                       partial=request.cut is not None)


def _package(request: RenderRequest) -> tuple[Package, frozenset[str]] | None:
    """The package to show and its placeholders: the data itself when it has no errors,
    else its draft (None when an error is not a gap to fill)."""
    from ..draft import draft_package, placeholder_name
    from ..model import Package

    if not request.errors:
        return Package.model_validate(request.data), frozenset()
    names = request.names
    draft = draft_package(request.data, lambda path: names.get(path) or placeholder_name(path),
                          request.errors)
    return None if draft is None else (draft.package, draft.placeholders)


def _document(package: Package, placeholders: frozenset[str],
              mission: MissionPreview | None) -> Document:
    from ..compose import Layout, Part, compose

    if mission is None:
        return compose(package, Part.PACKAGE, placeholders=placeholders)
    extras = mission.extras(package)
    if mission.profile.certificate:
        # The box the signature will fill; the certificate's own name and the time are
        # only known when signing (the key needs its password).
        signer = package.letter.senders[extras.signatory].name
        extras = dataclasses.replace(extras, digital_signer=signer)
    return compose(package, Part.PACKAGE, Layout.MISSION, extras, placeholders=placeholders)


def serve(requests: IO[bytes], replies: IO[bytes]) -> None:
    """Answer each request until the window closes the pipe."""
    from ..collection_pause import imports_uncollected

    with imports_uncollected():  # imported before saying ready, without collections
        import cica_desktop.build  # noqa: F401

    replies.write(frame("ready"))
    replies.flush()
    buffer = bytearray()
    frozen = False
    while True:
        message = unframe(buffer)
        if message is None:
            chunk = requests.read1(1 << 16) if hasattr(requests, "read1") else \
                requests.read(1 << 16)
            if not chunk:
                return
            buffer += chunk
            continue
        replies.write(frame(render(message)))
        replies.flush()
        if not frozen:
            # Fonts and templates are loaded: keep them out of every later collection.
            gc.freeze()
            frozen = True


_lowered = False


def lower_priority() -> None:
    """Yield the processor to the window and to the first passes, from now on: a whole
    render of a long package takes a core for a second, and its result is shown after the
    first pass's anyway. (A process cannot take its priority back up.)"""
    global _lowered
    if _lowered:
        return
    _lowered = True
    if hasattr(os, "nice"):
        os.nice(5)
    elif sys.platform == "win32":
        import ctypes

        below_normal = 0x4000  # BELOW_NORMAL_PRIORITY_CLASS
        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel.SetPriorityClass(kernel.GetCurrentProcess(), below_normal)


def main() -> int:
    # Frames go to the real standard output; anything printed goes to standard error.
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    serve(sys.stdin.buffer, replies)
    return 0


if __name__ == "__main__":
    # Run the module under its own name, so what it pickles names its real classes.
    from cica_desktop.app import preview_process

    sys.exit(preview_process.main())
