"""The PDF's paragraphs are given reportlab fragments made directly from their runs
(render/fragments.py) instead of markup for reportlab's parser to read: the fragments must
be the very ones the parser makes of that markup, attribute for attribute, in the same
number, on every paragraph of every sample and on random texts (spaces of every kind,
line breaks, tabs, entities, scripts, bold and italic)."""

from __future__ import annotations

import random
from typing import Any

import pytest
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from cica_desktop.compose import Layout, Part, compose
from cica_desktop.document import Run
from cica_desktop.model import load_project
from cica_desktop.render import pdf, pdf_bytes
from cica_desktop.render.fragments import Span, fragments
from cica_desktop.render.stylespec import load_style_spec
from cica_desktop.samples import sample_path

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")


def parsed(spans: list[Span], style: Any) -> list[dict[str, Any]]:
    """What reportlab's Paragraph makes of the spans' markup."""
    markup = cleanBlockQuotedText("".join(span.markup() for span in spans))
    _, frags, _ = ParaParser().parse(markup, style)
    textTransformFrags(frags, style)
    return [vars(frag) for frag in frags]


def made(spans: list[Span], style: Any) -> list[dict[str, Any]]:
    return [vars(frag) for frag in fragments(spans, style)]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("layout", [Layout.UN, Layout.MISSION])
def test_every_paragraph_of_a_sample_has_the_parsers_fragments(
        language: str, layout: Layout, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[list[Span], Any]] = []
    original = pdf.fragments

    def recorded(spans: list[Span], style: Any) -> list[Any]:
        seen.append((list(spans), style))
        return original(spans, style)

    monkeypatch.setattr(pdf, "fragments", recorded)
    project = load_project(sample_path(language))
    pdf_bytes(compose(project, Part.PACKAGE, layout=layout))
    # Arabic paragraphs are laid out by render/rtl.py; its running heads are fragments.
    assert len(seen) > (2 if language == "ar" else 20)
    for spans, style in seen:
        assert made(spans, style) == parsed(spans, style), spans


_TEXTS = [
    "General Assembly", "  leading", "trailing  ", "two  spaces", "a & b", "<tag>", "x>y",
    "&amp;", "line\nbreak", "\n", "\n\n", "tab\there", "\t", "no\u00a0break", "\u00a0",
    "zero\u200bwidth", "\u200b", "ideographic\u3000space", "em\u2003space", "thin\u2009",
    "\u2028", "联合国大会", "Генеральная Ассамблея", "Assemblée", " ", "",
    "«\u00a0guillemets\u00a0»", "(a)\tfirst", "1.\t", "A/62/232", "   ", "end.",
]


def random_runs(rng: random.Random) -> tuple[Run, ...]:
    return tuple(Run(rng.choice(_TEXTS) + rng.choice(_TEXTS), italic=rng.random() < 0.3,
                     bold=rng.random() < 0.3, emphasis=rng.random() < 0.1)
                 for _ in range(rng.randint(1, 5)))


@pytest.mark.parametrize("language", ["en", "zh"])
def test_random_texts_have_the_parsers_fragments(language: str) -> None:
    document = compose(load_project(sample_path(language)), Part.PACKAGE)
    renderer = pdf._PdfRenderer(document, load_style_spec(language), pdf.PdfReport())
    rng = random.Random(20261130)
    for _ in range(1500):
        runs = random_runs(rng)
        style_name = rng.choice(sorted(renderer.spec.styles))
        spec = renderer.spec.style(style_name)
        style = renderer.style(style_name, numbered=rng.random() < 0.3)
        face = style.fontName if rng.random() < 0.7 else None
        spans = list(renderer._spans(runs, spec, "here", face))
        if any(span.needs_markup for span in spans):
            continue
        assert made(spans, style) == parsed(spans, style), runs
