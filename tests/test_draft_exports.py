"""Exporting a draft (issue 12): from the window and with `build --draft`, a project with
fields still to fill is written with placeholders and the draft mark, while the final
exports stay blocked; export dialogs start in the project's folder with a sensible name."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pdfplumber
from gui_helpers import open_window
from pytestqt.qtbot import QtBot

from cica_desktop.app.exports import Part, suggested_target
from cica_desktop.app.project import Project
from cica_desktop.app.settings import Settings
from cica_desktop.samples import sample_path


def with_gaps(tmp_path: Path) -> Path:
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    data["item_title"] = ""
    data["letter"]["senders"][0]["name"] = ""
    path = tmp_path / "gaps.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def draft_marks(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        return ["".join(c["text"] for c in page.chars if c["size"] > 100)
                for page in opened.pages]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cica_desktop", *args], capture_output=True,
                          text=True, timeout=120)


def test_build_draft_writes_marked_files_and_lists_the_gaps(tmp_path: Path) -> None:
    project = with_gaps(tmp_path)
    refused = cli("build", str(project), "--out", str(tmp_path / "out"))
    assert refused.returncode == 2 and not (tmp_path / "out").exists()
    done = cli("build", str(project), "--out", str(tmp_path / "out"), "--draft")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(tmp_path / "out" / "gaps-draft.pdf"),
                                   str(tmp_path / "out" / "gaps-draft.docx")]
    assert "draft: item_title: must not be empty" in done.stderr
    assert "draft: letter.senders[0].name: must not be empty" in done.stderr
    marks = draft_marks((tmp_path / "out" / "gaps-draft.pdf").read_bytes())
    assert marks and all(sorted(mark) == sorted("DRAFT") for mark in marks)


def test_build_draft_refuses_a_wrong_value_by_name(tmp_path: Path) -> None:
    data = json.loads(with_gaps(tmp_path).read_text(encoding="utf-8"))
    data["letter"]["date"] = "3 October 2007"
    (tmp_path / "gaps.json").write_text(json.dumps(data), encoding="utf-8")
    result = cli("build", str(tmp_path / "gaps.json"), "--out", str(tmp_path / "out"),
                 "--draft")
    assert result.returncode == 2
    assert "letter.date: is not a valid date" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_complete_project_built_as_a_draft_is_not_marked(tmp_path: Path) -> None:
    result = cli("build", str(sample_path("en")), "--out", str(tmp_path), "--draft",
                 "--format", "pdf")
    assert result.returncode == 0 and result.stderr == ""
    assert draft_marks((tmp_path / "a-62-232.en-draft.pdf").read_bytes())[0] == ""


def test_the_window_exports_a_draft_while_final_exports_wait(
        qtbot: QtBot, tmp_path: Path, dialogs: list[tuple[str, str]]) -> None:
    window = open_window(qtbot, tmp_path, "en")
    window.project.set_value(("item_title",), "")
    assert window.exports.export(Part.PACKAGE, "pdf", tmp_path / "final.pdf") is None
    assert "Draft PDF" in dialogs[-1][1]
    target = tmp_path / "draft.pdf"
    assert window.exports.export_draft(Part.PACKAGE, "pdf", target) is not None
    qtbot.waitUntil(lambda: not window.exports.progress.isVisible(), timeout=20_000)
    pdf = target.read_bytes()
    assert all(sorted(mark) == sorted("DRAFT") for mark in draft_marks(pdf))
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        assert "[Item title]" in opened.pages[0].extract_text()


def test_the_first_export_goes_to_the_projects_folder(qtbot: QtBot, tmp_path: Path) -> None:
    project = Project.open(with_gaps(tmp_path))
    settings = Settings()
    assert suggested_target(project, settings, Part.PACKAGE, "pdf") == tmp_path / "gaps.pdf"
    assert suggested_target(project, settings, Part.LETTER, "pdf", draft=True) == \
        tmp_path / "gaps-letter-draft.pdf"
    settings.set_last_export_dir(tmp_path / "exports")
    assert suggested_target(project, settings, Part.PACKAGE, "docx") == \
        tmp_path / "exports" / "gaps.docx"


def test_an_untitled_project_is_named_by_its_symbol(qtbot: QtBot) -> None:
    untitled = Project(json.loads(sample_path("en").read_text(encoding="utf-8")))
    assert suggested_target(untitled, Settings(), Part.PACKAGE, "pdf").name == "A-62-232.pdf"
