"""The output pipeline of the command line and the window alike.

- `render`: compose a part once (in a layout), then render it in each format asked for, with
  the renderer `RENDERERS` registers for that format (format name → bytes and notices);
- `build` (a folder, files named by `output_name`) and `export` (one file the user chose)
  render everything first and only then write it all as one set
  (`atomic.write_files_atomically`): every file is replaced, or none is, and an error names
  the final file;
- `output_name` and `signed_output_name`: the one place for output file names;
- `missing_glyph_messages`: the one wording of "no installed font can show …", for the
  refusal (`MissingGlyphsError`) and for the preview's warnings;
- `classify`: what a failure means, the same for every command and job (`Failure`: its
  `Kind`, the exit code of the command line, the reason in the user's words).

Signing (`mission.signed_mission_pdf`) renders through `pdf_without_boxes` and its failures
are classified here too.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .atomic import write_files_atomically
from .checks.exports import standalone_resolution
from .compose import Layout, MissionExtras, Part, compose
from .compose.compose import ComposeError
from .compose.language import TemplateProblem, fallbacks_noted
from .document import Document
from .model import Package, PaperSize, ProjectError
from .render import MissingFontError, PdfReport, docx_bytes, pdf_bytes
from .render.stylespec import StyleSpecError

# ---------------------------------------------------------------------- missing glyphs


class MissingGlyphsError(RuntimeError):
    """Characters that no installed font can show: the PDF would print boxes for them."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def missing_glyph_messages(missing: list[tuple[str, str]]) -> list[str]:
    """One line per character no installed font can show, naming where it first occurs."""
    seen: dict[str, str] = {}
    for char, where in missing:
        seen.setdefault(char, where)
    return [f"no installed font can show {char!r} (U+{ord(char):04X}), in “{where}”"
            for char, where in seen.items()]


def pdf_without_boxes(document: Document, allow_missing_glyphs: bool = False,
                      draw_from: int = 0) -> tuple[bytes, PdfReport]:
    """The PDF and its report; MissingGlyphsError if it would print boxes (unless allowed,
    when the problems join the report's notices). *draw_from*: see render.pdf_bytes."""
    data, report = pdf_bytes(document, draw_from=draw_from)
    problems = missing_glyph_messages(report.missing_glyphs)
    if problems and not allow_missing_glyphs:
        raise MissingGlyphsError(problems)
    report.notices.extend(problems)
    return data, report


# ---------------------------------------------------------------------- renderers

#: Renders a document: (the file's bytes, notices for the reader). The flag allows a PDF
#: that prints boxes for characters no installed font has.
Renderer = Callable[[Document, bool], tuple[bytes, list[str]]]


def _render_pdf(document: Document, allow_missing_glyphs: bool) -> tuple[bytes, list[str]]:
    data, report = pdf_without_boxes(document, allow_missing_glyphs)
    return data, report.notices


def _render_docx(document: Document, _allow_missing_glyphs: bool) -> tuple[bytes, list[str]]:
    return docx_bytes(document), []


#: Every output format, in the order `build` writes (and the command line lists) them.
RENDERERS: dict[str, Renderer] = {"pdf": _render_pdf, "docx": _render_docx}
FORMATS = tuple(RENDERERS)


@dataclass(frozen=True)
class Rendered:
    """One format of a part: its bytes, and what the reader should know about it."""

    fmt: str
    data: bytes
    notices: tuple[str, ...] = ()


def render(package: Package, part: Part = Part.PACKAGE, formats: Sequence[str] = FORMATS, *,
           layout: Layout = Layout.UN, extras: MissionExtras | None = None,
           paper: PaperSize | None = None, allow_missing_glyphs: bool = False,
           placeholders: frozenset[str] | None = None) -> list[Rendered]:
    """*part* composed once in *layout*, rendered in each of *formats* (each once); a PDF
    that would print boxes is refused (MissingGlyphsError) unless allowed. Each format's
    notices start with the wording its language template lacked (English's was used).
    *placeholders*: *package* is a draft (cica_desktop/draft.py), marked as such."""
    unknown = [fmt for fmt in formats if fmt not in RENDERERS]
    if unknown:
        raise ValueError(f"unknown format {unknown[0]!r}; expected one of {', '.join(FORMATS)}")
    if paper is not None and paper != package.paper:
        package = package.evolve(paper=paper)
    with fallbacks_noted() as fallbacks:
        document = compose(package, part, layout, extras, placeholders)
    # Wording a language template lacks, English's used instead: true of every format.
    borrowed = tuple(fallback.finding().message for fallback in fallbacks)
    if part is Part.RESOLUTION:  # an L-document without its symbol
        borrowed += tuple(f"{finding.path}: {finding.message}"
                          for finding in standalone_resolution(package))
    rendered = []
    for fmt in dict.fromkeys(formats):
        data, notices = RENDERERS[fmt](document, allow_missing_glyphs)
        rendered.append(Rendered(fmt, data, borrowed + tuple(notices)))
    return rendered


# ---------------------------------------------------------------------- file names


def output_name(stem: str, part: Part, fmt: str, layout: Layout = Layout.UN,
                draft: bool = False) -> str:
    """`<stem>[-letter|-resolution][-mission][-draft].<fmt>`: what `build` writes, and what
    the window suggests for the same export."""
    suffix = "" if part is Part.PACKAGE else f"-{part.value}"
    if layout is Layout.MISSION:
        suffix += "-mission"
    if draft:
        suffix += "-draft"
    return f"{stem}{suffix}.{fmt}"


def signed_output_name(stem: str) -> str:
    """The signed PDF made from `<stem>.json` or `<stem>.pdf`."""
    return f"{stem}-signed.pdf"


# ---------------------------------------------------------------------- writing


@dataclass
class BuildResult:
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _write(targets: dict[Path, Rendered]) -> BuildResult:
    files = write_files_atomically((target, out.data) for target, out in targets.items())
    # Once each: what is true of every format (a template's gap) is said once.
    return BuildResult(files, list(dict.fromkeys(
        notice for out in targets.values() for notice in out.notices)))


def build(package: Package, stem: str, out_dir: Path, part: Part = Part.PACKAGE,
          formats: Sequence[str] = FORMATS, paper: PaperSize | None = None,
          allow_missing_glyphs: bool = False, layout: Layout = Layout.UN,
          extras: MissionExtras | None = None,
          placeholders: frozenset[str] | None = None) -> BuildResult:
    """`cica-desktop build`: every format of *part* into *out_dir*, named by `output_name`.

    Every file is rendered before any is written (and before *out_dir* is made), then all
    are replaced together: on an OSError (its filename is the final file's path) every
    previous file is as it was.
    """
    outputs = render(package, part, formats, layout=layout, extras=extras, paper=paper,
                     allow_missing_glyphs=allow_missing_glyphs, placeholders=placeholders)
    out_dir.mkdir(parents=True, exist_ok=True)
    draft = placeholders is not None
    return _write({out_dir / output_name(stem, part, out.fmt, layout, draft): out
                   for out in outputs})


def export(package: Package, part: Part, fmt: str, target: Path, *,
           layout: Layout = Layout.UN, extras: MissionExtras | None = None,
           placeholders: frozenset[str] | None = None) -> BuildResult:
    """The window's Export: *part* in one format, to the file the user chose (a draft,
    marked, with *placeholders*)."""
    [output] = render(package, part, [fmt], layout=layout, extras=extras,
                      placeholders=placeholders)
    return _write({target: output})


# ---------------------------------------------------------------------- failures

#: Exit codes of the command line.
EXIT_OK, EXIT_WRITE, EXIT_INVALID, EXIT_ENVIRONMENT, EXIT_INTERNAL = 0, 1, 2, 3, 4


class Kind(enum.Enum):
    """What a failure means to the user; nothing was written in any case."""

    #: The project file cannot be used: one detail per bad field.
    INVALID_PROJECT = "invalid project"
    #: The project has no such part (a draft resolution), or none in that layout.
    NO_SUCH_PART = "no such part"
    #: An input besides the project refused: an image, the signatory, the key and its
    #: password, the PDF to sign, the time-stamp server, the conversion to PDF/A.
    REFUSED = "refused"
    #: Characters no installed font can show: one detail per character.
    WOULD_PRINT_BOXES = "would print boxes"
    #: The machine lacks what the output needs: a font, a language template, the style spec.
    MACHINE_LACKS = "machine lacks"
    #: A file could not be written (or read): the reason is the system's.
    CANNOT_WRITE = "cannot write"
    #: Anything else is a fault of ours.
    FAULT = "fault"

    @property
    def exit_code(self) -> int:
        return _EXIT_CODES[self]


_EXIT_CODES = {Kind.INVALID_PROJECT: EXIT_INVALID, Kind.NO_SUCH_PART: EXIT_INVALID,
               Kind.REFUSED: EXIT_INVALID, Kind.WOULD_PRINT_BOXES: EXIT_ENVIRONMENT,
               Kind.MACHINE_LACKS: EXIT_ENVIRONMENT, Kind.CANNOT_WRITE: EXIT_WRITE,
               Kind.FAULT: EXIT_INTERNAL}


@cache
def failure_kinds() -> tuple[tuple[type[BaseException], Kind], ...]:
    """Each exception type the pipeline expects, once, with what it means (the types do
    not derive from one another, so their order does not matter)."""
    # Imported when first needed: signing and PDF/A load pyHanko and pikepdf, which a
    # build does not need, and mission imports this module.
    from .images import ImageError
    from .mission import SignatoryError
    from .pdfa import PdfAError
    from .signing import SigningError

    return ((ProjectError, Kind.INVALID_PROJECT),
            (ComposeError, Kind.NO_SUCH_PART),
            (ImageError, Kind.REFUSED), (SignatoryError, Kind.REFUSED),
            (SigningError, Kind.REFUSED), (PdfAError, Kind.REFUSED),
            (MissingGlyphsError, Kind.WOULD_PRINT_BOXES),
            (MissingFontError, Kind.MACHINE_LACKS), (TemplateProblem, Kind.MACHINE_LACKS),
            (StyleSpecError, Kind.MACHINE_LACKS),
            (OSError, Kind.CANNOT_WRITE))


@dataclass(frozen=True)
class Failure:
    """Why nothing was written."""

    kind: Kind
    #: The whole problem in one line, in the user's words, without naming the output.
    reason: str
    #: One line per problem where there can be several (bad fields, missing characters).
    details: tuple[str, ...] = ()
    #: CANNOT_WRITE: the file concerned (the final one, never a temporary file), if known.
    filename: str | None = None

    @property
    def exit_code(self) -> int:
        return self.kind.exit_code


def fault_text(exc: BaseException) -> str:
    """An unexpected exception in one line: its type and message."""
    return f"{type(exc).__name__}: {exc}"


def classify(exc: BaseException) -> Failure:
    """What *exc* means for the user (see `Kind`)."""
    kind = next((kind for types, kind in failure_kinds() if isinstance(exc, types)),
                Kind.FAULT)
    if isinstance(exc, ProjectError):
        details = tuple(str(error) for error in exc.errors)
        return Failure(kind, "; ".join(details), details)
    if isinstance(exc, MissingGlyphsError):
        return Failure(kind, "; ".join(exc.problems), tuple(exc.problems))
    if isinstance(exc, OSError):
        filename = None if exc.filename is None else str(exc.filename)
        return Failure(kind, exc.strerror or str(exc), filename=filename)
    return Failure(kind, fault_text(exc) if kind is Kind.FAULT else str(exc))
