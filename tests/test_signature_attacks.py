"""Attacks on a freshly signed package: what `verify` must call each one.

Every attack is made here, from a letter signed in this test run (tests/attacks.py says how).
A change that alters what the reader sees, or bytes that nobody signed, makes the file
INVALID (exit 1); further signatures stay valid. poppler's pdfsig checks the same files and
must never call one invalid that we call valid.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import attacks
import pytest
from pki import PASSWORD, make_identity
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

from cica_desktop.cli import main
from cica_desktop.compose import Part, compose
from cica_desktop.model import load_project
from cica_desktop.render import pdf_bytes
from cica_desktop.samples import sample_path
from cica_desktop.signing import open_signing_key, sign_pdf_bytes
from cica_desktop.verification import Change, Coverage, VerificationReport, verify_pdf


@dataclass(frozen=True)
class Identity:
    p12: Path
    root: Path


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    p12, root = make_identity(tmp_path_factory.mktemp("pki"))
    return Identity(p12, root)


@pytest.fixture(scope="module")
def signed(identity: Identity) -> bytes:
    """The English sample's package, signed (and so certified) once."""
    package = load_project(sample_path("en"))
    return sign_pdf_bytes(pdf_bytes(compose(package, Part.PACKAGE))[0], identity.p12, PASSWORD)


def _verified(pdf: bytes, identity: Identity) -> VerificationReport:
    return verify_pdf(pdf, trust=[identity.root], name="attacked.pdf")


@dataclass(frozen=True)
class Attack:
    make: Callable[[bytes, Identity], bytes]
    valid: bool
    #: A phrase the verdict must contain (the problem named, or the change reported).
    says: str


ATTACKS = {
    "untouched": Attack(lambda pdf, _: pdf, True, "valid"),
    "byte flipped inside the signed range": Attack(
        lambda pdf, _: attacks.flip_byte_inside_signed_range(pdf), False,
        "the signed bytes no longer match the signature"),
    "byte flipped outside the signed range": Attack(
        lambda pdf, _: attacks.flip_byte_outside_signed_range(pdf), False,
        "placeholder holds data after the signature value"),
    "signature value flipped": Attack(
        lambda pdf, _: attacks.flip_signature_value(pdf), False,
        "the signature value does not verify"),
    "page content replaced": Attack(
        lambda pdf, _: attacks.replace_page_content(pdf), False,
        "changed after signing: page content of page 1 was replaced in revision 3"),
    "page content stream redefined": Attack(
        lambda pdf, _: attacks.redefine_content_stream(pdf), False,
        "changed after signing: page content of page 1 was replaced in revision 3"),
    "page content of page 4 replaced": Attack(
        lambda pdf, _: attacks.replace_page_content(pdf, page=3), False,
        "page content of page 4 was replaced in revision 3"),
    "overlay XObject drawn over the page": Attack(
        lambda pdf, _: attacks.add_overlay_xobject(pdf), False,
        "changed after signing: content was drawn over page 1 in revision 3"),
    "annotation added": Attack(
        lambda pdf, _: attacks.add_annotation(pdf), False,
        "changed after signing: a FreeText annotation was added to page 1 in revision 3"),
    "unsigned revision changing /Info": Attack(
        lambda pdf, _: attacks.change_info(pdf), False,
        "the document information (Author, Title) was changed in revision 3"),
    "trailing garbage": Attack(
        lambda pdf, _: attacks.append_garbage(pdf), False,
        "bytes were appended after the last revision"),
    "signature covering only part of the file": Attack(
        lambda pdf, who: attacks.sign_only_part_of_the_file(
            pdf, open_signing_key(who.p12, PASSWORD).signer), False,
        "the signature covers only part of the file"),
    "a second valid signature": Attack(
        lambda pdf, who: sign_pdf_bytes(pdf, who.p12, PASSWORD), True,
        "signature field 'Signature2' was signed in revision 3 (allowed)"),
}


@pytest.mark.parametrize("name", list(ATTACKS))
def test_each_attack_gets_its_verdict(name: str, signed: bytes, identity: Identity,
                                      tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    attack = ATTACKS[name]
    attacked = attack.make(signed, identity)
    report = _verified(attacked, identity)
    text = "\n".join(_lines(report))
    assert report.valid is attack.valid, text
    assert attack.says in text
    file = tmp_path / "attacked.pdf"
    file.write_bytes(attacked)
    exit_code = main(["verify", str(file), "--trust", str(identity.root)])
    printed = capsys.readouterr().out
    assert exit_code == (0 if attack.valid else 1), printed
    assert printed.rstrip().endswith(": valid" if attack.valid else ": INVALID")
    if not attack.valid:
        assert "problem: " in printed


def _lines(report: VerificationReport) -> list[str]:
    from cica_desktop.verification import report_lines

    return report_lines(report)


def test_the_attacks_change_what_a_reader_sees(signed: bytes, identity: Identity) -> None:
    """The forged words are really shown, so these are attacks and not no-ops."""
    from pypdf import PdfReader

    for make in (attacks.replace_page_content, attacks.add_overlay_xobject):
        page = PdfReader(io.BytesIO(make(signed))).pages[0]
        assert "We withdraw the request." in page.extract_text()
    redefined = PdfReader(io.BytesIO(attacks.redefine_content_stream(signed))).pages[0]
    assert b"(We withdraw the request.) Tj" in redefined.get_contents().get_data()
    annotated = PdfReader(io.BytesIO(attacks.add_annotation(signed))).pages[0]
    assert any(a.get_object()["/Subtype"] == "/FreeText" for a in annotated["/Annots"])


def test_a_change_after_a_second_signature_is_named_against_both(
        signed: bytes, identity: Identity) -> None:
    twice = sign_pdf_bytes(signed, identity.p12, PASSWORD)
    report = _verified(attacks.replace_page_content(twice, page=1), identity)
    first, second = report.signatures
    assert not report.valid and not first.ok and not second.ok
    assert "changed after signing: page content of page 2 was replaced in revision 4" \
        in [problem.text() for problem in second.problems]
    assert any(change.what.text() == "signature field 'Signature2' was signed"
               and first.allows(change) for change in first.changes)


def _certified(pdf: bytes, identity: Identity, permission: fields.MDPPerm) -> bytes:
    key = open_signing_key(identity.p12, PASSWORD)
    metadata = signers.PdfSignatureMetadata(
        field_name="Signature1", certify=True, docmdp_permissions=permission,
        subfilter=fields.SigSeedSubFilter.PADES)
    out = io.BytesIO()
    signers.PdfSigner(metadata, signer=key.signer).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)), output=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def unsigned() -> bytes:
    return pdf_bytes(compose(load_project(sample_path("en")), Part.LETTER))[0]


def test_docmdp_decides_what_later_revisions_may_do(unsigned: bytes,
                                                    identity: Identity) -> None:
    # Annotations are allowed only where the certification says so …
    annotate = _certified(unsigned, identity, fields.MDPPerm.ANNOTATE)
    report = _verified(attacks.add_annotation(annotate), identity)
    [signature] = report.signatures
    assert signature.docmdp == "form filling, signing and annotations"
    assert [change.kind for change in signature.changes] == [Change.ANNOTATIONS]
    assert signature.allows(signature.changes[0])
    # … and still never a new page content.
    assert not _verified(attacks.replace_page_content(annotate), identity).valid
    # Our own certification (form filling and signing) does not allow them.
    ours = _verified(attacks.add_annotation(sign_pdf_bytes(unsigned, identity.p12, PASSWORD)),
                     identity)
    assert not ours.valid and not ours.signatures[0].allows(ours.signatures[0].changes[0])
    # "No changes": the signer itself refuses to add a signature, and an annotation is
    # a change the certification forbids.
    frozen = _certified(unsigned, identity, fields.MDPPerm.NO_CHANGES)
    assert _verified(frozen, identity).valid
    assert _verified(frozen, identity).signatures[0].docmdp == "no changes"
    with pytest.raises(Exception, match="forbids all changes"):
        sign_pdf_bytes(frozen, identity.p12, PASSWORD)
    assert not _verified(attacks.add_annotation(frozen), identity).valid


def test_verify_json_is_the_full_report(signed: bytes, identity: Identity, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "attacked.pdf"
    file.write_bytes(attacks.replace_page_content(sign_pdf_bytes(signed, identity.p12,
                                                                 PASSWORD)))
    assert main(["verify", str(file), "--json", "--trust", str(identity.root)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["verdict"] == "INVALID" and report["revisions"] == 4
    first, second = report["signatures"]
    assert first["signer"].endswith("Byrganym Aitimova") and first["trusted"] is True
    assert first["certifying"] is True and second["certifying"] is False
    assert first["docmdp_permits"] == "form filling and signing"
    assert first["coverage"] == "entire revision" and first["signed_revision"] == 2
    assert first["modification_level"] == "other changes"
    assert {"revision": 3, "kind": "further signatures",
            "what": "signature field 'Signature2' was signed", "allowed": True} \
        in first["changes_after"]
    assert {"revision": 4, "kind": "other changes",
            "what": "page content of page 1 was replaced", "allowed": False} \
        in second["changes_after"]
    assert second["problems"] == [
        "changed after signing: page content of page 1 was replaced in revision 4"]
    assert first["signing_time"] and first["time_stamp"] is None


def test_untrusted_signers_are_reported_and_can_be_required(
        signed: bytes, identity: Identity, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "signed.pdf"
    file.write_bytes(signed)
    assert main(["verify", str(file)]) == 0
    out = capsys.readouterr().out
    assert "not trusted" in out and out.rstrip().endswith("valid, but a signer is not "
                                                          "trusted here")
    assert main(["verify", str(file), "--require-trust"]) == 5
    capsys.readouterr()
    assert main(["verify", str(file), "--require-trust", "--trust", str(identity.root)]) == 0
    assert main(["verify", str(tmp_path / "absent.pdf")]) == 2
    capsys.readouterr()
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\nnot really\n")
    assert main(["verify", str(garbage), "--json"]) == 2  # cannot be read: as documented
    assert json.loads(capsys.readouterr().out)["verdict"] == "unreadable"


# ------------------------------------------------------------------ poppler's opinion

def _pdfsig_says_valid(path: Path) -> bool:
    """pdfsig's verdict: every signature "Signature is Valid." and the last one covering
    the total document."""
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True,
                            timeout=60, check=False)
    validations = re.findall(r"Signature Validation: (.+)", result.stdout)
    coverage = re.findall(r"- (Total document signed|Not total document signed)",
                          result.stdout)
    return bool(validations) and all(v.strip() == "Signature is Valid." for v in validations) \
        and coverage[-1] == "Total document signed"


@pytest.mark.skipif(shutil.which("pdfsig") is None,
                    reason="pdfsig (poppler-utils) not installed; make test installs it")
@pytest.mark.parametrize("name", list(ATTACKS))
def test_pdfsig_never_calls_valid_what_we_call_invalid(name: str, signed: bytes,
                                                       identity: Identity,
                                                       tmp_path: Path) -> None:
    attacked = ATTACKS[name].make(signed, identity)
    file = tmp_path / "attacked.pdf"
    file.write_bytes(attacked)
    ours = _verified(attacked, identity).valid
    if not _pdfsig_says_valid(file):
        assert not ours


def test_a_verified_report_reads_the_same_in_the_window_and_the_command_line(
        signed: bytes, identity: Identity) -> None:
    report = _verified(attacks.add_overlay_xobject(signed), identity)
    lines = _lines(report)
    assert lines[-1] == "attacked.pdf: INVALID"
    assert "  later change: content was drawn over page 1 in revision 3 (NOT ALLOWED)" in lines
    assert report.signatures[0].coverage is Coverage.ENTIRE_REVISION
