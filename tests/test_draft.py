"""A draft of an incomplete project (issue 12): the gaps the user still has to fill stand in
as placeholders, so the request can be laid out while it is being written; a value that is
wrong rather than missing is not guessed at."""

from __future__ import annotations

import copy
import dataclasses
import json
from typing import Any

from cica_desktop.compose import compose
from cica_desktop.document import Paragraph, SignatureBlock
from cica_desktop.draft import draft_package, placeholder_name
from cica_desktop.samples import sample_path


def blank_request() -> dict[str, Any]:
    """The English sample with what a new request leaves blank made blank again."""
    data: dict[str, Any] = json.loads(sample_path("en").read_text(encoding="utf-8"))
    data["item_title"] = ""
    data["letter"]["senders"] = [{"name": "", "titles": [], "state": "Kazakhstan"}]
    data["annexes"][0]["blocks"] = [{"type": "paragraph", "numbered": True, "text": ""}]
    return data


def printed(data: dict[str, Any]) -> list[str]:
    draft = draft_package(data)
    assert draft is not None
    lines: list[str] = []
    for block in compose(draft.package).blocks:
        if isinstance(block, Paragraph):
            lines.append("".join(run.text for run in block.runs))
        elif isinstance(block, SignatureBlock):
            lines.extend("".join(run.text for run in line) for line in block.lines)
    return lines


def test_a_new_request_drafts_with_its_gaps_as_placeholders() -> None:
    data = blank_request()
    draft = draft_package(data)
    assert draft is not None
    assert {(gap.path, gap.code) for gap in draft.gaps} == {
        ("item_title", "text.empty"), ("letter.senders[0].name", "text.empty"),
        ("annexes[0].blocks[0].text", "text.empty")}
    assert draft.placeholders == {"[Item title]", "[Name]", "[Text]"}
    assert draft.package.letter.senders[0].name == "[Name]"
    lines = printed(data)
    assert "[Item title]" in lines and "(Signed) [Name]" in lines
    # the data itself is left as the user typed it
    assert data["letter"]["senders"][0]["name"] == ""


def test_an_empty_list_gets_one_placeholder_item() -> None:
    data = blank_request()
    data["letter"]["senders"] = []
    data["letter"]["blocks"] = []
    draft = draft_package(data)
    assert draft is not None
    assert draft.package.letter.senders[0].name == "[Signatory]"
    assert "[Paragraph]" in printed(data)


def test_a_joint_letter_without_states_drafts_with_state_placeholders() -> None:
    data = blank_request()
    data["letter"]["sender_role"] = "representatives"
    data["letter"]["senders"] = [{"name": "A", "state": ""}, {"name": "B", "state": ""}]
    draft = draft_package(data)
    assert draft is not None
    assert [s.state for s in draft.package.letter.senders] == ["[State]", "[State]"]


def test_a_wrong_value_is_not_guessed_at() -> None:
    data = blank_request()
    data["letter"]["date"] = "3 October"
    assert draft_package(data) is None
    bad_symbol = copy.deepcopy(blank_request())
    bad_symbol["symbol"] = "a/62/232"
    assert draft_package(bad_symbol) is None


def test_a_complete_project_is_its_own_draft() -> None:
    data = blank_request()
    data["item_title"] = "Observer status"
    data["letter"]["senders"][0]["name"] = "Byrganym Aitimova"
    data["annexes"][0]["blocks"][0]["text"] = "The Conference was convened in 1992."
    draft = draft_package(data)
    assert draft is not None and draft.gaps == () and draft.placeholders == frozenset()


def test_placeholders_name_the_field() -> None:
    assert placeholder_name("letter.senders[3].name") == "Name"
    assert placeholder_name("letter.senders") == "Signatory"
    assert placeholder_name("annexes[1].operative[0].text") == "Text"
    assert placeholder_name("item_title") == "Item title"


def test_a_draft_is_marked_and_its_gaps_highlighted_in_both_formats() -> None:
    import io

    import pdfplumber
    from docx import Document as open_docx
    from docx.enum.text import WD_COLOR_INDEX

    from cica_desktop.render import docx_bytes, pdf_bytes

    draft = draft_package(blank_request())
    assert draft is not None
    document = compose(draft.package, placeholders=draft.placeholders)
    assert document.draft_mark == "DRAFT"
    marked = [run.text for block in document.blocks if isinstance(block, Paragraph)
              for run in block.runs if run.placeholder]
    assert set(marked) == {"[Item title]"}  # the request heading, the resolution title
    pdf, _report = pdf_bytes(document)
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        for page in opened.pages:  # the mark across every page, in large letters
            big = "".join(c["text"] for c in page.chars if c["size"] > 100)
            assert sorted(big) == sorted("DRAFT")
    word = open_docx(io.BytesIO(docx_bytes(document)))
    # In Word: the watermark of Design ▸ Watermark in each header, so it crosses every
    # page and moves nothing; the body starts as the final document's does.
    section = word.sections[0]
    shapes = set()
    for header in (section.first_page_header, section.header, section.even_page_header):
        marks = [shape.get("string") for shape in header._element.iter(
            "{urn:schemas-microsoft-com:vml}textpath") if shape.get("string")]
        assert marks == ["DRAFT"]
        shapes |= {shape.get("id") for shape in header._element.iter(
            "{urn:schemas-microsoft-com:vml}shape")}
    assert len(shapes) == 3  # each header's shape its own, as Word numbers them
    assert "DRAFT" not in word.paragraphs[0].text
    highlighted = [run.text for p in word.paragraphs for run in p.runs
                   if run.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    assert "[Item title]" in highlighted and "[Name]" in highlighted


def test_the_final_document_has_no_mark() -> None:
    data = blank_request()
    data["item_title"] = "Observer status"
    data["letter"]["senders"][0]["name"] = "Byrganym Aitimova"
    data["annexes"][0]["blocks"][0]["text"] = "The Conference was convened in 1992."
    draft = draft_package(data)
    assert draft is not None and not draft.placeholders
    assert compose(draft.package).draft_mark == ""


def highlighted_texts(pdf: bytes) -> list[str]:
    """The text printed on each pale yellow highlight of *pdf*, checked to be in the
    placeholders' dark red."""
    import io

    import pdfplumber

    highlight = (1.0, 0xF0 / 255, 0xA0 / 255)
    ink = (0x8B / 255, 0x1A / 255, 0.0)
    texts: list[str] = []
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        for page in opened.pages:
            for rect in page.rects:
                colour = tuple(rect.get("non_stroking_color") or ())
                if len(colour) != 3 or any(abs(a - b) > 0.01 for a, b in zip(
                        colour, highlight, strict=True)):
                    continue
                # (a character's box is its font's, a little taller than the highlight)
                inside = [c for c in page.chars
                          if rect["x0"] - 1 <= c["x0"] and c["x1"] <= rect["x1"] + 1
                          and rect["top"] - 3 <= c["top"] and c["bottom"] <= rect["bottom"] + 3]
                assert all(abs(a - b) < 0.01 for c in inside
                           for a, b in zip(c["non_stroking_color"], ink, strict=True))
                texts.append("".join(c["text"] for c in inside))
    return texts


def test_a_drafts_gaps_are_highlighted_in_the_pdf() -> None:
    from cica_desktop.render import pdf_bytes

    data: dict[str, Any] = json.loads(sample_path("en").read_text(encoding="utf-8"))
    data["item_title"] = ""
    draft = draft_package(data)
    assert draft is not None
    pdf, _report = pdf_bytes(compose(draft.package, placeholders=draft.placeholders))
    assert highlighted_texts(pdf).count("[Item title]") == 2  # the heading, the resolution


def test_a_gap_inside_right_to_left_text_is_highlighted() -> None:
    """A placeholder inside an Arabic sentence (drawn right to left, by render/rtl.py) is
    highlighted as in a left-to-right paragraph."""
    from cica_desktop.document import Direction, Run
    from cica_desktop.render import pdf_bytes

    document = compose(draft_package(json.loads(
        sample_path("ar").read_text(encoding="utf-8"))).package)  # type: ignore[union-attr]
    index, paragraph = next((i, b) for i, b in enumerate(document.blocks)
                            if isinstance(b, Paragraph) and b.direction != Direction.LTR
                            and len("".join(r.text for r in b.runs).split()) > 8)
    words = "".join(r.text for r in paragraph.runs).split(" ")
    gap = "[الاسم]"
    runs = (Run(" ".join(words[:4]) + " "), Run(gap, placeholder=True),
            Run(" " + " ".join(words[4:])))
    blocks = list(document.blocks)
    blocks[index] = dataclasses.replace(paragraph, runs=runs)
    pdf, _report = pdf_bytes(dataclasses.replace(document, blocks=tuple(blocks)))
    assert len(highlighted_texts(pdf)) == 1
