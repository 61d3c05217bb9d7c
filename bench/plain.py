"""The yardstick for our PDF renderer: plain reportlab laying out the same text with one
font, on the same pages, compressed as ours is. Every paragraph, table cell and signature
line of the composed document becomes one reportlab Paragraph in one style (justified
10 pt on 12 pt), and the document's page breaks (each annex starts a page) are page
breaks; no styles, numbering, mastheads, running heads, fallback fonts or script rules.
What our renderer does beyond that is what the ratio measures."""

from __future__ import annotations

import io
from collections.abc import Iterator
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from cica_desktop.document import (
    Document,
    NumberedParagraph,
    Run,
    SignatureBlock,
    SignatureGrid,
    Table,
)
from cica_desktop.document import PageBreak as TreePageBreak
from cica_desktop.document import Paragraph as TreeParagraph
from cica_desktop.document.script import Script
from cica_desktop.render.fonts import require_family
from cica_desktop.render.stylespec import load_style_spec


def texts(document: Document) -> Iterator[str | None]:
    """The text of every paragraph, cell and signature line, in order; None where the
    document breaks the page."""
    def joined(runs: tuple[Run, ...]) -> str:
        return "".join(run.text for run in runs)

    for block in document.blocks:
        match block:
            case TreeParagraph() | NumberedParagraph():
                yield joined(block.runs)
            case Table():
                yield from block.header
                for row in block.rows:
                    yield from row
            case SignatureBlock():
                yield from map(joined, block.lines)
            case SignatureGrid():
                for signature in block.blocks:
                    yield from map(joined, signature.lines)
            case TreePageBreak():
                yield None


def one_font(document: Document) -> str:
    """Register the regular face of the document's main family (the CJK one for Chinese,
    which holds its Latin letters too) and return its reportlab name.

    The font is reportlab's own (its TTFont parses the file), whatever our renderer
    registered before or after it. reportlab keeps one font object per face name: a second
    registration of a face already registered under another name gets the first one's
    object. So the yardstick's face is given a name of its own; else it would be laid out
    and embedded with our font object (render/font_metrics.py) when ours came first."""
    spec = load_style_spec(document.language)
    script = "cjk" if document.script is Script.CJK else "latin"
    face = require_family(script, spec.font_families(script)).regular
    name = f"plain-{script}"
    if name not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(name, str(face.path), subfontIndex=face.index)
        font.face.name = TTFNameBytes(b"Plain" + bytes(font.face.name))
        pdfmetrics.registerFont(font)
    assert type(pdfmetrics.getFont(name)) is TTFont, "the yardstick is reportlab's own font"
    return name


def plain_pdf(document: Document, font: str) -> bytes:
    """The document's text laid out by reportlab alone (see the module's docstring)."""
    page = load_style_spec(document.language).page(document.paper)
    style = ParagraphStyle("plain", fontName=font, fontSize=10, leading=12,
                           alignment=TA_JUSTIFY, spaceAfter=6,
                           wordWrap="CJK" if document.script is Script.CJK else None)
    story = [PageBreak() if text is None else
             Paragraph(escape(text).replace("\n", "<br/>"), style)
             for text in texts(document) if text is None or text.strip()]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=(page.width, page.height), leftMargin=page.margin_left,
                      rightMargin=page.margin_right, topMargin=page.body_top,
                      bottomMargin=page.body_bottom_margin, pageCompression=1).build(story)
    return out.getvalue()
