"""What bench/run.py times as separate processes: the `cica-desktop build` command started
cold, and LibreOffice converting our DOCX to PDF, for comparison."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from common import ROOT, Timing
from projects import LARGE_BASE, SAMPLES, compose_docx

from cica_desktop.model import load_project


def timed_process(command: Sequence[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(list(command), capture_output=True, text=True, timeout=600,
                          check=False, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return elapsed


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


def bench_cli_build(sample: Path, runs: int, work: Path, env: dict[str, str] | None
                    ) -> Timing:
    executable = cli_executable()
    samples = []
    for _ in range(runs):
        out = Path(tempfile.mkdtemp(prefix="out-", dir=work))
        samples.append(timed_process([str(executable), "build", str(sample), "--out", str(out)],
                                     env))
    return Timing(tuple(samples))


def bench_cli(runs: int) -> CliResults:
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


# ----------------------------------------------------------------------------- LibreOffice


@dataclass(frozen=True)
class LibreOfficeResult:
    name: str
    convert: Timing
    pages: int | None


def soffice_path() -> str | None:
    return shutil.which("soffice")


def soffice_version(soffice: str) -> str:
    try:
        done = subprocess.run([soffice, "--version"], capture_output=True, text=True,
                              timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return done.stdout.strip() or "unknown"


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


def bench_libreoffice(soffice: str, runs: int) -> list[LibreOfficeResult]:
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
            samples = tuple(soffice_convert(soffice, profile, docx, out) for _ in range(runs))
            results.append(LibreOfficeResult(name, Timing(samples),
                                             pdf_page_count(out / f"{docx.stem}.pdf")))
    return results
