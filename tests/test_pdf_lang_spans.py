"""Runs of another language inside a paragraph carry their own /Lang (issue 13 §2).

A Chinese or Arabic document tags its Latin text in the language the language template
names for it (en-US): a Latin-only paragraph is an element with its own /Lang, and a Latin
run inside a Chinese or Arabic paragraph ("CICA", "A/62/232", a name) is a /Span element
of its own, child of the paragraph, with /Lang en-US. Read back as the tools read it: the
content stream (pikepdf) for each marked-content sequence's tag and language, pdfplumber
for the characters in each, poppler for the structure's text.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from readback import squash

from cica_desktop.compose import Part, compose
from cica_desktop.document import Document, LanguageTags, Paragraph, Run
from cica_desktop.model import load_project
from cica_desktop.render import pdf_bytes
from cica_desktop.samples import sample_path

#: Latin runs added to the first paragraph of the letter, and the sentence around them.
LATIN = ["CICA", "A/62/232", "Nursultan Nazarbayev"]
SENTENCES = {
    "zh": "亚洲相互协作与信任措施会议（CICA）的文件 A/62/232 由 Nursultan Nazarbayev 总统提出。",
    "ar": "وقدم الرئيس Nursultan Nazarbayev الوثيقة A/62/232 عن مؤتمر آسيا (CICA).",
}
OTHER_SCRIPT = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff\u3400-\u9fff]")

needs_poppler = pytest.mark.skipif(shutil.which("pdfinfo") is None,
                                   reason="poppler's pdfinfo is not installed")


def with_latin(document: Document) -> Document:
    """*document* with a sentence holding Latin runs added to its first body paragraph."""
    blocks = list(document.blocks)
    index = next(i for i, block in enumerate(blocks)
                 if isinstance(block, Paragraph) and block.style == "SingleTxt")
    paragraph = blocks[index]
    assert isinstance(paragraph, Paragraph)
    sentence = SENTENCES[document.language]
    blocks[index] = dataclasses.replace(paragraph, runs=(*paragraph.runs, Run(text=sentence)))
    return dataclasses.replace(document, blocks=tuple(blocks))


@pytest.fixture(scope="module", params=["zh", "ar"])
def document(request: pytest.FixtureRequest) -> Document:
    return with_latin(compose(load_project(sample_path(request.param)), Part.PACKAGE))


@pytest.fixture(scope="module")
def pdf(document: Document, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spans") / f"{document.language}.pdf"
    path.write_bytes(pdf_bytes(document)[0])
    return path


def marked_content(path: Path) -> dict[tuple[int, int], tuple[str, str]]:
    """(page, MCID) → (tag, /Lang of its property list) of each marked-content sequence,
    from the content streams."""
    found = {}
    with pikepdf.open(path) as pdf:
        for number, page in enumerate(pdf.pages):
            for operands, _ in pikepdf.parse_content_stream(page, "BDC"):
                properties = operands[1]
                if isinstance(properties, pikepdf.Dictionary) and "/MCID" in properties:
                    found[number, int(properties.MCID)] = (
                        str(operands[0])[1:], str(properties.get("/Lang", "")))
    return found


def texts_by_sequence(path: Path) -> dict[tuple[int, int], str]:
    """(page, MCID) → the characters drawn in that sequence (pdfplumber)."""
    texts: dict[tuple[int, int], str] = defaultdict(str)
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages):
            for char in page.chars:
                if char.get("mcid") is not None:
                    texts[number, char["mcid"]] += char["text"]
    return texts


def test_each_latin_run_is_a_span_in_english_and_no_other_text_is(pdf: Path) -> None:
    sequences = marked_content(pdf)
    texts = texts_by_sequence(pdf)
    spans = [texts[key] for key, (tag, _) in sequences.items() if tag == "Span"]
    assert all(lang == "en-US" for tag, lang in sequences.values() if tag == "Span")
    for word in LATIN:
        assert word in spans
    assert not any(OTHER_SCRIPT.search(text) for text in spans)
    # The Chinese or Arabic text around them stays in the paragraph's own content.
    assert any(OTHER_SCRIPT.search(texts[key]) for key, (tag, _) in sequences.items()
               if tag in ("P", "LBody"))


def walk(node: pikepdf.Object, parent: str = "") -> Iterator[tuple[str, str, str]]:
    """(type, parent type, /Lang) of each structure element."""
    kids = node.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield str(kid.S)[1:], parent, str(kid.get("/Lang", ""))
            yield from walk(kid, str(kid.S)[1:])


def test_the_spans_are_elements_of_the_paragraph_with_their_language(pdf: Path) -> None:
    with pikepdf.open(pdf) as opened:
        elements = list(walk(opened.Root.StructTreeRoot))
    spans = [(parent, lang) for kind, parent, lang in elements if kind == "Span"]
    assert len(spans) >= len(LATIN)
    assert {lang for _, lang in spans} == {"en-US"}
    assert {parent for parent, _ in spans} <= {"P", "LBody", "H1", "H2", "TD"}


@needs_poppler
def test_the_structure_still_says_the_whole_text(pdf: Path, document: Document) -> None:
    out = subprocess.run(["pdfinfo", "-struct-text", str(pdf)], check=True,
                         capture_output=True, text=True).stdout
    read = squash("".join(line.strip()[1:-1] for line in out.splitlines()
                          if line.strip().startswith('"')))
    sentence = squash(SENTENCES[document.language])
    if document.language == "zh":
        assert sentence in read
    else:  # drawn shaped and in display order: the Latin runs read as typed
        assert all(squash(word) in read for word in LATIN)


def test_the_printed_page_is_the_same_as_without_spans(pdf: Path, document: Document,
                                                       tmp_path: Path) -> None:
    """A document that tags its Latin text in its own language draws no span: both print
    the same glyphs at the same places."""
    own = dataclasses.replace(document, language_tags=LanguageTags(
        text=document.metadata.language, east_asian=document.metadata.language,
        complex_script=document.metadata.language))
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(pdf_bytes(own)[0])
    assert "Span" not in {tag for tag, _ in marked_content(plain).values()}

    def glyphs(path: Path) -> list[tuple[int, str, float, float, str]]:
        with pdfplumber.open(path) as opened:
            return [(number, c["text"], round(c["x0"], 2), round(c["top"], 2), c["fontname"])
                    for number, page in enumerate(opened.pages) for c in page.chars]

    assert glyphs(pdf) == glyphs(plain)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler is not installed")
def test_the_latin_runs_are_still_found_as_typed(pdf: Path) -> None:
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    for word in LATIN:
        assert word in text


def test_a_paragraph_all_in_english_is_in_english_with_no_span_inside(
        tmp_path: Path) -> None:
    """A Latin-only paragraph in a Chinese document has its own /Lang; its words are not
    tagged again as runs."""
    document = compose(load_project(sample_path("zh")), Part.PACKAGE)
    english = "Conference on Interaction and Confidence-Building Measures in Asia (CICA)"
    blocks = (*document.blocks[:5], Paragraph(style="SingleTxt", runs=(Run(text=english),)),
              *document.blocks[5:])
    path = tmp_path / "zh.pdf"
    path.write_bytes(pdf_bytes(dataclasses.replace(document, blocks=blocks))[0])
    with pikepdf.open(path) as pdf:
        elements = list(walk(pdf.Root.StructTreeRoot))
    texts = texts_by_sequence(path)
    sequences = marked_content(path)
    [key] = [key for key, text in texts.items() if squash(english) in squash(text)]
    assert sequences[key] == ("P", "")  # its language is its element's, not a span's
    assert ("P", "Document", "en-US") in elements
    spans = {texts[key] for key, (tag, _) in sequences.items() if tag == "Span"}
    assert not spans & {"CICA", "Conference on Interaction and Confidence-Building Measures"
                                " in Asia"}
