"""A finding that knows the change that settles it carries it as a fix: the command line
prints it, `--format json` gives it, and the window's findings panel applies it as one undo
step ("Apply fix": a button and the context menu)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cica_desktop.app.findings import apply_fix, project_findings
from cica_desktop.app.project import Project
from cica_desktop.cli import main
from cica_desktop.findings import Finding, Fix, Severity
from cica_desktop.samples import sample_path
from cica_desktop.ui.findings_panel import FindingsPanel


def test_a_finding_with_a_fix_stays_frozen_and_hashable() -> None:
    finding = Finding("session.rule", "session", Severity.WARNING,
                      {"rule": 15, "expected": 62}, fix=Fix("session", 62))
    same = Finding("session.rule", "session", Severity.WARNING,
                   {"expected": 62, "rule": 15}, fix=Fix("session", 62))
    assert finding == same and hash(finding) == hash(same)
    assert len({finding, same}) == 1
    with pytest.raises(AttributeError):
        finding.fix = None  # type: ignore[misc]
    assert finding.as_json()["fix"] == {"path": "session", "value": 62}
    assert Finding("text.empty", "item_title", Severity.ERROR).as_json()["fix"] is None


def project_file(tmp_path: Path, **changes: object) -> Path:
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    data.update(changes)
    path = tmp_path / "request.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_check_prints_each_fix_under_its_finding(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = project_file(tmp_path, running_title="Observer status for  CICA")
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "running_title: warning: two spaces in a row print as a gap; one is enough (a tab "
        "aligns)",
        '    fix: running_title = "Observer status for CICA"']


def test_check_json_gives_the_fix_and_null_without_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    path = project_file(tmp_path, annexes=data["annexes"][1:])  # no memorandum
    assert main(["check", str(path), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["code"], f["fix"]) for f in found] == [
        ("rule20.memorandum", None), ("consistency.annex_memorandum", None)]
    path = project_file(tmp_path, session=63)
    assert main(["check", str(path), "--format", "json"]) == 0
    [session, letter] = json.loads(capsys.readouterr().out)["findings"]
    assert session["fix"] == {"path": "session", "value": 62}
    assert letter["code"] == "consistency.letter_session"
    assert letter["fix"]["path"] == "letter.blocks[0].text"
    assert "sixty-third session" in letter["fix"]["value"]


@pytest.fixture
def project(qapp) -> Project:  # type: ignore[no-untyped-def]
    project = Project.sample("en")
    project.set_value(("session",), 63)
    return project


def the_fix(project: Project, code: str) -> Finding:
    return next(f for f in project_findings(project) if f.code == code)


def test_applying_a_fix_is_one_undo_step(project: Project) -> None:
    steps = project.undo_stack.count()
    assert apply_fix(project, the_fix(project, "session.rule"))
    assert project.value(("session",)) == 62
    assert project.undo_stack.count() == steps + 1
    assert [f for f in project_findings(project) if f.path == "session"] == []
    project.undo_stack.undo()
    assert project.value(("session",)) == 63


def test_a_fix_applies_to_text_and_null_values(project: Project) -> None:
    project.set_value(("annexes", 1, "title"), "Observer status for the Conference")
    assert apply_fix(project, the_fix(project, "consistency.resolution_title"))
    assert project.value(("annexes", 1, "title")) is None
    assert project.package is not None  # still valid: null is the field's default


def test_a_stale_finding_is_not_applied(project: Project) -> None:
    finding = the_fix(project, "session.rule")
    project.set_value(("session",), 64)  # the finding listed is no longer the project's
    assert not apply_fix(project, finding)
    assert project.value(("session",)) == 64
    assert not apply_fix(project, Finding("rule20.memorandum", "annexes", Severity.WARNING))


def panel_on(qtbot, project: Project) -> FindingsPanel:  # type: ignore[no-untyped-def]
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.fix_requested.connect(lambda finding: apply_fix(project, finding))
    panel.set_findings(project_findings(project), project.value)
    panel.show()
    return panel


def test_the_panels_apply_fix_button(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    panel = panel_on(qtbot, project)
    button = panel.findChild(type(panel.apply_fix_button), "apply_fix")
    assert button is panel.apply_fix_button
    assert not button.isEnabled()  # nothing selected yet
    panel.list.setCurrentRow(0)
    assert button.isEnabled()
    assert "Fix: session = 62" in panel.list.item(0).toolTip()
    button.click()
    assert project.value(("session",)) == 62


def test_the_panels_context_menu_offers_the_fix(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    panel = panel_on(qtbot, project)
    assert panel.list.contextMenuPolicy() is Qt.ContextMenuPolicy.CustomContextMenu
    # the menu a right click pops up (not popped up here: offscreen Qt warns about grabs)
    menu = panel.context_menu_at(panel.list.visualItemRect(panel.list.item(0)).center())
    assert menu is not None
    [action] = [a for a in menu.actions() if a.objectName() == "apply_fix_action"]
    assert action.text() == "Apply fix"
    action.trigger()
    assert project.value(("session",)) == 62


def test_a_finding_without_a_fix_offers_none(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    panel = panel_on(qtbot, project)
    panel.set_findings([Finding("rule20.memorandum", "annexes", Severity.WARNING)])
    panel.list.setCurrentRow(0)
    assert not panel.apply_fix_button.isEnabled()
    assert panel.context_menu_at(panel.list.visualItemRect(panel.list.item(0)).center()) \
        is None


def test_the_window_applies_a_fix_as_one_undo_step(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gui_helpers import open_window, settle

    window = open_window(qtbot, tmp_path, "en")
    window.project.set_value(("session",), 63)
    settle()
    row = next(i for i in range(window.findings.count())
               if window.findings.item(i).toolTip().startswith("session\n"))
    window.findings.setCurrentRow(row)
    window.findings_panel.apply_fix_button.click()
    settle()
    assert window.project.value(("session",)) == 62
    assert all(not window.findings.item(i).toolTip().startswith("session")
               for i in range(window.findings.count()))
    window.undo_action.trigger()
    assert window.project.value(("session",)) == 63
