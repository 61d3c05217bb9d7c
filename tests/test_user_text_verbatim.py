"""What the user typed is what is printed: a State, a signatory, a place or a reference
inserted into a phrase template keeps its asterisks, underscores and backslashes. The
`*…*` emphasis markup belongs to the templates alone (the organ line's italics stay)."""

from __future__ import annotations

import io
import json
from typing import Any

import pdfplumber
import pytest
from docx import Document as open_docx
from docx.text.paragraph import Paragraph as DocxParagraph
from readback import squash

from cica_desktop.compose import Layout, Part, compose
from cica_desktop.compose.language import escape_markup, load_language, parse_markup
from cica_desktop.model import Package, ProjectError, dump_project, load_project, parse_project
from cica_desktop.render import docx_bytes, pdf_bytes
from cica_desktop.samples import sample_path

STATE = "*Doe* Republic _x_ of C:\\States\\*"
NAME = "*Jane* Doe_x_ \\\\ \\"
SIGNATORY = "**Minister** \\*"
PLACE = "*New* York \\"
REFERENCE = "*13*-3\\1024_x_"
SPONSORS = ("*Doe*", "_x_\\", "A*B")


@pytest.fixture(scope="module")
def package() -> Package:
    sample = load_project(sample_path("en"))
    letter = sample.letter.model_dump()
    letter["senders"] = [{**letter["senders"][0], "name": NAME, "state": STATE}]
    letter["reference"] = REFERENCE
    annexes = [annex.model_dump() for annex in sample.annexes]
    assert annexes[1]["kind"] == "draft_resolution" and annexes[2]["kind"] == "letter"
    annexes[1]["sponsors"] = list(SPONSORS)
    annexes[2]["signatories"][0]["name"] = SIGNATORY
    return sample.evolve(requesting_states=[STATE], letter=letter, annexes=annexes,
                         letterhead={**sample.letterhead.model_dump(), "place": PLACE})


def built(package: Package, part: Part, layout: Layout = Layout.UN) -> dict[str, Any]:
    document = compose(package, part, layout)
    docx = open_docx(io.BytesIO(docx_bytes(document)))
    pdf, _ = pdf_bytes(document)
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        pdf_text = "\n".join(page.extract_text() or "" for page in opened.pages)
        chars = [(char["text"], char["fontname"]) for page in opened.pages
                 for char in page.chars]
    return {"docx": docx, "docx_text": "\n".join(p.text for p in docx.paragraphs),
            "pdf_text": pdf_text, "pdf_chars": chars}


def paragraph_with(document: Any, text: str) -> DocxParagraph:
    return next(p for p in document.paragraphs if text in p.text)


def italic(run: Any) -> bool:
    """A run's italics, set on the run or by its paragraph's style."""
    if run.italic is not None:
        return bool(run.italic)
    style = run._parent.style
    while style is not None:
        if style.font.italic is not None:
            return bool(style.font.italic)
        style = style.base_style
    return False


def pdf_fonts_of(chars: list[tuple[str, str]], text: str) -> list[str]:
    """The font of each character of the first occurrence of *text* in the PDF (spaces
    ignored)."""
    wanted = squash(text)
    drawn = [(c, font) for c, font in chars if not c.isspace()]
    joined = "".join(c for c, _ in drawn)
    start = joined.index(wanted)
    return [font for _, font in drawn[start : start + len(wanted)]]


# ---------------------------------------------------------------------------- the package


@pytest.fixture(scope="module")
def un_package(package: Package) -> dict[str, Any]:
    return built(package, Part.PACKAGE)


@pytest.mark.parametrize("value", [STATE, NAME, SIGNATORY])
def test_user_values_in_phrases_are_printed_exactly(un_package: dict[str, Any],
                                                    value: str) -> None:
    # The letter's heading names the State; "(Signed) name" prints the signatories.
    assert squash(value) in squash(un_package["docx_text"])
    assert squash(value) in squash(un_package["pdf_text"])


def test_the_letter_heading_and_signature_read_whole(un_package: dict[str, Any]) -> None:
    heading = ("Letter dated 3 October 2007 from the Permanent Representative of "
               f"{STATE} to the United Nations addressed to the Secretary-General")
    for text in (un_package["docx_text"], un_package["pdf_text"]):
        assert squash(heading) in squash(text)
        assert squash(f"(Signed) {NAME}") in squash(text)
        assert squash(f"(Signed) {SIGNATORY}") in squash(text)


def test_user_values_are_never_set_in_italics(un_package: dict[str, Any]) -> None:
    document = un_package["docx"]
    heading = paragraph_with(document, "from the Permanent Representative of")
    assert heading.text.count(STATE) == 1
    assert not any(italic(run) for run in heading.runs)
    signed = paragraph_with(document, "(Signed) *Jane*")
    assert signed.text == f"(Signed) {NAME}"
    assert not any(italic(run) for run in signed.runs)
    assert not any("Italic" in font for font in pdf_fonts_of(un_package["pdf_chars"],
                                                              f"(Signed) {NAME}"))


def test_the_templates_own_italics_are_kept(un_package: dict[str, Any]) -> None:
    document = un_package["docx"]
    organ = paragraph_with(document, "The General Assembly,")
    assert [(run.text, italic(run)) for run in organ.runs] == [
        ("The General Assembly", True), (",", False)]
    noting = paragraph_with(document, "Noting the wish of the Conference")
    assert italic(noting.runs[0]) and noting.runs[0].text == "Noting"
    assert not italic(noting.runs[-1])
    chars = un_package["pdf_chars"]
    fonts = pdf_fonts_of(chars, "The General Assembly,")
    assert all("Italic" in font for font in fonts[:-1])
    assert "Italic" not in fonts[-1]  # the comma


def test_the_bookmark_of_the_letter_names_the_state_exactly(package: Package) -> None:
    document = compose(package, Part.PACKAGE)
    bookmarks = [block.bookmark for block in document.blocks
                 if getattr(block, "bookmark", None)]
    assert any(STATE in bookmark for bookmark in bookmarks)


# -------------------------------------------------------------- the mission's own letter


def test_the_mission_letter_prints_place_reference_and_name_exactly(package: Package) -> None:
    mission = built(package, Part.LETTER, Layout.MISSION)
    for text in (mission["docx_text"], mission["pdf_text"]):
        assert squash(f"{PLACE}, 3 October 2007") in squash(text)
        assert squash(f"No. {REFERENCE}") in squash(text)
        assert squash(NAME) in squash(text)
    place = paragraph_with(mission["docx"], "*New* York")
    assert place.text == f"{PLACE}, 3 October 2007"
    assert not any(italic(run) for run in place.runs)


def test_the_standalone_resolution_lists_sponsors_exactly(package: Package) -> None:
    resolution = built(package, Part.RESOLUTION)
    sponsors = "*Doe*, _x_\\ and A*B"
    assert sponsors in resolution["docx_text"]
    assert squash(sponsors) in squash(resolution["pdf_text"])


# -------------------------------------------------------------------- the markup itself


@pytest.mark.parametrize("value", ["*Doe*", "_x_", "a\\b", "\\", "\\*", "**", "*", "*x"])
def test_an_escaped_value_reads_back_as_itself(value: str) -> None:
    escaped = escape_markup(value)
    assert isinstance(escaped, str)
    assert parse_markup(escaped) == [(value, False)]
    assert parse_markup(f"*{escaped}*") == [(value, True)]  # a template may italicise it


def test_template_markup_pairs_its_marks() -> None:
    assert parse_markup("*The General Assembly*,") == [("The General Assembly", True),
                                                       (",", False)]
    assert parse_markup("5 * 3") == [("5 * 3", False)]  # a lone mark is printed
    assert parse_markup("**x*") == [("*", False), ("x", True)]  # empty emphasis is not
    assert parse_markup("a\\*b*") == [("a\\", False), ("b", True)]  # no backslash escapes


def test_only_plain_values_can_be_given_to_a_phrase() -> None:
    t = load_language("en")
    with pytest.raises(TypeError, match="not object"):
        t.phrase("signed_name", name=object())
    assert escape_markup({"states": ("*A*", 3)}) == {"states": ["\ufdd0A\ufdd0", 3]}


def test_the_asterisk_stand_in_cannot_come_from_a_project(package: Package) -> None:
    # A value's asterisks stand in as U+FDD0 while a phrase renders; the model refuses
    # non-characters in every text, so a typed U+FDD0 can never come back as an asterisk.
    data = json.loads(dump_project(package))
    data["letterhead"]["place"] = "New\ufdd0York"
    with pytest.raises(ProjectError) as caught:
        parse_project(json.dumps(data))
    [error] = caught.value.errors
    assert error.path == "letterhead.place" and "U+FDD0" in error.message


@pytest.mark.parametrize("code", ["en", "fr", "es", "ru", "zh", "ar"])
def test_every_language_prints_a_signatory_and_a_state_as_typed(code: str) -> None:
    t = load_language(code)
    assert NAME in t.phrase("signed_name", name=NAME)
    runs = t.phrase_runs("letter_permanent_representative", date="1", state=STATE,
                         addressee="X")
    assert STATE in "".join(run.text for run in runs)
    assert not any(run.emphasis for run in runs)
    states = t.phrase("letter_representatives", date="1", states=list(SPONSORS),
                      addressee="X")
    assert all(sponsor in states for sponsor in SPONSORS)
