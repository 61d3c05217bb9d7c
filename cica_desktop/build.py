"""Build the output files of a project: compose once per part, render every format, then
write them all as one set (`atomic.write_files_atomically`): every file is replaced, or
none is, so a failure leaves no half-written or half-updated set, and its error names the
final file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import write_files_atomically
from .compose import Layout, MissionExtras, Part, compose
from .document import Document
from .model import Package, PaperSize
from .render import docx_bytes, pdf_bytes
from .render.pdf import PdfReport

FORMATS = ("pdf", "docx")


class MissingGlyphsError(RuntimeError):
    """Characters that no installed font can show: the PDF would print boxes for them."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def missing_glyph_messages(missing: list[tuple[str, str]]) -> list[str]:
    seen: dict[str, str] = {}
    for char, where in missing:
        seen.setdefault(char, where)
    return [f"no installed font can show {char!r} (U+{ord(char):04X}), in “{where}”"
            for char, where in seen.items()]


def pdf_without_boxes(document: Document, allow_missing_glyphs: bool = False
                      ) -> tuple[bytes, PdfReport]:
    """The PDF and its report; MissingGlyphsError if it would print boxes (unless allowed,
    when the problems join the report's notices)."""
    data, report = pdf_bytes(document)
    problems = missing_glyph_messages(report.missing_glyphs)
    if problems and not allow_missing_glyphs:
        raise MissingGlyphsError(problems)
    report.notices.extend(problems)
    return data, report


@dataclass
class BuildResult:
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def output_name(stem: str, part: Part, fmt: str, layout: Layout = Layout.UN) -> str:
    suffix = "" if part is Part.PACKAGE else f"-{part.value}"
    if layout is Layout.MISSION:
        suffix += "-mission"
    return f"{stem}{suffix}.{fmt}"


def build(package: Package, stem: str, out_dir: Path, part: Part = Part.PACKAGE,
          formats: Sequence[str] = FORMATS, paper: PaperSize | None = None,
          allow_missing_glyphs: bool = False, layout: Layout = Layout.UN,
          extras: MissionExtras | None = None) -> BuildResult:
    """Render and write; a PDF that would print boxes is refused unless allowed.

    Every file is rendered before any is written, then all are replaced together: on an
    OSError (its filename is the final file's path) every previous file is as it was.
    """
    if paper is not None and paper != package.paper:
        package = package.evolve(paper=paper)
    document = compose(package, part, layout, extras)
    result = BuildResult()
    rendered: list[tuple[Path, bytes]] = []
    for fmt in dict.fromkeys(formats):  # each format once
        target = out_dir / output_name(stem, part, fmt, layout)
        if fmt == "pdf":
            data, report = pdf_without_boxes(document, allow_missing_glyphs)
            result.warnings.extend(report.notices)
        elif fmt == "docx":
            data = docx_bytes(document)
        else:
            raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
        rendered.append((target, data))
    out_dir.mkdir(parents=True, exist_ok=True)
    result.files.extend(write_files_atomically(rendered))
    return result
