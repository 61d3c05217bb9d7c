"""The Arabic PDF's text layer (issue 13 §3): the page draws shaped letters (presentation
forms) in display order, but search and copy find every word as typed.

Three readers, each as a user would meet it: poppler's pdftotext, our own preview's search
(QPdfSearchModel, PDFium), and pdfplumber (pdfminer), which reads characters where they
are drawn and so in display order; it finds the text as typed in the structure tree (each
element's /ActualText), and each word in its characters read right to left.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from readback import squash

from cica_desktop.compose import Part, compose
from cica_desktop.document import Document, NumberedParagraph, Paragraph
from cica_desktop.model import load_project
from cica_desktop.render import pdf_bytes
from cica_desktop.render.to_unicode import letters_of
from cica_desktop.samples import sample_path

#: What is not part of a word: spaces, punctuation, brackets and quotes of both scripts.
_NOT_WORD = re.compile(r"[\s()\[\]{}«»“”\"'.,;:!?،؛؟…]+")
#: The bidi controls pdftotext puts around runs of the other direction ("آب/أغسطس").
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
ARABIC = re.compile("[\u0600-\u06ff]")
LAM_ALEF = re.compile("ل[اآأإ]")


@pytest.fixture(scope="module")
def document() -> Document:
    return compose(load_project(sample_path("ar")), Part.PACKAGE)


@pytest.fixture(scope="module")
def pdf(document: Document, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("arabic") / "ar.pdf"
    path.write_bytes(pdf_bytes(document)[0])
    return path


def body_texts(document: Document) -> list[str]:
    """The masthead's lines (the symbol and the English fields: Latin runs) and every
    paragraph's text."""
    masthead = document.masthead
    lines = [masthead.organ, masthead.body, masthead.symbol, *masthead.fields] if masthead \
        else []
    return [*lines, *("".join(run.text for run in block.runs) for block in document.blocks
                      if isinstance(block, Paragraph | NumberedParagraph))]


def words_of(texts: list[str]) -> set[str]:
    """Every word typed, with numbers and Latin runs ("2007", "A/62/232")."""
    return {word for text in texts for word in _NOT_WORD.split(text) if word}


def test_the_sample_has_arabic_words_numbers_and_latin_runs(document: Document) -> None:
    words = words_of(body_texts(document))
    assert "الجمعية" in words
    assert any(word.isdigit() for word in words)
    assert {"A/62/232", "General"} <= words


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler is not installed")
@pytest.mark.parametrize("mode", [[], ["-layout"], ["-raw"]])
def test_pdftotext_finds_every_word_as_typed(pdf: Path, document: Document,
                                             mode: list[str]) -> None:
    """pdftotext marks each run of the other direction with bidi controls (a number, or
    the slash of "آب/أغسطس"): they separate words as a space would."""
    text = subprocess.run(["pdftotext", *mode, str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    found = words_of([_BIDI_CONTROLS.sub(" ", text)])
    missing = sorted(word for word in words_of(body_texts(document)) if word not in found
                     and not all(part in found for part in word.split("/")))
    assert missing == []
    assert "الجمعية" in found and "A/62/232" in found


def test_the_preview_search_finds_every_word_as_typed(pdf: Path, document: Document,
                                                       qapp: object) -> None:
    from PySide6.QtPdf import QPdfDocument, QPdfSearchModel

    reader = QPdfDocument()
    assert reader.load(str(pdf)) == QPdfDocument.Error.None_
    search = QPdfSearchModel()
    search.setDocument(reader)
    missing = []
    for word in sorted(words_of(body_texts(document))):
        search.setSearchString(word)
        if not any(search.resultsOnPage(page) for page in range(reader.pageCount())):
            missing.append(word)
    assert missing == []
    reader.close()


def test_pdfplumber_reads_each_paragraph_as_typed_in_the_structure_tree(
        pdf: Path, document: Document) -> None:
    with pdfplumber.open(pdf) as opened:
        said = set()
        stack = list(opened.structure_tree)
        while stack:
            element = stack.pop()
            stack.extend(element.get("children", []))
            if element.get("actual_text"):
                said.add(squash(element["actual_text"]))
    assert {squash(text) for text in body_texts(document) if ARABIC.search(text)} <= said


def test_pdfplumber_reads_the_letters_of_each_word_right_to_left(
        pdf: Path, document: Document) -> None:
    """Characters read right to left give each Arabic word, but for words with a lam-alef
    ligature: pdfminer keeps the two letters of the one glyph together, in the order the
    display-order readers above need (alef, lam). Those words are read as typed from the
    structure tree (test above)."""
    with pdfplumber.open(pdf) as opened:
        text = "\n".join(page.extract_text(char_dir="rtl", char_dir_render="ltr")
                         for page in opened.pages)
    arabic = {word for word in words_of(body_texts(document))
              if ARABIC.search(word) and not LAM_ALEF.search(word)}
    assert len(arabic) > 100
    assert sorted(arabic - words_of([text])) == []


def test_the_presentation_forms_map_to_their_letters() -> None:
    assert letters_of("\ufee3") == "م"  # meem, initial form
    assert letters_of("\ufefb") == "ال"  # lam-alef: the letters in display order


def test_arabic_body_text_is_justified(pdf: Path) -> None:
    """The memorandum's lines run from margin to margin (FORMAT.md §14): every line of a
    paragraph but its last reaches the left edge of the text block; ragged lines would
    stop anywhere short of it."""
    with pdfplumber.open(pdf) as opened:
        page = next(page for page in opened.pages  # the memorandum's page: its heading
                    if "مذكرة إيضاحية" in (page.extract_text(char_dir="rtl",
                                                             char_dir_render="ltr")
                                            or "").splitlines())
        body = [line for line in page.extract_text_lines()
                if 100 < line["top"] < page.height - 100]
    edge = min(line["x0"] for line in body)
    at_edge = [line for line in body if line["x0"] == pytest.approx(edge, abs=0.5)]
    near_edge = [line for line in body if edge + 0.5 < line["x0"] < edge + 20]
    assert len(at_edge) >= 0.6 * len(body)
    assert near_edge == []
