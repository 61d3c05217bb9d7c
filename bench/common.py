"""What the benchmark scripts share: facts about the machine, timings, tables."""

from __future__ import annotations

import gc
import importlib.metadata
import os
import platform
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cpu_model() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return platform.processor() or "unknown"
    for line in text.splitlines():
        if line.lower().startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def version_of(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def code_version() -> str:
    try:
        done = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                              capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return done.stdout.strip() or "unknown"


def load_average() -> str:
    """The 1, 5 and 15-minute load averages: other work competing for the CPUs."""
    try:
        return " / ".join(f"{value:.2f}" for value in os.getloadavg()) + " (1/5/15 min)"
    except OSError:
        return "unknown"


def common_facts() -> dict[str, str]:
    return {
        "CPU": cpu_model(),
        "Cores": f"{usable_cores()} usable ({os.cpu_count()} online)",
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
    }


@dataclass(frozen=True)
class Samples:
    """Wall-clock seconds of repeated runs (each script says how it prints them)."""

    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def low(self) -> float:
        return min(self.samples)

    @property
    def high(self) -> float:
        return max(self.samples)


def fmt_s(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


def paired_ratio(numerator: Samples, denominator: Samples) -> float:
    """How many times longer *numerator* takes than *denominator*, when the two took turns
    (`time_interleaved`, the cold builds): the median of run i of one ÷ run i of the other.

    Both runs of a turn share whatever the machine was doing in those seconds, and the
    ratio of each turn cancels it; the ratio of the two medians does not. On this machine
    the renders of one process drift together by ±4 % over a minute. Measuring the zh PDF's
    growth from 150 to 300 pages on one package of each, 15 turns, in 17 processes: as the
    ratio of the medians 1.967–2.028, as the median of the turns' ratios 1.968–1.995
    (docs/PERFORMANCE.md, "What changed", sixth pass)."""
    if len(numerator.samples) != len(denominator.samples):
        raise ValueError("paired_ratio needs runs that took turns, as many of each")
    return statistics.median(n / d for n, d in zip(numerator.samples, denominator.samples,
                                                   strict=True))


@dataclass(frozen=True)
class Timing(Samples):
    """Samples printed as "median (min–max)" (bench/run.py)."""

    def describe(self) -> str:
        return f"{fmt_s(self.median)} ({fmt_s(self.low)}–{fmt_s(self.high)})"


#: The clock of in-process timings: wall-clock time, what a user waits (the default), or
#: this process's CPU time, which other work on a busy machine inflates far less.
CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}


def time_interleaved(actions: dict[str, Callable[[], object]], warmups: int,
                     repetitions: int, clock: Callable[[], float] = time.perf_counter
                     ) -> dict[str, Timing]:
    """Seconds of each action on *clock*, repeated after warm-up runs. The actions take
    turns, so a burst of load on the machine lands on all of them rather than on whichever
    was running. Each starts after a garbage collection, untimed, so none pays for the
    reference cycles another left behind."""
    for _ in range(warmups):
        for action in actions.values():
            action()
    samples: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(repetitions):
        for name, action in actions.items():
            gc.collect()
            start = clock()
            action()
            samples[name].append(clock() - start)
    return {name: Timing(tuple(values)) for name, values in samples.items()}


def text_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """Columns padded with spaces, for the console; no header line if every heading is
    empty (a table of facts)."""
    cells = [[str(c) for c in header], *([str(c) for c in row] for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in cells]
    if not any(header):
        return lines[1:]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """A Markdown table; a "|" inside a cell is escaped."""
    def line(cells: Sequence[object]) -> str:
        return "| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |"

    return [line(header), "|" + "|".join("---" for _ in header) + "|", *map(line, rows)]
