"""`cica-desktop submit PROJECT --out DIR`: the package for the Secretariat in one folder.

Exit codes: 0 written; 1 a file could not be written, or a file of the earlier submission
could not be removed; 2 the project is invalid, an input is refused (the key, its password,
an image, the signatory, the time-stamp server), there is no password, or DIR already holds
files of this submission and --force is not given; 3 the machine lacks something the
output needs (a font, a template); 4 a fault of ours. Nothing is written unless every file
is ready.

With --force the earlier submission in DIR is replaced as a whole: its files that the new
one no longer writes (an annex fewer) are removed with the writing, and listed on stdout
as "removed: PATH" after the files written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

_EPILOG = """\
Writes into DIR, named by the symbol (else the item's title) and the language:
  <name>-letter-signed.pdf   the letter as the mission sends it, signed (as `sign` does)
  <name>-letter.docx         the letter in Word (UN layout)
  <name>-annex-N.docx        each annex in Word, as the package prints it
  <name>-email.eml           an unsent e-mail with the PDF and the Word files attached,
                             subject and body from templates/submission/<language>.toml
  <name>-checklist.txt       what the findings still say, one box each
stdout lists the files written, one path a line. The signing options are those of `sign`.

A submission written into DIR before (files of the names above, for this symbol and
language) is replaced only with --force, and then as a whole: its files the new one no
longer writes (<name>-annex-3.docx when the project now has two annexes) are removed, all
together with the writing, and listed on stdout after the files written, one a line as
"removed: PATH". Other files in DIR (your own notes, another language's submission) are
never touched.

Exit codes: 0 written; 1 a file could not be written, or a file of the earlier submission
could not be removed (open in another program); 2 the project is invalid, an input is
refused, there is no password, or DIR holds files of this submission without --force
(listed; nothing written); 3 the machine lacks a font or a template; 4 a fault of ours.
Whenever the exit code is not 0, no file in DIR has changed."""


def _address(value: str) -> str:
    value = value.strip()
    if "@" not in value or any(c in value for c in "\r\n,"):
        raise argparse.ArgumentTypeError(f"{value!r} is not one e-mail address")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .signer import add_signing_arguments

    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = _EPILOG
    parser.add_argument("project", type=Path, metavar="PROJECT.json",
                        help="the project file")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR",
                        help="the folder to write the files into")
    parser.add_argument("--from", dest="sender", type=_address, default=None,
                        metavar="ADDRESS", help="the e-mail's sender")
    parser.add_argument("--to", type=_address, action="append", default=[],
                        metavar="ADDRESS", help="a recipient; may be repeated")
    parser.add_argument("--cc", type=_address, action="append", default=[],
                        metavar="ADDRESS", help="a copy's recipient; may be repeated")
    parser.add_argument("--force", action="store_true",
                        help="replace the submission already in DIR as a whole: its files "
                             "the new one does not write are removed")
    add_signing_arguments(parser)


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from ..build import EXIT_INVALID, EXIT_OK, EXIT_WRITE, Kind, classify, fault_text
    from ..model import load_project
    from ..timestamping import tsa_url_problem
    from . import Addresses, EarlierFileError, existing_files, submission
    from .signer import read_password, signed_project_pdf

    if args.tsa_timeout is not None and not args.tsa_url:
        stderr.write("cica-desktop submit: --tsa-timeout needs --tsa-url\n")
        return EXIT_INVALID
    if args.tsa_url and tsa_url_problem(args.tsa_url):
        stderr.write(f"cica-desktop submit: --tsa-url {args.tsa_url}: "
                     f"{tsa_url_problem(args.tsa_url)}\n")
        return EXIT_INVALID
    if not args.force:
        try:
            existing = existing_files(load_project(args.project), args.out)
        except Exception:  # the project's own problems are said below, where it is read
            existing = []
        if existing:
            stderr.write(f"cica-desktop submit: {args.out} already holds this submission's "
                         "files; pass --force to replace them (nothing written):\n")
            for path in existing:
                stderr.write(f"  {path}\n")
            return EXIT_INVALID
    try:
        password = read_password(args, stderr)
    except OSError as exc:
        stderr.write(f"cica-desktop: cannot read {exc.filename}: {exc.strerror or exc}\n")
        return EXIT_INVALID
    if password is None:
        return EXIT_INVALID
    try:
        package = load_project(args.project)
        signed = signed_project_pdf(package, args.project, args, password)
        folder = submission(package, signed, Addresses(args.sender or "", tuple(args.to),
                                                       tuple(args.cc)))
        result = folder.replace_in(args.out)
    except EarlierFileError as exc:
        stderr.write(f"cica-desktop: nothing written in {args.out}: {exc.strerror}\n")
        return EXIT_WRITE
    except Exception as exc:
        failure = classify(exc)
        match failure.kind:
            case Kind.INVALID_PROJECT:
                stderr.write(f"{args.project}: the project is not valid:\n")
                for detail in failure.details:
                    stderr.write(f"  {detail}\n")
            case Kind.CANNOT_WRITE:
                stderr.write(f"cica-desktop: cannot write {failure.filename or args.out}: "
                             f"{failure.reason}\n")
            case Kind.FAULT:
                stderr.write(f"cica-desktop: could not prepare the submission "
                             f"({fault_text(exc)}); nothing was written\n")
            case _:
                stderr.write(f"cica-desktop: nothing written: {failure.reason}\n")
        return failure.exit_code
    finally:
        password = ""
    for path in result.written:
        stdout.write(f"{path}\n")
    for path in result.removed:
        stdout.write(f"removed: {path}\n")
    return EXIT_OK
