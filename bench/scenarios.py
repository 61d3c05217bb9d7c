"""Part b of bench/gui.py: the GUI thread's stalls while the user types, in scenarios that
isolate the causes (the app's settings, no preview, renders back to back, and without each
of the app's two settings: the 1 ms GIL switch interval and the frozen heap)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from gui_probe import (
    APP_SWITCH_INTERVAL,
    FULL_GC,
    TARGETS,
    TICK_MS,
    Probe,
    Settings,
    Ticker,
    conditions,
    stall,
    timer,
)

FAST_MS, SLOW_MS = 40, 150  # a fast typist; pauses longer than the 120 ms debounce


@dataclass(frozen=True)
class Scenario:
    name: str
    description: str
    interval_ms: int
    preview: bool = True
    back_to_back: bool = False
    switch_interval: float = APP_SWITCH_INTERVAL
    unfrozen: bool = False


SCENARIOS = (
    Scenario("target", f"a key every {FAST_MS} ms, as the app runs", FAST_MS),
    Scenario("no-preview", f"a key every {FAST_MS} ms, preview renderer off", FAST_MS,
             preview=False),
    Scenario("slow", f"a key every {SLOW_MS} ms: renders overlap the typing", SLOW_MS),
    Scenario("back-to-back", f"a key every {FAST_MS} ms, renders back to back (worst case)",
             FAST_MS, back_to_back=True),
    Scenario("b2b-5ms", "back to back, 5 ms switch interval (Python's default)", FAST_MS,
             back_to_back=True, switch_interval=0.005),
    Scenario("b2b-unfrozen", "back to back, heap not frozen", FAST_MS, back_to_back=True,
             unfrozen=True),
    Scenario("b2b-neither", "back to back, 5 ms and not frozen (before both settings)",
             FAST_MS, back_to_back=True, switch_interval=0.005, unfrozen=True),
    Scenario("slow-neither", f"a key every {SLOW_MS} ms, 5 ms and not frozen", SLOW_MS,
             switch_interval=0.005, unfrozen=True),
)


@dataclass(frozen=True)
class StallResult:
    scenario: Scenario
    stall: float
    p99: float
    over_target: int
    renders: int  # renders started during the run
    keys: tuple[float, ...]
    full_gc: float  # the longest generation-2 collection during the run


def bench_stalls(work: Path, scenario: Scenario, s: Settings) -> StallResult:
    with Probe(work) as p:
        window = p.window
        if not scenario.preview:
            window.preview_renderer.request = lambda *_args, **_kwargs: None  # type: ignore[method-assign]

        def again(*_args: object) -> None:
            if window.project.package is not None:
                window.preview_renderer.render_now(window.project.package)

        if scenario.back_to_back:
            window.preview.updated.connect(again)
            again()
        typist = timer(scenario.interval_ms, p.key)
        p.keys.clear()
        renders, start = len(p.render_starts), time.perf_counter()
        with conditions(scenario.switch_interval, scenario.unfrozen):
            typist.start()
            gaps = Ticker().run(s.typing_seconds)
            typist.stop()
        if scenario.back_to_back:
            window.preview.updated.disconnect(again)
        worst, p99 = stall(gaps)
        return StallResult(scenario, worst, p99,
                           sum(1 for g in gaps if g - TICK_MS / 1000 > TARGETS["stall"]),
                           len(p.render_starts) - renders, tuple(p.keys),
                           FULL_GC.longest_since(start))
