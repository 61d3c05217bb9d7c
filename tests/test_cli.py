"""`cica-desktop build`: files named by part and format, exit codes, nothing written on error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from cica_desktop.cli import main
from cica_desktop.samples import sample_path


def project_copy(tmp_path: Path, language: str = "en", **changes: object) -> Path:
    data = json.loads(sample_path(language).read_text(encoding="utf-8"))
    data.update(changes)
    path = tmp_path / "cica.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_builds_the_package_in_both_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                            ) -> None:
    project = project_copy(tmp_path)
    assert main(["build", str(project), "--out", str(tmp_path / "out")]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["cica.docx", "cica.pdf"]
    assert capsys.readouterr().out.splitlines() == [str(tmp_path / "out" / "cica.pdf"),
                                                    str(tmp_path / "out" / "cica.docx")]


@pytest.mark.parametrize("part", ["letter", "resolution"])
def test_parts_have_their_own_names(tmp_path: Path, part: str) -> None:
    project = project_copy(tmp_path)
    assert main(["build", str(project), "--out", str(tmp_path), "--part", part]) == 0
    assert (tmp_path / f"cica-{part}.pdf").is_file()
    assert (tmp_path / f"cica-{part}.docx").is_file()


def test_one_format_and_another_paper(tmp_path: Path) -> None:
    project = project_copy(tmp_path)
    assert main(["build", str(project), "--out", str(tmp_path / "o"), "--format", "pdf",
                 "--paper", "a4"]) == 0
    assert [p.name for p in (tmp_path / "o").iterdir()] == ["cica.pdf"]
    width = float(PdfReader(str(tmp_path / "o" / "cica.pdf")).pages[0].mediabox.width)
    assert width == pytest.approx(595.28, abs=0.1)


def test_invalid_project_exits_2_with_a_line_per_field_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = project_copy(tmp_path, session="62nd", rule=16)
    out = tmp_path / "out"
    assert main(["build", str(project), "--out", str(out)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("the project is not valid:")
    assert [line.strip().split(":")[0] for line in err[1:]] == ["session", "rule"]
    assert not out.exists()


def test_existing_output_is_kept_when_the_project_is_invalid(tmp_path: Path) -> None:
    good = project_copy(tmp_path)
    assert main(["build", str(good), "--out", str(tmp_path)]) == 0
    before = (tmp_path / "cica.pdf").read_bytes()
    good.write_text("{ broken", encoding="utf-8")
    assert main(["build", str(good), "--out", str(tmp_path)]) == 2
    assert (tmp_path / "cica.pdf").read_bytes() == before


def test_resolution_part_of_a_package_without_one(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    project = project_copy(tmp_path, annexes=[data["annexes"][0]])
    assert main(["build", str(project), "--out", str(tmp_path / "o"), "--part",
                 "resolution"]) == 2
    assert "no draft resolution" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_unwritable_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = project_copy(tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert main(["build", str(project), "--out", str(locked)]) == 1
        assert "cannot write" in capsys.readouterr().err
    finally:
        locked.chmod(0o700)


def test_output_folder_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = project_copy(tmp_path)
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    assert main(["build", str(project), "--out", str(blocker)]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert blocker.read_text() == "not a folder"


def test_a_failed_write_leaves_no_temporary_files(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A target that cannot be replaced (here a folder in its place) is reported, and the
    partly written temporary file is removed."""
    project = project_copy(tmp_path)
    out = tmp_path / "out"
    (out / "cica.pdf").mkdir(parents=True)
    assert main(["build", str(project), "--out", str(out)]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["cica.pdf"]


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["build", str(project_copy(tmp_path)), "--format", "odt"])
    assert caught.value.code == 2


def test_console_script_runs_from_another_folder(tmp_path: Path) -> None:
    """The installed entry point finds its templates and samples wherever it runs."""
    script = Path(sys.executable).parent / "cica-desktop"
    result = subprocess.run([str(script), "build", str(sample_path("zh")), "--out", "built"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "built" / "a-62-232.zh.pdf").is_file()


def test_a_pdf_that_would_print_boxes_is_refused_by_name(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    data["letter"]["blocks"][0]["text"] = "Alchemical air 🜁 and water 🜄."
    project = tmp_path / "glyphs.json"
    project.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["build", str(project), "--out", str(tmp_path / "o")]) == 3
    err = capsys.readouterr().err
    assert "U+1F701" in err and "U+1F704" in err and "Alchemical air" in err
    assert not (tmp_path / "o").exists()
    assert main(["build", str(project), "--out", str(tmp_path / "o"),
                 "--allow-missing-glyphs"]) == 0
    assert "warning: no installed font can show" in capsys.readouterr().err


def test_import_and_submit_are_listed_with_their_help(capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    """The commands in modules of their own are listed and document their exit codes."""
    with pytest.raises(SystemExit):
        main(["--help"])
    listing = capsys.readouterr().out
    assert "import" in listing and "submit" in listing
    for command in ("import", "submit"):
        with pytest.raises(SystemExit) as caught:
            main([command, "--help"])
        assert caught.value.code == 0
        text = capsys.readouterr().out
        assert "Exit codes: 0" in text


def test_sign_and_submit_take_the_same_signing_options(capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    def options(command: str) -> set[str]:
        with pytest.raises(SystemExit):
            main([command, "--help"])
        return {word.strip(",[]") for word in capsys.readouterr().out.split()
                if word.startswith(("--", "[--"))}

    signing = {"--p12", "--password-file", "--reason", "--location", "--tsa-url",
               "--tsa-timeout", "--part", "--signature-image", "--signatory", "--no-pdfa"}
    assert signing <= options("sign")
    assert signing <= options("submit")
