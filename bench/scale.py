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

The turns are shared among `PROCESSES` fresh processes (this file run as a script), each
with its own warm-up, and the growth is the median of all their turns. A process's speed
is its own: its address space layout, hash seed and heap decide how its memory falls in
the caches, which moves a long render more than a short one. The same scaling measured in
one process gave a Chinese PDF growth anywhere from 1.95 to 2.02 from one process to the
next, and in the process of `bench/run.py` itself, after the cold builds and with every
benchmark module loaded, 2.014–2.029 in each of its last three runs (docs/PERFORMANCE.md,
eighth pass). pyperf, the CPython project's benchmark runner, spawns its worker processes
for the same reason.

The growth is taken per character of text, not per page: the longer packages repeat the
memorandum, lists and tables more times, while the letter and headings stay the same, so
their pages are fuller (about 2% more text, text objects and blocks per page, zh and en
alike). Per page, a renderer exactly linear in its text would show 2.04×. Beside it, the
closest ~150-page package's composed document twice over (its blocks again after a page
break) is rendered: exactly twice the text at the same density, the plainest test of
linearity (corrected only for its pages, which can be one more or fewer than twice; fixed
costs per render put a linear renderer a little below 2)."""

from __future__ import annotations

import dataclasses
import itertools
import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from common import CLOCKS, Samples, Timing, paired_ratio, time_interleaved
from plain import one_font, plain_pdf, texts
from projects import SAMPLES, fit_large_package, scaled_package

from cica_desktop.collection_pause import collection_paused
from cica_desktop.compose import Part, compose
from cica_desktop.document import Document, PageBreak
from cica_desktop.model import Package, load_project
from cica_desktop.render import docx_bytes, pdf_bytes

#: The two lengths compared, in PDF pages.
SHORT, LONG = 150, 300
#: The repeat factors measured at each length, around the one closest to it.
NEIGHBOURS = (-2, -1, 0, 1, 2)
FORMATS = ("docx", "pdf", "plain")
#: The fresh processes the turns are measured in (see the module's docstring).
PROCESSES = 3
#: Seconds after which a worker is ended (`subprocess.TimeoutExpired`).
WORKER_TIMEOUT = 3600


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


def packages_at(base: Package, factor: int) -> dict[int, Document]:
    """The composed packages of one length: the sample's repeats *factor* and its
    neighbours, by offset."""
    return {offset: compose(scaled_package(base, factor + offset), Part.PACKAGE)
            for offset in NEIGHBOURS}


@dataclass(frozen=True)
class WorkerResult:
    """One worker's figures: each action's seconds turn by turn, and each package's PDF
    pages and characters ("<target> <offset>"), as JSON between the processes."""

    seconds: dict[str, list[float]]
    pages: dict[str, int]
    characters: dict[str, int]
    twice_pages: int


def measure(language: str, factors: dict[int, int], turns: int, clock: str) -> WorkerResult:
    """Time every package of both lengths in *turns* turns, in this process: what one
    worker does (`worker_main`). Each PDF is rendered once first, for its page count, then
    every action once as a warm-up."""
    base = load_project(SAMPLES[language])
    lengths = {target: packages_at(base, factor) for target, factor in factors.items()}
    closest_short = lengths[SHORT][0]
    render: dict[str, Callable[[Document], object]] = {
        "docx": docx_bytes, "pdf": pdf_bytes,
        "plain": partial(plain_pdf_paused, font=one_font(closest_short))}
    actions: dict[str, Callable[[], object]] = {}
    for target, packages in lengths.items():
        for fmt, renderer in render.items():
            for offset, document in packages.items():
                actions[f"{fmt} {target} {offset}"] = partial(renderer, document)
    twice = twice_over(closest_short)
    actions["pdf twice"] = partial(pdf_bytes, twice)
    documents = {f"{target} {offset}": document
                 for target, packages in lengths.items() for offset, document in packages.items()}
    pages = {key: pdf_bytes(document)[1].pages for key, document in documents.items()}
    twice_pages = pdf_bytes(twice)[1].pages
    timings = time_interleaved(actions, 1, turns, CLOCKS[clock])
    return WorkerResult({name: list(timing.samples) for name, timing in timings.items()},
                        pages, {key: characters(d) for key, d in documents.items()},
                        twice_pages)


def run_worker(language: str, factors: dict[int, int], turns: int, clock: str
               ) -> WorkerResult:
    """`measure` in a fresh process (this file run as a script). Its JSON is the last line
    it prints; what it writes to stderr is passed on."""
    command = [sys.executable, str(Path(__file__).resolve()), language, str(turns), clock,
               *(f"{target}={factor}" for target, factor in factors.items())]
    # A turn of both lengths takes about 20 s; an hour means the worker is stuck.
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False,
                          timeout=WORKER_TIMEOUT)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the scaling worker for {language} ended with "
                           f"{done.returncode}, printing: {done.stdout[-2000:]!r}")
    try:
        return WorkerResult(**json.loads(lines[-1]))
    except (ValueError, TypeError) as error:
        raise RuntimeError(f"the scaling worker for {language} printed no figures "
                           f"({error}): {done.stdout[-2000:]!r}") from error


def bench_scaling(language: str, turns: int, clock: str, processes: int = PROCESSES
                  ) -> Scaling:
    """Both lengths of *language*, measured in *processes* fresh processes of *turns*
    turns each (see the module's docstring)."""
    base = load_project(SAMPLES[language])
    factors = {target: fit_large_package(base, target)[1] for target in (SHORT, LONG)}
    results = [run_worker(language, factors, turns, clock) for _ in range(processes)]
    first = results[0]
    if any((r.pages, r.characters, r.twice_pages)
           != (first.pages, first.characters, first.twice_pages) for r in results):
        raise RuntimeError(f"the scaling workers for {language} laid out different pages")

    def timing(name: str) -> Timing:
        """*name*'s seconds, every worker's turns one after the other."""
        return Timing(tuple(itertools.chain.from_iterable(r.seconds[name] for r in results)))

    def size(target: int) -> Size:
        keys = [f"{target} {offset}" for offset in NEIGHBOURS]

        def summed(fmt: str) -> Samples:
            """The five packages' seconds in *fmt*, turn by turn."""
            runs = (timing(f"{fmt} {key}").samples for key in keys)
            return Samples(tuple(map(sum, zip(*runs, strict=True))))

        shown = {fmt: timing(f"{fmt} {target} 0") for fmt in FORMATS}
        pages = [first.pages[key] for key in keys]
        return Size(first.pages[f"{target} 0"], shown["docx"], shown["pdf"], shown["plain"],
                    sum(pages), sum(first.characters[key] for key in keys),
                    {fmt: summed(fmt) for fmt in FORMATS}, (min(pages), max(pages)))

    return Scaling(language, size(SHORT), size(LONG), timing("pdf twice"),
                   first.twice_pages)


def worker_main(argv: Sequence[str]) -> int:
    """`scale.py LANGUAGE TURNS CLOCK 150=F 300=G`: `measure`'s figures as JSON."""
    language, turns, clock, *pairs = argv
    factors = {int(target): int(factor)
               for target, factor in (pair.split("=") for pair in pairs)}
    print(json.dumps(dataclasses.asdict(measure(language, factors, int(turns), clock))))
    return 0


if __name__ == "__main__":
    sys.exit(worker_main(sys.argv[1:]))
