"""Benchmark: how long a package takes to compose and render, warm and cold.

Run with `.venv/bin/python bench/run.py` (`--quick` for fewer repetitions, `--markdown` to
print Markdown tables, `--no-profile` to skip the cProfile runs). It prints figures only:
what they mean, the targets and the method in full are in docs/PERFORMANCE.md.

What it measures:
  * warm, in-process: compose + DOCX, compose + PDF, compose + both, for each sample
    (median after warm-up runs, so fonts, templates and imports are already loaded);
  * cold: the `cica-desktop build` command as a fresh process, both formats;
  * a generated package of about 100 pages (the English sample with its memorandum
    paragraphs, enclosure list items and table rows repeated), compose + DOCX + PDF warm;
  * LibreOffice (when `soffice` is on PATH) converting our DOCX to PDF, for comparison;
  * one cProfile run each of compose + DOCX and compose + PDF on the Chinese sample.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from common import (
    Timing,
    code_version,
    common_facts,
    fmt_s,
    load_average,
    markdown_table,
    text_table,
    time_interleaved,
    version_of,
)
from processes import (
    CliResults,
    LibreOfficeResult,
    bench_cli,
    bench_libreoffice,
    soffice_path,
    soffice_version,
)
from profiling import Profile, profile_once
from projects import (
    LARGE_BASE,
    LARGE_TARGET_PAGES,
    SAMPLES,
    compose_both,
    compose_docx,
    compose_pdf,
    fit_large_package,
)

from cica_desktop.compose import Part, compose
from cica_desktop.model import load_project
from cica_desktop.render import docx_bytes, pdf_bytes

#: Targets: sample DOCX + PDF warm, the ~100-page package, and speed-up over LibreOffice.
TARGET_SAMPLE_SECONDS = 0.25
TARGET_LARGE_SECONDS = 3.0
TARGET_LIBREOFFICE_RATIO = 5.0


@dataclass(frozen=True)
class Settings:
    warmups: int
    repetitions: int
    cli_runs: int
    large_repetitions: int
    libreoffice_runs: int
    quick: bool


FULL = Settings(warmups=2, repetitions=15, cli_runs=5, large_repetitions=5,
                libreoffice_runs=3, quick=False)
QUICK = Settings(warmups=1, repetitions=5, cli_runs=2, large_repetitions=2,
                 libreoffice_runs=1, quick=True)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def step(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------- measuring


@dataclass(frozen=True)
class SampleResult:
    name: str
    pages: int
    docx: Timing
    pdf: Timing
    both: Timing


def bench_sample(name: str, settings: Settings) -> SampleResult:
    package = load_project(SAMPLES[name])
    timings = time_interleaved({"docx": lambda: compose_docx(package),
                                "pdf": lambda: compose_pdf(package),
                                "both": lambda: compose_both(package)},
                               settings.warmups, settings.repetitions)
    return SampleResult(name=name, pages=compose_pdf(package), docx=timings["docx"],
                        pdf=timings["pdf"], both=timings["both"])


@dataclass(frozen=True)
class LargeResult:
    factor: int
    pages: int
    both: Timing
    docx: Timing
    pdf: Timing


def bench_large(settings: Settings) -> LargeResult:
    base = load_project(SAMPLES[LARGE_BASE])
    package, factor, pages = fit_large_package(base)
    document = compose(package, Part.PACKAGE)
    timings = time_interleaved({"both": lambda: compose_both(package),
                                "docx": lambda: docx_bytes(document),
                                "pdf": lambda: pdf_bytes(document)},
                               1, settings.large_repetitions)
    return LargeResult(factor=factor, pages=pages, both=timings["both"],
                       docx=timings["docx"], pdf=timings["pdf"])


def profile_zh() -> list[Profile]:
    package = load_project(SAMPLES["zh"])
    return [profile_once("compose + DOCX (zh)", lambda: compose_docx(package)),
            profile_once("compose + PDF (zh)", lambda: compose_pdf(package))]


def reportlab_accelerator() -> str:
    """Whether reportlab uses its C accelerator (the separate rl_accel package since 4.0)."""
    from reportlab.lib import rl_accel

    native = not rl_accel.fp_str.__name__.startswith("_py_")
    return "C (rl_accel " + version_of("rl_accel") + ")" if native else "pure Python (no rl_accel)"


def machine_facts() -> dict[str, str]:
    facts = {
        **common_facts(),
        "reportlab": version_of("reportlab"),
        "reportlab accelerator": reportlab_accelerator(),
        "python-docx": version_of("python-docx"),
        "lxml": version_of("lxml"),
        "Code": code_version(),
    }
    soffice = soffice_path()
    facts["LibreOffice"] = soffice_version(soffice) if soffice else "not on PATH"
    facts["Load avg at start"] = load_average()
    return facts


@dataclass
class Results:
    settings: Settings
    date: str
    machine: dict[str, str]
    samples: list[SampleResult]
    cli: CliResults
    large: LargeResult
    libreoffice: list[LibreOfficeResult] = field(default_factory=list)
    profiles: list[Profile] = field(default_factory=list)

    def sample(self, name: str) -> SampleResult:
        return next(s for s in self.samples if s.name == name)

    def targets(self) -> list[tuple[str, str, str, bool]]:
        """(target, measured, limit, met) for each target."""
        rows = []
        for s in self.samples:
            rows.append((f"Sample {s.name}: compose + DOCX + PDF, warm",
                         fmt_s(s.both.median), f"≤ {fmt_s(TARGET_SAMPLE_SECONDS)}",
                         s.both.median <= TARGET_SAMPLE_SECONDS))
        rows.append((f"{self.large.pages}-page package: compose + DOCX + PDF, warm",
                     fmt_s(self.large.both.median), f"≤ {fmt_s(TARGET_LARGE_SECONDS)}",
                     self.large.both.median <= TARGET_LARGE_SECONDS))
        for lo in self.libreoffice:
            ratio = lo.convert.median / self.sample(lo.name).both.median
            rows.append((f"Sample {lo.name}: LibreOffice DOCX→PDF ÷ ours (warm)",
                         f"{ratio:.1f}×", f"≥ {TARGET_LIBREOFFICE_RATIO:.0f}×",
                         ratio >= TARGET_LIBREOFFICE_RATIO))
        return rows


def measure(settings: Settings, profile: bool) -> Results:
    step("machine facts")
    machine = machine_facts()
    samples = []
    for name in SAMPLES:
        step(f"warm in-process runs, sample {name}")
        samples.append(bench_sample(name, settings))
    step("cold CLI runs")
    cli = bench_cli(settings.cli_runs)
    step(f"~{LARGE_TARGET_PAGES}-page package")
    large = bench_large(settings)
    results = Results(settings, dt.date.today().isoformat(), machine, samples, cli, large)
    soffice = soffice_path()
    if soffice:
        step("LibreOffice conversions")
        results.libreoffice = bench_libreoffice(soffice, settings.libreoffice_runs)
    if profile:
        step("cProfile, zh sample")
        results.profiles = profile_zh()
    machine["Load avg at end"] = load_average()
    return results


# ----------------------------------------------------------------------------- tables


def sample_rows(results: Results) -> list[list[str]]:
    rows = []
    for s in results.samples:
        rows += [[s.name, str(s.pages), "compose + DOCX", s.docx.describe()],
                 [s.name, str(s.pages), "compose + PDF", s.pdf.describe()],
                 [s.name, str(s.pages), "compose + DOCX + PDF", s.both.describe()]]
    return rows


def other_rows(results: Results) -> list[list[str]]:
    large = results.large
    cli = results.cli
    rows = [[f"cold CLI build {c.name} (PDF + DOCX)", c.build.describe()] for c in cli.builds]
    rows.append(["cold `python -c 'import cica_desktop.cli'`", cli.imports.describe()])
    if cli.uncached is not None:
        rows.append([f"cold CLI build {cli.uncached.name}, no .pyc cache "
                     "(PYTHONDONTWRITEBYTECODE=1 as inherited)", cli.uncached.build.describe()])
    rows += [
        [f"{large.pages}-page package: compose + DOCX + PDF", large.both.describe()],
        [f"{large.pages}-page package: DOCX only (composed)", large.docx.describe()],
        [f"{large.pages}-page package: PDF only (composed)", large.pdf.describe()],
    ]
    rows += [[f"LibreOffice DOCX→PDF {lo.name} ({lo.pages or '?'} pages)", lo.convert.describe()]
             for lo in results.libreoffice]
    return rows


def tables(results: Results, markdown: bool = False
           ) -> Iterator[tuple[str, list[str], list[list[str]]]]:
    """(title, header, rows) of each table to print."""
    large = results.large
    yield "Machine", ["", ""], [[key, value] for key, value in results.machine.items()]
    yield ("Samples, warm", ["sample", "PDF pages", "warm, in-process", "median (min–max)"],
           sample_rows(results))
    yield (f"Cold CLI; the {large.pages}-page package ({LARGE_BASE} sample, ×{large.factor}), "
           "warm; LibreOffice", ["measurement", "median (min–max)"], other_rows(results))
    yield ("Targets", ["target", "measured", "limit", "verdict"],
           [[t, m, lim, verdict(ok)] for t, m, lim, ok in results.targets()])
    code = "`{}`" if markdown else "{}"
    for profile in results.profiles:
        for title, spots in profile.sections():
            yield (f"{profile.label}, {fmt_s(profile.total)} under cProfile: top {len(spots)} "
                   f"{title}", ["cumulative", "own", "calls", "function"],
                   [[fmt_s(h.cumulative), fmt_s(h.own), str(h.calls), code.format(h.where)]
                    for h in spots])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile runs")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else FULL
    results = measure(settings, profile=not args.no_profile)
    print(f"cica_desktop benchmark, {results.date}{' (quick)' if settings.quick else ''}")
    table = markdown_table if args.markdown else text_table
    for title, header, rows in tables(results, args.markdown):
        print(f"\n{'### ' if args.markdown else ''}{title}\n", flush=True)
        print("\n".join(table(header, rows)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
