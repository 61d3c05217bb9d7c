"""Does rendering stay linear in the document's length? DOCX and PDF of a package of about
150 and of about 300 pages (a sample with its memorandum, lists and tables repeated,
bench/projects.py), warm, from the composed document; and, as the yardstick of what the
layout engine alone does, plain reportlab laying out the same text (bench/plain.py). The
two lengths take turns in one loop, so a burst of load lands on both, and each growth is
the median of the turns' ratios (`common.paired_ratio`).

The growth is taken per character of text, not per page: the longer package repeats the
memorandum, lists and tables more times, while its letter and headings stay the same,
so its pages are fuller (about 2% more text, text objects and blocks per page, zh and
en alike). Per page, a renderer exactly linear in its text would show 2.04×. Beside it,
the shorter package's composed document twice over (its blocks again after a page break)
is rendered: exactly twice the text at the same density, the plainest test of linearity
(no correction needed; fixed costs per render put a linear renderer a little below 2)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from common import Timing, paired_ratio, time_interleaved
from plain import one_font, plain_pdf, texts
from projects import SAMPLES, fit_large_package

from cica_desktop.collection_pause import collection_paused
from cica_desktop.compose import Part, compose
from cica_desktop.document import Document, PageBreak
from cica_desktop.model import load_project
from cica_desktop.render import docx_bytes, pdf_bytes

#: The two lengths compared, in PDF pages.
SHORT, LONG = 150, 300


@dataclass(frozen=True)
class Size:
    pages: int
    #: The characters of the document's text (paragraphs, cells, signature lines).
    characters: int
    docx: Timing
    pdf: Timing
    #: Plain reportlab laying out the same text with one font (its own page count).
    plain: Timing

    def timing(self, fmt: str) -> Timing:
        return {"docx": self.docx, "pdf": self.pdf, "plain": self.plain}[fmt]


@dataclass(frozen=True)
class Scaling:
    language: str
    short: Size
    long: Size
    #: The PDF of the short package's document twice over, and its pages.
    twice: Timing
    twice_pages: int

    def growth(self, fmt: str) -> float:
        """How many times longer the long package takes than the short one, for twice
        the text: 2 is linear (corrected for the text each really has; see the module's
        docstring)."""
        short, long = self.short.timing(fmt), self.long.timing(fmt)
        return paired_ratio(long, short) * (2 * self.short.characters / self.long.characters)

    def growth_per_page(self, fmt: str) -> float:
        """The same for twice the pages (corrected for the pages each really has; for
        plain reportlab, for our pages, as it lays out the same text)."""
        short, long = self.short.timing(fmt), self.long.timing(fmt)
        return paired_ratio(long, short) * (2 * self.short.pages / self.long.pages)

    def growth_twice(self) -> float:
        """The PDF of the short document twice over against once (2 is linear)."""
        return paired_ratio(self.twice, self.short.pdf) * (2 * self.short.pages
                                                            / self.twice_pages)

    def pages_per_second(self, fmt: str) -> float:
        return self.long.pages / self.long.timing(fmt).median


def characters(document: Document) -> int:
    return sum(len(text) for text in texts(document) if text)


def plain_pdf_paused(document: Document, font: str) -> bytes:
    """The yardstick, with the collector paused as our renderers pause it."""
    with collection_paused():
        return plain_pdf(document, font)


def twice_over(document: Document) -> Document:
    """*document*'s blocks, then a page break and the same blocks again."""
    return replace(document, blocks=(*document.blocks, PageBreak(), *document.blocks))


def bench_scaling(language: str, repetitions: int, clock: Callable[[], float]) -> Scaling:
    base = load_project(SAMPLES[language])
    documents: dict[int, tuple[Document, int]] = {}
    for target in (SHORT, LONG):
        package, _factor, pages = fit_large_package(base, target)
        documents[target] = (compose(package, Part.PACKAGE), pages)
    font = one_font(documents[SHORT][0])
    actions: dict[str, Callable[[], object]] = {}
    for target, (document, _pages) in documents.items():
        actions[f"docx {target}"] = partial(docx_bytes, document)
        actions[f"pdf {target}"] = partial(pdf_bytes, document)
        actions[f"plain {target}"] = partial(plain_pdf_paused, document, font)
    twice = twice_over(documents[SHORT][0])
    actions["pdf twice"] = partial(pdf_bytes, twice)
    timings = time_interleaved(actions, 1, repetitions, clock)
    short, long = (Size(pages, characters(document), timings[f"docx {target}"],
                        timings[f"pdf {target}"], timings[f"plain {target}"])
                   for target, (document, pages) in documents.items())
    return Scaling(language, short, long, timings["pdf twice"], pdf_bytes(twice)[1].pages)
