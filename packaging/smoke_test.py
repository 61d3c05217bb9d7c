"""The smoke test of an installed cica-desktop: run from a folder of its own, away from the
checkout, it builds every sample, checks one, signs one with a test certificate, verifies
the signature and starts the window offscreen until its preview shows the pages.

    python packaging/smoke_test.py --bundle dist/cica-desktop   # the PyInstaller folder
    python packaging/smoke_test.py --venv /path/to/venv          # an installed wheel

tests/test_wheel.py runs the same steps on the wheel. Each step raises `SmokeFailure`
naming the command and its output; the exit code is 0 when every step passed. The
test certificate comes from tests/pki.py (needs the cryptography package: the venv
that built the bundle has it).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.json"))
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


class SmokeFailure(AssertionError):
    pass


@dataclass
class Installed:
    """How to run one installed copy: its command line, and its window with a report."""

    command: list[str]
    window: list[str]
    window_env: dict[str, str] = field(default_factory=dict)
    #: Seconds taken by each step, for the notes.
    times: dict[str, float] = field(default_factory=dict)

    @classmethod
    def bundle(cls, folder: Path) -> Installed:
        suffix = ".exe" if os.name == "nt" else ""
        if sys.platform == "darwin" and (folder / "Contents" / "MacOS").is_dir():
            folder = folder / "Contents" / "MacOS"  # inside cica-desktop.app
        cli, gui = folder / f"cica-desktop{suffix}", folder / f"cica-desktop-gui{suffix}"
        return cls([str(cli)], [str(gui)], {"CICA_SMOKE_WINDOW": "{report}"})

    @classmethod
    def venv(cls, home: Path) -> Installed:
        scripts = home / ("Scripts" if os.name == "nt" else "bin")
        python = scripts / ("python.exe" if os.name == "nt" else "python")
        check = Path(__file__).resolve().parent / "window_check.py"
        return cls([str(scripts / "cica-desktop")], [str(python), str(check), "{report}"])


def environment(data_dir: Path) -> dict[str, str]:
    """The process environment: offscreen Qt, settings and recovery in *data_dir*, and
    nothing that could reach the checkout (PYTHONPATH, a virtual environment)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")}
    env.update(QT_QPA_PLATFORM="offscreen", CICA_DATA_DIR=str(data_dir),
               PYTHONDONTWRITEBYTECODE="1")
    return env


def run(installed: Installed, args: list[str], work: Path, step: str,
        expect: int = 0, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    result = subprocess.run([*installed.command, *args], cwd=work, capture_output=True,
                            text=True, encoding="utf-8", errors="replace", timeout=timeout,
                            env=environment(work / "data"))
    installed.times[step] = installed.times.get(step, 0.0) + time.monotonic() - started
    if result.returncode != expect:
        raise SmokeFailure(f"{step}: {' '.join(args)} exited {result.returncode} "
                           f"(expected {expect})\n{result.stdout}\n{result.stderr}")
    return result


def build_every_sample(installed: Installed, work: Path) -> list[Path]:
    """`build` on each of the six samples; each gives a PDF and a DOCX that open."""
    work.mkdir(parents=True, exist_ok=True)
    written = []
    for sample in SAMPLES:
        project = work / sample.name
        shutil.copyfile(sample, project)
        run(installed, ["build", project.name, "--out", "out"], work, "build")
        for suffix in (".pdf", ".docx"):
            output = work / "out" / f"{sample.stem}{suffix}"
            if not output.is_file():
                raise SmokeFailure(f"build {sample.name}: {output.name} was not written")
            written.append(output)
        pdf = (work / "out" / f"{sample.stem}.pdf").read_bytes()
        if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
            raise SmokeFailure(f"build {sample.name}: the PDF is not a whole PDF")
        with zipfile.ZipFile(work / "out" / f"{sample.stem}.docx") as docx:
            if "word/document.xml" not in docx.namelist():
                raise SmokeFailure(f"build {sample.name}: the DOCX has no document")
    languages = sorted(p.name.split(".")[1] for p in SAMPLES)
    if tuple(languages) != LANGUAGES:
        raise SmokeFailure(f"the samples are {languages}, not one per language")
    return written


def check(installed: Installed, work: Path) -> dict[str, object]:
    """`check --format json` on the English sample: it reads back as findings."""
    work.mkdir(parents=True, exist_ok=True)
    project = work / "check.json"
    shutil.copyfile(ROOT / "resources" / "samples" / "a-62-232.en.json", project)
    result = run(installed, ["check", project.name, "--format", "json"], work, "check")
    report: dict[str, object] = json.loads(result.stdout)
    if report.get("file") != project.name or not isinstance(report.get("findings"), list):
        raise SmokeFailure(f"check: unexpected report {result.stdout[:300]}")
    return report


def sign_and_verify(installed: Installed, work: Path) -> str:
    """`sign` the English letter with a test PKCS#12, then `verify --require-trust`
    against its CA: exit 0, and the report says valid and trusted."""
    work.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from pki import PASSWORD, make_identity  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "tests"))
    (work / "pki").mkdir()
    p12, ca = make_identity(work / "pki")
    (work / "password.txt").write_text(PASSWORD + "\n", encoding="utf-8")
    project = work / "letter.json"
    shutil.copyfile(ROOT / "resources" / "samples" / "a-62-232.en.json", project)
    run(installed, ["sign", project.name, "--p12", str(p12), "--password-file",
                    "password.txt", "--out", "signed.pdf"], work, "sign")
    result = run(installed, ["verify", "signed.pdf", "--trust", str(ca), "--require-trust",
                             "--json"], work, "verify")
    verdict = json.loads(result.stdout)
    if verdict.get("valid") is not True or verdict.get("trusted") is not True:
        raise SmokeFailure(f"verify: not valid and trusted: {result.stdout[:500]}")
    # The same file changed by one byte must fail.
    data = bytearray((work / "signed.pdf").read_bytes())
    data[len(data) // 3] ^= 0x01
    (work / "tampered.pdf").write_bytes(bytes(data))
    run(installed, ["verify", "tampered.pdf"], work, "verify", expect=1)
    return result.stdout


def window(installed: Installed, work: Path) -> dict[str, object]:
    """The window, offscreen, until its preview shows the sample's pages."""
    work.mkdir(parents=True, exist_ok=True)
    report = work / "window" / "report.json"
    args = [a.replace("{report}", str(report)) for a in installed.window]
    env = environment(work / "data")
    env.update({k: v.replace("{report}", str(report)) for k, v in installed.window_env.items()})
    started = time.monotonic()
    result = subprocess.run(args, cwd=work, capture_output=True, text=True, encoding="utf-8",
                            errors="replace", timeout=240, env=env)
    installed.times["window"] = time.monotonic() - started
    if not report.is_file():
        raise SmokeFailure(f"window: no report (exit {result.returncode})\n{result.stderr}")
    content: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    if result.returncode != 0 or content.get("ok") is not True:
        raise SmokeFailure(f"window: {content}\n{result.stderr}")
    return content


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--bundle", type=Path, help="the PyInstaller folder (or the .app)")
    where.add_argument("--venv", type=Path, help="a virtual environment with the wheel")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    installed = (Installed.bundle(args.bundle.resolve()) if args.bundle
                 else Installed.venv(args.venv.resolve()))
    work = args.keep or Path(tempfile.mkdtemp(prefix="cica-smoke-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        print(f"smoke test in {work}")
        written = build_every_sample(installed, work)
        print(f"build: {len(written)} files from {len(SAMPLES)} samples")
        findings = check(installed, work)["findings"]
        print(f"check: {len(findings) if isinstance(findings, list) else '?'} findings")
        sign_and_verify(installed, work)
        print("sign, verify: valid and trusted; a changed byte is invalid")
        shown = window(installed, work)
        print(f"window: {shown['pages']} pages in the preview after {shown['seconds']} s "
              f"({shown['platform']}), icon: {shown['icon']}")
        print("times (s): " + ", ".join(f"{k} {v:.1f}" for k, v in installed.times.items()))
    except SmokeFailure as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
