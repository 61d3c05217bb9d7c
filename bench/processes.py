"""What bench/run.py times as separate processes: a cold `cica-desktop build` of a sample
to DOCX and PDF, and LibreOffice converting that same DOCX to PDF, taking turns."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from common import Timing


@dataclass(frozen=True)
class Spent:
    """What one process took: wall-clock seconds, and the CPU seconds (user + system) of it
    and every process it waited for, which other work on the machine inflates less."""

    wall: float
    cpu: float


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_process(command: Sequence[str], env: dict[str, str] | None = None) -> Spent:
    cpu, start = children_cpu(), time.perf_counter()
    done = subprocess.run(list(command), capture_output=True, text=True, timeout=600,
                          check=False, env=env)
    spent = Spent(time.perf_counter() - start, children_cpu() - cpu)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return spent


# ----------------------------------------------------------------------------- cold CLI


def cli_command() -> list[str]:
    """`cica-desktop` as this interpreter runs it (`python -m cica_desktop` is what the
    installed script calls), so the code measured is the code this benchmark imports."""
    return [sys.executable, "-m", "cica_desktop"]


def cached_bytecode_env(cache: Path) -> dict[str, str]:
    """The inherited environment, but writing and reading .pyc files under *cache*, as an
    installed application does (pip compiles them), even where PYTHONDONTWRITEBYTECODE is
    set."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


# ----------------------------------------------------------------------------- LibreOffice


def soffice_path() -> str | None:
    return shutil.which("soffice")


def soffice_version(soffice: str) -> str:
    try:
        done = subprocess.run([soffice, "--version"], capture_output=True, text=True,
                              timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return done.stdout.strip() or "unknown"


def soffice_convert(soffice: str, profile: Path, docx: Path, out: Path) -> Spent:
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--convert-to", "pdf", "--outdir", str(out), str(docx)]
    elapsed = timed_process(command)
    if not (out / f"{docx.stem}.pdf").exists():
        raise SystemExit(f"LibreOffice wrote no PDF for {docx}")
    return elapsed


# ----------------------------------------------------------------------------- both


@dataclass(frozen=True)
class ColdResult:
    ours: Timing
    ours_cpu: Timing
    #: None when soffice is not on PATH.
    libreoffice: Timing | None
    libreoffice_cpu: Timing | None


def bench_cold(sample: Path, runs: int) -> ColdResult:
    """*runs* cold builds of *sample* to DOCX and PDF, each followed by LibreOffice
    converting the DOCX just built. Untimed first: one build (fills the byte-code cache)
    and one conversion (creates LibreOffice's user profile, reused afterwards)."""
    soffice = soffice_path()
    build = [*cli_command(), "build", str(sample), "--format", "pdf,docx", "--out"]
    ours: list[Spent] = []
    theirs: list[Spent] = []
    with tempfile.TemporaryDirectory(prefix="cica-bench-cold-") as parent:
        work = Path(parent)
        env = cached_bytecode_env(work / "pycache")
        timed_process([*build, str(work / "warm-up")], env)
        docx = work / "warm-up" / f"{sample.stem}.docx"
        profile = work / "profile"
        if soffice:
            soffice_convert(soffice, profile, docx, work / "lo-warm-up")
        for run in range(runs):
            ours.append(timed_process([*build, str(work / f"out-{run}")], env))
            if soffice:
                theirs.append(soffice_convert(soffice, profile, docx, work / f"lo-{run}"))
    return ColdResult(Timing(tuple(s.wall for s in ours)), Timing(tuple(s.cpu for s in ours)),
                      Timing(tuple(s.wall for s in theirs)) if soffice else None,
                      Timing(tuple(s.cpu for s in theirs)) if soffice else None)
