"""A build loads only what it renders with: the signing, PDF/A and time-stamp libraries
(pyHanko, aiohttp, cryptography, pikepdf: about 0.4 s of a cold start) wait until
something is signed or verified. Run in a fresh interpreter, as the command line runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cica_desktop.samples import sample_path

SIGNING_LIBRARIES = frozenset({"pyhanko", "pyhanko_certvalidator", "aiohttp", "pikepdf",
                               "cryptography", "asn1crypto"})


def loaded_after(code: str) -> set[str]:
    """The top-level packages a fresh interpreter has imported after running *code*."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=True)
    return {name.split(".")[0] for name in json.loads(done.stdout.splitlines()[-1])}


def test_a_cli_build_to_pdf_and_docx_loads_no_signing_library(tmp_path: Path) -> None:
    out = tmp_path / "out"
    loaded = loaded_after(
        "from cica_desktop.__main__ import main\n"
        f"assert main(['build', {str(sample_path('zh'))!r}, '--out', {str(out)!r}]) == 0")
    assert sorted(out.iterdir()) == [out / "a-62-232.zh.docx", out / "a-62-232.zh.pdf"]
    assert not loaded & SIGNING_LIBRARIES


def test_the_signing_modules_load_their_libraries_only_when_used() -> None:
    loaded = loaded_after("import cica_desktop.signing, cica_desktop.timestamping\n"
                          "from cica_desktop.timestamping import DEFAULT_TIMEOUT")
    assert not loaded & SIGNING_LIBRARIES
    loaded = loaded_after("from cica_desktop.timestamping import HttpTimeStamper\n"
                          "assert HttpTimeStamper('https://tsa.example/').timeout == 30")
    assert "pyhanko" in loaded
