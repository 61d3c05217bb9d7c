"""Property: any text the model accepts, in any field, yields a valid DOCX and PDF."""

from __future__ import annotations

import io
import json

from docx import Document as open_docx
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from ooxml_order import problems_in_docx
from pydantic import ValidationError
from pypdf import PdfReader

from cica_desktop.compose import Part, compose
from cica_desktop.model import Package
from cica_desktop.render import docx_bytes, pdf_bytes
from cica_desktop.samples import sample_path

BASE = {lang: json.loads(sample_path(lang).read_text(encoding="utf-8")) for lang in ("en", "zh")}

#: Any Unicode the model accepts: everything but controls, surrogates and non-characters.
any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"),
                           blacklist_characters="\ufffe\uffff"),
    min_size=1, max_size=80,
).filter(lambda s: s.strip())

#: Long text too: titles past Word's 255-character properties, cells taller than a page.
long_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"),
                           blacklist_characters="\ufffe\uffff"),
    min_size=300, max_size=5000,
).filter(lambda s: s.strip())


def with_text(language: str, texts: list[str]) -> dict:  # type: ignore[type-arg]
    data = json.loads(json.dumps(BASE[language]))
    title, paragraph, lead, operative, cell, name, heading, item = texts
    data["item_title"] = title
    data["letter"]["blocks"][0]["text"] = paragraph
    data["letter"]["senders"][0]["name"] = name
    data["annexes"][0]["blocks"][0]["text"] = paragraph
    data["annexes"][1]["preambular"][0]["lead"] = lead
    data["annexes"][1]["operative"][0]["text"] = operative
    enclosure = data["annexes"][2]["enclosure"]
    enclosure["blocks"][0] = {"type": "heading", "level": 1, "text": heading}
    enclosure["blocks"].insert(1, {"type": "list", "style": "bulleted",
                                   "items": [{"text": item}]})
    enclosure["annex"]["blocks"][1]["rows"][0][1] = cell
    return data


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(language=st.sampled_from(["en", "zh"]),
       texts=st.lists(st.one_of(any_text, any_text, long_text), min_size=8, max_size=8))
def test_any_accepted_text_renders_to_valid_files(language: str, texts: list[str]) -> None:
    try:
        package = Package.model_validate(with_text(language, texts))
    except ValidationError:
        assume(False)
        return
    for part in (Part.PACKAGE, Part.RESOLUTION):
        document = compose(package, part)
        pdf, _report = pdf_bytes(document)
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) >= 1
        docx = docx_bytes(document)
        assert open_docx(io.BytesIO(docx)).paragraphs
        assert problems_in_docx(io.BytesIO(docx)) == []


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(language=st.sampled_from(["en", "zh", "ar"]),
       texts=st.lists(st.one_of(any_text, any_text, long_text), min_size=5, max_size=5))
def test_any_accepted_text_renders_in_the_mission_layout(language: str,
                                                          texts: list[str]) -> None:
    from cica_desktop.compose import Layout, MissionExtras

    name, address, place, reference, paragraph = texts
    data = json.loads(sample_path(language).read_text(encoding="utf-8"))
    data["letterhead"] = {"name": name, "address_lines": [address, address[:40]],
                          "place": place, "emblem": ""}
    data["letter"]["reference"] = reference
    data["letter"]["blocks"][0]["text"] = paragraph
    try:
        package = Package.model_validate(data)
    except ValidationError:
        assume(False)
        return
    document = compose(package, Part.PACKAGE, Layout.MISSION,
                       MissionExtras(digital_signer=name, signing_time="2026-11-26 16:40 UTC"))
    pdf, report = pdf_bytes(document)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1
    assert report.signature_box is not None  # the box always lands somewhere
    docx = docx_bytes(document)
    assert problems_in_docx(io.BytesIO(docx)) == []
