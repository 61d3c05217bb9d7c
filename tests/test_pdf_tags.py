"""The tagged PDF (issue 13 §2): a structure tree whose text is the document's, in reading
order, for every sample; page furniture as artifacts; the catalogue entries and XMP a
PDF/UA-1 reader looks for; all kept by PDF/A conversion and by signing.

Read back with pikepdf (the tree as written), poppler's `pdfinfo -struct-text` (the text of
each element as a reader sees it) and pdfplumber (which marked content each character is in).
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pikepdf
import pytest
from PIL import Image, ImageDraw
from pki import make_identity
from readback import squash

from cica_desktop.compose import Layout, MissionExtras, Part, compose
from cica_desktop.document import (
    Document,
    NumberedParagraph,
    Paragraph,
    SignatureBlock,
    SignatureGrid,
    Table,
)
from cica_desktop.images import image_from_bytes
from cica_desktop.mission import mission_pdf, signed_mission_pdf
from cica_desktop.model import Package, load_project
from cica_desktop.pdfa import to_pdfa_2b
from cica_desktop.render import pdf_bytes
from cica_desktop.samples import sample_path
from cica_desktop.signing import open_signing_key

LANGUAGES = ["en", "fr", "es", "ru", "zh", "ar"]


@pytest.fixture(scope="module")
def packages() -> dict[str, Package]:
    return {language: load_project(sample_path(language)) for language in LANGUAGES}


@pytest.fixture(scope="module")
def documents(packages: dict[str, Package]) -> dict[str, Document]:
    return {language: compose(package, Part.PACKAGE) for language, package in packages.items()}


@pytest.fixture(scope="module")
def pdfs(documents: dict[str, Document], tmp_path_factory: pytest.TempPathFactory
         ) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("tagged")
    files = {}
    for language, document in documents.items():
        files[language] = folder / f"{language}.pdf"
        files[language].write_bytes(pdf_bytes(document)[0])
    return files


def texts_in_reading_order(document: Document) -> Iterator[str]:
    """What the document says, in the order it is read: the masthead, then the blocks."""
    if document.masthead is not None:
        m = document.masthead
        yield from (m.organ, m.body, m.symbol, *m.fields)
    for block in document.blocks:
        match block:
            case Paragraph():
                yield "".join(run.text for run in block.runs)
            case NumberedParagraph():
                yield block.label
                yield "".join(run.text for run in block.runs)
            case SignatureBlock():
                yield from ("".join(run.text for run in line) for line in block.lines)
                yield from block.stamp
            case SignatureGrid():
                for inner in block.blocks:
                    yield from ("".join(run.text for run in line) for line in inner.lines)
                    yield from inner.stamp
            case Table():
                yield from block.header
                yield from (cell for row in block.rows for cell in row)


def struct_text(path: Path) -> list[tuple[str, str]]:
    """(element type, text) of each leaf of the structure tree, as poppler reads it."""
    out = subprocess.run(["pdfinfo", "-struct-text", str(path)], check=True,
                         capture_output=True, text=True).stdout
    leaves: list[tuple[str, str]] = []
    kind = ""
    for line in out.splitlines():
        stripped = line.strip()
        if stripped.startswith('"') and stripped.endswith('"'):
            leaves.append((kind, stripped[1:-1]))
        elif stripped and not stripped.startswith("/"):  # not an attribute ("/Scope …")
            kind = stripped.split()[0].rstrip(":")
    return leaves


def elements(node: pikepdf.Object) -> Iterator[pikepdf.Object]:
    """The structure elements under *node*, depth first in reading order."""
    kids = node.get("/K")
    if kids is None:
        return
    for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") != "/MCR":
            yield kid
            yield from elements(kid)


needs_poppler = pytest.mark.skipif(shutil.which("pdfinfo") is None,
                                   reason="poppler's pdfinfo is not installed")


@needs_poppler
@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "ar"])
def test_the_structure_says_what_the_document_says_in_reading_order(
        pdfs: dict[str, Path], documents: dict[str, Document], language: str) -> None:
    read = squash("".join(text for _, text in struct_text(pdfs[language])))
    assert read == squash("".join(texts_in_reading_order(documents[language])))


@needs_poppler
def test_the_arabic_structure_holds_every_letter_and_says_each_paragraph_as_typed(
        pdfs: dict[str, Path], documents: dict[str, Document]) -> None:
    """The Arabic page draws shaped letters in display order; poppler reads them as drawn
    (the same letters), and each element's /ActualText is the text as typed."""
    typed = squash("".join(texts_in_reading_order(documents["ar"])))
    read = squash("".join(text for _, text in struct_text(pdfs["ar"])))
    assert sorted(read) == sorted(typed)
    with pdfplumber.open(pdfs["ar"]) as pdf:
        said = [element["actual_text"] for element in walk(pdf.structure_tree)
                if element.get("actual_text")]
    arabic = [squash(text) for text in texts_in_reading_order(documents["ar"])
              if re.search("[\u0600-\u06ff]", text)]
    assert [squash(text) for text in said] == arabic


def walk(tree: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for element in tree:
        yield element
        yield from walk(element.get("children", []))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_says_tagged_in_the_document_s_language(
        pdfs: dict[str, Path], documents: dict[str, Document], language: str) -> None:
    with pikepdf.open(pdfs[language]) as pdf:
        root = pdf.Root
        assert bool(root.MarkInfo.Marked) is True
        assert str(root.Lang) == documents[language].metadata.language
        assert bool(root.ViewerPreferences.DisplayDocTitle) is True
        assert str(pdf.docinfo.Title) == documents[language].metadata.title
        assert root.StructTreeRoot.K.S == "/Document"
        # PDF/UA-1 identification in the XMP (the packet itself: tests/test_pdf_xmp.py).
        assert pdf.open_metadata()["pdfuaid:part"] == "1"
        for index, page in enumerate(pdf.pages):
            assert int(page.obj.StructParents) == index
            assert page.obj.Tabs == "/S"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_character_and_rule_is_tagged_content_or_an_artifact(
        pdfs: dict[str, Path], documents: dict[str, Document], language: str) -> None:
    with pdfplumber.open(pdfs[language]) as pdf:
        untagged = [(page.page_number, obj.get("text", obj["object_type"]))
                    for page in pdf.pages for obj in (*page.chars, *page.rects, *page.lines)
                    if obj.get("mcid") is None and obj.get("tag") != "Artifact"]
        furniture = "".join(obj["text"] for obj in pdf.pages[1].chars
                            if obj.get("tag") == "Artifact")
        pages = len(pdf.pages)
    assert untagged == []
    running = documents[language].running
    assert running is not None
    # Page 2's page number and job number are furniture, not text to read.
    assert f"2/{pages}" in furniture and running.job_number in furniture


def test_the_parent_tree_finds_each_marked_content_s_element(pdfs: dict[str, Path]) -> None:
    with pikepdf.open(pdfs["en"]) as pdf:
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        for element in elements(pdf.Root.StructTreeRoot):
            kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
            for kid in kids:
                if isinstance(kid, int):
                    page = pdf.pages.index(pikepdf.Page(element.Pg))
                    assert parents[page][kid].objgen == element.objgen
                elif kid.get("/Type") == "/MCR":
                    page = pdf.pages.index(pikepdf.Page(kid.Pg))
                    assert parents[page][int(kid.MCID)].objgen == element.objgen


def test_headings_lists_and_tables_have_their_roles(pdfs: dict[str, Path],
                                                    documents: dict[str, Document]) -> None:
    document = documents["en"]
    with pikepdf.open(pdfs["en"]) as pdf:
        found = list(elements(pdf.Root.StructTreeRoot))
        kinds = [str(element.S)[1:] for element in found]
        headings = [kind for kind in kinds if re.fullmatch(r"H\d", kind)]
        assert headings.count("H1") == sum(1 for block in document.blocks
                                           if isinstance(block, Paragraph)
                                           and block.style == "HCh")
        assert headings.count("H2") == sum(1 for block in document.blocks
                                           if isinstance(block, Paragraph)
                                           and block.style == "H1")
        items = [element for element in found if element.S == "/LI"]
        numbered = [block for block in document.blocks if isinstance(block, NumberedParagraph)]
        assert len(items) == len(numbered)
        assert all([str(kid.S) for kid in item.K] == ["/Lbl", "/LBody"] for item in items)
        table = next(block for block in document.blocks if isinstance(block, Table))
        rows = [element for element in found if element.S == "/TR"]
        assert len(rows) == 1 + len(table.rows)
        assert [str(cell.S) for cell in rows[0].K] == ["/TH"] * len(table.header)
        assert all(str(cell.S) == "/TD" for row in rows[1:] for cell in row.K)


@needs_poppler
def test_list_labels_are_the_numbers(pdfs: dict[str, Path],
                                     documents: dict[str, Document]) -> None:
    labels = [text for kind, text in struct_text(pdfs["en"]) if kind == "Lbl"]
    assert labels == [block.label for block in documents["en"].blocks
                      if isinstance(block, NumberedParagraph)]


def test_running_heads_and_footers_are_not_in_the_structure(pdfs: dict[str, Path],
                                                             documents: dict[str, Document]
                                                             ) -> None:
    running = documents["en"].running
    assert running is not None
    with pdfplumber.open(pdfs["en"]) as pdf:
        tagged = "".join(c["text"] for page in pdf.pages for c in page.chars
                         if c.get("mcid") is not None)
        pages = len(pdf.pages)
    assert running.job_number not in tagged
    assert f"2/{pages}" not in tagged


# ------------------------------------------------------------ pictures, PDF/A and signing


def png(size: tuple[int, int]) -> bytes:
    image = Image.new("RGBA", size, (255, 255, 255, 0))
    ImageDraw.Draw(image).line((5, size[1] - 10, size[0] - 5, 10), fill=(0, 0, 140, 255),
                               width=5)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def extras() -> MissionExtras:
    return MissionExtras(emblem=image_from_bytes(png((120, 120)), "letterhead.emblem"),
                         signature=image_from_bytes(png((300, 100)), "signature"))


def figures(data: bytes) -> list[str]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [str(element.Alt) for element in elements(pdf.Root.StructTreeRoot)
                if element.S == "/Figure"]


def test_the_emblem_and_the_signature_scan_are_figures_with_alternative_text(
        packages: dict[str, Package], extras: MissionExtras) -> None:
    data = mission_pdf(packages["en"], extras, Part.LETTER)[0]
    alts = figures(data)
    assert len(alts) == 2
    emblem, scan = alts
    document = compose(packages["en"], Part.LETTER, Layout.MISSION, extras)
    assert emblem == document.metadata.author  # the mission whose emblem it is
    assert "Aitimova" in scan  # the signatory's name line


def test_tagging_survives_pdfa_and_signing(packages: dict[str, Package],
                                           extras: MissionExtras,
                                           tmp_path_factory: pytest.TempPathFactory) -> None:
    plain = mission_pdf(packages["en"], extras, Part.LETTER)[0]
    pdfa = to_pdfa_2b(plain)
    p12, _ = make_identity(tmp_path_factory.mktemp("pki"))
    signed = signed_mission_pdf(packages["en"], dataclasses.replace(extras),
                                open_signing_key(p12, "secret"), part=Part.LETTER, pdfa=True)
    for data in (pdfa, signed):
        with pikepdf.open(io.BytesIO(data)) as pdf:
            assert bool(pdf.Root.MarkInfo.Marked) is True
            assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle) is True
            meta = pdf.open_metadata()
            assert meta["pdfuaid:part"] == "1"  # PDF/UA-1, named with PDF/A-2b
            assert meta["pdfaid:part"] == "2"
            assert meta["dc:title"] == str(pdf.docinfo.Title)
            # PDF/A allows only declared XMP properties: pdfuaid:part is declared.
            declared = pdf.Root.Metadata.read_bytes().partition(b"pdfaExtension:schemas")[2]
            assert b"http://www.aiim.org/pdfua/ns/id/" in declared
        assert figures(data) == figures(plain)
    with pdfplumber.open(io.BytesIO(signed)) as pdf:
        said = squash("".join(c["text"] for page in pdf.pages for c in page.chars
                              if c.get("mcid") is not None))
    assert squash("Aitimova") in said


@needs_poppler
def test_a_table_s_header_row_repeated_on_the_next_page_is_read_once(
        tmp_path: Path) -> None:
    from cica_desktop.document import Direction, Metadata

    rows = tuple((f"Row {n}", f"Value {n}") for n in range(1, 121))
    document = Document(metadata=Metadata("Table", "", "Mission", "en"), paper="letter",
                        language="en", direction=Direction.LTR,
                        blocks=(Table(header=("Quarter", "Amount"), rows=rows),))
    path = tmp_path / "table.pdf"
    path.write_bytes(pdf_bytes(document)[0])
    leaves = struct_text(path)
    assert [text for kind, text in leaves if kind == "TH"] == ["Quarter", "Amount"]
    assert [text for kind, text in leaves if kind == "TD"] == [cell for row in rows
                                                              for cell in row]
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) >= 2
        repeated = "".join(c["text"] for c in pdf.pages[1].chars if c.get("tag") == "Artifact")
    assert "Quarter" in repeated and "Amount" in repeated


@needs_poppler
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_mission_s_letter_is_tagged_as_well(packages: dict[str, Package],
                                                extras: MissionExtras, language: str,
                                                tmp_path: Path) -> None:
    """The mission's layout (letterhead, emblem, signature scan, the signature's box):
    everything drawn is tagged or an artifact, and the structure says the document's text."""
    boxed = dataclasses.replace(extras, digital_signer="Byrganym Aitimova",
                                signing_time="2026-11-30 16:00 UTC")
    path = tmp_path / "mission.pdf"
    path.write_bytes(mission_pdf(packages[language], boxed, Part.PACKAGE)[0])
    document = compose(packages[language], Part.PACKAGE, Layout.MISSION, boxed)
    with pdfplumber.open(path) as pdf:
        untagged = [obj.get("text", obj["object_type"]) for page in pdf.pages
                    for obj in (*page.chars, *page.rects, *page.lines, *page.images)
                    if obj.get("mcid") is None and obj.get("tag") != "Artifact"]
    assert untagged == []
    read = squash("".join(text for _, text in struct_text(path)))
    typed = squash("".join(texts_in_reading_order(document)))
    # Arabic is drawn shaped and in display order: the same letters, in another order.
    assert (sorted(read) == sorted(typed)) if language == "ar" else (read == typed)
