"""The headless command line: `cica-desktop build PROJECT …`.

Exit codes: 0 success; 1 the output could not be written; 2 the project (or the command
line) is invalid, with one line per bad field and nothing written; 3 the machine lacks
something the output needs (a font, a language template); 4 a fault in cica-desktop itself
(one line; the traceback only with CICA_DEBUG=1), nothing written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import importlib
import json
import os
import sys
import textwrap
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TextIO

from .atomic import write_files_atomically
from .build import EXIT_ENVIRONMENT as EXIT_ENVIRONMENT  # cli.EXIT_*: the exit codes
from .build import EXIT_INTERNAL as EXIT_INTERNAL
from .build import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_WRITE,
    FORMATS,
    Failure,
    Kind,
    build,
    classify,
    fault_text,
    signed_output_name,
)

# COMMANDS and COMMAND_MODULES (cli.COMMANDS…) live in `commands`, which the entry point
# reads to tell a command from a file to open without importing the command line.
from .commands import COMMAND_MODULES as COMMAND_MODULES
from .commands import COMMANDS as COMMANDS
from .compose import Layout, Part
from .draft import load_draft
from .model import Language, PaperSize, ProjectError, RequestKind, load_project
from .submission.signer import (
    add_signing_arguments,
    mission_extras_for,
    read_password,
    signed_project_pdf,
)
from .timestamping import DEFAULT_TIMEOUT, tsa_url_problem

#: verify: the signatures are valid, but a signer is not trusted (with --require-trust).
EXIT_UNTRUSTED = 5


def _formats(value: str) -> list[str]:
    formats = [f.strip().lower() for f in value.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(unknown) or '(none)'}; use pdf, docx or pdf,docx")
    return list(dict.fromkeys(formats))


def _command_module(name: str) -> ModuleType:
    return importlib.import_module(COMMAND_MODULES[name])


def command_help() -> dict[str, str]:
    """Every command with its one-line help."""
    return dict(COMMANDS)


def not_a_command(word: str, stderr: TextIO) -> int:
    """`cica-desktop WORD`, WORD neither a command nor an existing file: the commands on
    stderr and exit 2 (a mistyped command must not open the window on a missing file)."""
    commands = command_help()
    close = difflib.get_close_matches(word, commands, n=1)
    guess = f" (did you mean '{close[0]}'?)" if close else ""
    stderr.write(parser("").format_usage())
    stderr.write(f"cica-desktop: error: '{word}' is neither a command nor an existing "
                 f"file{guess}\ncommands:\n")
    width = max(map(len, commands))
    for name, text in commands.items():
        stderr.write(f"  {name:<{width}}  {text}\n")
    stderr.write("`cica-desktop COMMAND --help` lists a command's options;\n"
                 "`cica-desktop PROJECT.json` opens a project file in the window.\n")
    return EXIT_INVALID


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; given the *command* being run, the options of the other
    module commands are left out (their modules are not imported)."""
    main = argparse.ArgumentParser(
        prog="cica-desktop",
        description="Prepare a UN General Assembly agenda-item request package.")
    commands = main.add_subparsers(dest="command", required=True)
    _new_parser(commands)
    b = commands.add_parser("build", help=COMMANDS["build"])
    b.add_argument("project", type=Path, help="project file (.json)")
    b.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out)")
    b.add_argument("--part", choices=[p.value for p in Part], default=Part.PACKAGE.value)
    b.add_argument("--format", type=_formats, default=list(FORMATS), dest="formats",
                   help="comma-separated: pdf,docx (default both)")
    b.add_argument("--paper", choices=[p.value for p in PaperSize], default=None,
                   help="override the project's paper size")
    b.add_argument("--allow-missing-glyphs", action="store_true",
                   help="write the PDF even if some characters have no font (they print as "
                        "boxes)")
    b.add_argument("--layout", choices=[layout.value for layout in Layout],
                   default=Layout.UN.value,
                   help="un: as the UN circulates it (default); mission: the letter as the "
                        "mission sends it, with its letterhead")
    b.add_argument("--signature-image", type=Path, default=None,
                   help="mission layout: a scanned signature (PNG or JPEG) over the name")
    b.add_argument("--signatory", default="",
                   help="mission layout: the name of the signatory who signs (default: the "
                        "first)")
    b.add_argument("--draft", action="store_true",
                   help="build a project with fields still empty: each gap prints as a "
                        "placeholder such as [Name], every page is marked DRAFT, the files "
                        "are named *-draft.*; the gaps are listed on stderr (exit 0)")
    sign = commands.add_parser("sign", help=COMMANDS["sign"])
    sign.add_argument("pdf", type=Path, metavar="PDF_OR_PROJECT",
                      help="a PDF to sign, or a project file (.json): then the mission "
                           "layout is built, made PDF/A-2b and signed in one step")
    sign.add_argument("--out", type=Path, default=None,
                      help="signed file (default: <stem>-signed.pdf)")
    add_signing_arguments(sign)
    checking = commands.add_parser("check", help=COMMANDS["check"])
    checking.add_argument("project", type=Path, help="project file (.json)")
    checking.add_argument("--format", choices=("text", "json"), default="text",
                          dest="output_format",
                          help="text: one \"path: severity: message\" line each (default); "
                               "json: code, path, severity, params and message of each")
    checking.add_argument("--spelling", action="store_true",
                          help="also list the words no dictionary knows, with suggestions "
                               "(English, French, Spanish, Russian, Arabic)")
    verify = commands.add_parser(
        "verify", help=COMMANDS["verify"],
        description="Exit codes: 0 valid; 1 not signed, a signature invalid, or the file "
                    "changed after signing beyond what its signatures permit; 2 the file "
                    "cannot be read; 5 valid but a signer not trusted (--require-trust).")
    verify.add_argument("pdf", type=Path)
    verify.add_argument("--trust", type=Path, action="append", default=[],
                        help="a trusted certificate (PEM or DER); may be repeated")
    verify.add_argument("--json", action="store_true",
                        help="print the full report per signature as JSON")
    verify.add_argument("--require-trust", action="store_true",
                        help="exit 5 when a signer's certificate does not chain to a "
                             "--trust certificate")
    for name in COMMAND_MODULES:
        sub = commands.add_parser(name, help=COMMANDS[name], description=COMMANDS[name])
        if command is None or command == name:
            _command_module(name).add_arguments(sub)
    return main


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _session(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 200:
        raise argparse.ArgumentTypeError(f"{value!r} is not a session number (1 to 200)")
    return int(value)


def _state(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("give the State's name")
    return value.strip()


def _new_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from .compose.kinds import KINDS, RULES

    kinds = "\n".join(textwrap.fill(f"{info.kind.value}: {info.title}. {info.description}",
                                     width=88, initial_indent="  ", subsequent_indent="    ")
                       for info in KINDS.values())
    rules = "\n".join(textwrap.fill(f"{title}. {text}", width=88, initial_indent="  ",
                                     subsequent_indent="    ")
                       for title, text in RULES.values())
    new = commands.add_parser(
        "new", help=COMMANDS["new"], formatter_class=argparse.RawDescriptionHelpFormatter,
        description=textwrap.fill(
            "Write a new request project: the standard wording of its kind, rule and number "
            "of senders, one signature block per requesting State; what is not given stays "
            "blank and is listed by `cica-desktop check`. With --from, a new request from "
            "an earlier one: its text kept; dates, signatories' names and scanned "
            "signatures, symbol, job number, issue date and agenda item cleared.", width=88),
        epilog=f"kinds of request (--kind):\n{kinds}\n\nrules of procedure:\n{rules}\n\n"
               + textwrap.fill("Exit codes: 0 written; 2 invalid input (the option is "
                               "named) or OUT exists without --force; 1 OUT could not be "
                               "written; 3 a template is missing.", width=88))
    new.add_argument("out", type=Path, metavar="OUT.json", help="the project file to write")
    new.add_argument("--kind", choices=[kind.value for kind in KINDS],
                     help="what the request is for (the kinds are described below)")
    new.add_argument("--from", dest="earlier", type=Path, default=None,
                     metavar="EARLIER.json",
                     help="make a new request from this earlier one instead of a kind")
    new.add_argument("--language", choices=[language.value for language in Language],
                     default=None, help="the document's language (default en)")
    new.add_argument("--rule", type=int, choices=(13, 14, 15), default=None,
                     help="the rule the request invokes (default 15; --from: the earlier "
                          "request's)")
    new.add_argument("--session", type=_session, default=None,
                     help="the session (default: the one the rule is for on --date: see "
                          "docs/CHECKS.md)")
    new.add_argument("--date", type=_date, default=None, metavar="YYYY-MM-DD",
                     help="the letter's date (default today)")
    new.add_argument("--state", action="append", type=_state, default=[], dest="states",
                     metavar="STATE", help="a requesting State; repeat it for a joint "
                                           "letter (one signature block each)")
    new.add_argument("--organization", default="",
                     help="observer_status, cooperation: the organization, with its article "
                          "as it reads in a sentence (\"the Example Forum\")")
    new.add_argument("--title", default="",
                     help="the item's title (observer_status and cooperation have a "
                          "standard one made from the organization)")
    new.add_argument("--parent-item", default="", metavar="TITLE",
                     help="sub_item: the title of the existing item (cooperation has one)")
    new.add_argument("--paper", choices=[p.value for p in PaperSize],
                     default=None, help="paper size (default letter)")
    new.add_argument("--draft-resolution", action=argparse.BooleanOptionalAction,
                     default=None,
                     help="substantive_item, sub_item: with a draft resolution or without "
                          "(default: without for a substantive item, with for a sub-item)")
    new.add_argument("--force", action="store_true", help="replace OUT if it exists")


def _refuse_new_options(cli: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """`new`: what is missing, contradictory or would be ignored is an error (exit 2)."""
    from .compose.kinds import KINDS

    for_kind = (("--language", args.language), ("--state", args.states),
                ("--organization", args.organization), ("--title", args.title),
                ("--parent-item", args.parent_item), ("--paper", args.paper),
                ("--draft-resolution", args.draft_resolution is not None))
    if args.earlier is not None:
        if args.kind:
            cli.error("--kind and --from exclude each other")
        for option, given in for_kind:
            if given:
                cli.error(f"{option} applies to a new request (--kind), not to --from")
        return
    if not args.kind:
        cli.error("give --kind KIND (or --from EARLIER.json)")
    info = KINDS[RequestKind(args.kind)]
    if args.organization and not info.organization:
        cli.error(f"--organization: the kind {args.kind} names no organization")
    if args.parent_item and not info.sub_item:
        cli.error(f"--parent-item: the kind {args.kind} is not for a sub-item")
    if args.draft_resolution is not None and not info.resolution_optional:
        cli.error(f"--{'' if args.draft_resolution else 'no-'}draft-resolution: the kind "
                  f"{args.kind} always has a draft resolution")


def run_new(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Write OUT as `new` is asked to; refuses to replace an existing file without --force.
    Exit 0 written, 2 invalid input, 1 not written, 3 a template is missing."""
    from .checks.sessions import session_for
    from .compose.language import TemplateProblem
    from .compose.new_package import RequestSpec, new_request
    from .earlier import earlier_request

    out: Path = args.out
    if out.exists() and not args.force:
        stderr.write(f"cica-desktop: {out} exists; pass --force to replace it\n")
        return EXIT_INVALID
    date = args.date or dt.date.today()
    try:
        if args.earlier is not None:
            data = earlier_request(args.earlier, date=date, session=args.session,
                                   rule=args.rule)
        else:
            rule = args.rule or 15
            data = new_request(RequestSpec(
                RequestKind(args.kind), args.session or session_for(rule, date), date,
                language=args.language or "en", rule=rule, states=tuple(args.states),
                organization=args.organization, item_title=args.title,
                parent_item=args.parent_item, paper=args.paper or PaperSize.LETTER.value,
                draft_resolution=args.draft_resolution)).data
    except ProjectError as exc:
        stderr.write(f"cica-desktop: --from {args.earlier}: not a project:\n")
        for error in exc.errors:
            stderr.write(f"  {error}\n")
        return EXIT_INVALID
    except TemplateProblem as exc:
        stderr.write(f"cica-desktop: {exc}\n")
        return EXIT_ENVIRONMENT
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        write_files_atomically([(out, text.encode("utf-8"))])
    except OSError as exc:
        stderr.write(f"cica-desktop: cannot write {out}: {exc.strerror or exc}\n")
        return EXIT_WRITE
    stdout.write(f"{out}\n")
    return EXIT_OK


def _invalid_project(project: Path, failure: Failure, stderr: TextIO) -> None:
    stderr.write(f"{project}: the project is not valid:\n")
    for detail in failure.details:
        stderr.write(f"  {detail}\n")


def _sign_failed(exc: Exception, source: Path, stderr: TextIO) -> int:
    """Why nothing was signed, in `sign`'s words; the exit code is `build.classify`'s."""
    failure = classify(exc)
    match failure.kind:
        case Kind.INVALID_PROJECT:
            _invalid_project(source, failure, stderr)
        case Kind.REFUSED:
            stderr.write(f"cica-desktop: not signed: {failure.reason}\n")
        case Kind.WOULD_PRINT_BOXES:
            stderr.write(f"cica-desktop: not signed; the PDF would print boxes: "
                         f"{failure.reason}\n")
        case _:
            # Anything else keeps the answer sign has always given, 2, naming its input (a PDF
            # pyHanko reads but cannot sign, for instance), even where build answers 3 or 4.
            stderr.write(f"cica-desktop: not signed: {source} ({fault_text(exc)})\n")
            return EXIT_INVALID
    return failure.exit_code


def run_sign(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from .signing import sign_pdf_bytes

    try:
        password = read_password(args, stderr)
        if password is None:
            return EXIT_INVALID
        is_project = args.pdf.suffix.lower() == ".json"
        pdf = b"" if is_project else args.pdf.read_bytes()
    except OSError as exc:
        stderr.write(f"cica-desktop: cannot read {exc.filename}: {exc.strerror or exc}\n")
        return EXIT_INVALID
    try:
        if is_project:
            signed = signed_project_pdf(load_project(args.pdf), args.pdf, args, password)
        else:
            signed = sign_pdf_bytes(pdf, args.p12, password, reason=args.reason,
                                    location=args.location, tsa_url=args.tsa_url,
                                    tsa_timeout=args.tsa_timeout or DEFAULT_TIMEOUT)
    except Exception as exc:
        return _sign_failed(exc, args.pdf, stderr)
    finally:
        password = ""
    out = args.out or args.pdf.with_name(signed_output_name(args.pdf.stem))
    try:
        write_files_atomically([(out, signed)])
    except OSError as exc:
        stderr.write(f"cica-desktop: cannot write {out}: {exc.strerror or exc}\n")
        return EXIT_WRITE
    stdout.write(f"{out}\n")
    return EXIT_OK


def run_verify(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Exit 0: signed, every signature valid, nothing changed beyond what they permit (and,
    with --require-trust, every signer trusted); 1: not signed, or a signature is invalid,
    or the file was changed after signing; 2: the file cannot be read; 5: valid, but a
    signer is not trusted and --require-trust was given."""
    from .verification import VerificationError, report_lines, verify_pdf

    try:
        data = args.pdf.read_bytes()
        roots = list(args.trust)
        for root in roots:
            root.read_bytes()
    except OSError as exc:
        stderr.write(f"cica-desktop: cannot read {exc.filename}: {exc.strerror or exc}\n")
        return EXIT_INVALID
    try:
        report = verify_pdf(data, trust=roots, name=str(args.pdf))
    except (VerificationError, ValueError) as exc:
        if args.json:
            stdout.write(json.dumps({"file": str(args.pdf), "verdict": "unreadable",
                                     "error": str(exc)}, ensure_ascii=False) + "\n")
        stderr.write(f"cica-desktop: cannot check {args.pdf}: {exc}\n")
        return EXIT_INVALID  # documented: 2, the file cannot be read (as a PDF)
    if args.json:
        stdout.write(json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        for line in report_lines(report):
            stdout.write(line + "\n")
    if not report.valid:
        return EXIT_WRITE
    if args.require_trust and not report.trusted:
        return EXIT_UNTRUSTED
    return EXIT_OK


def run_check(project: Path, stdout: TextIO, stderr: TextIO,
              output_format: str = "text", spelling: bool = False) -> int:
    """Findings, one per line ("path: severity: message"; a finding with a fix is followed
    by an indented "fix: path = value" line, the value as JSON), or as JSON for scripts
    ({"file": …, "findings": [{code, path, severity, params, message, fix}, …]}, fix being
    {path, value} or null); exit 2 if the project has errors (it cannot be built), 0
    otherwise: warnings and notes never fail. Wording the project's language template lacks
    (English's is used) is a warning too."""
    from .checks import check
    from .compose.language import template_findings

    try:
        package = load_project(project)
        findings = check(package) + template_findings(package.language.value)
        if spelling:  # warnings: unknown words (with suggestions), or why none are checked
            from .spelling import spelling_findings
            findings += spelling_findings(package.model_dump(mode="json"))
        status = EXIT_OK
    except ProjectError as exc:
        findings = [error.finding() for error in exc.errors]
        status = EXIT_INVALID
        stderr.write(f"{project}: {len(exc.errors)} error(s); it cannot be built\n")
    if output_format == "json":
        stdout.write(json.dumps({"file": str(project),
                                 "findings": [finding.as_json() for finding in findings]},
                                ensure_ascii=False, indent=2) + "\n")
        return status
    for finding in findings:
        stdout.write(f"{finding}\n")
        if finding.fix is not None:
            stdout.write(f"    fix: {finding.fix}\n")
    if not findings:
        stdout.write(f"{project}: no findings\n")
    return status


def _build_failed(exc: Exception, project: Path, out: Path, stderr: TextIO) -> int:
    """Why nothing was written, in `build`'s words; the exit code is `build.classify`'s."""
    failure = classify(exc)
    match failure.kind:
        case Kind.INVALID_PROJECT:
            _invalid_project(project, failure, stderr)
        case Kind.NO_SUCH_PART:
            stderr.write(f"{project}: {failure.reason}\n")
        case Kind.REFUSED:
            stderr.write(f"{project}: nothing written: {failure.reason}\n")
        case Kind.WOULD_PRINT_BOXES:
            stderr.write(f"{project}: nothing written; the PDF would print boxes:\n")
            for problem in failure.details:
                stderr.write(f"  {problem}\n")
            stderr.write("Install a font for these characters, change the text, or pass "
                         "--allow-missing-glyphs.\n")
        case Kind.MACHINE_LACKS:
            stderr.write(f"cica-desktop: {failure.reason}\n")
        case Kind.CANNOT_WRITE:
            stderr.write(f"cica-desktop: cannot write {failure.filename or out}: "
                         f"{failure.reason}\n")
        case Kind.FAULT:  # a bug of ours: say so in one line
            if os.environ.get("CICA_DEBUG"):
                traceback.print_exception(exc, file=stderr)
            stderr.write(f"cica-desktop: could not build {project} ({failure.reason}); "
                         "nothing was written. Please report this with the project file.\n")
    return failure.exit_code


def run_build(project: Path, out: Path, part: Part, formats: Sequence[str],
              paper: PaperSize | None, stdout: TextIO, stderr: TextIO,
              allow_missing_glyphs: bool = False, layout: Layout = Layout.UN,
              signature_image: Path | None = None, signatory: str = "",
              draft: bool = False) -> int:
    try:
        placeholders: frozenset[str] | None = None
        if draft:
            drafted = load_draft(project)
            package, placeholders = drafted.package, drafted.placeholders
            for gap in drafted.gaps:
                stderr.write(f"draft: {gap}\n")
        else:
            package = load_project(project)
        extras = (mission_extras_for(package, project, signature_image, signatory)
                  if layout is Layout.MISSION else None)
        result = build(package, project.stem, out, part, formats, paper, allow_missing_glyphs,
                       layout=layout, extras=extras, placeholders=placeholders)
    except Exception as exc:
        return _build_failed(exc, project, out, stderr)
    for warning in result.warnings:
        stderr.write(f"warning: {warning}\n")
    for path in result.files:
        stdout.write(f"{path}\n")
    return EXIT_OK


def _refuse_ignored_options(cli: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """An option that would be silently ignored is an error (exit 2), not a surprise."""
    if args.command == "build" and args.layout == Layout.UN.value:
        for given, option in ((args.signature_image, "--signature-image"),
                              (args.signatory, "--signatory")):
            if given:
                cli.error(f"{option} needs --layout mission")
    if args.command == "sign":
        if args.tsa_timeout is not None and not args.tsa_url:
            cli.error("--tsa-timeout needs --tsa-url")
        if args.tsa_url and tsa_url_problem(args.tsa_url):
            cli.error(f"--tsa-url {args.tsa_url}: {tsa_url_problem(args.tsa_url)}")
    if args.command == "sign" and args.pdf.suffix.lower() != ".json":
        for given, option in ((args.signature_image, "--signature-image"),
                              (args.signatory, "--signatory"), (args.no_pdfa, "--no-pdfa"),
                              (args.part != Part.PACKAGE.value, "--part")):
            if given:
                cli.error(f"{option} applies to a project file (.json), not to a PDF")


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    cli = parser(words[0] if words and words[0] in COMMAND_MODULES else "")
    args = cli.parse_args(words)
    _refuse_ignored_options(cli, args)
    if args.command == "new":
        _refuse_new_options(cli, args)
        return run_new(args, sys.stdout, sys.stderr)
    if args.command == "sign":
        return run_sign(args, sys.stdout, sys.stderr)
    if args.command == "verify":
        return run_verify(args, sys.stdout, sys.stderr)
    if args.command == "check":
        return run_check(args.project, sys.stdout, sys.stderr, args.output_format,
                         args.spelling)
    if args.command == "build":
        paper = PaperSize(args.paper) if args.paper else None
        return run_build(args.project, args.out, Part(args.part), args.formats, paper,
                         sys.stdout, sys.stderr, args.allow_missing_glyphs,
                         Layout(args.layout), args.signature_image, args.signatory,
                         args.draft)
    if args.command in COMMAND_MODULES:
        result: int = _command_module(args.command).run(args, sys.stdout, sys.stderr)
        return result
    return EXIT_INVALID  # argparse already refused anything else
