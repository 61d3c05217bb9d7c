"""Benchmark: how long a package takes to compose and render, warm and cold.

Run with `.venv/bin/python bench/run.py` (add `--quick` for fewer repetitions, and
`--write-doc` to rewrite docs/PERFORMANCE.md from the figures just measured).

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
import cProfile
import datetime as dt
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from common import (
    Samples,
    code_version,
    common_facts,
    load_average,
    markdown_table,
    text_table,
    version_of,
)

from cica_desktop.compose import Part, compose
from cica_desktop.model import (
    ContentBlock,
    Enclosure,
    LetterAnnex,
    ListBlock,
    Memorandum,
    Package,
    TableBlock,
    load_project,
)
from cica_desktop.model.package import Annex
from cica_desktop.render import docx_bytes, pdf_bytes

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = {
    "zh": ROOT / "resources" / "samples" / "a-62-232.zh.json",
    "en": ROOT / "resources" / "samples" / "a-62-232.en.json",
}
LARGE_BASE = "en"
DOC_PATH = ROOT / "docs" / "PERFORMANCE.md"

#: Targets: sample DOCX + PDF warm, the ~100-page package, and speed-up over LibreOffice.
TARGET_SAMPLE_SECONDS = 0.25
TARGET_LARGE_SECONDS = 3.0
TARGET_LIBREOFFICE_RATIO = 5.0
LARGE_TARGET_PAGES = 100
#: Profiling: how many hotspots to name, and the share of the largest frame above which a
#: frame only wraps everything else (docx_bytes, pdf_bytes and their build) and is skipped.
HOTSPOTS = 5
WRAPPER_SHARE = 0.9


# ----------------------------------------------------------------------------- settings


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


# ----------------------------------------------------------------------------- timing


@dataclass(frozen=True)
class Timing(Samples):
    def describe(self) -> str:
        return f"{fmt_s(self.median)} ({fmt_s(self.low)}–{fmt_s(self.high)})"


def fmt_s(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


def time_interleaved(actions: dict[str, Callable[[], object]], warmups: int,
                     repetitions: int) -> dict[str, Timing]:
    """Seconds of each action, repeated after warm-up runs. The actions take turns, so a burst
    of load on the machine lands on all of them rather than on whichever was running."""
    for _ in range(warmups):
        for action in actions.values():
            action()
    samples: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(repetitions):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            samples[name].append(time.perf_counter() - start)
    return {name: Timing(tuple(values)) for name, values in samples.items()}


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


# ----------------------------------------------------------------------------- actions


def compose_docx(package: Package) -> bytes:
    return docx_bytes(compose(package, Part.PACKAGE))


def compose_pdf(package: Package) -> int:
    _, report = pdf_bytes(compose(package, Part.PACKAGE))
    return report.pages


def compose_both(package: Package) -> int:
    document = compose(package, Part.PACKAGE)
    docx_bytes(document)
    _, report = pdf_bytes(document)
    return report.pages


# ----------------------------------------------------------------------------- machine








def reportlab_accelerator() -> str:
    """Whether reportlab uses its C accelerator (the separate rl_accel package since 4.0)."""
    from reportlab.lib import rl_accel

    native = not rl_accel.fp_str.__name__.startswith("_py_")
    return "C (rl_accel " + version_of("rl_accel") + ")" if native else "pure Python (no rl_accel)"


def soffice_path() -> str | None:
    return shutil.which("soffice")


def soffice_version(soffice: str) -> str:
    try:
        done = subprocess.run([soffice, "--version"], capture_output=True, text=True,
                              timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return done.stdout.strip() or "unknown"






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


# ----------------------------------------------------------------------------- samples


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


# ----------------------------------------------------------------------------- cold CLI


@dataclass(frozen=True)
class CliResult:
    name: str
    build: Timing


@dataclass(frozen=True)
class CliResults:
    builds: list[CliResult]
    #: `python -c "import cica_desktop.cli"`: process start-up and imports alone.
    imports: Timing
    #: One sample built with the environment as inherited, when that forbids .pyc files.
    uncached: CliResult | None


def cli_executable() -> Path:
    local = ROOT / ".venv" / "bin" / "cica-desktop"
    if local.exists():
        return local
    found = shutil.which("cica-desktop")
    if found is None:
        raise SystemExit("cica-desktop is not installed; run `pip install -e .` first")
    return Path(found)


def cached_bytecode_env(cache: Path) -> dict[str, str]:
    """The inherited environment, but writing and reading .pyc files under *cache*."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def timed_process(command: Sequence[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(list(command), capture_output=True, text=True, timeout=600,
                          check=False, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return elapsed


def bench_cli_build(sample: Path, runs: int, work: Path, env: dict[str, str] | None
                    ) -> Timing:
    executable = cli_executable()
    samples = []
    for _ in range(runs):
        out = Path(tempfile.mkdtemp(prefix="out-", dir=work))
        samples.append(timed_process([str(executable), "build", str(sample), "--out", str(out)],
                                     env))
    return Timing(tuple(samples))


def bench_cli(settings: Settings) -> CliResults:
    runs = settings.cli_runs
    with tempfile.TemporaryDirectory(prefix="cica-bench-cli-") as parent:
        work = Path(parent)
        env = cached_bytecode_env(work / "pycache")
        bench_cli_build(SAMPLES[LARGE_BASE], 1, work, env)  # untimed: fills the .pyc cache
        builds = [CliResult(name, bench_cli_build(path, runs, work, env))
                  for name, path in SAMPLES.items()]
        imports = Timing(tuple(timed_process([sys.executable, "-c", "import cica_desktop.cli"],
                                             env) for _ in range(runs)))
        uncached = None
        if os.environ.get("PYTHONDONTWRITEBYTECODE"):
            uncached = CliResult(LARGE_BASE,
                                 bench_cli_build(SAMPLES[LARGE_BASE], runs, work, None))
    return CliResults(builds, imports, uncached)


# ----------------------------------------------------------------------------- ~100 pages


def scaled_blocks(blocks: tuple[ContentBlock, ...], factor: int) -> tuple[ContentBlock, ...]:
    scaled: list[ContentBlock] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            block = block.model_copy(update={"items": block.items * factor})
        elif isinstance(block, TableBlock):
            block = block.model_copy(update={"rows": block.rows * factor})
        scaled.append(block)
    return tuple(scaled)


def scaled_enclosure(enclosure: Enclosure, factor: int) -> Enclosure:
    update: dict[str, object] = {"blocks": scaled_blocks(enclosure.blocks, factor)}
    if enclosure.annex is not None:
        update["annex"] = enclosure.annex.model_copy(
            update={"blocks": scaled_blocks(enclosure.annex.blocks, factor)})
    return enclosure.model_copy(update=update)


def scaled_annex(annex: Annex, factor: int) -> Annex:
    if isinstance(annex, Memorandum):
        return annex.model_copy(update={"paragraphs": annex.paragraphs * factor})
    if isinstance(annex, LetterAnnex) and annex.enclosure is not None:
        return annex.model_copy(
            update={"enclosure": scaled_enclosure(annex.enclosure, factor)})
    return annex


def scaled_package(base: Package, factor: int) -> Package:
    """*base* with memorandum paragraphs, enclosure list items and table rows × factor."""
    annexes = tuple(scaled_annex(annex, factor) for annex in base.annexes)
    return base.model_copy(update={"annexes": annexes})


def fit_large_package(base: Package, target: int = LARGE_TARGET_PAGES
                      ) -> tuple[Package, int, int]:
    """The scaled package whose PDF comes closest to *target* pages: (package, factor, pages)."""
    pages_one = compose_pdf(base)
    probe = 4
    per_factor = max(1.0, (compose_pdf(scaled_package(base, probe)) - pages_one) / (probe - 1))
    factor = max(1, round(1 + (target - pages_one) / per_factor))
    best: tuple[Package, int, int] | None = None
    for _ in range(4):
        package = scaled_package(base, factor)
        pages = compose_pdf(package)
        if best is None or abs(pages - target) < abs(best[2] - target):
            best = (package, factor, pages)
        step = round((target - pages) / per_factor)
        if step == 0:
            break
        factor = max(1, factor + step)
    assert best is not None
    return best


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


# ----------------------------------------------------------------------------- LibreOffice


@dataclass(frozen=True)
class LibreOfficeResult:
    name: str
    convert: Timing
    pages: int | None


def pdf_page_count(path: Path) -> int | None:
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    return len(PdfReader(str(path)).pages)


def soffice_convert(soffice: str, profile: Path, docx: Path, out: Path) -> float:
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--convert-to", "pdf", "--outdir", str(out), str(docx)]
    elapsed = timed_process(command)
    if not (out / f"{docx.stem}.pdf").exists():
        raise SystemExit(f"LibreOffice wrote no PDF for {docx}")
    return elapsed


def bench_libreoffice(soffice: str, settings: Settings) -> list[LibreOfficeResult]:
    results = []
    with tempfile.TemporaryDirectory(prefix="cica-bench-lo-") as parent:
        work = Path(parent)
        profile = work / "profile"
        docx_files = {}
        for name, path in SAMPLES.items():
            docx_files[name] = work / f"{path.stem}.docx"
            docx_files[name].write_bytes(compose_docx(load_project(path)))
        # Create the user profile once, untimed, and reuse it for every timed conversion.
        soffice_convert(soffice, profile, docx_files[LARGE_BASE], work / "warmup")
        for name, docx in docx_files.items():
            out = work / f"out-{name}"
            samples = tuple(soffice_convert(soffice, profile, docx, out)
                            for _ in range(settings.libreoffice_runs))
            results.append(LibreOfficeResult(name, Timing(samples),
                                             pdf_page_count(out / f"{docx.stem}.pdf")))
    return results


# ----------------------------------------------------------------------------- profiling


@dataclass(frozen=True)
class Hotspot:
    where: str
    cumulative: float
    own: float
    calls: int


@dataclass(frozen=True)
class Profile:
    label: str
    total: float
    ours: list[Hotspot]
    library: list[Hotspot]
    library_own: list[Hotspot]


def short_location(filename: str, line: int, function: str) -> str:
    if filename == "~":
        return function.strip("<>")
    path = filename.replace(os.sep, "/")
    for marker in ("/site-packages/", "/main/", f"/{ROOT.name}/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return f"{path}:{line} {function}"


def hotspots(stats: pstats.Stats) -> Iterator[tuple[bool, Hotspot]]:
    """(is ours, hotspot) for every profiled function except the benchmark's own."""
    for (filename, line, function), (_, calls, own, cumulative, _) in stats.stats.items():
        path = filename.replace(os.sep, "/")
        if path.endswith("bench/run.py") or "_lsprof.Profiler" in function:
            continue
        ours = "/cica_desktop/" in path
        yield ours, Hotspot(short_location(filename, line, function), cumulative, own, calls)


def profile_once(label: str, action: Callable[[], object]) -> Profile:
    action()  # warm: fonts registered, templates and style specs loaded
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    action()
    profiler.disable()
    total = time.perf_counter() - start
    stats = pstats.Stats(profiler)
    spots = list(hotspots(stats))
    largest = max(h.cumulative for _, h in spots)
    inner = [(ours, h) for ours, h in spots if h.cumulative < WRAPPER_SHARE * largest]
    by_cumulative = sorted(inner, key=lambda item: item[1].cumulative, reverse=True)
    by_own = sorted(spots, key=lambda item: item[1].own, reverse=True)
    return Profile(
        label=label,
        total=total,
        ours=[h for ours, h in by_cumulative if ours][:HOTSPOTS],
        library=[h for ours, h in by_cumulative if not ours][:HOTSPOTS],
        library_own=[h for ours, h in by_own if not ours][:HOTSPOTS],
    )


def profile_zh() -> list[Profile]:
    package = load_project(SAMPLES["zh"])
    return [profile_once("compose + DOCX (zh)", lambda: compose_docx(package)),
            profile_once("compose + PDF (zh)", lambda: compose_pdf(package))]


# ----------------------------------------------------------------------------- results


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
    cli = bench_cli(settings)
    step(f"~{LARGE_TARGET_PAGES}-page package")
    large = bench_large(settings)
    results = Results(settings, dt.date.today().isoformat(), machine, samples, cli, large)
    soffice = soffice_path()
    if soffice:
        step("LibreOffice conversions")
        results.libreoffice = bench_libreoffice(soffice, settings)
    if profile:
        step("cProfile, zh sample")
        results.profiles = profile_zh()
    machine["Load avg at end"] = load_average()
    return results


def step(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------- console


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


def print_results(results: Results) -> None:
    print(f"cica_desktop benchmark, {results.date}{' (quick)' if results.settings.quick else ''}")
    print()
    width = max(len(key) for key in results.machine) + 2
    for key, value in results.machine.items():
        print(f"  {key + ':':{width}}{value}")
    print()
    print("\n".join(text_table(["sample", "pages", "warm, in-process", "median (min–max)"],
                          sample_rows(results))))
    print()
    print("\n".join(text_table(["measurement", "median (min–max)"], other_rows(results))))
    print()
    print("\n".join(text_table(["target", "measured", "limit", "verdict"],
                          [[t, m, lim, verdict(ok)] for t, m, lim, ok in results.targets()])))
    for profile in results.profiles:
        print()
        print(f"{profile.label}: {fmt_s(profile.total)} under cProfile")
        for title, spots in hotspot_sections(profile):
            print(f"  {title}:")
            for spot in spots:
                print(f"    {fmt_s(spot.cumulative):>7} cum  {fmt_s(spot.own):>7} own  "
                      f"{spot.calls:>6}×  {spot.where}")


def hotspot_sections(profile: Profile) -> list[tuple[str, list[Hotspot]]]:
    return [("ours, by cumulative time", profile.ours),
            ("libraries, by cumulative time", profile.library),
            ("libraries and built-ins, by own time", profile.library_own)]


# ----------------------------------------------------------------------------- document


def method_lines(results: Results) -> list[str]:
    s = results.settings
    lines = [
        f"* Warm, in-process: each sample loaded once with `load_project`; then {s.warmups} "
        f"warm-up runs and the median of {s.repetitions} timed runs (`time.perf_counter`) of "
        "`compose(package, Part.PACKAGE)` followed by `docx_bytes`, `pdf_bytes`, or both "
        "(both render the same composed document), the three taking turns within each "
        "repetition. Nothing is written to disk. Garbage collection stays on.",
        f"* Cold CLI: median of {s.cli_runs} runs of the subprocess "
        "`.venv/bin/cica-desktop build <sample> --out <fresh temp dir>` (PDF and DOCX), "
        "timed from spawn to exit. Byte code is cached as in an installed app: the runs use "
        "a temporary `PYTHONPYCACHEPREFIX` that one untimed build fills first; the OS file "
        "cache is warm. `import cica_desktop.cli` alone is timed the same way, to show the "
        "start-up share. When the inherited environment sets `PYTHONDONTWRITEBYTECODE` (so "
        "our own modules are compiled on every start), one sample is also timed that way.",
        f"* ~{LARGE_TARGET_PAGES} pages: the `{LARGE_BASE}` sample built in code with "
        f"`model_copy(update=…)`, its memorandum paragraphs, enclosure list items and enclosure "
        f"table rows each repeated ×{results.large.factor}, giving {results.large.pages} PDF "
        f"pages (`PdfReport.pages`). One warm-up, then the median of {s.large_repetitions} "
        "runs of compose + DOCX + PDF (and, for the split, DOCX and PDF alone from an "
        "already composed document, taking turns with it).",
    ]
    if results.libreoffice:
        lines.append(
            f"* LibreOffice: our DOCX of each sample converted with `soffice --headless "
            f"--convert-to pdf --outdir <tmp> file.docx`, median of {s.libreoffice_runs} runs. "
            "A fresh user profile (`-env:UserInstallation=file:///tmp/…`) is created once by "
            "an untimed conversion beforehand and reused, so profile creation is **not** "
            "counted; each timed run still starts a new soffice process. The ratio divides "
            "that median by our warm compose + DOCX + PDF median for the same sample.")
    else:
        lines.append("* LibreOffice: `soffice` was not on PATH, so the comparison was skipped.")
    lines.append(
        "* Profile: one `cProfile` run each of compose + DOCX and compose + PDF of the zh "
        "sample, after one unprofiled warm-up run; profiling slows the code down, so compare "
        "shares rather than absolute times. Cumulative lists leave out frames holding more "
        f"than {WRAPPER_SHARE:.0%} of the largest one (the entry points `docx_bytes`, "
        "`pdf_bytes` and their `build`, which wrap everything).")
    if s.quick:
        lines.append("* **Quick mode** (`--quick`): fewer repetitions than the full run; "
                     "treat these figures as rough.")
    return lines


def hotspot_markdown(profile: Profile) -> list[str]:
    lines = [f"**{profile.label}** — {fmt_s(profile.total)} under cProfile.", ""]
    for title, spots in hotspot_sections(profile):
        lines.append(f"Top {len(spots)} {title}:")
        lines.append("")
        lines += [f"{i}. `{h.where}` — {fmt_s(h.cumulative)} cumulative, "
                  f"{fmt_s(h.own)} own, {h.calls} call{'s' if h.calls != 1 else ''}"
                  for i, h in enumerate(spots, 1)]
        lines.append("")
    return lines


def split_lines(results: Results) -> list[str]:
    """How the warm time divides between the two renderers."""
    lines = [f"* Sample {s.name}: compose + DOCX {fmt_s(s.docx.median)}, compose + PDF "
             f"{fmt_s(s.pdf.median)} (DOCX is {s.docx.median / (s.docx.median + s.pdf.median):.0%}"
             " of the two)." for s in results.samples]
    large = results.large
    lines.append(f"* {large.pages} pages: compose + DOCX + PDF {fmt_s(large.both.median)}; "
                 f"rendering an already composed document takes {fmt_s(large.docx.median)} "
                 f"for DOCX and {fmt_s(large.pdf.median)} for PDF.")
    return lines


def document(results: Results) -> str:
    machine = [[key, value] for key, value in results.machine.items()]
    targets = [[t, m, lim, f"**{verdict(ok)}**"] for t, m, lim, ok in results.targets()]
    lines = [
        "# Performance",
        "",
        f"Measured on {results.date} by `bench/run.py"
        f"{' --quick' if results.settings.quick else ''}`; regenerate with "
        "`.venv/bin/python bench/run.py --write-doc`. Figures are medians with (min–max).",
        "",
        "## Targets",
        "",
        *markdown_table(["Target", "Measured", "Limit", "Verdict"], targets),
        "",
        "## Machine",
        "",
        *markdown_table(["", ""], machine),
        "",
        "## Results",
        "",
        *markdown_table(["Sample", "PDF pages", "Warm, in-process", "Median (min–max)"],
                        sample_rows(results)),
        "",
        *markdown_table(["Measurement", "Median (min–max)"], other_rows(results)),
        "",
        "## Method",
        "",
        *method_lines(results),
        "",
        "## Where the time goes",
        "",
        *split_lines(results),
        "",
    ]
    for profile in results.profiles:
        lines += hotspot_markdown(profile)
    return "\n".join(lines).rstrip() + "\n"


# ----------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--write-doc", action="store_true",
                        help=f"rewrite {DOC_PATH.relative_to(ROOT)} with the figures")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile runs")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    profile = args.write_doc or not args.no_profile
    results = measure(QUICK if args.quick else FULL, profile)
    print_results(results)
    if args.write_doc:
        DOC_PATH.parent.mkdir(parents=True, exist_ok=True)
        DOC_PATH.write_text(document(results), encoding="utf-8")
        print(f"\nwrote {DOC_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
