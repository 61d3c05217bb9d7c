"""`cica-desktop compare OLD.json NEW.json --out CHANGES.docx`: the new version with every
difference from the old as a Word revision (or, as a PDF, drawn in colour).

Exit codes: 0 written; 1 the file could not be written; 2 a project (or the command line)
is invalid, OUT exists without --force, the two are in different languages, the part does
not exist; 3 the machine lacks what the
output needs (a font, a language template); 4 a fault in cica-desktop
(nothing is written)."""

from __future__ import annotations

import argparse
import os
import traceback
from pathlib import Path
from typing import TextIO

EPILOG = """\
output: the file's path on stdout, then on stderr a line "compare: …" counting the
paragraphs changed, inserted, deleted, moved, renumbered or restyled.
DOCX: each difference is a Word revision (w:ins, w:del, moves, paragraph property
changes) by --author, dated now (UTC); accepting all gives the new version, rejecting all
the old one, and further edits in Word are tracked. PDF: inserted text underlined in blue,
deleted text struck through in red.
exit codes: 0 written; 1 cannot write the file; 2 a project or the command line is
invalid, --out exists without --force (nothing is replaced unasked), the versions are in
different languages, or --part does not exist in them;
3 the machine lacks a font or template; 4 a fault in cica-desktop (nothing written).
See docs/COMPARE.md."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("old", type=Path, help="the earlier version (project .json)")
    parser.add_argument("new", type=Path, help="the new version (project .json)")
    parser.add_argument("--out", type=Path, required=True,
                        help="the file to write (.docx or .pdf)")
    parser.add_argument("--format", choices=["docx", "pdf"], default=None,
                        help="docx (tracked changes) or pdf (changes in colour); default: "
                             "from the suffix of --out")
    parser.add_argument("--part", choices=["package", "letter", "resolution"],
                        default="package", help="what to compare (default: package)")
    parser.add_argument("--no-moves", action="store_true",
                        help="mark a moved paragraph as deleted where it was and inserted "
                             "where it is, instead of as a move (for programs that do not "
                             "show moves)")
    parser.add_argument("--force", action="store_true",
                        help="replace the --out file if it exists (without it: exit 2)")
    parser.add_argument("--author", default=None,
                        help="the revisions' author (default: the new version's mission, "
                             "else your login name)")


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from ..build import EXIT_INTERNAL, EXIT_INVALID, EXIT_OK, Kind, classify, fault_text
    from ..compose import Part
    from ..model import Package, ProjectError, load_project
    from . import Author, RevisionError, VersionMismatch, word_date
    from .output import default_author, format_of, write_comparison

    fmt = format_of(args.out, args.format)
    if fmt is None:
        stderr.write(f"cica-desktop compare: {args.out}: name a .docx or .pdf file, or give "
                     "--format\n")
        return EXIT_INVALID
    if args.out.exists() and not args.force:
        stderr.write(f"cica-desktop: {args.out} exists; pass --force to replace it\n")
        return EXIT_INVALID
    packages: list[Package] = []
    for path in (args.old, args.new):
        try:
            packages.append(load_project(path))
        except ProjectError as exc:
            stderr.write(f"{path}: the project is not valid:\n")
            for error in exc.errors:
                stderr.write(f"  {error}\n")
            return EXIT_INVALID
        except OSError as exc:
            stderr.write(f"cica-desktop: cannot read {path}: {exc.strerror or exc}\n")
            return EXIT_INVALID
    old, new = packages
    author = Author(args.author.strip() if args.author and args.author.strip()
                    else default_author(new), word_date())
    try:
        written = write_comparison(old, new, args.out, fmt, author, Part(args.part),
                                   not args.no_moves)
    except VersionMismatch as exc:
        stderr.write(f"cica-desktop compare: {exc}\n")
        return EXIT_INVALID
    except RevisionError as exc:
        stderr.write(f"cica-desktop: could not compare ({exc}); nothing was written. "
                     "Please report this with both project files.\n")
        return EXIT_INTERNAL
    except Exception as exc:
        failure = classify(exc)
        if failure.kind is Kind.FAULT:
            if os.environ.get("CICA_DEBUG"):
                traceback.print_exception(exc, file=stderr)
            stderr.write(f"cica-desktop: could not compare ({fault_text(exc)}); nothing was "
                         "written. Please report this with both project files.\n")
        elif failure.kind is Kind.CANNOT_WRITE:
            stderr.write(f"cica-desktop: cannot write {failure.filename or args.out}: "
                         f"{failure.reason}\n")
        else:
            stderr.write(f"cica-desktop compare: {failure.reason}\n")
        return failure.exit_code
    for notice in written.notices:
        stderr.write(f"warning: {notice}\n")
    stdout.write(f"{written.path}\n")
    stderr.write(f"compare: {written.summary.describe()}\n")
    return EXIT_OK
