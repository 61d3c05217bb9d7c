"""The letter as the mission sends it: images from the signer profile and the project,
the mission layout, PDF/A-2b, and the digital signature, in one step.

Used by the window (its preview, its exports and its signed letter) and by `cica-desktop
build --layout mission` and `cica-desktop sign`. Every problem is raised before anything is
written; what each means (and the command line's exit code) is `build.classify`'s.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from .build import pdf_without_boxes
from .compose import Layout, MissionExtras, Part, compose
from .images import load_image
from .model import Package
from .render.pdf import PdfReport
from .signer_profile import SignerProfile as SignerProfile
from .signing import SigningKey, sign_pdf_bytes
from .timestamping import DEFAULT_TIMEOUT


class SignatoryError(ValueError):
    """The signer named is not among the letter's signatories (the message names the field)."""


def signatory_index(package: Package, name: str,
                    field: str = "signer profile › name") -> int:
    """The letter's signatory called *name* (case and spacing ignored).

    With no name, or a letter with one signatory (whose name may be written in another
    script than the profile's), the first. A name that matches none of several signatories
    is refused rather than putting one person's signature over another's name.
    """
    senders = package.letter.senders
    wanted = " ".join(name.split()).casefold()
    for index, sender in enumerate(senders):
        if wanted and " ".join(sender.name.split()).casefold() == wanted:
            return index
    if not wanted or len(senders) == 1:
        return 0
    names = ", ".join(sender.name for sender in senders)
    raise SignatoryError(f"{field}: {name} is not one of the letter's signatories ({names})")


def mission_extras(package: Package, profile: SignerProfile | None,
                   project_dir: Path | None,
                   signature_field: str = "signer profile › signature image",
                   name_field: str = "signer profile › name") -> MissionExtras:
    """The images of the mission layout, read and checked, and who signs. ImageError and
    SignatoryError name the field: *signature_field* for the profile's scan,
    letterhead.emblem for the emblem, letter.senders[i].signature_image for a signatory's
    own scan, *name_field* for the signer's name. Paths in the project are relative to
    *project_dir*."""
    emblem = None
    if package.letterhead.emblem.strip():
        emblem = load_image(_project_path(package.letterhead.emblem, project_dir),
                            "letterhead.emblem")
    signatures = tuple(
        load_image(_project_path(sender.signature_image, project_dir),
                   f"letter.senders[{index}].signature_image")
        if sender.signature_image.strip() else None
        for index, sender in enumerate(package.letter.senders))
    signature = None
    if profile is not None and profile.signature_image.strip():
        signature = load_image(Path(profile.signature_image).expanduser(), signature_field)
    index = signatory_index(package, profile.name, name_field) if profile is not None else 0
    return MissionExtras(emblem=emblem, signature=signature, signatory=index,
                         signatures=signatures)


def _project_path(value: str, project_dir: Path | None) -> Path:
    """A path typed in the project: relative to the project file's folder."""
    path = Path(value.strip()).expanduser()
    if not path.is_absolute() and project_dir is not None:
        path = project_dir / path
    return path


def mission_pdf(package: Package, extras: MissionExtras, part: Part = Part.LETTER,
                allow_missing_glyphs: bool = False) -> tuple[bytes, PdfReport]:
    """The mission layout as PDF; a PDF that would print boxes is refused."""
    return pdf_without_boxes(compose(package, part, Layout.MISSION, extras),
                             allow_missing_glyphs)


def signing_reason(package: Package) -> str:
    """The reason recorded in the signature: the request heading, in the document's
    language (compose writes it into the metadata's subject)."""
    return compose(package, Part.LETTER).metadata.subject


def signed_mission_pdf(package: Package, extras: MissionExtras, key: SigningKey, *,
                       part: Part = Part.LETTER, pdfa: bool = True, tsa_url: str = "",
                       tsa_timeout: float = DEFAULT_TIMEOUT,
                       now: dt.datetime | None = None, reason: str = "",
                       location: str = "") -> bytes:
    """The mission's letter (and, for Part.PACKAGE, its annexes), its box announcing the
    certificate holder and the time, made PDF/A-2b if asked, then signed over that box.
    The reason and place recorded default to the request heading and the letterhead's."""
    when = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    extras = dataclasses.replace(extras, digital_signer=key.common_name,
                                 signing_time=f"{when:%Y-%m-%d %H:%M} UTC")
    data, report = mission_pdf(package, extras, part)
    if pdfa:
        from .pdfa import to_pdfa_2b  # pikepdf: loaded only when a letter is signed

        data = to_pdfa_2b(data)
    return sign_pdf_bytes(data, key, reason=reason or signing_reason(package),
                          location=location or package.letterhead.place, tsa_url=tsa_url,
                          tsa_timeout=tsa_timeout,
                          field_box=report.signature_box)
