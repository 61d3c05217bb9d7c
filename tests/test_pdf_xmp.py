"""The XMP metadata packet of every tagged PDF (issue 13 §2: "PDF/UA-1 identification in
the XMP metadata"): written by the renderer with the file, repeating the document
information and naming PDF/UA-1; replaced, not duplicated, when the file is made PDF/A;
rewritten by a signature without making an earlier signature invalid.

Read back with pikepdf (its own XMP parser), poppler's `pdfinfo -meta` and ElementTree.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import time
from pathlib import Path
from xml.etree import ElementTree

import pikepdf
import pytest
from pikepdf.models.metadata import decode_pdf_date
from pki import PASSWORD, make_identity
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from cica_desktop.compose import Part, compose
from cica_desktop.document import Direction, Document, Metadata, Paragraph, Run
from cica_desktop.model import load_project
from cica_desktop.pdfa import to_pdfa_2b
from cica_desktop.render import pdf_bytes
from cica_desktop.render.xmp import xmp_date
from cica_desktop.samples import sample_path
from cica_desktop.signing import sign_pdf_bytes
from cica_desktop.verification import report_lines, verify_pdf

LANGUAGES = ["en", "fr", "es", "ru", "zh", "ar"]
PDFUA = "http://www.aiim.org/pdfua/ns/id/"


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    return {language: compose(load_project(sample_path(language)), Part.LETTER)
            for language in LANGUAGES}


@pytest.fixture(scope="module")
def pdfs(documents: dict[str, Document]) -> dict[str, bytes]:
    return {language: pdf_bytes(document)[0] for language, document in documents.items()}


def packet(pdf: bytes) -> bytes:
    """The catalogue's /Metadata stream of the file's last revision."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        return document.Root.Metadata.read_bytes()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_tagged_pdf_carries_an_xmp_packet_that_repeats_its_information(
        pdfs: dict[str, bytes], documents: dict[str, Document], language: str) -> None:
    metadata = documents[language].metadata
    with pikepdf.open(io.BytesIO(pdfs[language])) as pdf:
        stream = pdf.Root.Metadata
        assert stream.Type == "/Metadata" and stream.Subtype == "/XML"
        assert "/Filter" not in stream  # readable by a tool that scans for the packet
        info = pdf.docinfo
        meta = pdf.open_metadata()
        assert meta["pdfuaid:part"] == "1"
        assert "pdfaid:part" not in meta
        assert meta["dc:title"] == str(info.Title) == metadata.title
        assert meta["dc:creator"] == [str(info.Author)] == [metadata.author]
        assert meta["dc:description"] == str(info.Subject) == metadata.subject
        assert meta["dc:language"] == {str(pdf.Root.Lang)} == {metadata.language}
        assert meta["pdf:Keywords"] == str(info.Keywords) == ", ".join(metadata.keywords)
        assert meta["pdf:Producer"] == str(info.Producer)
        assert meta["xmp:CreatorTool"] == str(info.Creator)
        assert dt.datetime.fromisoformat(meta["xmp:CreateDate"]) == \
            decode_pdf_date(str(info.CreationDate))
        assert dt.datetime.fromisoformat(meta["xmp:ModifyDate"]) == \
            decode_pdf_date(str(info.ModDate))
    # The plain PDF declares no PDF/A extension schema: it is not PDF/A.
    assert b"pdfaExtension" not in packet(pdfs[language])


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler is not installed")
def test_pdfinfo_shows_the_packet(pdfs: dict[str, bytes], documents: dict[str, Document],
                                  tmp_path: Path) -> None:
    path = tmp_path / "zh.pdf"
    path.write_bytes(pdfs["zh"])
    shown = subprocess.run(["pdfinfo", "-meta", str(path)], check=True, capture_output=True,
                           text=True).stdout
    assert "<pdfuaid:part>1</pdfuaid:part>" in shown
    assert documents["zh"].metadata.title in shown
    assert "<rdf:li>zh-CN</rdf:li>" in shown


def test_markup_and_control_characters_in_the_title_keep_the_packet_well_formed() -> None:
    title = 'Fish & <Chips> "A/1"\x0b'
    document = Document(metadata=Metadata(title, "R&D", "Mission <One>", "en"),
                        paper="letter", language="en", direction=Direction.LTR,
                        blocks=(Paragraph("SingleTxt", (Run("Text."),)),))
    xmp = packet(pdf_bytes(document)[0])
    root = ElementTree.fromstring(xmp)  # well formed, or this raises
    dc = "{http://purl.org/dc/elements/1.1/}"
    said = {element.tag: "".join(element.itertext()) for element in root.iter()
            if element.tag.startswith(dc)}
    assert said[f"{dc}title"] == 'Fish & <Chips> "A/1"'  # the control character dropped
    assert said[f"{dc}description"] == "R&D"
    assert said[f"{dc}creator"] == "Mission <One>"


def test_an_xmp_date_says_the_instant_of_the_pdf_date_it_comes_from() -> None:
    # reportlab's /Info dates: D:YYYYMMDDHHmmSS+HH'mm'; the XMP says the same instant.
    for parts, pdf_date in (((2026, 11, 30, 17, 5, 9, 0, 0), "D:20261130170509+00'00'"),
                            ((2026, 1, 2, 3, 4, 5, -5, 0), "D:20260102030405-05'00'"),
                            ((2026, 7, 1, 23, 59, 59, 5, 30), "D:20260701235959+05'30'")):
        assert dt.datetime.fromisoformat(xmp_date(*parts)) == decode_pdf_date(pdf_date)


def test_pdfa_replaces_the_packet_with_one_that_names_both_standards(
        pdfs: dict[str, bytes]) -> None:
    pdfa = to_pdfa_2b(pdfs["ar"])
    assert pdfa.count(b"<x:xmpmeta") == 1  # the renderer's packet is gone, not kept beside
    with pikepdf.open(io.BytesIO(pdfa)) as pdf:
        meta = pdf.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
        assert meta["pdfuaid:part"] == "1"
        assert meta["dc:title"] == str(pdf.docinfo.Title)
        assert meta["dc:language"] == {"ar"}
        assert meta["pdf:Producer"] == str(pdf.docinfo.Producer)
        # PDF/A-2 allows only declared properties: the extension schema declares pdfuaid.
        schemas = ElementTree.fromstring(pdf.Root.Metadata.read_bytes()).find(
            ".//{http://www.aiim.org/pdfa/ns/extension/}schemas")
        assert schemas is not None
        assert PDFUA in "".join(schemas.itertext())


def test_an_untagged_pdf_made_pdfa_claims_no_pdfua() -> None:
    out = io.BytesIO()
    with pikepdf.new() as blank:  # a page without structure (nor text to embed a font for)
        blank.add_blank_page()
        blank.save(out)
    xmp = packet(to_pdfa_2b(out.getvalue()))
    assert b"pdfaid:part>2<" in xmp
    assert PDFUA.encode() not in xmp and b"pdfaExtension" not in xmp


def test_a_plain_pdf_signed_twice_a_second_apart_keeps_both_signatures_valid(
        pdfs: dict[str, bytes], tmp_path: Path) -> None:
    """pyHanko rewrites the XMP dates and producer at each signature; that is no change
    of the document, so the first signature stays valid (revisions.py)."""
    p12, root = make_identity(tmp_path)
    once = sign_pdf_bytes(pdfs["en"], p12, PASSWORD)
    time.sleep(1.1)  # the XMP's dates are to the second
    twice = sign_pdf_bytes(once, p12, PASSWORD)

    def last_xmp(pdf: bytes) -> bytes:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        return bytes(writer.root["/Metadata"].get_object().data)

    assert last_xmp(twice) != last_xmp(once)  # the second signature did rewrite it
    report = verify_pdf(twice, trust=[root], name="twice.pdf")
    assert len(report.signatures) == 2
    assert all(signature.ok for signature in report.signatures), report_lines(report)
    assert report.valid, report_lines(report)
    with pikepdf.open(io.BytesIO(twice)) as pdf:
        assert pdf.open_metadata()["pdfuaid:part"] == "1"  # kept by both signatures
