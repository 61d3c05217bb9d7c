"""The PDF: every font embedded and subset, measured UN geometry, metadata, bookmarks,
text extractable in reading order. Read back with pypdf and pdfplumber."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader
from readback import pdf_text, squash

from cica_desktop.compose import Part, compose
from cica_desktop.model import Package
from cica_desktop.render import pdf_bytes


def fonts_of(path: Path) -> Iterator[dict[str, Any]]:
    reader = PdfReader(str(path))
    seen = set()
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            if id(font) in seen:
                continue
            seen.add(id(font))
            yield font


def embedded(font: dict[str, Any]) -> bool:
    descendants = font.get("/DescendantFonts")
    if descendants:
        font = descendants[0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


@pytest.mark.parametrize("name", ["zh.pdf", "en.pdf", "en-resolution.pdf", "en-letter.pdf"])
def test_every_font_is_embedded(built: dict[str, Path], name: str) -> None:
    fonts = list(fonts_of(built[name]))
    assert fonts
    not_embedded = [str(f.get("/BaseFont")) for f in fonts if not embedded(f)]
    assert not_embedded == []
    assert not any("Helvetica" in str(f.get("/BaseFont")) for f in fonts)


def test_chinese_pdf_embeds_a_chinese_and_a_latin_face(built: dict[str, Path]) -> None:
    names = " ".join(str(f.get("/BaseFont")) for f in fonts_of(built["zh.pdf"]))
    assert "uming" in names.lower() or "simsun" in names.lower()
    assert "liberation" in names.lower() or "times" in names.lower()


def test_us_letter_by_default_and_a4_on_request(built: dict[str, Path],
                                                en_package: Package) -> None:
    box = PdfReader(str(built["en.pdf"])).pages[0].mediabox
    assert (float(box.width), float(box.height)) == (612, 792)
    data, _ = pdf_bytes(compose(en_package.evolve(paper="a4")))
    import io
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert float(box.width) == pytest.approx(595.28, abs=0.1)
    assert float(box.height) == pytest.approx(841.89, abs=0.1)


def memorandum_lines(path: Path, first_words: str) -> list[dict[str, Any]]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            text = page.extract_text() or ""
            if first_words in text:
                return page.extract_text_lines(return_chars=True)
    raise AssertionError(f"{first_words!r} not found")


def test_memorandum_geometry_matches_the_un_layout(built: dict[str, Path]) -> None:
    lines = memorandum_lines(built["en.pdf"], "During the forty-seventh session")
    start = next(i for i, line in enumerate(lines)
                 if "During the forty-seventh session" in line["text"])
    first = lines[start]
    runover = lines[start + 1]
    number = first["chars"][0]
    assert number["text"] == "1"
    assert number["x0"] == pytest.approx(147.1, abs=1)  # number at the first-line indent
    text_start = next(c for c in first["chars"] if c["text"] == "D")
    assert text_start["x0"] == pytest.approx(170.9, abs=1)  # text at the tab
    assert runover["x0"] == pytest.approx(123.4, abs=1)  # runover lines at the text block
    assert round(number["size"], 1) == 10.0
    assert runover["top"] - first["top"] == pytest.approx(12, abs=0.05)  # 10 on 12
    assert first["x1"] == pytest.approx(488, abs=1.5)  # justified to the right edge


def test_body_is_justified_to_488(built: dict[str, Path]) -> None:
    lines = memorandum_lines(built["en.pdf"], "During the forty-seventh session")
    full = [line for line in lines[:-1] if line["x0"] < 125 and line["chars"][0]["size"] == 10]
    assert full and all(line["x1"] == pytest.approx(488, abs=1.5) for line in full[:5])


def test_masthead_positions(built: dict[str, Path]) -> None:
    with pdfplumber.open(built["en.pdf"]) as pdf:
        words: dict[str, dict[str, Any]] = {}
        for word in pdf.pages[0].extract_words(extra_attrs=["size"]):
            words.setdefault(word["text"], word)  # the masthead comes first
    assert words["United"]["x0"] == pytest.approx(123.4, abs=0.5)
    assert words["United"]["size"] == pytest.approx(14)
    assert words["Assembly"]["size"] == pytest.approx(20)
    assert words["Distr.:"]["x0"] == pytest.approx(397, abs=0.5)
    assert words["A"]["size"] == pytest.approx(20)
    assert words["A"]["x1"] < words["/62/232"]["x0"] + 0.5
    assert words["/62/232"]["x1"] == pytest.approx(552.5, abs=0.5)


def test_running_heads_and_page_numbers(built: dict[str, Path]) -> None:
    with pdfplumber.open(built["en.pdf"]) as pdf:
        total = len(pdf.pages)
        first = pdf.pages[0].extract_text()
        second = pdf.pages[1].extract_text()
        third = pdf.pages[2].extract_text()
    assert f"1/{total}" not in first  # no page number on page 1
    assert "07-53139 (E)" in first
    assert f"2/{total}" in second and "A/62/232" in second
    assert f"3/{total}" in third


def test_metadata_and_bookmarks(built: dict[str, Path]) -> None:
    reader = PdfReader(str(built["en.pdf"]))
    meta = reader.metadata
    assert meta is not None
    assert "A/62/232" in (meta.title or "")
    assert (meta.subject or "").startswith("Request for the inclusion")
    assert meta.author
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[0].startswith("Letter dated 3 October 2007")
    assert any(t.startswith("Annex I:") for t in titles)
    assert any(t.startswith("Annex III:") for t in titles)
    # bookmarks point at the pages where their headings are
    annex_two = next(item for item in reader.outline if item.title.startswith("Annex II:"))
    page = reader.get_destination_page_number(annex_two)
    assert "Annex II" in (reader.pages[page].extract_text() or "")


def test_text_reads_in_order(built: dict[str, Path]) -> None:
    text = squash(pdf_text(built["en.pdf"]))
    order = ["Sixty-secondsession", "Requestfortheinclusion", "(Signed)ByrganymAitimova",
             "AnnexI", "Explanatorymemorandum", "AnnexII", "TheGeneralAssembly,",
             "1.Decides", "2.Requests", "AnnexIII", "Enclosure", "Bangkok,14March2007"]
    positions = [text.find(s) for s in order]
    assert all(p >= 0 for p in positions), dict(zip(order, positions, strict=True))
    assert positions == sorted(positions)


def test_end_of_document_rule(built: dict[str, Path]) -> None:
    with pdfplumber.open(built["en-resolution.pdf"]) as pdf:
        page = pdf.pages[-1]
        rules = [line for line in page.lines if abs(line["x1"] - line["x0"] - 72) < 0.5]
    assert rules
    assert (rules[0]["x0"] + rules[0]["x1"]) / 2 == pytest.approx(306.25, abs=1)


def test_standalone_resolution_is_an_l_document(built: dict[str, Path]) -> None:
    text = pdf_text(built["en-resolution.pdf"])
    assert "Distr.: Limited" in text
    assert "Kazakhstan: draft resolution" in text
    assert "Annex" not in text
    assert "07-53139" not in text  # the package's job number is not the draft's


def test_letter_part_has_no_annexes(built: dict[str, Path]) -> None:
    text = pdf_text(built["en-letter.pdf"])
    assert "(Signed) Byrganym Aitimova" in text
    assert "Explanatory memorandum" not in text


def test_french_narrow_no_break_spaces_are_printed_narrow() -> None:
    """U+202F before ":" and inside « » is a fifth of an em (the font's own U+202F), not a
    full space, and never breaks a line (FORMAT.md §14)."""
    import io

    from cica_desktop.model import load_project
    from cica_desktop.samples import sample_path

    document = compose(load_project(sample_path("fr")), Part.PACKAGE)
    typed = [run.text for block in document.blocks for run in getattr(block, "runs", ())]
    assert any("\u202f:" in text for text in typed)
    with pdfplumber.open(io.BytesIO(pdf_bytes(document)[0])) as pdf:
        narrow = []
        for page in pdf.pages:
            for line in page.extract_text_lines():
                assert line["text"][0] not in ":;!?»", line["text"]  # kept with its word
            chars = page.chars  # in the order drawn, spaces included
            # reportlab writes U+00A0 as the space character
            narrow += [char for char, after in pairwise(chars)
                       if char["text"] in " \u00a0\u202f" and after["text"] in ":;!?»"]
    assert len(narrow) >= 5
    for char in narrow:
        text_size = 10.0  # the body text's size (SingleTxt), and the masthead's
        assert char["x1"] - char["x0"] == pytest.approx(0.2 * text_size, abs=0.05)


def test_the_latin_masthead_lines_of_an_arabic_document_are_tagged_english() -> None:
    """An Arabic document's symbol and its English distribution lines are English text:
    their structure elements say /Lang en-US (as a Chinese document's do); its Arabic
    lines keep the document's own language."""
    import io

    import pikepdf

    from cica_desktop.model import load_project
    from cica_desktop.samples import sample_path

    document = compose(load_project(sample_path("ar")), Part.PACKAGE)
    assert document.masthead is not None
    with pikepdf.open(io.BytesIO(pdf_bytes(document)[0])) as pdf:
        assert str(pdf.Root.Lang) == "ar"
        masthead = list(pdf.Root.StructTreeRoot.K.K)[:7]
        langs = [str(element.get("/Lang", "")) for element in masthead]
    assert langs == ["", "", *(["en-US"] * 5)]
