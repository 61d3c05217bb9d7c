"""Does rendering stay linear in the document's length? DOCX and PDF of packages of about
150 and of about 300 pages (a sample with its memorandum, lists and tables repeated,
bench/projects.py), warm, from the composed document; and, as the yardstick of what the
layout engine alone does, plain reportlab laying out the same text (bench/plain.py).

Each length is five packages: the one whose PDF comes closest to it and those with its
repeats two and one fewer and more. A package's time per character is its own, within
about ±1 %: where its pages and tables happen to break. Measured on five, the length's
cost is theirs together; measured on one, that ±1 % was the whole margin of a linear
renderer at 2× (docs/PERFORMANCE.md, sixth pass).

All packages of both lengths take turns in one loop, so a burst of load lands on all of
them. Each turn gives the two lengths' costs (the five packages' seconds over their
characters, or pages), and the growth is the median of the turns' ratios
(`common.paired_ratio`). In each turn the five shorter packages are rendered (DOCX, PDF,
plain) before the five longer ones, so four of five renders follow one of the same length: a
300-page render is a little slower after another (0.3–0.7 %) and a 150-page one a little
faster, which if anything raises the growth.

The growth is taken per character of text, not per page: the longer packages repeat the
memorandum, lists and tables more times, while the letter and headings stay the same, so
their pages are fuller (about 2% more text, text objects and blocks per page, zh and en
alike). Per page, a renderer exactly linear in its text would show 2.04×. Beside it, the
closest ~150-page package's composed document twice over (its blocks again after a page
break) is rendered: exactly twice the text at the same density, the plainest test of
linearity (corrected only for its pages, which can be one more or fewer than twice; fixed
costs per render put a linear renderer a little below 2)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from common import Samples, Timing, paired_ratio, time_interleaved
from plain import one_font, plain_pdf, texts
from projects import SAMPLES, fit_large_package, scaled_package

from cica_desktop.collection_pause import collection_paused
from cica_desktop.compose import Part, compose
from cica_desktop.document import Document, PageBreak
from cica_desktop.model import load_project
from cica_desktop.render import docx_bytes, pdf_bytes

#: The two lengths compared, in PDF pages.
SHORT, LONG = 150, 300
#: The repeat factors measured at each length, around the one closest to it.
NEIGHBOURS = (-2, -1, 0, 1, 2)
FORMATS = ("docx", "pdf", "plain")


@dataclass(frozen=True)
class Size:
    """One length: the package closest to it (its figures shown) and the five measured."""

    #: The closest package's PDF pages.
    pages: int
    docx: Timing
    pdf: Timing
    #: Plain reportlab laying out the same text with one font (its own page count).
    plain: Timing
    #: The five packages' PDF pages, and characters of text (paragraphs, cells, signature
    #: lines), in all.
    all_pages: int
    all_characters: int
    #: For each format, the five packages' seconds together, turn by turn.
    turns: dict[str, Samples]
    #: The fewest and the most PDF pages of the five.
    page_range: tuple[int, int]

    def timing(self, fmt: str) -> Timing:
        return {"docx": self.docx, "pdf": self.pdf, "plain": self.plain}[fmt]


@dataclass(frozen=True)
class Scaling:
    language: str
    short: Size
    long: Size
    #: The PDF of the closest short package's document twice over, and its pages.
    twice: Timing
    twice_pages: int

    def growth(self, fmt: str) -> float:
        """How many times longer the long packages take than the short ones, for twice
        the text: 2 is linear (corrected for the text each really has; see the module's
        docstring)."""
        return paired_ratio(self.long.turns[fmt], self.short.turns[fmt]) * (
            2 * self.short.all_characters / self.long.all_characters)

    def growth_per_page(self, fmt: str) -> float:
        """The same for twice the pages (corrected for the pages each really has; for
        plain reportlab, for our pages, as it lays out the same text)."""
        return paired_ratio(self.long.turns[fmt], self.short.turns[fmt]) * (
            2 * self.short.all_pages / self.long.all_pages)

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
    # For each length, its packages by repeat factor offset: (document, PDF pages).
    lengths: dict[int, dict[int, tuple[Document, int]]] = {}
    for target in (SHORT, LONG):
        _package, factor, _pages = fit_large_package(base, target)
        documents = (compose(scaled_package(base, factor + offset), Part.PACKAGE)
                     for offset in NEIGHBOURS)
        lengths[target] = {offset: (document, pdf_bytes(document)[1].pages)
                           for offset, document in zip(NEIGHBOURS, documents, strict=True)}
    closest_short = lengths[SHORT][0][0]
    render: dict[str, Callable[[Document], object]] = {
        "docx": docx_bytes, "pdf": pdf_bytes,
        "plain": partial(plain_pdf_paused, font=one_font(closest_short))}
    actions: dict[str, Callable[[], object]] = {}
    for target, packages in lengths.items():
        for fmt, renderer in render.items():
            for offset, (document, _pages) in packages.items():
                actions[f"{fmt} {target} {offset}"] = partial(renderer, document)
    twice = twice_over(closest_short)
    actions["pdf twice"] = partial(pdf_bytes, twice)
    timings = time_interleaved(actions, 1, repetitions, clock)

    def size(target: int) -> Size:
        packages = lengths[target]

        def summed(fmt: str) -> Samples:
            """The five packages' seconds in *fmt*, turn by turn."""
            runs = (timings[f"{fmt} {target} {offset}"].samples for offset in packages)
            return Samples(tuple(map(sum, zip(*runs, strict=True))))

        shown = {fmt: timings[f"{fmt} {target} 0"] for fmt in FORMATS}
        pages = [count for _document, count in packages.values()]
        return Size(packages[0][1], shown["docx"], shown["pdf"], shown["plain"], sum(pages),
                    sum(characters(document) for document, _ in packages.values()),
                    {fmt: summed(fmt) for fmt in FORMATS}, (min(pages), max(pages)))

    return Scaling(language, size(SHORT), size(LONG), timings["pdf twice"],
                   pdf_bytes(twice)[1].pages)
