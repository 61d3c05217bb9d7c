"""Benchmark: every speed figure of the command line and the renderers, against its target.

Run with `.venv/bin/python bench/run.py` (what `make bench` runs): `--quick` for fewer
repetitions, `--markdown` for Markdown tables, `--clock cpu` to time the in-process figures
in CPU time (steadier when other work loads the machine), `--only-render` to skip the other
benchmarks it then starts (bench/gui.py, bench/form_scale.py, bench/signing.py). It prints
figures and verdicts, and exits with 1 when a target is missed (or the worst status of the
other benchmarks); what the figures mean and the method are in docs/PERFORMANCE.md.

Its own figures, each a median with its range (min–max), the load average before and after;
a ratio of two figures timed in turns is the median of the turns' ratios (bench/common.py):
  * cold `cica-desktop build` of the zh sample to DOCX and PDF, and LibreOffice converting
    that DOCX to PDF, taking turns (a burst of load lands on both);
  * DOCX and PDF of five packages of about 150 and five of about 300 pages, zh and en,
    in three fresh processes of five turns each: the growth per character of text (2 is
    linear; bench/scale.py says why five, why fresh processes, and why not per page, shown
    too) and pages per second; the PDF of the closest ~150-page one's document twice over;
    plain reportlab's growth on the same text beside it, the layout engine's own;
  * each sample (zh, en) warm: compose + DOCX + PDF, and compose + PDF against plain
    reportlab laying out the same text with one font (bench/plain.py);
  * the signing step: opening the key, one PAdES signature (bench/signing.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from common import (
    CLOCKS,
    code_version,
    common_facts,
    fmt_s,
    load_average,
    markdown_table,
    paired_ratio,
    text_table,
    time_interleaved,
    version_of,
)
from plain import one_font, plain_pdf
from processes import bench_cold, soffice_path, soffice_version
from projects import SAMPLES, compose_both, compose_pdf
from scale import LONG, PROCESSES, SHORT, Size, bench_scaling
from signing import signing_step

from cica_desktop.compose import Part, compose
from cica_desktop.model import Package, load_project

BENCH = Path(__file__).resolve().parent

#: Issue 14's targets, and the one kept from before (a sample warm).
COLD_VS_LIBREOFFICE = 2.0  # LibreOffice's time ÷ ours, at least
DOCX_GROWTH = 2.0  # time of ~300 pages ÷ time of ~150 pages, at most
DOCX_PAGES_PER_SECOND = 150.0  # at least
PDF_GROWTH = 2.0  # linear, as today
PDF_PAGES_PER_SECOND = {"zh": 140.0, "en": 250.0}  # today's, to keep
PLAIN_REPORTLAB = 1.5  # our compose + PDF ÷ plain reportlab, at most
SAMPLE_SECONDS = 0.25  # a sample, compose + DOCX + PDF warm, at most

#: The other benchmarks `make bench` runs through this one: (script, its arguments, which
#: of this script's --markdown and --quick it takes too).
OTHERS: tuple[tuple[str, tuple[str, ...], frozenset[str]], ...] = (
    ("gui.py", (), frozenset({"--markdown", "--quick"})),
    ("form_scale.py", ("--repeats", "3"), frozenset({"--markdown"})),
    ("signing.py", (), frozenset()),
)


@dataclass(frozen=True)
class Settings:
    repetitions: int
    #: The scaling's turns in each of its fresh processes, and how many (bench/scale.py).
    scale_repetitions: int
    scale_processes: int
    cold_runs: int
    quick: bool
    #: The in-process timings' clock (common.CLOCKS).
    clock: str = "wall"


FULL = Settings(repetitions=15, scale_repetitions=5, scale_processes=PROCESSES,
                cold_runs=7, quick=False)
QUICK = Settings(repetitions=5, scale_repetitions=1, scale_processes=1, cold_runs=3,
                 quick=True)


@dataclass(frozen=True)
class Row:
    """One line of the results: a figure, what it is compared with, the verdict."""

    figure: str
    measured: str
    target: str = ""
    met: bool | None = None

    def cells(self) -> list[str]:
        verdict = "" if self.met is None else "PASS" if self.met else "MISS"
        return [self.figure, self.measured, self.target, verdict]


def step(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


def at_least(value: float, limit: float, unit: str = "×") -> tuple[str, bool]:
    return f"≥ {limit:g}{unit}", value >= limit


def at_most(value: float, limit: float, unit: str = "×") -> tuple[str, bool]:
    return f"≤ {limit:g}{unit}", value <= limit


def row(figure: str, measured: str, check: tuple[str, bool] | None = None) -> Row:
    return Row(figure, measured, *(check or ("", None)))


# ----------------------------------------------------------------------------- figures


def cold_rows(s: Settings) -> Iterator[Row]:
    cold = bench_cold(SAMPLES["zh"], s.cold_runs)
    yield row("cold `cica-desktop build` zh sample, DOCX + PDF", cold.ours.describe())
    yield row("  its CPU time (user + system)", cold.ours_cpu.describe())
    if cold.libreoffice is None or cold.libreoffice_cpu is None:
        yield row("LibreOffice DOCX → PDF", "soffice not on PATH")
        return
    yield row("LibreOffice converting that DOCX to PDF (`soffice --headless`)",
              cold.libreoffice.describe())
    yield row("  its CPU time (user + system)", cold.libreoffice_cpu.describe())
    ratio = paired_ratio(cold.libreoffice, cold.ours)
    yield row("cold build: LibreOffice ÷ ours", f"{ratio:.2f}×",
              at_least(ratio, COLD_VS_LIBREOFFICE))
    cpu = paired_ratio(cold.libreoffice_cpu, cold.ours_cpu)
    yield row("  the same in CPU time (less sensitive to other load)", f"{cpu:.2f}×")


def span(size: Size) -> str:
    low, high = size.page_range
    return f"{low}–{high}"


def scale_rows(s: Settings) -> Iterator[Row]:
    for language in SAMPLES:
        step(f"~{SHORT} and ~{LONG} pages, {language}")
        scaling = bench_scaling(language, s.scale_repetitions, s.clock, s.scale_processes)
        short, long = scaling.short, scaling.long
        for fmt, growth, speed in (("docx", DOCX_GROWTH, DOCX_PAGES_PER_SECOND),
                                   ("pdf", PDF_GROWTH, PDF_PAGES_PER_SECOND[language])):
            name = fmt.upper()
            yield row(f"{name} {language}, {short.pages} pages",
                      short.timing(fmt).describe())
            yield row(f"{name} {language}, {long.pages} pages", long.timing(fmt).describe())
            yield row(f"{name} {language}: five packages of {span(long)} pages ÷ five of "
                      f"{span(short)}, per page count ({long.all_pages:,} ÷ "
                      f"{short.all_pages:,})", f"{scaling.growth_per_page(fmt):.2f}×")
            # Three decimals where the verdict is: a linear renderer sits just under 2.
            yield row(f"{name} {language}: the same per character of text "
                      f"({long.all_characters:,} ÷ {short.all_characters:,})",
                      f"{scaling.growth(fmt):.3f}×", at_most(scaling.growth(fmt), growth))
            yield row(f"{name} {language}: pages per second ({long.pages} pages)",
                      f"{scaling.pages_per_second(fmt):.0f}",
                      at_least(scaling.pages_per_second(fmt), speed, " pages/s"))
        yield row(f"PDF {language}: the {short.pages}-page document twice over "
                  f"({scaling.twice_pages} pages) ÷ once", f"{scaling.growth_twice():.2f}× "
                  f"({scaling.twice.describe()})")
        yield row(f"plain reportlab {language}, the same text as the {short.pages} and "
                  f"{long.pages} pages", f"{short.plain.describe()}; {long.plain.describe()}")
        yield row(f"plain reportlab {language}: the five longer ÷ the five shorter, per "
                  "character of text", f"{scaling.growth('plain'):.2f}×")


def compose_plain(package: Package, font: str) -> bytes:
    return plain_pdf(compose(package, Part.PACKAGE), font)


def sample_rows(s: Settings) -> Iterator[Row]:
    for language, path in SAMPLES.items():
        step(f"warm sample {language}")
        package = load_project(path)
        font = one_font(compose(package, Part.PACKAGE))

        actions: dict[str, Callable[[], object]] = {
            "both": partial(compose_both, package),
            "pdf": partial(compose_pdf, package),
            "plain": partial(compose_plain, package, font),
        }
        t = time_interleaved(actions, 2, s.repetitions, CLOCKS[s.clock])
        yield row(f"sample {language} warm: compose + DOCX + PDF", t["both"].describe(),
                  (f"≤ {fmt_s(SAMPLE_SECONDS)}", t["both"].median <= SAMPLE_SECONDS))
        yield row(f"sample {language} warm: compose + PDF", t["pdf"].describe())
        yield row(f"sample {language} warm: compose + plain reportlab, one font",
                  t["plain"].describe())
        ratio = paired_ratio(t["pdf"], t["plain"])
        yield row(f"sample {language}: ours ÷ plain reportlab", f"{ratio:.2f}×",
                  at_most(ratio, PLAIN_REPORTLAB))


def signing_rows(s: Settings) -> Iterator[Row]:
    t = signing_step(s.repetitions, CLOCKS[s.clock])
    yield row("signing: open the PKCS#12 file (decrypt the key)", t["open"].describe())
    yield row("signing: one PAdES B-B signature, key open (zh mission PDF)",
              t["sign"].describe())


SECTIONS: tuple[tuple[str, Callable[[Settings], Iterator[Row]]], ...] = (
    ("cold build against LibreOffice, alternating", cold_rows),
    ("DOCX and PDF at two lengths", scale_rows),
    ("samples warm, and plain reportlab", sample_rows),
    ("signing step", signing_rows),
)


# ----------------------------------------------------------------------------- output


def machine_facts() -> dict[str, str]:
    soffice = soffice_path()
    return {**common_facts(), "reportlab": version_of("reportlab"),
            "python-docx": version_of("python-docx"), "pyHanko": version_of("pyHanko"),
            "LibreOffice": soffice_version(soffice) if soffice else "not on PATH",
            "Code": code_version()}


def run_others(markdown: bool, quick: bool) -> int:
    """The other benchmarks, one after the other; the worst exit status."""
    status = 0
    for script, arguments, takes in OTHERS:
        flags = [flag for flag, on in (("--markdown", markdown), ("--quick", quick))
                 if on and flag in takes]
        print(f"\n{'## ' if markdown else ''}bench/{script}\n", flush=True)
        done = subprocess.run([sys.executable, str(BENCH / script), *arguments, *flags],
                              check=False)
        status = max(status, failure_status(script, done.returncode))
    return status


def failure_status(script: str, returncode: int) -> int:
    """The status a benchmark's exit counts as: its own, and 1 for one ended by a signal
    (a negative return code, which `max` with 0 would have passed over: an aborted
    bench/gui.py once left `make bench` exiting with 0)."""
    if returncode < 0:
        number = -returncode
        name = signal.strsignal(number) or ""
        print(f"bench/{script} was ended by signal {number} {name}".rstrip(), flush=True)
        return 1
    return returncode


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--only-render", action="store_true",
                        help="only this script's figures, not the other benchmarks")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="wall",
                        help="in-process figures in wall-clock time (default) or in the "
                             "measuring process's CPU time, steadier on a busy machine")
    args = parser.parse_args(argv)
    settings = replace(QUICK if args.quick else FULL, clock=args.clock)
    facts = machine_facts()
    facts["Clock of in-process figures"] = args.clock
    facts["Load average at start"] = load_average()
    rows: list[Row] = []
    for title, measure in SECTIONS:
        step(title)
        rows += measure(settings)
    facts["Load average at end"] = load_average()
    table = markdown_table if args.markdown else text_table
    heading = "### " if args.markdown else ""
    print(f"cica_desktop benchmark, {dt.date.today().isoformat()}"
          f"{' (quick)' if settings.quick else ''}")
    print(f"\n{heading}Machine\n")
    print("\n".join(table(["", ""], [[k, v] for k, v in facts.items()])))
    print(f"\n{heading}Figures\n")
    print("\n".join(table(["figure", "median (min–max)", "target", "verdict"],
                          [r.cells() for r in rows])), flush=True)
    missed = [r.figure for r in rows if r.met is False]
    if args.only_render:
        return 1 if missed else 0
    return max(1 if missed else 0, run_others(args.markdown, args.quick))


if __name__ == "__main__":
    sys.exit(main())
