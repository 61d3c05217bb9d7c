"""The signing options `cica-desktop sign` and `cica-desktop submit` share, and the one path
from those options to a project's signed letter (`mission.signed_mission_pdf`), so the two
commands sign alike."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TextIO

from ..compose import MissionExtras, Part
from ..model import Package
from ..timestamping import DEFAULT_TIMEOUT, MAX_TIMEOUT, MIN_TIMEOUT


def seconds(value: str) -> float:
    """--tsa-timeout: a number of seconds within the time-stamp client's limits."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not MIN_TIMEOUT <= number <= MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(f"give between {MIN_TIMEOUT:g} and "
                                         f"{MAX_TIMEOUT:g} seconds")
    return number


def add_signing_arguments(parser: argparse.ArgumentParser) -> None:
    """--p12, --password-file, --reason, --location, --tsa-url, --tsa-timeout, and the
    project's --part, --signature-image, --signatory, --no-pdfa."""
    parser.add_argument("--p12", type=Path, required=True,
                        help="key and certificate (.p12/.pfx)")
    parser.add_argument("--password-file", type=Path, default=None,
                        help="read the password from this file (else it is asked for)")
    parser.add_argument("--reason", default="", help="reason recorded in the signature")
    parser.add_argument("--location", default="", help="place recorded in the signature")
    parser.add_argument("--tsa-url", default="",
                        help="an RFC 3161 time-stamp server (http:// or https://): the "
                             "signature becomes PAdES B-T")
    parser.add_argument("--tsa-timeout", type=seconds, default=None, metavar="SECONDS",
                        help="how long the time-stamp server may take in all, from "
                             "connecting to the last byte of its answer (default 30)")
    parser.add_argument("--part", choices=[Part.LETTER.value, Part.PACKAGE.value],
                        default=Part.PACKAGE.value,
                        help="project: the letter alone, or with its annexes (default)")
    parser.add_argument("--signature-image", type=Path, default=None,
                        help="project: a scanned signature (PNG or JPEG) over the name")
    parser.add_argument("--signatory", default="",
                        help="project: the name of the signatory who signs (default: the "
                             "first)")
    parser.add_argument("--no-pdfa", action="store_true",
                        help="project: do not make the file PDF/A-2b before signing")


def read_password(args: argparse.Namespace, stderr: TextIO) -> str | None:
    """The key's password from --password-file, else asked in a terminal; None (after
    saying why) when there is neither. OSError: the file cannot be read."""
    if args.password_file is not None:
        return str(args.password_file.read_text(encoding="utf-8").rstrip("\r\n"))
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"Password for {args.p12.name}: ")
    stderr.write("cica-desktop: no password: use --password-file or run in a terminal\n")
    return None


def mission_extras_for(package: Package, project: Path, signature_image: Path | None,
                       signatory: str) -> MissionExtras:
    """The mission layout's images and signer from the command line's options."""
    from ..mission import SignerProfile, mission_extras

    profile = SignerProfile(name=signatory,
                            signature_image=str(signature_image) if signature_image else "")
    return mission_extras(package, profile, project.absolute().parent, "--signature-image",
                          "--signatory")


def signed_project_pdf(package: Package, project: Path, args: argparse.Namespace,
                       password: str) -> bytes:
    """The project's letter as the mission sends it, signed as the options say."""
    from ..mission import signed_mission_pdf
    from ..signing import open_signing_key

    extras = mission_extras_for(package, project, args.signature_image, args.signatory)
    key = open_signing_key(args.p12, password)
    return signed_mission_pdf(package, extras, key, part=Part(args.part),
                              pdfa=not args.no_pdfa, tsa_url=args.tsa_url,
                              tsa_timeout=args.tsa_timeout or DEFAULT_TIMEOUT,
                              reason=args.reason, location=args.location)
