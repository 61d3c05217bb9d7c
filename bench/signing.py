"""How long the signed export takes: the bundled samples as the mission sends them (letter
and annexes), PDF/A-2b, PAdES B-B and B-T (a time-stamp server on localhost), warm.

Writes docs/PERFORMANCE-SIGNING.md. No target is set for signing; the figures say what a
user waits for after typing the password. Run: .venv/bin/python bench/signing.py
(`--clock cpu` for this process's CPU time instead of wall-clock time, steadier when other
work loads the machine).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from common import (
    CLOCKS,
    ROOT,
    Samples,
    Timing,
    code_version,
    common_facts,
    load_average,
    markdown_table,
    time_interleaved,
    version_of,
)

sys.path.insert(0, str(ROOT / "tests"))  # the tests' certificate maker and time-stamp server

from pki import make_identity
from tsa import running_tsa

from cica_desktop.compose import Part
from cica_desktop.mission import mission_extras, mission_pdf, signed_mission_pdf
from cica_desktop.model import load_project
from cica_desktop.pdfa import to_pdfa_2b
from cica_desktop.samples import sample_path
from cica_desktop.signing import open_signing_key, sign_pdf_bytes

RUNS = 7


def timed(action: Callable[[], object], clock: Callable[[], float], runs: int = RUNS
          ) -> Samples:
    action()  # warm: fonts registered, templates parsed
    samples = []
    for _ in range(runs):
        start = clock()
        action()
        samples.append(clock() - start)
    return Samples(tuple(samples))


def ms(samples: Samples) -> str:
    return (f"{samples.median * 1000:.0f} ms (min {samples.low * 1000:.0f}, "
            f"max {samples.high * 1000:.0f})")


def signing_step(repetitions: int, clock: Callable[[], float] = time.perf_counter
                 ) -> dict[str, Timing]:
    """The signing step alone, on the zh sample's mission PDF, warm: "open" decrypts the
    PKCS#12 file (once per signing), "sign" makes one PAdES B-B signature with the key
    opened."""
    with tempfile.TemporaryDirectory() as folder:
        p12, _ = make_identity(Path(folder))
        package = load_project(sample_path("zh"))
        pdf, _report = mission_pdf(package, mission_extras(package, None, None), Part.PACKAGE)
        key = open_signing_key(p12, "secret")
        return time_interleaved({"open": lambda: open_signing_key(p12, "secret"),
                                 "sign": lambda: sign_pdf_bytes(pdf, key)}, 1, repetitions,
                                clock)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="wall",
                        help="wall-clock time (default) or this process's CPU time")
    clock_name = parser.parse_args().clock
    clock = CLOCKS[clock_name]
    rows: list[tuple[str, str, Samples]] = []
    with tempfile.TemporaryDirectory() as folder:
        p12, _ = make_identity(Path(folder))
        key = open_signing_key(p12, "secret")
        with running_tsa() as (url, _pem, _answered):
            for language in ("zh", "en", "ar"):
                package = load_project(sample_path(language))
                extras = mission_extras(package, None, None)
                pdf, _report = mission_pdf(package, extras, Part.PACKAGE)
                steps: dict[str, Callable[[], object]] = {
                    "mission layout PDF": partial(mission_pdf, package, extras, Part.PACKAGE),
                    "PDF/A-2b conversion": partial(to_pdfa_2b, pdf),
                    "signed package, PDF/A + B-B": partial(
                        signed_mission_pdf, package, extras, key, part=Part.PACKAGE),
                    "signed package, PDF/A + B-T (local TSA)": partial(
                        signed_mission_pdf, package, extras, key, part=Part.PACKAGE,
                        tsa_url=url),
                }
                rows += [(language, name, timed(action, clock))
                         for name, action in steps.items()]
    facts = {**common_facts(), "Load": load_average(), "Code": code_version(),
             "pyHanko": version_of("pyHanko"), "pikepdf": version_of("pikepdf"),
             "reportlab": version_of("reportlab")}
    lines = ["# Signed export: how long it takes", "",
             "Written by `bench/signing.py`: the bundled samples as the mission sends them "
             "(letter and annexes), warm, "
             f"median of {RUNS} runs, in {clock_name} time"
             f"{' (CPU time of this process: the machine was busy)' if clock_name == 'cpu' else ''}"
             ". No target is set; this is what a user waits for after "
             "typing the password. The time-stamp server is on localhost, so B-T here does "
             "not include a real network round trip.", ""]
    lines += [f"- {name}: {value}" for name, value in facts.items()]
    lines += ["", *markdown_table(["sample", "step", "time"],
                                  [[language, step, ms(samples)]
                                   for language, step, samples in rows])]
    out = ROOT / "docs" / "PERFORMANCE-SIGNING.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
