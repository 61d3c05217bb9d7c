"""A PDF/A file's XMP metadata after a signature: signing tools rewrite its dates and
producer (pyHanko does at each signature), which is no change of the document; any other
change to the XMP is one."""

from __future__ import annotations

import io
import re
import time
from pathlib import Path

import pytest
from pki import PASSWORD, make_identity
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from cica_desktop.compose import Part, compose
from cica_desktop.model import load_project
from cica_desktop.pdfa import to_pdfa_2b
from cica_desktop.render import pdf_bytes
from cica_desktop.samples import sample_path
from cica_desktop.signing import sign_pdf_bytes
from cica_desktop.verification import verify_pdf


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_identity(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def signed_pdfa(identity: tuple[Path, Path]) -> bytes:
    pdf = pdf_bytes(compose(load_project(sample_path("en")), Part.LETTER))[0]
    return sign_pdf_bytes(to_pdfa_2b(pdf), identity[0], PASSWORD)


def _xmp(pdf: bytes) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    stream = writer.root["/Metadata"].get_object()
    return bytes(stream.data)


def _with_xmp(pdf: bytes, xmp: bytes) -> bytes:
    """An unsigned revision replacing the XMP stream's content (pyHanko's writer would
    rewrite the XMP itself on writing: this attacker's writer leaves it as given)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    writer._update_meta = lambda: None  # type: ignore[method-assign]
    ref = writer.root.raw_get("/Metadata")
    writer.mark_update(ref)  # then replace what it queued with the new body
    writer.objects[(ref.generation, ref.idnum)] = generic.StreamObject(
        {generic.pdf_name("/Type"): generic.pdf_name("/Metadata"),
         generic.pdf_name("/Subtype"): generic.pdf_name("/XML")}, stream_data=xmp)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_second_signature_a_moment_later_leaves_the_first_valid(
        signed_pdfa: bytes, identity: tuple[Path, Path]) -> None:
    time.sleep(1.1)  # pyHanko writes the XMP dates to the second
    twice = sign_pdf_bytes(signed_pdfa, identity[0], PASSWORD)
    assert _xmp(twice) != _xmp(signed_pdfa)  # the dates were rewritten
    report = verify_pdf(twice, trust=[identity[1]], name="twice.pdf")
    assert report.valid, [p.text() for s in report.signatures for p in s.problems]
    assert all(signature.ok for signature in report.signatures)


def test_a_changed_title_in_the_xmp_is_a_change_after_signing(
        signed_pdfa: bytes, identity: tuple[Path, Path]) -> None:
    xmp = _xmp(signed_pdfa)
    assert b"<dc:title" in xmp
    retitled = xmp.replace(b"<rdf:li xml:lang=\"x-default\">",
                           b"<rdf:li xml:lang=\"x-default\">Withdrawn: ", 1)
    assert retitled != xmp
    report = verify_pdf(_with_xmp(signed_pdfa, retitled), trust=[identity[1]],
                        name="retitled.pdf")
    assert not report.valid
    assert any("Metadata was changed" in p.text() for s in report.signatures
               for p in s.problems)


def test_new_dates_alone_in_an_unsigned_revision_are_no_change(
        signed_pdfa: bytes, identity: tuple[Path, Path]) -> None:
    xmp = _xmp(signed_pdfa)
    redated = re.sub(rb"(<xmp:ModifyDate>)[^<]*", rb"\g<1>2030-01-01T00:00:00Z", xmp)
    redated = re.sub(rb'(xmp:ModifyDate=")[^"]*', rb"\g<1>2030-01-01T00:00:00Z", redated)
    report = verify_pdf(_with_xmp(signed_pdfa, redated), trust=[identity[1]],
                        name="redated.pdf")
    assert report.valid


def test_an_xmp_with_entities_is_never_parsed(signed_pdfa: bytes,
                                              identity: tuple[Path, Path]) -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    report = verify_pdf(_with_xmp(signed_pdfa, bomb), trust=[identity[1]], name="bomb.pdf")
    assert not report.valid


@pytest.mark.parametrize("hidden", [
    # text after a date: a lenient reader shows "… (WITHDRAWN)" as the title
    ("<rdf:li xml:lang=\"x-default\">", "<rdf:li xml:lang=\"x-default\">"
     "<xmp:ModifyDate>2030-01-01T00:00:00Z</xmp:ModifyDate> (WITHDRAWN) "),
    # a forged title inside a date element
    ("<dc:title", "<xmp:ModifyDate><rdf:Description><dc:title>FORGED</dc:title>"
     "</rdf:Description></xmp:ModifyDate><dc:title"),
])
def test_a_change_hidden_in_or_after_a_signing_property_is_a_change(
        signed_pdfa: bytes, identity: tuple[Path, Path], hidden: tuple[str, str]) -> None:
    xmp = _xmp(signed_pdfa).decode("utf-8")
    where, forged = hidden
    assert where in xmp
    tampered = xmp.replace(where, forged, 1).encode("utf-8")
    report = verify_pdf(_with_xmp(signed_pdfa, tampered), trust=[identity[1]],
                        name="hidden.pdf")
    assert not report.valid


def test_declarations_are_refused_in_any_encoding() -> None:
    from cica_desktop.revisions import _xmp_tree

    packet = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'
    assert _xmp_tree(packet.encode("utf-16")) is None
    assert _xmp_tree(b"<a>" * 200 + b"</a>" * 200) is None  # too deep to compare
    assert _xmp_tree(b'<?xml version="1.0" encoding="x-nonsense"?><a/>') is None
