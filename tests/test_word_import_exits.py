"""`cica-desktop import`: each exit code as its --help and docs/WORD-IMPORT.md say it.

A language template that is missing or cannot be read is the machine's problem, not the
Word document's: exit 3 with one line naming the template (as `build` says it), nothing
written. The command runs in a process of its own whose templates folder is a broken copy
(the loaders read `compose.language.templates_root`, pointed at the copy before anything
reads a template, so no cached wording of another test can hide the break).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cica_desktop.build import build
from cica_desktop.cli import main
from cica_desktop.compose.language import templates_root
from cica_desktop.model import load_project
from cica_desktop.samples import sample_path

#: Runs `cica-desktop ARGS…` with the templates read from the folder given first.
_RUN_WITH_TEMPLATES = """\
import sys
from pathlib import Path
from cica_desktop.compose import language
root = Path(sys.argv[1])
language.templates_root = lambda: root
from cica_desktop.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.fixture(scope="module")
def english_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English sample as the export writes it in Word."""
    out = tmp_path_factory.mktemp("docx")
    [path] = build(load_project(sample_path("en")), "a-62-232.en", out,
                   formats=["docx"]).files
    return path


def _templates(tmp_path: Path) -> Path:
    root = tmp_path / "templates"
    shutil.copytree(templates_root(), root, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _import(root: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _RUN_WITH_TEMPLATES, str(root), "import",
                           *map(str, args)], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("folder, how, named", [
    ("lang", "broken", "templates/lang/en.toml: Expected ']' at the end of a table declaration"),
    ("lang", "missing", "no language template for 'en' (expected templates/lang/en.toml)"),
    ("kinds", "broken", "templates/kinds/en.toml: Expected ']' at the end of a table "
                        "declaration"),
])
def test_a_broken_or_missing_language_template_exits_3_naming_it(
        english_docx: Path, tmp_path: Path, folder: str, how: str, named: str) -> None:
    root = _templates(tmp_path)
    english = root / folder / "en.toml"
    if how == "broken":
        english.write_text("[phrases\n", "utf-8")
    else:
        english.unlink()
    out = tmp_path / "out"
    out.mkdir()
    result = _import(root, english_docx, "--out", out / "a.json",
                     "--report", out / "report.txt")
    assert result.returncode == 3, result.stderr
    [line] = result.stderr.splitlines()  # one line, as `build` says it
    assert line.startswith(f"cica-desktop: {named}")
    assert result.stdout == ""
    assert list(out.iterdir()) == []  # neither the project, nor the report, nor a leftover


def test_the_same_document_imports_with_the_templates_intact(english_docx: Path,
                                                             tmp_path: Path) -> None:
    """The copy itself is sound: only the break above makes the import exit 3."""
    root = _templates(tmp_path)
    out = tmp_path / "a.json"
    result = _import(root, english_docx, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}\n"
    assert load_project(out).symbol == "A/62/232"


def test_a_project_that_cannot_be_written_exits_1_and_writes_no_report(
        english_docx: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "no such folder" / "a.json"
    report = tmp_path / "report.txt"
    assert main(["import", str(english_docx), "--out", str(out),
                 "--report", str(report)]) == 1
    err = capsys.readouterr().err
    assert f"cannot write {out}: No such file or directory" in err
    assert not report.exists() and not out.parent.exists()


def test_a_wrong_command_line_exits_2(english_docx: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["import", str(english_docx)])  # --out is required
    assert raised.value.code == 2
    assert "--out" in capsys.readouterr().err


def test_a_fault_after_the_document_was_read_exits_4(
        english_docx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Writing the project out (a ValueError from the serializer, say) is the program's
    fault, not the Word document's: exit 4, not 2, and nothing written."""
    from cica_desktop.wordimport import ImportResult

    def broken(_result: ImportResult) -> str:
        raise ValueError("the serializer refused a value")

    monkeypatch.setattr(ImportResult, "json", broken)
    monkeypatch.delenv("CICA_DEBUG", raising=False)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["import", str(english_docx), "--out", str(out / "a.json")]) == 4
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"cica-desktop: could not import {english_docx}")
    assert list(out.iterdir()) == []
