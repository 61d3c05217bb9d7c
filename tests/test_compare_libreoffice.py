"""LibreOffice opens a compare DOCX and prints its tracked changes (issue 16)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from compare_edits import edited

from cica_desktop.model import Package
from cica_desktop.revise import Author, compare_docx, compared_documents

AUTHOR = Author("Permanent Mission of Kazakhstan", "2026-11-30T12:00:00Z")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it_and_prints_the_changes(tmp_path: Path) -> None:
    """LibreOffice shows tracked changes unless the file says not to (w:revisionView), and
    its PDF export prints what it shows: both the deleted and the inserted text."""
    old, new, _ = edited("en")
    comparison = compared_documents(Package.model_validate(old), Package.model_validate(new))
    source = tmp_path / "changes.docx"
    source.write_bytes(compare_docx(comparison, AUTHOR))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=120)
    import pdfplumber

    with pdfplumber.open(tmp_path / "changes.pdf") as pdf:
        text = " ".join((page.extract_text() or "").replace("\n", " ") for page in pdf.pages)
    deleted = old["annexes"][2]["blocks"][3]["text"]
    assert "EDITED" in text and "INSERTED paragraph." in text
    assert deleted[:40] in text
