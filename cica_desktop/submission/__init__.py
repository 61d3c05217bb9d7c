"""The package for the Secretariat: one folder holding the signed letter (PDF), the letter
and each annex as Word files, an e-mail draft (.eml) with those files attached, and a
checklist of what the findings still say.

Nothing here renders or signs on its own: the Word files come from the output pipeline
(`build.render` for the letter; the package composed once and cut at each annex's heading
for the annexes), the signed PDF from `mission.signed_mission_pdf` (through
`submission.signer` for the command line, `app/jobs` for the window), and the folder is
written all at once by `atomic.FileSet`, replacing an earlier submission of the same
request there as a whole (`Submission.replace_in`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import string
import tempfile
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid
from pathlib import Path

from ..atomic import FileSet, replace, short_prefix
from ..build import render
from ..compose import Part, compose
from ..compose.language import TemplateProblem, load_language, templates_root
from ..document import Block, EndRule, PageBreak, Paragraph
from ..model import Package
from ..render import docx_bytes

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF = ("application", "pdf")
TEXT = ("text", "plain")


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes
    mime: tuple[str, str]


@dataclass(frozen=True)
class Addresses:
    """Who the e-mail is from and to (empty: the mail program asks)."""

    sender: str = ""
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()


def base_name(package: Package) -> str:
    """The files' common name: the symbol ("A/62/232" → "A-62-232"), else the item's title
    in at most 60 letters, digits and hyphens, then the language ("A-62-232-en")."""
    if package.symbol:
        stem = package.symbol.replace("/", "-")
    else:
        ascii_title = unicodedata.normalize("NFKD", package.item_title)
        stem = re.sub(r"[^\w]+", "-", ascii_title).strip("-")[:60].strip("-") or "request"
    return f"{stem}-{package.language.value}"


def _annex_starts(blocks: Sequence[Block], count: int) -> list[int]:
    """Where each annex begins in the composed package: its "Annex I" heading's anchor."""
    starts = []
    for number in range(count):
        anchor = f"annexes[{number}]"
        starts.append(next(index for index, block in enumerate(blocks)
                           if isinstance(block, Paragraph) and block.anchor == anchor))
    return starts


def _trimmed(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """One file's blocks: no page break at either end, the end rule under its text."""
    kept = list(blocks)
    while kept and isinstance(kept[0], PageBreak):
        kept.pop(0)
    while kept and isinstance(kept[-1], PageBreak | EndRule):
        kept.pop()
    return (*kept, EndRule())


def annex_docx(package: Package) -> list[bytes]:
    """Each annex as a Word file of its own, as the package prints it (its "Annex I"
    heading, the UN's masthead and running heads)."""
    if not package.annexes:
        return []
    document = compose(package, Part.PACKAGE)
    starts = _annex_starts(document.blocks, len(package.annexes))
    ends = [*starts[1:], len(document.blocks)]
    return [docx_bytes(dataclasses.replace(document, blocks=_trimmed(document.blocks[a:b])))
            for a, b in zip(starts, ends, strict=True)]


def word_files(package: Package) -> list[Attachment]:
    """The letter and each annex in Word, named by `base_name` ("A-62-232-en-letter.docx",
    "A-62-232-en-annex-1.docx")."""
    base = base_name(package)
    [letter] = render(package, Part.LETTER, ["docx"])
    files = [Attachment(f"{base}-letter.docx", letter.data, DOCX)]
    files += [Attachment(f"{base}-annex-{number}.docx", data, DOCX)
              for number, data in enumerate(annex_docx(package), start=1)]
    return files


def existing_files(package: Package, folder: Path) -> list[Path]:
    """The files of *package*'s submission already in *folder* (a submission written there
    before): the ones writing it again replaces, or removes when the new submission has
    no file of that name (an annex fewer), by the names `submission` gives."""
    return _files_named(base_name(package), folder)


def _files_named(base: str, folder: Path) -> list[Path]:
    """The files in *folder* named as a submission whose `base_name` is *base* names its
    files: the naming rule of `submission`, in this one place."""
    if not folder.is_dir():
        return []
    ours = re.compile(rf"{re.escape(base)}-(letter-signed\.pdf|letter\.docx|annex-\d+\.docx"
                      r"|email\.eml|checklist\.txt)")
    return sorted(path for path in folder.iterdir() if ours.fullmatch(path.name))


def signed_name(package: Package) -> str:
    return f"{base_name(package)}-letter-signed.pdf"


# ---------------------------------------------------------------------- the e-mail


def _template(language: str) -> dict[str, str]:
    path = templates_root() / "submission" / f"{language}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return {"subject": str(data["subject"]), "body": str(data["body"])}
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise TemplateProblem(f"templates/submission/{language}.toml: {exc}") from None


def _values(package: Package, attachments: Sequence[Attachment]) -> dict[str, str]:
    t = load_language(package.language.value)
    first = package.letter.senders[0]
    return {"title": package.item_title, "symbol": package.symbol or package.item_title,
            "session": str(package.session),
            "session_name": t.phrase("session", session=package.session).lower()
            if package.language.value in ("en", "fr", "es", "ru")
            else t.phrase("session", session=package.session),
            "mission": package.mission or t.join_and(list(package.requesting_states)),
            "states": t.join_and(list(package.requesting_states)), "signatory": first.name,
            "date": t.date(package.letter.date),
            "attachments": "\n".join(f"- {file.name}" for file in attachments)}


def email_text(package: Package, attachments: Sequence[Attachment]) -> tuple[str, str]:
    """The subject and body from templates/submission/<language>.toml."""
    language = package.language.value
    template = _template(language)
    values = _values(package, attachments)
    try:
        subject = string.Template(template["subject"]).substitute(values)
        body = string.Template(template["body"]).substitute(values)
    except (KeyError, ValueError) as exc:
        raise TemplateProblem(f"templates/submission/{language}.toml: unknown value "
                              f"{exc}") from None
    return " ".join(subject.split()), body.strip() + "\n"


def email_message(package: Package, attachments: Sequence[Attachment],
                  addresses: Addresses = Addresses()) -> EmailMessage:
    """An unsent e-mail with *attachments*: a mail program opens it as a draft
    (X-Unsent: 1, read by Outlook; others open it as a message to forward or edit)."""
    subject, body = email_text(package, attachments)
    message = EmailMessage(policy=SMTP)
    message["Subject"] = subject
    if addresses.sender:
        message["From"] = addresses.sender
    if addresses.to:
        message["To"] = ", ".join(addresses.to)
    if addresses.cc:
        message["Cc"] = ", ".join(addresses.cc)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="cica-desktop.invalid")
    message["X-Unsent"] = "1"
    message["Content-Language"] = str(load_language(package.language.value).setting("bcp47"))
    message.set_content(body)
    for file in attachments:
        message.add_attachment(file.data, maintype=file.mime[0], subtype=file.mime[1],
                               filename=file.name)
    return message


# ---------------------------------------------------------------------- the checklist


def checklist(package: Package) -> str:
    """What the findings still say, one box per finding, for whoever sends the package."""
    from ..checks import check
    from ..compose.language import template_findings

    findings = check(package) + template_findings(package.language.value)
    lines = [f"Checklist for {base_name(package)} ({package.item_title})", ""]
    if not findings:
        lines.append("Nothing left: the checks have no findings.")
    lines += [f"[ ] {finding}" for finding in findings]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------- the folder


class EarlierFileError(OSError):
    """A file of the earlier submission could not be removed (nothing was written)."""


@dataclass(frozen=True)
class Written:
    """What writing a submission did to its folder."""

    #: The files written, in the order the submission lists them.
    written: list[Path]
    #: Files of an earlier submission of the same request that the new one does not
    #: write (an annex fewer): removed, so that the folder holds one version.
    removed: list[Path]


@dataclass(frozen=True)
class Submission:
    """Every file of the folder, in the order they are listed, and their common name."""

    files: tuple[Attachment, ...]
    #: `base_name` of the package: what names an earlier submission's files.
    base: str

    def write(self, folder: Path) -> list[Path]:
        """All the files into *folder* (made if need be), every one or none, replacing
        an earlier submission as a whole (see `replace_in`); the files written."""
        return self.replace_in(folder).written

    def replace_in(self, folder: Path) -> Written:
        """Write every file into *folder* and remove the files of an earlier submission
        there (named by `existing_files`' rule) that this one does not write: all of it or
        none. Files not named by that rule (the user's own) are never touched.

        The new files go to temporary files first (`atomic.FileSet`); then the earlier
        files to go are moved aside to hidden names; then the new files are put in place
        together. If that fails, the moved files come back; once it succeeds, they are
        deleted. A file that cannot be moved aside (held open by another program on
        Windows) stops everything before any file is replaced: `EarlierFileError`."""
        folder.mkdir(parents=True, exist_ok=True)
        names = {file.name for file in self.files}
        earlier = [path for path in _files_named(self.base, folder)
                   if path.name not in names and not path.is_dir()]
        file_set = FileSet()
        try:
            for file in self.files:
                file_set.add(folder / file.name, file.data)
            aside = _set_aside(earlier)
        except BaseException:
            file_set.abandon()
            raise
        try:
            written = file_set.commit()
        except BaseException as exc:
            _put_back(aside, exc)
            raise
        for _, hidden in aside:
            with contextlib.suppress(OSError):  # else a leftover `atomic` removes later
                os.unlink(hidden)
        return Written(written, [path for path, _ in aside])


def _set_aside(paths: Sequence[Path]) -> list[tuple[Path, Path]]:
    """Move each of *paths* to a hidden name beside it, all or none: (path, hidden name).

    The hidden names are those `atomic` gives its backups (`.<name>.cica-<random>.bak`),
    so that a process killed at this point leaves files the next write there removes as
    its own leftovers (`atomic.remove_stale_leftovers`), never a second version in view."""
    moved: list[tuple[Path, Path]] = []
    try:
        for path in paths:
            handle, name = tempfile.mkstemp(prefix=f".{short_prefix(path.name)}.cica-",
                                            suffix=".bak", dir=path.parent)
            os.close(handle)
            hidden = Path(name)
            try:
                replace(path, hidden)
            except OSError as exc:
                with contextlib.suppress(OSError):
                    os.unlink(hidden)
                raise EarlierFileError(
                    exc.errno, f"{path.name}, a file of the earlier submission that this one "
                    f"no longer writes, cannot be removed: {exc.strerror or exc}",
                    str(path)) from exc
            moved.append((path, hidden))
    except BaseException as exc:
        _put_back(moved, exc)
        raise
    return moved


def _put_back(moved: Sequence[tuple[Path, Path]], failure: BaseException) -> None:
    """Move the files `_set_aside` moved back to their names; any that cannot go back is
    named in a note on *failure*."""
    for path, hidden in reversed(moved):
        try:
            os.replace(hidden, path)
        except OSError:
            failure.add_note(f"{path} could not be put back; it is in {hidden}")


def submission(package: Package, signed_pdf: bytes,
               addresses: Addresses = Addresses()) -> Submission:
    """The folder's files: the signed letter, the Word files, the e-mail draft with both
    attached, the checklist."""
    attached = [Attachment(signed_name(package), signed_pdf, PDF), *word_files(package)]
    base = base_name(package)
    message = email_message(package, attached, addresses)
    extra = [Attachment(f"{base}-email.eml", message.as_bytes(), ("message", "rfc822")),
             Attachment(f"{base}-checklist.txt", checklist(package).encode("utf-8"), TEXT)]
    return Submission((*attached, *extra), base)

