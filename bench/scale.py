"""Does rendering stay linear in the document's length? DOCX and PDF of a package of about
150 and of about 300 pages (a sample with its memorandum, lists and tables repeated,
bench/projects.py), warm, from the composed document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from common import Timing, time_interleaved
from projects import SAMPLES, fit_large_package

from cica_desktop.compose import Part, compose
from cica_desktop.model import load_project
from cica_desktop.render import docx_bytes, pdf_bytes

#: The two lengths compared, in PDF pages.
SHORT, LONG = 150, 300


@dataclass(frozen=True)
class Size:
    pages: int
    docx: Timing
    pdf: Timing

    def timing(self, fmt: str) -> Timing:
        return self.docx if fmt == "docx" else self.pdf


@dataclass(frozen=True)
class Scaling:
    language: str
    short: Size
    long: Size

    def growth(self, fmt: str) -> float:
        """How many times longer the long package takes than the short one; 2 is linear
        when it has twice the pages (corrected here for the pages each really has)."""
        short, long = self.short.timing(fmt), self.long.timing(fmt)
        return (long.median / short.median) * (2 * self.short.pages / self.long.pages)

    def pages_per_second(self, fmt: str) -> float:
        return self.long.pages / self.long.timing(fmt).median


def bench_scaling(language: str, repetitions: int, clock: Callable[[], float]) -> Scaling:
    base = load_project(SAMPLES[language])
    sizes = []
    for target in (SHORT, LONG):
        package, _factor, pages = fit_large_package(base, target)
        document = compose(package, Part.PACKAGE)
        timings = time_interleaved({"docx": partial(docx_bytes, document),
                                    "pdf": partial(pdf_bytes, document)}, 1, repetitions,
                                   clock)
        sizes.append(Size(pages, timings["docx"], timings["pdf"]))
    return Scaling(language, *sizes)
