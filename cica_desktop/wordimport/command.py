"""`cica-desktop import FILE.docx --out PROJECT.json`: a Word document into a project.

Exit codes: 0 written (a valid project, or a draft whose fields still to fill are listed on
stderr as "to fill: PATH"); 1 PROJECT.json (or the report) could not be written; 2 the
command line is wrong, the input cannot be read as a Word document, OUT exists without
--force, --report names the OUT file, or a value read is wrong rather than missing (listed
as "to correct: …"); 3 a language template is missing or cannot be read (one line naming
it); 4 a fault in cica-desktop (one line; the traceback only with CICA_DEBUG=1). Whenever
the exit code is not 0, nothing is written.
The import report (one line per guess: "paragraph 14: read as operative because it starts
with ‘Requests’") goes to stderr, and to --report FILE when given.
"""

from __future__ import annotations

import argparse
import os
import traceback
from pathlib import Path
from typing import TextIO

_EPILOG = """\
Output: OUT.json, a project (format 3); stdout prints its path. The import report, one
line per guess ("paragraph 14: read as operative because it starts with 'Requests'") and
per field still to fill ("to fill: letter.senders[0].name"), goes to stderr and to
--report. A project with fields to fill is a draft: it opens in the window with the gaps
marked and `cica-desktop build --draft` builds it.

Exit codes: 0 written (valid, or a draft); 1 OUT.json (or REPORT.txt) could not be
written; 2 the command line is wrong, the input is not a Word document python-docx reads,
OUT.json exists without --force, --report names OUT.json itself, or a value read is wrong
rather than missing; 3 the language's template (templates/lang/<code>.toml, or its request
template templates/kinds/<code>.toml) is missing or cannot be read: one line naming it;
4 a fault in cica-desktop (one line, the traceback with CICA_DEBUG=1). Nothing is written
unless the exit code is 0."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = _EPILOG
    parser.add_argument("docx", type=Path, metavar="FILE.docx", help="the Word document")
    parser.add_argument("--out", type=Path, required=True, metavar="OUT.json",
                        help="the project file to write")
    parser.add_argument("--language", choices=("en", "fr", "es", "ru", "zh", "ar"),
                        default=None,
                        help="the document's language (default: read from the document)")
    parser.add_argument("--report", type=Path, default=None, metavar="REPORT.txt",
                        help="also write the import report to this file")
    parser.add_argument("--force", action="store_true", help="replace OUT.json if it exists")


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from ..atomic import write_files_atomically
    from ..build import (
        EXIT_ENVIRONMENT,
        EXIT_INTERNAL,
        EXIT_INVALID,
        EXIT_OK,
        EXIT_WRITE,
        fault_text,
    )
    from ..compose.language import TemplateProblem
    from . import import_docx

    out: Path = args.out
    if args.report is not None and _same_file(args.report, out):
        stderr.write(f"cica-desktop import: --report {args.report} is the project file "
                     "--out names; give the report another name\n")
        return EXIT_INVALID
    if out.exists() and not args.force:
        stderr.write(f"cica-desktop: {out} exists; pass --force to replace it\n")
        return EXIT_INVALID
    def fault(exc: Exception) -> int:  # a fault of ours: one line, exit 4 (documented)
        if os.environ.get("CICA_DEBUG"):
            traceback.print_exception(exc, file=stderr)
        stderr.write(f"cica-desktop: could not import {args.docx} ({fault_text(exc)}); "
                     "nothing was written. Please report this with the Word file.\n")
        return EXIT_INTERNAL

    try:
        result = import_docx(args.docx, args.language)
    except TemplateProblem as exc:  # a ValueError too: the machine's, not the input's (3)
        stderr.write(f"cica-desktop: {exc}\n")
        return EXIT_ENVIRONMENT
    except (ValueError, OSError) as exc:
        stderr.write(f"cica-desktop: cannot import {args.docx}: {exc}\n")
        return EXIT_INVALID
    except Exception as exc:
        return fault(exc)
    try:  # the document was read: what fails from here on is ours, not the input's
        lines = result.report_lines()
        project = result.json().encode("utf-8")
    except Exception as exc:
        return fault(exc)
    for line in lines:
        stderr.write(f"import: {line}\n")
    if result.errors:
        stderr.write(f"cica-desktop: {args.docx}: nothing written: {len(result.errors)} "
                     "value(s) to correct\n")
        return EXIT_INVALID
    files = [(out, project)]
    if args.report is not None:
        files.append((args.report, "".join(f"{line}\n" for line in lines).encode("utf-8")))
    try:
        write_files_atomically(files)
    except OSError as exc:
        stderr.write(f"cica-desktop: cannot write {exc.filename or out}: "
                     f"{exc.strerror or exc}\n")
        return EXIT_WRITE
    stdout.write(f"{out}\n")
    return EXIT_OK


def _same_file(first: Path, second: Path) -> bool:
    """Whether two paths name one file (compared resolved: `a.json` and `./a.json`)."""
    return first.resolve() == second.resolve()
