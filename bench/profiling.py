"""Where the time goes: one cProfile run of an action, its hotspots split into ours
(cica_desktop) and the libraries'."""

from __future__ import annotations

import cProfile
import os
import pstats
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from common import ROOT

#: How many hotspots to name, and the share of the largest frame above which a frame only
#: wraps everything else (docx_bytes, pdf_bytes and their build) and is skipped.
HOTSPOTS = 5
WRAPPER_SHARE = 0.9
BENCH = Path(__file__).resolve().parent


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

    def sections(self) -> list[tuple[str, list[Hotspot]]]:
        return [("ours, by cumulative time", self.ours),
                ("libraries, by cumulative time", self.library),
                ("libraries and built-ins, by own time", self.library_own)]


def short_location(filename: str, line: int, function: str) -> str:
    if filename == "~":
        return function.strip("<>")
    path = filename.replace(os.sep, "/")
    for marker in ("/site-packages/", "/main/", f"/{ROOT.name}/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return f"{path}:{line} {function}"


def is_bench(filename: str) -> bool:
    """Whether *filename* is one of the benchmark's own modules."""
    return filename != "~" and Path(os.path.abspath(filename)).parent == BENCH


def hotspots(stats: pstats.Stats) -> Iterator[tuple[bool, Hotspot]]:
    """(is ours, hotspot) for every profiled function except the benchmark's own."""
    for (filename, line, function), (_, calls, own, cumulative, _) in stats.stats.items():
        if is_bench(filename) or "_lsprof.Profiler" in function:
            continue
        ours = "/cica_desktop/" in filename.replace(os.sep, "/")
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
