"""Free structure inside every part (issue 11): the memorandum, the letters and the
enclosures take the same blocks, numbered paragraphs run on across sub-headings as the UN
numbers a memorandum, and the optional parts of the package can be left out."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.text.paragraph import Paragraph as DocxParagraph
from readback import WordNumbering, docx_blocks, pdf_text, squash

from cica_desktop.compose import Part, compose
from cica_desktop.document import NumberedParagraph, Paragraph
from cica_desktop.model import (
    DraftResolution,
    HeadingBlock,
    LetterAnnex,
    ListBlock,
    ListItem,
    Memorandum,
    Package,
    ParagraphBlock,
    PlaceDateBlock,
    TableBlock,
)
from cica_desktop.render import docx_bytes, pdf_bytes

MEMORANDUM_BLOCKS = (
    ParagraphBlock(text="The Conference was convened in 1992.", numbered=True),
    ParagraphBlock(text="Its members are the States of Asia.", numbered=True),
    HeadingBlock(level=1, text="Activities"),
    ParagraphBlock(text="It has met at summit level.", numbered=True),
    ParagraphBlock(text="The meetings so far:", numbered=False),
    ListBlock(style="lettered", items=(ListItem(text="Almaty, 2002;"),
                                       ListItem(text="Almaty, 2006."))),
    HeadingBlock(level=2, text="Relations with the United Nations"),
    ParagraphBlock(text="It cooperates with the Organization.", numbered=True),
    TableBlock(header=("Year", "Meeting"), rows=(("2002", "Summit"),)),
)


def with_memorandum(package: Package, **changes: object) -> Package:
    annexes = tuple(annex.evolve(blocks=MEMORANDUM_BLOCKS, **changes)
                    if isinstance(annex, Memorandum) else annex for annex in package.annexes)
    return package.evolve(annexes=annexes)


def memorandum_lines(package: Package) -> list[str]:
    """The memorandum as composed: numbered paragraphs with their labels."""
    document = compose(package)
    start = next(i for i, b in enumerate(document.blocks)
                 if isinstance(b, Paragraph) and b.anchor == "annexes[0]")
    lines = []
    for block in document.blocks[start + 1:]:
        if isinstance(block, Paragraph) and block.anchor == "annexes[1]":
            break
        if isinstance(block, NumberedParagraph):
            lines.append(f"{block.label} {''.join(r.text for r in block.runs)}")
        elif isinstance(block, Paragraph):
            lines.append("".join(r.text for r in block.runs))
    return lines


def test_memorandum_numbers_run_on_across_its_sub_headings(en_package: Package) -> None:
    assert memorandum_lines(with_memorandum(en_package)) == [
        "Explanatory memorandum",
        "1. The Conference was convened in 1992.",
        "2. Its members are the States of Asia.",
        "Activities",
        "3. It has met at summit level.",
        "The meetings so far:",
        "(a) Almaty, 2002;",
        "(b) Almaty, 2006.",
        "Relations with the United Nations",
        "4. It cooperates with the Organization.",
    ]


def test_word_numbers_the_memorandum_as_one_list(en_package: Package) -> None:
    document = open_docx(io.BytesIO(docx_bytes(compose(with_memorandum(en_package)))))
    numbering = WordNumbering(document)
    shown = [f"{numbering.label(b)} {b.text}" for b in docx_blocks(document)
             if isinstance(b, DocxParagraph) and numbering.num_id(b) is not None]
    memo = [line for line in shown if line[:2] in ("1.", "2.", "3.", "4.")
            and any(word in line for word in ("Conference was", "members", "summit", "cooperates"))]
    assert memo == ["1. The Conference was convened in 1992.",
                    "2. Its members are the States of Asia.",
                    "3. It has met at summit level.",
                    "4. It cooperates with the Organization."]


def test_the_pdf_prints_the_memorandum_as_composed(en_package: Package, tmp_path: Path) -> None:
    pdf, _report = pdf_bytes(compose(with_memorandum(en_package)))
    path = tmp_path / "memo.pdf"
    path.write_bytes(pdf)
    text = squash(pdf_text(path))
    for line in ("2.Itsmembers", "Activities", "3.Ithasmet", "(a)Almaty,2002;",
                 "4.Itcooperates", "YearMeeting"):
        assert line in text


def test_letters_take_headings_lists_and_a_place_and_date_line(en_package: Package) -> None:
    letter = en_package.letter.evolve(blocks=(
        ParagraphBlock(text="I have the honour to write."),
        ListBlock(style="numbered", items=(ListItem(text="first point;"),
                                           ListItem(text="second point."))),
        PlaceDateBlock(place="New York", date=dt.date(2007, 10, 3)),
    ))
    lines = [("".join(r.text for r in b.runs), getattr(b, "label", ""))
             for b in compose(en_package.evolve(letter=letter), Part.LETTER).blocks
             if isinstance(b, Paragraph | NumberedParagraph)]
    assert ("I have the honour to write.", "") in lines
    assert ("first point;", "1.") in lines and ("second point.", "2.") in lines
    assert ("New York, 3 October 2007", "") in lines


def test_an_annexed_letter_takes_blocks(zh_package: Package) -> None:
    index, annex = next((i, a) for i, a in enumerate(zh_package.annexes)
                        if isinstance(a, LetterAnnex))
    changed = annex.evolve(blocks=(*annex.blocks, HeadingBlock(level=2, text="附加说明"),
                                   ParagraphBlock(text="一个编号段落。", numbered=True)))
    annexes = list(zh_package.annexes)
    annexes[index] = changed
    lines = [("".join(r.text for r in b.runs), getattr(b, "label", ""))
             for b in compose(zh_package.evolve(annexes=tuple(annexes))).blocks
             if isinstance(b, Paragraph | NumberedParagraph)]
    assert ("附加说明", "") in lines and ("一个编号段落。", "1.") in lines


def heading_texts(package: Package) -> list[str]:
    return ["".join(r.text for r in b.runs) for b in compose(package).blocks
            if isinstance(b, Paragraph)]


def test_the_request_heading_and_item_title_can_be_left_out(en_package: Package) -> None:
    request = "Request for the inclusion of an additional item"
    assert any(line.startswith(request) for line in heading_texts(en_package))
    without = heading_texts(en_package.evolve(show_request_heading=False,
                                              show_item_title=False))
    assert not any(line.startswith(request) for line in without)
    assert without[0] == "Sixty-second session"
    assert without[1].startswith("Letter dated 3 October 2007")


@pytest.mark.parametrize("kind", [Memorandum, DraftResolution])
def test_an_annex_title_can_be_left_out(en_package: Package, kind: type) -> None:
    title = "Explanatory memorandum" if kind is Memorandum else "Draft resolution"
    flag = "show_title" if kind is Memorandum else "show_heading"
    assert title in heading_texts(en_package)
    annexes = tuple(a.evolve(**{flag: False}) if isinstance(a, kind) else a
                    for a in en_package.annexes)
    lines = heading_texts(en_package.evolve(annexes=annexes))
    assert title not in lines
    # the annex keeps its number
    assert ("Annex I" if kind is Memorandum else "Annex II") in lines
